// Realistic traffic for Nordlicht Robotics, a fictional company, against a running platform
// (npm start): campaigns over several channels, people in nine countries, engagement over simulated
// weeks, teams and reps with territories, reps accepting, rejecting and converting, and won and lost
// deals reported by the CRM, so every KPI, attribution report and dashboard has something to show.
// Run: npm run demo [-- --leads 300 --weeks 8 --seed 42 --dry-run]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { campaigns } from './demo-company';
import { outcomeTopic, outcomeWebhook, OpportunityOutcome, OutcomeChannel } from './crm-outcomes';
import { setUpOrganization } from './organization';
import { contractProblems } from './plan-validation';
import { call, inParallel, PlatformUrls, useCredentials, waitFor } from './platform-client';
import { emptyTally, routingOf, Routing, workLead } from './sales-floor';
import { apiKeysBySource, CaptureAccess, formExists, sendLead } from './send-leads';
import { planTraffic } from './traffic-plan';
import { printSummary } from './summary';

const repositoryRoot = join(__dirname, '..', '..', '..');

const { values: flags } = parseArgs({
  options: {
    leads: { type: 'string', default: '300' },
    weeks: { type: 'string', default: '8' },
    seed: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    host: { type: 'string', default: process.env['DEMO_HOST'] ?? 'http://127.0.0.1' },
    'form-key': { type: 'string', default: 'contact' },
    concurrency: { type: 'string', default: '8' },
    'wait-seconds': { type: 'string', default: '120' },
  },
});

const env = (name: string) => process.env[name] || null;
const port = (service: string, fallback: number) => Number(process.env[`DEMO_${service}_PORT`] ?? fallback);

function runFile(variable: string, file: string): string {
  const fromEnv = env(variable);
  if (fromEnv) return fromEnv;
  try {
    return readFileSync(join(repositoryRoot, '.run', file), 'utf8').trim();
  } catch {
    throw new Error(`No ${file}: set ${variable} or run \`npm start\`, which writes .run/${file}.`);
  }
}

async function main(): Promise<void> {
  const seed = Number(flags.seed ?? Math.floor(Math.random() * 1_000_000));
  const now = new Date();
  const plan = planTraffic({ leads: Number(flags.leads), weeks: Number(flags.weeks), seed, now });
  const problems = plan.flatMap((lead, index) => contractProblems(lead, '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b').map((problem) => `lead ${index}: ${problem}`));
  console.log(`Nordlicht Robotics: ${plan.length} leads over ${flags.weeks} weeks (seed ${seed}), ${plan.reduce((sum, lead) => sum + lead.activities.length, 0)} activities`);
  if (problems.length > 0) throw new Error(`the plan breaks the contracts:\n${problems.slice(0, 20).join('\n')}`);
  if (flags['dry-run']) {
    console.log('dry run: every lead, activity, rejection and outcome is valid against the contracts; nothing sent.');
    console.log(JSON.stringify(plan[0], null, 2));
    return;
  }

  const host = String(flags.host);
  const urls: PlatformUrls = {
    capture: `${host}:${port('CAPTURE', 3101)}`,
    enrichment: `${host}:${port('ENRICHMENT', 3102)}`,
    scoring: `${host}:${port('SCORING', 3103)}`,
    handOff: `${host}:${port('HAND_OFF', 3104)}`,
    rewards: `${host}:${port('REWARDS', 3105)}`,
  };
  for (const [service, url] of Object.entries(urls)) {
    const healthy = await fetch(`${url}/health`).then((response) => response.ok, () => false);
    if (!healthy) throw new Error(`${service} does not answer at ${url}/health: start the platform with \`npm start\` first.`);
  }

  useCredentials({ systemApiKey: runFile('ACCORD_API_KEY', 'system-api-key'), jwtSecret: runFile('AUTH_JWT_SECRET', 'auth-jwt-secret') });
  await setUpOrganization(urls);
  const formKey = String(flags['form-key']);
  const access: CaptureAccess = {
    urls,
    adminKey: runFile('ADMIN_API_KEY', 'capture-admin-key'),
    formKey: (await formExists(urls.capture, formKey)) ? formKey : null,
    googleAdsKey: env('GOOGLE_ADS_WEBHOOK_KEY'),
  };
  const keys = await apiKeysBySource(access, campaigns.map((campaign) => campaign.source));
  console.log(`web form ${access.formKey ?? '(none: set WEB_FORMS for capture)'}, Google Ads webhook ${access.googleAdsKey ? 'on' : '(off: set GOOGLE_ADS_WEBHOOK_KEY)'}`);

  const concurrency = Number(flags.concurrency);
  const sent = await inParallel(plan, concurrency, async (lead, index) => {
    const result = await sendLead(access, keys, lead, index, now.getTime());
    if (result.leadId && lead.activities.length > 0) {
      await call('POST', `${urls.scoring}/v1/activities`, {
        activities: lead.activities.map((activity, number) => ({ ...activity, activityId: `demo-${seed}-${index}-${number}`, leadId: result.leadId })),
      });
    }
    return result;
  });
  console.log(`sent ${sent.filter((result) => result.leadId).length} leads; waiting for routing…`);

  const captured = sent.flatMap((result, index) => (result.leadId ? [{ index, leadId: result.leadId }] : []));
  const routings = new Map<number, { leadId: string; routing: Routing }>();
  let lastNewAt = Date.now();
  await waitFor(async () => {
    const open = captured.filter(({ index }) => !routings.has(index));
    const found = await inParallel(open, concurrency, async ({ index, leadId }) => [index, leadId, await routingOf(urls, leadId)] as const);
    for (const [index, leadId, routing] of found) if (routing) routings.set(index, { leadId, routing });
    if (found.some(([, , routing]) => routing)) lastNewAt = Date.now();
    return open.length === 0 || Date.now() - lastNewAt > 15_000;
  }, Number(flags['wait-seconds']) * 1000, 2_000);
  console.log(`${routings.size} leads routed; the sales floor works them…`);

  const tally = emptyTally();
  const outcomes = (
    await inParallel([...routings.entries()], concurrency, ([index, { leadId, routing }]) => workLead(urls, plan[index], leadId, routing, tally))
  ).filter((outcome): outcome is OpportunityOutcome => outcome !== null);

  const attributedMinor = async () =>
    (await call<{ groups: { credited: { amountMinor: number } }[] }>('GET', `${urls.rewards}/v1/attribution?groupBy=campaign`)).groups.reduce(
      (sum, group) => sum + group.credited.amountMinor,
      0,
    );
  const attributedBefore = await attributedMinor();
  const secret = env('OUTCOME_WEBHOOK_SECRET');
  const crm: OutcomeChannel = secret
    ? outcomeWebhook(urls.handOff, secret)
    : await outcomeTopic((env('KAFKA_BROKERS') ?? '127.0.0.1:9092').split(','), env('KAFKA_TOPIC_PREFIX') ?? '');
  await crm.send(outcomes);
  await crm.close();
  const won = outcomes.filter((outcome) => outcome.outcome === 'won');
  const wonMinor = won.reduce((sum, outcome) => sum + outcome.amount.amountMinor, 0);
  console.log(`the CRM reported ${outcomes.length} outcomes (${won.length} won) over ${crm.describe}; waiting for attribution…`);

  const attributedInTime = await waitFor(async () => (await attributedMinor()) >= attributedBefore + wonMinor, 60_000, 2_000);
  if (!attributedInTime) console.log('not every won deal was attributed within 60 s; the figures below are as far as rewards got');

  await printSummary({ urls, plan, sent, routed: routings.size, tally, outcomes, wonMinor });
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);

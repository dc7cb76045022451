import { OpportunityOutcome } from './crm-outcomes';
import { call, PlatformUrls } from './platform-client';
import { SalesTally } from './sales-floor';
import { PlannedLead } from './traffic-plan';

interface AttributionGroup {
  key: string | null;
  credited: { amountMinor: number; currency: string };
  deals: number;
}

const euros = (minor: number) => `€${(minor / 100).toLocaleString('en-GB', { maximumFractionDigits: 0 })}`;

export async function printSummary(run: {
  urls: PlatformUrls;
  plan: PlannedLead[];
  sent: { leadId: string | null; channel: string; error?: string }[];
  routed: number;
  tally: SalesTally;
  outcomes: OpportunityOutcome[];
  wonMinor: number;
}): Promise<void> {
  const { urls, tally } = run;
  const kpis = await call<{ funnel: { leads: number; mqls: number; assigned: number; leadToMqlRate: number | null; mqlToAssignedRate: number | null }; rows: unknown[] }>(
    'GET',
    `${urls.rewards}/v1/kpis?period=week&groupBy=campaign`,
  );
  const attribution = await call<{ groups: AttributionGroup[] }>('GET', `${urls.rewards}/v1/attribution?groupBy=campaign&model=linear`);
  const byChannel = await call<{ groups: AttributionGroup[] }>('GET', `${urls.rewards}/v1/attribution?groupBy=channel&model=w_shaped`).catch(() => ({ groups: [] }));
  const accepted = run.sent.filter((result) => result.leadId);
  const channels = Object.entries(
    accepted.reduce<Record<string, number>>((counts, result) => ({ ...counts, [result.channel]: (counts[result.channel] ?? 0) + 1 }), {}),
  );
  const won = run.outcomes.filter((outcome) => outcome.outcome === 'won');
  const attributed = attribution.groups.reduce((sum, group) => sum + group.credited.amountMinor, 0);

  console.log('\n== Nordlicht Robotics demo: summary');
  console.log(`leads sent            ${accepted.length} of ${run.plan.length} (${channels.map(([channel, count]) => `${channel} ${count}`).join(', ')})${run.sent.length - accepted.length ? `; refused ${run.sent.length - accepted.length}: ${run.sent.find((result) => result.error)?.error}` : ''}`);
  console.log(`funnel (rewards)      ${kpis.funnel.leads} leads → ${kpis.funnel.mqls} MQLs → ${kpis.funnel.assigned} assigned (lead→MQL ${kpis.funnel.leadToMqlRate ?? '–'}, MQL→assigned ${kpis.funnel.mqlToAssignedRate ?? '–'})`);
  console.log(`routed (hand-off)     ${run.routed} assignments`);
  console.log(`sales floor           ${tally.accepted} accepted (${tally.delegated} delegated to marketing), ${tally.rejected} rejected, ${tally.recycled} recycled, ${tally.converted} converted, ${tally.left} left waiting${tally.refused.length ? `; ${tally.refused.length} refused, e.g. ${tally.refused[0]}` : ''}`);
  console.log(`CRM outcomes          ${won.length} won (${euros(run.wonMinor)}), ${run.outcomes.length - won.length} lost`);
  console.log(`attributed revenue    ${euros(attributed)} (linear, by campaign; GET /v1/attribution)`);
  for (const group of attribution.groups) console.log(`  ${String(group.key ?? '(none)').padEnd(30)} ${euros(group.credited.amountMinor).padStart(12)}  ${group.deals} deals`);
  if (byChannel.groups.length) console.log(`by channel (W-shaped) ${byChannel.groups.map((group) => `${group.key ?? '(none)'} ${euros(group.credited.amountMinor)}`).join(', ')}`);
  console.log(`KPI rows              ${kpis.rows.length} (week × campaign; GET /v1/kpis?period=week&groupBy=campaign)`);
}

// Keeping the KPI roll-up current on a busy day: one source and campaign already has thousands of
// leads captured that day, and new leads go through captured, mql, assigned and accepted there, one
// transaction per event, on as many concurrent workers as the consumer handles partitions.
// Prints events per second, then checks the roll-up against a full recount.
// Run: source scripts/ensure-node.sh && SWC_NODE_PROJECT=tsconfig.base.json node -r @swc-node/register bench/rewards/kpi-rollup.bench.ts [leadsInBucket] [newLeads]
import { connectDatabaseClient } from '@accord/platform';
import { createMigratedTestDatabase } from '@accord/testing';
import { RewardsDatabase, RewardsTransaction } from '../../apps/rewards/src/database/rewards-database';
import { FunnelRepository } from '../../apps/rewards/src/modules/funnel/funnel.repository';
import { LeadLockRepository } from '../../apps/rewards/src/database/lead-lock.repository';
import { KpiRollupRepository } from '../../apps/rewards/src/modules/kpis/kpi-rollup.repository';

const leadsInBucket = Number(process.argv[2] ?? 10_000);
const newLeads = Number(process.argv[3] ?? 300);
const workers = 3;
const timeLimitMs = 60_000;
const day = Date.UTC(2026, 2, 10);
const minute = 60_000;

const fillBusyDay = [
  `INSERT INTO funnel_leads (lead_id, channel, source, campaign, is_test, captured_at, mql_at, assigned_at, accepted_at, sql_at)
   SELECT gen_random_uuid(), 'api', 'google', 'spring', false, at, at + interval '1 hour', at + interval '2 hours',
          CASE WHEN n % 2 = 0 THEN at + interval '3 hours' END, CASE WHEN n % 4 = 0 THEN at + interval '3 days' END
   FROM (SELECT n, timestamptz '2026-03-10 00:00:00Z' + (n % 86000) * interval '1 second' AS at
         FROM generate_series(1, ${leadsInBucket}) n) generated`,
  `INSERT INTO opportunities (opportunity_id, lead_id, track, converted_at, outcome, amount_minor, currency, closed_at)
   SELECT 'opp-' || lead_id, lead_id, 'sales', sql_at, 'won', 100000, 'EUR', sql_at + interval '20 days'
   FROM funnel_leads WHERE sql_at IS NOT NULL`,
  `ANALYZE`,
];

type Change = (transaction: RewardsTransaction) => Promise<unknown>;

async function main() {
  const database = await createMigratedTestDatabase('rewards');
  const client = connectDatabaseClient(RewardsDatabase, { url: database.url, poolSize: workers + 1, service: 'rewards-bench' });
  const funnel = new FunnelRepository(client);
  const rollup = new KpiRollupRepository(client, new LeadLockRepository());
  const applyEvent = (leadId: string, change: Change) =>
    client.$transaction((transaction) => rollup.applyLeadChange(transaction, leadId, () => change(transaction)));
  try {
    for (const statement of fillBusyDay) await client.$executeRawUnsafe(statement);
    await rollup.rebuildAll();
    console.log(`busy bucket: ${leadsInBucket} leads captured on 2026-03-10 from google / spring; ${workers} workers`);

    const eventsOf = (index: number): [string, Change[]] => {
      const leadId = `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`;
      const capturedAt = new Date(day + index * minute);
      const at = (minutes: number) => new Date(capturedAt.getTime() + minutes * minute);
      return [
        leadId,
        [
          (t) => funnel.recordCaptured(t, { leadId, channel: 'api', source: 'google', campaign: 'spring', isTest: false, capturedAt }),
          (t) => funnel.recordFirst(t, leadId, 'mql', at(30)),
          (t) => funnel.recordAssigned(t, leadId, at(60), 'rep-1'),
          (t) => funnel.recordFirst(t, leadId, 'accepted', at(90)),
        ],
      ];
    };
    let next = 0;
    let events = 0;
    const startedAt = Date.now();
    const work = async () => {
      while (next < newLeads && Date.now() - startedAt < timeLimitMs) {
        const [leadId, changes] = eventsOf(next++);
        for (const change of changes) {
          await applyEvent(leadId, change);
          events++;
        }
      }
    };
    await Promise.all(Array.from({ length: workers }, work));
    const seconds = (Date.now() - startedAt) / 1000;
    console.log(`  ${events} events in ${seconds.toFixed(1)} s: ${(events / seconds).toFixed(1)} events/s into one busy bucket`);

    const rollupRows = `SELECT to_jsonb(d) FROM kpi_cohort_days d UNION ALL SELECT to_jsonb(m) FROM kpi_cohort_money_days m ORDER BY 1`;
    const kept = JSON.stringify(await client.$queryRawUnsafe(rollupRows));
    await rollup.rebuildAll();
    const recounted = JSON.stringify(await client.$queryRawUnsafe(rollupRows));
    console.log(`  roll-up equals a full recount: ${kept === recounted ? 'yes' : 'NO'}`);
    if (kept !== recounted) process.exitCode = 1;
  } finally {
    await client.$disconnect();
    await database.drop();
  }
}

void main();

// The KPI query over a year of data: 250,000 leads with their stages, opportunities and attribution
// credits in a fresh database, its daily roll-ups rebuilt, then GET /v1/kpis's queries timed per period and grouping.
// Run: source scripts/ensure-node.sh && SWC_NODE_PROJECT=tsconfig.base.json node -r @swc-node/register bench/rewards/kpi-query.bench.ts
import { connectDatabaseClient } from '@accord/platform';
import { createMigratedTestDatabase } from '@accord/testing';
import { RewardsDatabase } from '../../apps/rewards/src/database/rewards-database';
import { ComputeKpisUsecase } from '../../apps/rewards/src/modules/kpis/compute-kpis.usecase';
import { KpiQuery, KpiRepository } from '../../apps/rewards/src/modules/kpis/kpi.repository';
import { LeadLockRepository } from '../../apps/rewards/src/database/lead-lock.repository';
import { KpiRollupRepository } from '../../apps/rewards/src/modules/kpis/kpi-rollup.repository';

const leads = 250_000;
const limitMs = 200;
const runs = 15;

const fillYear = [
  `SELECT setseed(0.42)`,
  `INSERT INTO funnel_leads (lead_id, channel, source, campaign, is_test, captured_at, mql_at, assigned_at, assignee_id,
                             accepted_at, rejected_at, sql_at, sla_breached_at)
   SELECT lead_id, 'api', source, campaign, r1 < 0.03, captured_at,
          CASE WHEN r1 < 0.5 THEN captured_at + interval '1 hour' END,
          CASE WHEN r1 < 0.45 THEN captured_at + interval '2 hours' END, CASE WHEN r1 < 0.45 THEN 'rep-' || (r2 * 40)::int END,
          CASE WHEN r1 < 0.3 THEN captured_at + (r2 * interval '48 hours') END,
          CASE WHEN r1 >= 0.3 AND r1 < 0.4 THEN captured_at + interval '3 hours' END,
          CASE WHEN r1 < 0.15 THEN captured_at + interval '3 days' END,
          CASE WHEN r1 < 0.45 AND r2 < 0.2 THEN captured_at + interval '5 hours' END
   FROM (SELECT gen_random_uuid() AS lead_id, (ARRAY['google','linkedin','website','facebook','events'])[1 + (random() * 4)::int] AS source,
                'campaign-' || (random() * 60)::int AS campaign, random() AS r1, random() AS r2,
                timestamptz '2025-01-01 00:00:00Z' + random() * interval '365 days' AS captured_at
         FROM generate_series(1, ${leads})) generated`,
  `INSERT INTO opportunities (opportunity_id, lead_id, track, converted_at, outcome, amount_minor, currency, closed_at)
   SELECT 'opp-' || lead_id, lead_id, 'sales', sql_at, CASE WHEN random() < 0.4 THEN 'won' ELSE 'lost' END,
          (random() * 5000000)::bigint, 'EUR', sql_at + interval '20 days'
   FROM funnel_leads WHERE sql_at IS NOT NULL`,
  `INSERT INTO attribution_credits (opportunity_id, model, touchpoint_id, lead_id, channel, source, campaign, amount_minor, currency, closed_at)
   SELECT o.opportunity_id, m.model, o.opportunity_id || '-t' || t, o.lead_id, 'api', f.source, f.campaign, o.amount_minor / 5, 'EUR', o.closed_at
   FROM opportunities o JOIN funnel_leads f ON f.lead_id = o.lead_id
   CROSS JOIN unnest(ARRAY['first_touch','last_touch','linear','u_shaped','w_shaped','time_decay']) AS m(model)
   CROSS JOIN generate_series(1, 5) AS t
   WHERE o.outcome = 'won'`,
  `ANALYZE`,
];

async function main() {
  const database = await createMigratedTestDatabase('rewards');
  const client = connectDatabaseClient(RewardsDatabase, { url: database.url, poolSize: 4, service: 'rewards-bench' });
  try {
    const filling = Date.now();
    for (const statement of fillYear) await client.$executeRawUnsafe(statement);
    const [sizes] = await client.$queryRawUnsafe<{ leads: bigint; opportunities: bigint; credits: bigint }[]>(
      `SELECT (SELECT count(*) FROM funnel_leads) AS leads, (SELECT count(*) FROM opportunities) AS opportunities,
              (SELECT count(*) FROM attribution_credits) AS credits`,
    );
    console.log(`a year of data: ${sizes!.leads} leads, ${sizes!.opportunities} opportunities, ${sizes!.credits} credits (filled in ${Date.now() - filling} ms)`);

    const rebuilding = Date.now();
    await new KpiRollupRepository(client, new LeadLockRepository()).rebuildAll();
    console.log(`daily roll-ups rebuilt from scratch in ${Date.now() - rebuilding} ms (normally kept current event by event)`);

    const kpis = new ComputeKpisUsecase(new KpiRepository(client));
    const year = { from: new Date('2025-01-01T00:00:00Z'), to: new Date('2026-01-01T00:00:00Z'), model: 'linear' as const };
    const queries: KpiQuery[] = [
      { ...year, period: 'month', groupBy: 'none' },
      { ...year, period: 'month', groupBy: 'source' },
      { ...year, period: 'quarter', groupBy: 'campaign' },
      { ...year, period: 'week', groupBy: 'source' },
    ];
    for (const query of queries) {
      await kpis.rows(query);
      const timings: number[] = [];
      let rows = 0;
      for (let run = 0; run < runs; run++) {
        const startedAt = process.hrtime.bigint();
        rows = (await kpis.rows(query)).length;
        timings.push(Number(process.hrtime.bigint() - startedAt) / 1e6);
      }
      timings.sort((a, b) => a - b);
      const median = timings[Math.floor(runs / 2)]!;
      const p95 = timings[Math.ceil(runs * 0.95) - 1]!;
      console.log(
        `  KPI ${query.period} x ${query.groupBy}: ${rows} rows, median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, ratio to the ${limitMs} ms limit ${(median / limitMs).toFixed(3)}`,
      );
    }
  } finally {
    await client.$disconnect();
    await database.drop();
  }
}

void main();

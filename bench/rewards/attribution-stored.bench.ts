// Attribution through the database: won deals with 20 touchpoints each, every model's credits
// recomputed, stored and announced in the outbox by the same use case the event handlers run, one transaction per deal.
// Run: source scripts/ensure-node.sh && SWC_NODE_PROJECT=tsconfig.base.json node -r @swc-node/register bench/rewards/attribution-stored.bench.ts [deals]
import { Outbox } from '@accord/messaging';
import { connectDatabaseClient } from '@accord/platform';
import { createMigratedTestDatabase } from '@accord/testing';
import { RewardsConfig } from '../../apps/rewards/src/config/rewards-config';
import { RewardsDatabase } from '../../apps/rewards/src/database/rewards-database';
import { AttributionCreditRepository } from '../../apps/rewards/src/modules/attribution/attribution-credit.repository';
import { CreditWonDealsUsecase } from '../../apps/rewards/src/modules/attribution/credit-won-deals.usecase';
import { OpportunityRepository } from '../../apps/rewards/src/modules/attribution/opportunity.repository';
import { TouchpointRepository } from '../../apps/rewards/src/modules/attribution/touchpoint.repository';

const deals = Number(process.argv[2] ?? 500);
const target = { deals: 10_000, limitMs: 10_000 };

async function main() {
  const database = await createMigratedTestDatabase('rewards');
  const client = connectDatabaseClient(RewardsDatabase, { url: database.url, poolSize: 4, service: 'rewards-bench' });
  try {
    await client.$executeRawUnsafe(`
      INSERT INTO opportunities (opportunity_id, lead_id, track, converted_at, outcome, amount_minor, currency, closed_at)
      SELECT 'opp-' || n, ('00000000-0000-7000-8000-' || lpad(n::text, 12, '0'))::uuid, 'sales',
             timestamptz '2026-04-01Z', 'won', 1 + (random() * 10000000)::bigint, 'EUR', timestamptz '2026-04-20Z'
      FROM generate_series(1, ${deals}) n`);
    await client.$executeRawUnsafe(`
      INSERT INTO touchpoints (touchpoint_id, lead_id, channel, source, campaign, occurred_at, is_lead_creation)
      SELECT 'tp-' || n || '-' || t, ('00000000-0000-7000-8000-' || lpad(n::text, 12, '0'))::uuid, 'web_form',
             'source-' || (t % 5), 'campaign-' || (t % 7), timestamptz '2026-01-01Z' + random() * interval '89 days', t = 1
      FROM generate_series(1, ${deals}) n CROSS JOIN generate_series(1, 20) t`);
    const crediting = new CreditWonDealsUsecase(
      new TouchpointRepository(),
      new OpportunityRepository(),
      new AttributionCreditRepository(client),
      new Outbox('rewards', 'bench.'),
      { ATTRIBUTION_HALF_LIFE_DAYS: 7 } as RewardsConfig,
    );
    const leadIds = Array.from({ length: deals }, (_, index) => `00000000-0000-7000-8000-${String(index + 1).padStart(12, '0')}`);
    const startedAt = Date.now();
    const workers = 4;
    await Promise.all(
      Array.from({ length: workers }, async (_, worker) => {
        for (let index = worker; index < leadIds.length; index += workers) {
          await client.$transaction((transaction) => crediting.recreditLead(transaction, leadIds[index]!));
        }
      }),
    );
    const elapsedMs = Date.now() - startedAt;
    const [check] = await client.$queryRawUnsafe<{ credits: bigint; drifting: bigint }[]>(`
      SELECT (SELECT count(*) FROM attribution_credits) AS credits,
             (SELECT count(*) FROM (SELECT c.opportunity_id, c.model FROM attribution_credits c JOIN opportunities o USING (opportunity_id)
                                    GROUP BY 1, 2, o.amount_minor HAVING SUM(c.amount_minor) <> o.amount_minor) d) AS drifting`);
    const projectedMs = (elapsedMs / deals) * target.deals;
    console.log(`attribution stored: ${deals} won deals x 20 touchpoints x 6 models, ${check!.credits} credit rows, ${check!.drifting} deal-models off their amount`);
    console.log(`  elapsed: ${elapsedMs} ms (${(deals / (elapsedMs / 1000)).toFixed(0)} deals/s, 4 concurrent transactions)`);
    console.log(`  projected for ${target.deals} deals: ${projectedMs.toFixed(0)} ms, ratio to the ${target.limitMs} ms limit ${(projectedMs / target.limitMs).toFixed(2)}`);
  } finally {
    await client.$disconnect();
    await database.drop();
  }
}

void main();

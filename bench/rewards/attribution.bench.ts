// Attribution of 10,000 won deals with 20 touchpoints each, across all six models.
// Run: source scripts/ensure-node.sh && node -r @swc-node/register bench/rewards/attribution.bench.ts
import { attributeDeal } from '../../apps/rewards/src/modules/attribution/domain/attribute-deal';
import { attributionModels } from '../../apps/rewards/src/modules/attribution/domain/attribution-model';
import { buildJourney, JourneyTouchpoint } from '../../apps/rewards/src/modules/attribution/domain/journey';

const deals = 10_000;
const touchesPerDeal = 20;
const limitMs = 10_000;
const hour = 3_600_000;

let seed = 42;
const next = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);

const start = Date.UTC(2026, 0, 1);
const wonDeals = Array.from({ length: deals }, (_, deal) => {
  const touchpoints: JourneyTouchpoint[] = Array.from({ length: touchesPerDeal }, (_, index) => ({
    touchpointId: `d${deal}-t${index}`,
    occurredAt: new Date(start + Math.floor(next() * 90 * 24) * hour),
    isLeadCreation: index === 0,
  }));
  return { touchpoints, openedAt: new Date(start + 91 * 24 * hour), amountMinor: 1 + Math.floor(next() * 10_000_000) };
});

const startedAt = process.hrtime.bigint();
let credits = 0;
let drift = 0;
for (const deal of wonDeals) {
  const journey = buildJourney(deal.touchpoints, deal.openedAt);
  if (!journey) continue;
  for (const model of attributionModels) {
    const parts = attributeDeal(deal.amountMinor, journey, model);
    credits += parts.length;
    drift += deal.amountMinor - parts.reduce((sum, credit) => sum + credit.amountMinor, 0);
  }
}
const elapsedMs = Number(process.hrtime.bigint() - startedAt) / 1e6;

console.log(`attribution: ${deals} won deals x ${touchesPerDeal} touchpoints x ${attributionModels.length} models`);
console.log(`  credits computed: ${credits}, rounding drift across all deals: ${drift} minor units`);
console.log(`  elapsed: ${elapsedMs.toFixed(0)} ms (${((deals * attributionModels.length) / (elapsedMs / 1000)).toFixed(0)} deal-models/s)`);
console.log(`  ratio to the ${limitMs} ms limit: ${(elapsedMs / limitMs).toFixed(3)}`);
if (drift !== 0) process.exitCode = 1;

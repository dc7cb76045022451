import { KpiCounts } from './kpi-figures';

/** The capture cohorts are rolled up twice: once per source and once per campaign. */
export const cohortDimensions = ['source', 'campaign'] as const;
export type CohortDimension = (typeof cohortDimensions)[number];

/** What one lead adds to its cohort's counters; the roll-up row of a bucket is the sum over its leads. */
export interface CohortCounters extends Omit<KpiCounts, 'speedToLeadAverageSeconds'> {
  /** Kept in whole milliseconds so adding and taking back never leaves a rounding error behind. */
  speedMilliseconds: number;
  speedCount: number;
}

export interface CohortMoney {
  currency: string;
  pipelineMinor: bigint;
  wonMinor: bigint;
}

/** A counted lead (real, captured): the buckets it falls in and everything it adds to them. */
export interface LeadCohortContribution {
  /** UTC day of capture, YYYY-MM-DD. */
  day: string;
  keys: Record<CohortDimension, string>;
  counters: CohortCounters;
  money: CohortMoney[];
}

export interface CohortBucket {
  dimension: CohortDimension;
  day: string;
  key: string;
}

export interface CohortCountsChange extends CohortBucket {
  counters: CohortCounters;
}

export interface CohortMoneyChange extends CohortBucket, CohortMoney {}

/** What to add to the roll-up rows, in one fixed order so concurrent writers lock rows alike. */
export interface CohortChange {
  counts: CohortCountsChange[];
  money: CohortMoneyChange[];
  /** Buckets that lost the lead or some of its amounts: rows of theirs may now be empty, and no recount keeps empty rows. */
  shrunk: CohortBucket[];
}

const counterNames = [
  'leads',
  'mqls',
  'assigned',
  'sals',
  'rejected',
  'sqls',
  'slaBreached',
  'speedMilliseconds',
  'speedCount',
  'opportunities',
  'won',
  'lost',
] as const satisfies readonly (keyof CohortCounters)[];

const noCounters = (): CohortCounters =>
  Object.fromEntries(counterNames.map((name) => [name, 0])) as unknown as CohortCounters;

/** Source rows first: a source is shared by more leads than a campaign, so taking its row first queues writers early. */
const bucketOrder = (a: CohortBucket, b: CohortBucket) =>
  cohortDimensions.indexOf(a.dimension) - cohortDimensions.indexOf(b.dimension) || compare(a.day, b.day) || compare(a.key, b.key);
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A lead's contribution before and after some change (null while it did not count). */
export interface ContributionChange {
  before: LeadCohortContribution | null;
  after: LeadCohortContribution | null;
}

/**
 * The difference a change of one lead makes to the roll-up: its contribution after, less the one
 * before (null when the lead did not count). Buckets whose figures do not move are left out.
 */
export function cohortChange(before: LeadCohortContribution | null, after: LeadCohortContribution | null): CohortChange {
  return cohortChangeOfLeads([{ before, after }]);
}

/** The difference changes to several leads make together: the sum of each one's difference. */
export function cohortChangeOfLeads(changes: ContributionChange[]): CohortChange {
  const counts = new Map<string, CohortCountsChange>();
  const money = new Map<string, CohortMoneyChange>();
  const signed = changes.flatMap(({ before, after }) => [[before, -1] as const, [after, 1] as const]);
  for (const [contribution, sign] of signed) {
    if (!contribution) continue;
    for (const dimension of cohortDimensions) {
      const bucket: CohortBucket = { dimension, day: contribution.day, key: contribution.keys[dimension] };
      const bucketId = bucketIdOf(bucket);
      const row = counts.get(bucketId) ?? { ...bucket, counters: noCounters() };
      for (const name of counterNames) row.counters[name] += sign * contribution.counters[name];
      counts.set(bucketId, row);
      for (const amounts of contribution.money) {
        const moneyId = JSON.stringify([dimension, bucket.day, bucket.key, amounts.currency]);
        const moneyRow = money.get(moneyId) ?? { ...bucket, currency: amounts.currency, pipelineMinor: 0n, wonMinor: 0n };
        moneyRow.pipelineMinor += BigInt(sign) * amounts.pipelineMinor;
        moneyRow.wonMinor += BigInt(sign) * amounts.wonMinor;
        money.set(moneyId, moneyRow);
      }
    }
  }
  const countsChanges = [...counts.values()].filter((row) => counterNames.some((name) => row.counters[name] !== 0));
  const moneyChanges = [...money.values()].filter((row) => row.pipelineMinor !== 0n || row.wonMinor !== 0n);
  const shrunk = new Map<string, CohortBucket>();
  for (const row of countsChanges.filter((change) => change.counters.leads < 0)) shrunk.set(bucketIdOf(row), bucketOf(row));
  for (const row of moneyChanges.filter((change) => change.pipelineMinor < 0n)) shrunk.set(bucketIdOf(row), bucketOf(row));
  return {
    counts: countsChanges.sort(bucketOrder),
    money: moneyChanges.sort((a, b) => bucketOrder(a, b) || compare(a.currency, b.currency)),
    shrunk: [...shrunk.values()].sort(bucketOrder),
  };
}

const bucketOf = ({ dimension, day, key }: CohortBucket): CohortBucket => ({ dimension, day, key });
const bucketIdOf = ({ dimension, day, key }: CohortBucket) => JSON.stringify([dimension, day, key]);

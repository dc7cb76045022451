import { erasureCompletedEvent } from './erasure-completed';

export { ErasureCompleted, erasureCompletedPayload } from './erasure-completed';

export const enrichmentErasureCompletedV1 = erasureCompletedEvent('enrichment', 'nothing about the lead');
export const scoringErasureCompletedV1 = erasureCompletedEvent('scoring', 'scores, grades and stage history');
export const handOffErasureCompletedV1 = erasureCompletedEvent('hand-off', 'routing facts, assignments and decisions');
export const rewardsErasureCompletedV1 = erasureCompletedEvent('rewards', 'anonymised funnel counts and attributed revenue');

/** The services capture waits for before an erasure counts as complete. */
export const erasureConfirmations = [
  enrichmentErasureCompletedV1,
  scoringErasureCompletedV1,
  handOffErasureCompletedV1,
  rewardsErasureCompletedV1,
] as const;

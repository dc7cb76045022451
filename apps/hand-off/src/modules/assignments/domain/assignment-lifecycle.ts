import { LifecycleStage } from '@accord/contracts';

/** A lead whose assignment is in one of these is still sales' to work; a new MQL for it is a duplicate. */
export const openAssignmentStatuses = ['assigned', 'accepted'] as const;

const backWithMarketing: ReadonlySet<LifecycleStage> = new Set(['nurture', 'recycled', 'disqualified']);

/**
 * A stage change that hands the lead back to marketing without a rep's verdict (scoring's decay)
 * closes its open assignment, so a later MQL is routed again as a new assignment.
 */
export function closesOpenAssignment(to: LifecycleStage): boolean {
  return backWithMarketing.has(to);
}

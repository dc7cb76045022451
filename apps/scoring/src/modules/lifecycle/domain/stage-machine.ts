import { LifecycleStage, RejectionReason } from '@accord/contracts';

export type StageTrigger =
  | 'qualified'
  | 'decayed'
  | 'accepted'
  | 'rejected-unfit'
  | 'rejected-not-now'
  | 'recycled'
  | 'converted'
  | 'opportunity-opened'
  | 'won'
  | 'lost';

/** Every legal move: the stage a trigger leads to from each stage it may fire in. Nothing else is allowed. */
export const transitionTable: Readonly<Record<StageTrigger, Partial<Record<LifecycleStage, LifecycleStage>>>> = {
  qualified: { lead: 'mql', nurture: 'mql', recycled: 'mql' },
  decayed: { mql: 'nurture' },
  accepted: { mql: 'sal' },
  'rejected-unfit': { mql: 'disqualified', sal: 'disqualified' },
  'rejected-not-now': { mql: 'nurture', sal: 'nurture' },
  recycled: { mql: 'recycled', sal: 'recycled', sql: 'recycled' },
  converted: { mql: 'sql', sal: 'sql' },
  'opportunity-opened': { sql: 'opportunity' },
  won: { opportunity: 'customer' },
  lost: { opportunity: 'nurture' },
};

const unfitReasons: ReadonlySet<RejectionReason> = new Set(['bad_fit', 'spam', 'duplicate', 'wrong_contact']);

/** A lead that is not a fit leaves the funnel; one that is not ready yet goes back to marketing. */
export function rejectionTrigger(reason: RejectionReason): StageTrigger {
  return unfitReasons.has(reason) ? 'rejected-unfit' : 'rejected-not-now';
}

export type Transition =
  | { applied: true; from: LifecycleStage; to: LifecycleStage; trigger: StageTrigger }
  | { applied: false; from: LifecycleStage; trigger: StageTrigger; refusal: string };

export function transition(from: LifecycleStage, trigger: StageTrigger): Transition {
  const to = transitionTable[trigger][from];
  if (to === undefined) {
    const allowedFrom = Object.keys(transitionTable[trigger]).join(', ');
    return { applied: false, from, trigger, refusal: `${trigger} is not allowed in stage ${from} (only in ${allowedFrom})` };
  }
  return { applied: true, from, to, trigger };
}

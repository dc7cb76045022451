import { afterCommit } from '@accord/messaging';
import { counter } from '@accord/telemetry';
import { RepAction } from './domain/rep-action';

const decisions = counter(
  'hand_off_decisions_total',
  "Reps' verdicts on leads handed to them, by decision (accept, reject, recycle, convert) and rejection reason",
  ['decision', 'reason'],
);

/** Counted once the decision's transaction commits; `reason` is the lexicon code for rejections, empty otherwise. */
export function countDecision(transaction: object, decision: RepAction, rejectionReason?: string): void {
  afterCommit(transaction, () => decisions.inc({ decision, reason: rejectionReason ?? '' }));
}

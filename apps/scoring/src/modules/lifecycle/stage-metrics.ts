import { LifecycleStage } from '@accord/contracts';
import { afterCommit } from '@accord/messaging';
import { counter } from '@accord/telemetry';

const transitions = counter(
  'scoring_stage_transitions_total',
  'Lifecycle stage changes, by stage left and stage reached (to="mql" counts new MQLs)',
  ['from', 'to'],
);

/** Counted once the transaction that stores the change commits. */
export function countStageTransition(transaction: object, from: LifecycleStage, to: LifecycleStage): void {
  afterCommit(transaction, () => transitions.inc({ from, to }));
}

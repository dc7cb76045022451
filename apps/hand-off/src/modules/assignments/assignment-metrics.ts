import { afterCommit } from '@accord/messaging';
import { counter } from '@accord/telemetry';

const assignments = counter(
  'hand_off_assignments_total',
  'MQLs handed over, by assignee kind (rep, queue) and team',
  ['assignee_kind', 'team'],
);

/** Counted once the assignment's transaction commits. */
export function countAssignment(transaction: object, assigneeKind: string, teamId: string | null): void {
  afterCommit(transaction, () => assignments.inc({ assignee_kind: assigneeKind, team: teamId ?? 'none' }));
}

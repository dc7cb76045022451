import { afterCommit } from '@accord/messaging';
import { counter } from '@accord/telemetry';

const slaEvents = counter(
  'hand_off_sla_events_total',
  'SLA timers fired, by kind (reminded, breached), team, and whether a breach reassigned the lead',
  ['kind', 'team', 'reassigned'],
);

/** Counted once the transaction that marks the timer fired commits, so each timer counts once. */
export function countSlaEvent(transaction: object, kind: 'reminded' | 'breached', teamId: string | null, reassigned = false): void {
  afterCommit(transaction, () => slaEvents.inc({ kind, team: teamId ?? 'none', reassigned: String(reassigned) }));
}

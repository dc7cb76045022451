import { SlaDeadlines } from './sla-deadlines';

export function timersFor(deadlines: SlaDeadlines): Array<{ kind: 'reminder' | 'breach'; dueAt: Date }> {
  return [
    { kind: 'breach', dueAt: deadlines.dueAt },
    ...(deadlines.remindAt ? [{ kind: 'reminder' as const, dueAt: deadlines.remindAt }] : []),
  ];
}

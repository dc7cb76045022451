import { DeadLetterRecord } from './dead-letter-record';

/** Which dead letters to replay; exactly one criterion. */
export type DeadLetterSelection =
  | { all: true }
  | { offset: string; partition?: number }
  | { eventId: string }
  | { errorContains: string };

export function selectDeadLetters(records: DeadLetterRecord[], selection: DeadLetterSelection): DeadLetterRecord[] {
  if ('all' in selection) return records;
  if ('offset' in selection) {
    return records.filter(
      (record) => record.offset === selection.offset && (selection.partition === undefined || record.partition === selection.partition),
    );
  }
  if ('eventId' in selection) return records.filter((record) => record.event.id === selection.eventId);
  const needle = selection.errorContains.toLowerCase();
  return records.filter((record) => (record.cause.error ?? '').toLowerCase().includes(needle));
}

import { SqlExecutor } from '../sql-executor';

/**
 * Claims an event for a consumer group inside the transaction that applies its effects.
 * Returns false when the group already processed it, so redelivered events change nothing.
 */
export async function claimInboxEntry(
  transaction: SqlExecutor,
  eventId: string,
  consumerGroup: string,
  topic: string,
): Promise<boolean> {
  return (await claimInboxEntries(transaction, [{ eventId, topic }], consumerGroup)).size === 1;
}

export interface InboxEntry {
  eventId: string;
  topic: string;
}

/**
 * Claims a transaction's events, of any topics, in one statement; returns the ids this group had not
 * processed yet. An id delivered twice is claimed once.
 */
export async function claimInboxEntries(transaction: SqlExecutor, entries: InboxEntry[], consumerGroup: string): Promise<Set<string>> {
  const rows = await transaction.$queryRawUnsafe<{ event_id: string }>(
    `INSERT INTO inbox (event_id, consumer_group, topic)
     SELECT DISTINCT ON (event_id) event_id, $2, topic FROM unnest($1::uuid[], $3::text[]) AS entry (event_id, topic)
     ON CONFLICT DO NOTHING RETURNING event_id::text`,
    entries.map((entry) => entry.eventId),
    consumerGroup,
    entries.map((entry) => entry.topic),
  );
  return new Set(rows.map((row) => row.event_id));
}

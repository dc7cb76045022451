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
  return (await claimInboxEntries(transaction, [eventId], consumerGroup, topic)).size === 1;
}

/**
 * Claims a chunk of events in one statement; returns the ids this group had not processed yet.
 * An id delivered twice in the chunk is claimed once.
 */
export async function claimInboxEntries(
  transaction: SqlExecutor,
  eventIds: string[],
  consumerGroup: string,
  topic: string,
): Promise<Set<string>> {
  const rows = await transaction.$queryRawUnsafe<{ event_id: string }>(
    `INSERT INTO inbox (event_id, consumer_group, topic)
     SELECT DISTINCT event_id, $2, $3 FROM unnest($1::uuid[]) AS event_id
     ON CONFLICT DO NOTHING RETURNING event_id::text`,
    eventIds,
    consumerGroup,
    topic,
  );
  return new Set(rows.map((row) => row.event_id));
}

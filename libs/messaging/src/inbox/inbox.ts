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
  const inserted = await transaction.$executeRawUnsafe(
    'INSERT INTO inbox (event_id, consumer_group, topic) VALUES ($1::uuid, $2, $3) ON CONFLICT DO NOTHING',
    eventId,
    consumerGroup,
    topic,
  );
  return inserted === 1;
}

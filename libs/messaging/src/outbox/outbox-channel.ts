/** PostgreSQL NOTIFY channel that wakes the relay when a transaction commits outbox rows. */
export const outboxChannel = 'accord_outbox';

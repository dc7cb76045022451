export const MESSAGING_SETTINGS = Symbol('MESSAGING_SETTINGS');
export const KAFKA = Symbol('KAFKA');
export const KAFKA_PRODUCER = Symbol('KAFKA_PRODUCER');
export const OUTBOX_POOL = Symbol('OUTBOX_POOL');

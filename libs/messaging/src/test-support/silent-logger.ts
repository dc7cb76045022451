import { MessagingLogger } from '../messaging-logger';

/** A logger for tests that check behaviour, not log lines. */
export const silentLogger: MessagingLogger = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

/** Structured logger the messaging runtime writes to; a pino logger fits it. */
export interface MessagingLogger {
  debug(context: object, message: string): void;
  info(context: object, message: string): void;
  warn(context: object, message: string): void;
  error(context: object, message: string): void;
}

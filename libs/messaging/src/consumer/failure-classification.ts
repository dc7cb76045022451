import { EventContractViolation } from '@accord/contracts';

/** Thrown by a handler for an event it can never process; it goes to the dead-letter topic at once. */
export class UnprocessableEventError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnprocessableEventError';
  }
}

export class MalformedMessageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MalformedMessageError';
  }
}

const transientCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  // PostgreSQL: serialization failure, deadlock, too many connections, shutting down, cannot connect now
  '40001',
  '40P01',
  '53300',
  '57P01',
  '57P02',
  '57P03',
  // Prisma: cannot reach the database, connection closed, pool timeout, transaction conflict
  'P1001',
  'P1002',
  'P1017',
  'P2024',
  'P2028',
  'P2034',
]);

export type FailureKind = 'permanent' | 'transient' | 'unknown';

function codeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, cause } = error as { code?: unknown; cause?: unknown };
  if (typeof code === 'string') return code;
  return cause ? codeOf(cause) : undefined;
}

/**
 * Permanent failures go to the dead-letter topic now; transient ones are retried for as long as
 * they last; unknown ones are retried a few times before they are treated as permanent.
 */
export function classifyFailure(error: unknown): FailureKind {
  if (
    error instanceof EventContractViolation ||
    error instanceof UnprocessableEventError ||
    error instanceof MalformedMessageError
  ) {
    return 'permanent';
  }
  const code = codeOf(error);
  if (code && transientCodes.has(code)) return 'transient';
  const message = error instanceof Error ? error.message : String(error);
  if (/connect|connection|timed? ?out|terminat/i.test(message)) return 'transient';
  return 'unknown';
}

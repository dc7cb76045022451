import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (value: string | Buffer) => createHash('sha256').update(value).digest();

/** Compares secrets without leaking, through timing, how much of them matched or how long they are. */
export function constantTimeEquals(actual: string | Buffer, expected: string | Buffer): boolean {
  return timingSafeEqual(digest(actual), digest(expected));
}

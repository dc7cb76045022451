import { createHash } from 'node:crypto';

/** Outcomes are matched by e-mail without hand-off storing the address itself. */
export function emailHash(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
}

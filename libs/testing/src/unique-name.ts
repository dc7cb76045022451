import { randomBytes } from 'node:crypto';

/**
 * A lower-case name that no other test run uses: the prefix, then a time stamp and random
 * characters. Good for topics, consumer groups and databases.
 */
export function uniqueName(prefix: string, separator = '-'): string {
  const stamp = Date.now().toString(36);
  const random = randomBytes(4).toString('hex');
  return [prefix.toLowerCase(), stamp, random].join(separator);
}

import { createHash, timingSafeEqual } from 'node:crypto';
import { ConfiguredApiKey } from '@accord/config';

export function sha256Hex(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}

/** Matches a presented key against the configured SHA-256 hashes; every configured key stays valid, so a new one can go live before the old is removed. */
export class ApiKeyRegistry {
  private readonly keys: Array<ConfiguredApiKey & { digest: Buffer }>;

  constructor(keys: ConfiguredApiKey[]) {
    this.keys = keys.map((key) => ({ ...key, digest: Buffer.from(key.sha256, 'hex') }));
  }

  get size(): number {
    return this.keys.length;
  }

  find(presented: string): ConfiguredApiKey | undefined {
    const digest = createHash('sha256').update(presented, 'utf8').digest();
    let found: ConfiguredApiKey | undefined;
    // Compare with every key, without stopping early, so timing says nothing about which one matched.
    for (const key of this.keys) {
      if (timingSafeEqual(digest, key.digest) && !found) found = key;
    }
    return found;
  }
}

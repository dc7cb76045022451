import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { ConfiguredEncryptionKey } from '@accord/config';

const prefix = 'enc:v1:';

/**
 * Encrypts secrets a service must use again (webhook signing secrets cannot be hashed) with
 * AES-256-GCM. The first key seals; any listed key opens, so keys rotate without downtime.
 */
export class SecretCipher {
  constructor(private readonly keys: ConfiguredEncryptionKey[]) {}

  get enabled(): boolean {
    return this.keys.length > 0;
  }

  /** Without keys the secret is kept as given; the service warns about it at start-up. */
  seal(secret: string): string {
    const [current] = this.keys;
    if (!current) return secret;
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', current.key, iv);
    cipher.setAAD(Buffer.from(current.id));
    const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return `${prefix}${current.id}:${iv.toString('base64url')}:${cipher.getAuthTag().toString('base64url')}:${sealed.toString('base64url')}`;
  }

  /** Opens a sealed secret; one stored before encryption was configured is returned as it is. */
  open(stored: string): string {
    if (!stored.startsWith(prefix)) return stored;
    const [keyId, iv, tag, sealed] = stored.slice(prefix.length).split(':');
    const key = this.keys.find((candidate) => candidate.id === keyId);
    if (!key) throw new Error(`the secret was sealed with key ${keyId}, which is no longer configured`);
    const decipher = createDecipheriv('aes-256-gcm', key.key, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(keyId));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(sealed, 'base64url')), decipher.final()]).toString('utf8');
  }

  /** True when the stored value should be sealed again with the current key. */
  isStale(stored: string): boolean {
    const [current] = this.keys;
    return current !== undefined && !stored.startsWith(`${prefix}${current.id}:`);
  }
}

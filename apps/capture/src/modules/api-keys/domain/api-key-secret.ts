import { createHmac, KeyObject, randomBytes, timingSafeEqual } from 'node:crypto';

const keyPattern = /^acc_([0-9a-f]{32})_([A-Za-z0-9_-]{43})$/;

export interface ParsedApiKey {
  keyId: string;
  secret: string;
}

export interface IssuedApiKey extends ParsedApiKey {
  /** What the client sends; shown once and never stored. */
  plaintext: string;
  salt: Buffer;
  secretHash: Buffer;
}

const toUuid = (hex: string) =>
  `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;

/** A salt used for every request of a key is best passed as a KeyObject: Node checks a raw key's type at a cost on every call. */
export function hashApiKeySecret(secret: string, salt: Buffer | KeyObject): Buffer {
  return createHmac('sha256', salt).update(secret).digest();
}

export function issueApiKey(keyId: string): IssuedApiKey {
  const secret = randomBytes(32).toString('base64url');
  const salt = randomBytes(16);
  return {
    keyId,
    secret,
    plaintext: `acc_${keyId.replaceAll('-', '')}_${secret}`,
    salt,
    secretHash: hashApiKeySecret(secret, salt),
  };
}

/** Splits a presented key into the id that finds its record and the secret to verify; null when malformed. */
export function parseApiKey(presented: string): ParsedApiKey | null {
  const match = keyPattern.exec(presented);
  return match ? { keyId: toUuid(match[1]), secret: match[2] } : null;
}

export function apiKeySecretMatches(secret: string, salt: Buffer | KeyObject, expectedHash: Buffer): boolean {
  const actual = hashApiKeySecret(secret, salt);
  return actual.length === expectedHash.length && timingSafeEqual(actual, expectedHash);
}

import { z } from 'zod';

export const authRoles = ['admin', 'manager', 'rep', 'marketer', 'system'] as const;
export type AuthRole = (typeof authRoles)[number];

export interface ConfiguredApiKey {
  name: string;
  /** SHA-256 of the key, lower-case hex; the key itself is never configured or stored. */
  sha256: string;
  scopes: string[];
}

const apiKeyEntry = /^([A-Za-z0-9._-]+):([0-9a-fA-F]{64})(?::([A-Za-z0-9:._ -]*))?$/;

/** `name:sha256hex:scope scope,name:sha256hex:scope` — several keys at once, so one can be rotated while the other still works. */
export const apiKeyList = z
  .string()
  .default('')
  .transform((value, context): ConfiguredApiKey[] => {
    const entries = value.split(',').map((entry) => entry.trim()).filter(Boolean);
    const keys: ConfiguredApiKey[] = [];
    for (const [index, entry] of entries.entries()) {
      const match = apiKeyEntry.exec(entry);
      if (!match) {
        context.addIssue({ code: 'custom', message: `entry ${index + 1} must look like name:<64 hex digits of SHA-256>:scope scope` });
        return z.NEVER;
      }
      keys.push({ name: match[1], sha256: match[2].toLowerCase(), scopes: (match[3] ?? '').split(' ').filter(Boolean) });
    }
    const names = keys.map((key) => key.name);
    const repeated = names.find((name, index) => names.indexOf(name) !== index);
    if (repeated) context.addIssue({ code: 'custom', message: `the name ${repeated} is used twice` });
    return keys;
  });

const flag = z
  .enum(['true', 'false', '1', '0', ''])
  .default('false')
  .transform((value) => value === 'true' || value === '1');

const optionalText = z
  .string()
  .optional()
  .transform((value) => (value ? value : undefined));

/** Who may call a service: identity-provider JWTs for people, hashed API keys for systems. */
export const authConfigShape = {
  /** Development only: turns authentication off and trusts identity headers; never the default. */
  AUTH_DISABLED: flag,
  /** HS256 shared secret; at least 32 characters. */
  AUTH_JWT_SECRET: optionalText.pipe(z.string().min(32, 'must be at least 32 characters').optional()),
  /** An identity provider's JSON Web Key Set (RS256, ES256). */
  AUTH_JWKS_URL: optionalText.pipe(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional()),
  AUTH_JWT_ISSUER: optionalText,
  AUTH_JWT_AUDIENCE: optionalText,
  SERVICE_API_KEYS: apiKeyList,
};

export interface AuthConfig {
  AUTH_DISABLED: boolean;
  AUTH_JWT_SECRET?: string;
  AUTH_JWKS_URL?: string;
  AUTH_JWT_ISSUER?: string;
  AUTH_JWT_AUDIENCE?: string;
  SERVICE_API_KEYS: ConfiguredApiKey[];
}

export interface ConfiguredEncryptionKey {
  id: string;
  key: Buffer;
}

/** `id:base64-of-32-bytes,…`: the first key encrypts, every key decrypts, so a new key can lead while the old still reads. */
export const encryptionKeyList = z
  .string()
  .default('')
  .transform((value, context): ConfiguredEncryptionKey[] => {
    const keys: ConfiguredEncryptionKey[] = [];
    for (const [index, entry] of value.split(',').map((item) => item.trim()).filter(Boolean).entries()) {
      const match = /^([A-Za-z0-9_-]{1,32}):([A-Za-z0-9+/_=-]+)$/.exec(entry);
      const key = match ? Buffer.from(match[2], 'base64') : null;
      if (!match || key?.length !== 32) {
        context.addIssue({ code: 'custom', message: `entry ${index + 1} must look like id:<base64 of 32 random bytes>` });
        return z.NEVER;
      }
      keys.push({ id: match[1], key });
    }
    return keys;
  });

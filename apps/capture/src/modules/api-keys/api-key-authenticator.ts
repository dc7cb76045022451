import { createSecretKey, KeyObject } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { SERVICE_CONFIG } from '@accord/platform';
import { CaptureConfig } from '../../config/capture-config';
import { apiKeySecretMatches, parseApiKey } from './domain/api-key-secret';
import { ApiKeyPrincipal } from './domain/api-key-scope';
import { ApiKeyRepository, StoredApiKey } from './api-key.repository';

type KnownApiKey = Omit<StoredApiKey, 'salt'> & { salt: KeyObject };

/** Verifies presented keys; records are cached briefly so a busy source does not cost a query per request. */
@Injectable()
export class ApiKeyAuthenticator {
  private readonly cache = new Map<string, { key: KnownApiKey | null; expiresAtMs: number }>();

  constructor(
    private readonly keys: ApiKeyRepository,
    @Inject(SERVICE_CONFIG) private readonly config: CaptureConfig,
  ) {}

  async authenticate(presented: string): Promise<ApiKeyPrincipal | null> {
    const parsed = parseApiKey(presented);
    if (!parsed) return null;
    const key = await this.lookUp(parsed.keyId);
    if (!key || key.revokedAt || !apiKeySecretMatches(parsed.secret, key.salt, key.secretHash)) return null;
    return {
      keyId: key.id,
      name: key.name,
      source: key.source,
      scopes: key.scopes,
      defaultPhoneRegion: key.defaultPhoneRegion,
    };
  }

  forget(keyId: string): void {
    this.cache.delete(keyId);
  }

  private async lookUp(keyId: string): Promise<KnownApiKey | null> {
    const now = Date.now();
    const cached = this.cache.get(keyId);
    if (cached && cached.expiresAtMs > now) return cached.key;
    const stored = await this.keys.findById(keyId);
    const key = stored && { ...stored, salt: createSecretKey(stored.salt) };
    if (this.config.API_KEY_CACHE_TTL_MS > 0) {
      if (this.cache.size >= 10_000) this.cache.clear();
      this.cache.set(keyId, { key, expiresAtMs: now + this.config.API_KEY_CACHE_TTL_MS });
    }
    return key;
  }
}

import { Injectable } from '@nestjs/common';
import { CaptureDatabase } from '../../database/capture-database';
import { ApiKeyScope } from './domain/api-key-scope';

export interface NewApiKey {
  id: string;
  name: string;
  source: string;
  scopes: ApiKeyScope[];
  defaultPhoneRegion: string | null;
  salt: Buffer;
  secretHash: Buffer;
}

export interface StoredApiKey {
  id: string;
  name: string;
  source: string;
  scopes: ApiKeyScope[];
  defaultPhoneRegion: string | null;
  salt: Buffer;
  secretHash: Buffer;
  revokedAt: Date | null;
}

const publicFields = { id: true, name: true, source: true, scopes: true, defaultPhoneRegion: true, createdAt: true, revokedAt: true };

@Injectable()
export class ApiKeyRepository {
  constructor(private readonly database: CaptureDatabase) {}

  create(key: NewApiKey) {
    return this.database.apiKey.create({
      data: { ...key, salt: new Uint8Array(key.salt), secretHash: new Uint8Array(key.secretHash) },
      select: publicFields,
    });
  }

  async findById(id: string): Promise<StoredApiKey | null> {
    const key = await this.database.apiKey.findUnique({ where: { id } });
    if (!key) return null;
    return {
      ...key,
      scopes: key.scopes as ApiKeyScope[],
      salt: Buffer.from(key.salt),
      secretHash: Buffer.from(key.secretHash),
    };
  }

  list() {
    return this.database.apiKey.findMany({ select: publicFields, orderBy: { createdAt: 'asc' } });
  }

  /** True when the key existed and was active until now. */
  async revoke(id: string, at: Date): Promise<boolean> {
    const { count } = await this.database.apiKey.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: at } });
    return count === 1;
  }

  async exists(id: string): Promise<boolean> {
    return (await this.database.apiKey.count({ where: { id } })) === 1;
  }
}

import { Injectable } from '@nestjs/common';
import { uuidv7 } from 'uuidv7';
import { issueApiKey } from './domain/api-key-secret';
import { ApiKeyRepository } from './api-key.repository';
import { ApiKeyRequest } from './api-key-request.schema';

/** Creates a key for a source; the plaintext is answered once and only its salted hash is kept. */
@Injectable()
export class IssueApiKeyUseCase {
  constructor(private readonly keys: ApiKeyRepository) {}

  async execute(request: ApiKeyRequest) {
    const issued = issueApiKey(uuidv7());
    const stored = await this.keys.create({
      id: issued.keyId,
      name: request.name,
      source: request.source,
      scopes: [...new Set(request.scopes)],
      defaultPhoneRegion: request.defaultPhoneRegion,
      salt: issued.salt,
      secretHash: issued.secretHash,
    });
    return { ...stored, key: issued.plaintext };
  }
}

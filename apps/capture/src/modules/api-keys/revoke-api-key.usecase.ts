import { Injectable } from '@nestjs/common';
import { ApiKeyAuthenticator } from './api-key-authenticator';
import { ApiKeyRepository } from './api-key.repository';

export type RevocationResult = 'revoked' | 'already-revoked' | 'unknown';

@Injectable()
export class RevokeApiKeyUseCase {
  constructor(
    private readonly keys: ApiKeyRepository,
    private readonly authenticator: ApiKeyAuthenticator,
  ) {}

  async execute(keyId: string): Promise<RevocationResult> {
    const revoked = await this.keys.revoke(keyId, new Date());
    this.authenticator.forget(keyId);
    if (revoked) return 'revoked';
    return (await this.keys.exists(keyId)) ? 'already-revoked' : 'unknown';
  }
}

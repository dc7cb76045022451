import { Module } from '@nestjs/common';
import { SourceRateLimiter } from '../rate-limit/source-rate-limiter';
import { AdminKeyGuard } from './admin-key.guard';
import { ApiKeyAuthenticator } from './api-key-authenticator';
import { ApiKeyGuard } from './api-key.guard';
import { ApiKeyRepository } from './api-key.repository';
import { ApiKeysController } from './api-keys.controller';
import { IssueApiKeyUseCase } from './issue-api-key.usecase';
import { RevokeApiKeyUseCase } from './revoke-api-key.usecase';

@Module({
  controllers: [ApiKeysController],
  providers: [
    AdminKeyGuard,
    ApiKeyAuthenticator,
    ApiKeyGuard,
    ApiKeyRepository,
    IssueApiKeyUseCase,
    RevokeApiKeyUseCase,
    SourceRateLimiter,
  ],
  exports: [ApiKeyAuthenticator, ApiKeyGuard, SourceRateLimiter],
})
export class ApiKeysModule {}

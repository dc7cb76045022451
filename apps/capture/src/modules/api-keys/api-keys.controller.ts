import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiResponse, ApiTags } from '@nestjs/swagger';
import { OwnAuthentication, ProblemException, ZodValidationPipe } from '@accord/platform';
import { openApiSchemaOf, problemResponse } from '../../http/openapi';
import { AdminKeyGuard } from './admin-key.guard';
import { ApiKeyRepository } from './api-key.repository';
import { ApiKeyRequest, apiKeyRequestSchema } from './api-key-request.schema';
import { IssueApiKeyUseCase } from './issue-api-key.usecase';
import { RevokeApiKeyUseCase } from './revoke-api-key.usecase';

@ApiTags('admin')
@ApiBearerAuth('admin')
@ApiResponse({ status: 401, description: 'Not the admin key', ...problemResponse })
@ApiResponse({ status: 403, description: 'Not an administrator, or administration disabled (no ADMIN_API_KEY and authentication off)', ...problemResponse })
// capture's admin key or an administrator's platform credentials (AdminKeyGuard) authenticate these routes.
@OwnAuthentication()
@Controller('v1/admin/api-keys')
@UseGuards(AdminKeyGuard)
export class ApiKeysController {
  constructor(
    private readonly issueApiKey: IssueApiKeyUseCase,
    private readonly revokeApiKey: RevokeApiKeyUseCase,
    private readonly keys: ApiKeyRepository,
  ) {}

  /** The answer holds the key itself; it cannot be shown again. */
  @Post()
  @HttpCode(201)
  @ApiBody({ schema: openApiSchemaOf(apiKeyRequestSchema) })
  @ApiResponse({ status: 201, description: 'The key, including its secret, shown this once' })
  create(@Body(new ZodValidationPipe(apiKeyRequestSchema)) request: ApiKeyRequest) {
    return this.issueApiKey.execute(request);
  }

  @Get()
  list() {
    return this.keys.list();
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiResponse({ status: 204, description: 'Revoked' })
  @ApiResponse({ status: 404, description: 'No such key', ...problemResponse })
  async revoke(@Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    if ((await this.revokeApiKey.execute(id)) === 'unknown') {
      throw new ProblemException(404, 'API key not found', `No API key has id ${id}.`);
    }
  }
}

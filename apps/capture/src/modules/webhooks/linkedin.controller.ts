import { Controller, Get, HttpCode, Inject, Post, Query, Req, UseGuards } from '@nestjs/common';
import type { RawBodyRequest } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { FastifyRequest } from 'fastify';
import { OwnAuthentication, ProblemException, RequireDependencies, SERVICE_CONFIG, ZodValidationPipe } from '@accord/platform';
import { CaptureConfig } from '../../config/capture-config';
import { problemResponse } from '../../http/openapi';
import { linkedInNotificationSchema, notifiedLinkedInLead } from './domain/linkedin-notification';
import { linkedInChallengeResponse, linkedInSignatureMatches } from './domain/webhook-signatures';
import { FetchAdLeadsUseCase } from './fetch-ad-leads.usecase';
import { badSignature, headerOf, missingSignature, notConfigured, rawBodyOf } from './raw-body';

const notificationPipe = new ZodValidationPipe(linkedInNotificationSchema);

@ApiTags('webhooks')
// the platform's signature authenticates every call.
@OwnAuthentication()
@Controller('v1/webhooks/linkedin')
export class LinkedInController {
  constructor(
    private readonly fetchAdLeads: FetchAdLeadsUseCase,
    @Inject(SERVICE_CONFIG) private readonly config: CaptureConfig,
  ) {}

  /** LinkedIn's challenge validation: prove we hold the client secret. */
  @Get()
  @ApiOperation({ summary: 'LinkedIn webhook challenge validation' })
  challenge(@Query('challengeCode') challengeCode: unknown) {
    const secret = this.config.LINKEDIN_CLIENT_SECRET;
    if (!secret) throw notConfigured('LinkedIn');
    if (typeof challengeCode !== 'string' || challengeCode.length === 0 || challengeCode.length > 200) {
      throw new ProblemException(400, 'Invalid request', 'Expected a challengeCode query parameter.');
    }
    return { challengeCode, challengeResponse: linkedInChallengeResponse(challengeCode, secret) };
  }

  /**
   * Answers once the notified form response is stored; its answers are fetched from the Lead Sync
   * API afterwards (while LINKEDIN_ACCESS_TOKEN is set), so LinkedIn never waits on it.
   */
  @UseGuards(RequireDependencies)
  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'LinkedIn Lead Sync notification, signed with X-LI-Signature' })
  @ApiResponse({ status: 401, description: 'No signature', ...problemResponse })
  @ApiResponse({ status: 403, description: 'Signature does not match the body', ...problemResponse })
  async notify(@Req() request: RawBodyRequest<FastifyRequest>) {
    const secret = this.config.LINKEDIN_CLIENT_SECRET;
    if (!secret) throw notConfigured('LinkedIn');
    const signature = headerOf(request, 'x-li-signature');
    if (!signature) throw missingSignature('X-LI-Signature');
    if (!linkedInSignatureMatches(rawBodyOf(request), signature, secret)) throw badSignature('X-LI-Signature');
    const notified = notifiedLinkedInLead(notificationPipe.transform(request.body));
    const recorded = notified ? await this.fetchAdLeads.enqueue('linkedin', [notified]) : 0;
    return { received: 1, new: recorded };
  }
}

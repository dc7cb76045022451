import { Controller, Get, HttpCode, Inject, Post, Query, Req, Res, UseGuards } from '@nestjs/common';
import type { RawBodyRequest } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { FastifyReply, FastifyRequest } from 'fastify';
import { OwnAuthentication, ProblemException, RequireDependencies, SERVICE_CONFIG, ZodValidationPipe } from '@accord/platform';
import { CaptureConfig } from '../../config/capture-config';
import { problemResponse } from '../../http/openapi';
import { constantTimeEquals } from './domain/constant-time-equals';
import { facebookNotificationSchema, leadgenReferences } from './domain/facebook-lead';
import { facebookSignatureMatches } from './domain/webhook-signatures';
import { notifiedFacebookLead } from './facebook-lead-source';
import { FetchAdLeadsUseCase } from './fetch-ad-leads.usecase';
import { badSignature, headerOf, missingSignature, notConfigured, rawBodyOf } from './raw-body';

const notificationPipe = new ZodValidationPipe(facebookNotificationSchema);

@ApiTags('webhooks')
// the platform's signature (and verify token) authenticates every call.
@OwnAuthentication()
@Controller('v1/webhooks/facebook')
export class FacebookController {
  constructor(
    private readonly fetchAdLeads: FetchAdLeadsUseCase,
    @Inject(SERVICE_CONFIG) private readonly config: CaptureConfig,
  ) {}

  /** The subscription handshake: echo hub.challenge when hub.verify_token is ours. */
  @Get()
  @ApiOperation({ summary: 'Facebook webhook subscription handshake' })
  @ApiResponse({ status: 403, description: 'Wrong verify token', ...problemResponse })
  verify(@Query() query: Record<string, unknown>, @Res() reply: FastifyReply) {
    const expected = this.config.FACEBOOK_VERIFY_TOKEN;
    if (!expected || !this.config.FACEBOOK_APP_SECRET) throw notConfigured('Facebook');
    const token = query['hub.verify_token'];
    const challenge = query['hub.challenge'];
    if (query['hub.mode'] !== 'subscribe' || typeof token !== 'string' || typeof challenge !== 'string' || challenge.length > 200) {
      throw new ProblemException(400, 'Invalid request', 'Expected hub.mode=subscribe, hub.verify_token and hub.challenge.');
    }
    if (!constantTimeEquals(token, expected)) throw badSignature('verify token');
    return reply.status(200).header('content-type', 'text/plain').send(challenge);
  }

  /**
   * Answers as soon as the notified lead ids are stored; their details are fetched from the Graph
   * API afterwards, so Facebook never waits on it.
   */
  @UseGuards(RequireDependencies)
  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'Facebook Lead Ads notification, signed with X-Hub-Signature-256' })
  @ApiResponse({ status: 401, description: 'No signature', ...problemResponse })
  @ApiResponse({ status: 403, description: 'Signature does not match the body', ...problemResponse })
  async notify(@Req() request: RawBodyRequest<FastifyRequest>) {
    const secret = this.config.FACEBOOK_APP_SECRET;
    if (!secret) throw notConfigured('Facebook');
    const signature = headerOf(request, 'x-hub-signature-256');
    if (!signature) throw missingSignature('X-Hub-Signature-256');
    if (!facebookSignatureMatches(rawBodyOf(request), signature, secret)) throw badSignature('X-Hub-Signature-256');
    const references = leadgenReferences(notificationPipe.transform(request.body));
    const recorded = await this.fetchAdLeads.enqueue('facebook', references.map(notifiedFacebookLead));
    return { received: references.length, new: recorded };
  }
}

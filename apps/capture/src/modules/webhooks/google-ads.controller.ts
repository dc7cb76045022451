import { Body, Controller, HttpCode, Inject, Post, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { OwnAuthentication, RequireDependencies, SERVICE_CONFIG, ZodValidationPipe } from '@accord/platform';
import { CaptureConfig } from '../../config/capture-config';
import { openApiSchemaOf, problemResponse } from '../../http/openapi';
import { fieldErrorsOf } from '../leads/field-errors';
import { CaptureWebhookLeadUseCase, unprocessableLead } from './capture-webhook-lead.usecase';
import { constantTimeEquals } from './domain/constant-time-equals';
import { GoogleAdsLead, googleAdsLeadAsRequest, googleAdsLeadSchema } from './domain/google-ads-lead';
import { badSignature, notConfigured } from './raw-body';

@ApiTags('webhooks')
// the platform's shared key in the payload authenticates every call.
@OwnAuthentication()
@Controller('v1/webhooks/google-ads')
export class GoogleAdsController {
  constructor(
    private readonly captureWebhookLead: CaptureWebhookLeadUseCase,
    @Inject(SERVICE_CONFIG) private readonly config: CaptureConfig,
  ) {}

  /** Google retries until it gets a 200; a lead id seen before answers 200 with the original lead. */
  @UseGuards(RequireDependencies)
  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'Google Ads lead form webhook', requestBody: { required: true, content: { 'application/json': { schema: openApiSchemaOf(googleAdsLeadSchema) } } } })
  @ApiResponse({ status: 403, description: 'google_key does not match', ...problemResponse })
  @ApiResponse({ status: 422, description: 'No usable e-mail address or phone number', ...problemResponse })
  async receive(@Body(new ZodValidationPipe(googleAdsLeadSchema)) lead: GoogleAdsLead) {
    const expectedKey = this.config.GOOGLE_ADS_WEBHOOK_KEY;
    if (!expectedKey) throw notConfigured('Google Ads');
    if (!constantTimeEquals(lead.google_key, expectedKey)) throw badSignature('google_key');
    const request = googleAdsLeadAsRequest(lead);
    if (!request.success) throw unprocessableLead(fieldErrorsOf(request.error));
    return this.captureWebhookLead.execute(
      request.data,
      {
        channel: 'google_ads',
        source: 'google',
        defaultPhoneRegion: this.config.DEFAULT_PHONE_REGION,
        receivedAt: new Date(),
        externalId: lead.lead_id,
      },
      { ...lead, google_key: undefined },
    );
  }
}

import { Module } from '@nestjs/common';
import { LeadsModule } from '../leads/leads.module';
import { CaptureWebhookLeadUseCase } from './capture-webhook-lead.usecase';
import { FacebookLeadFetchRepository } from './facebook-lead-fetch.repository';
import { FacebookController } from './facebook.controller';
import { FetchFacebookLeadsUseCase } from './fetch-facebook-leads.usecase';
import { GoogleAdsController } from './google-ads.controller';
import { GraphApiClient } from './graph-api.client';
import { LinkedInController } from './linkedin.controller';

@Module({
  imports: [LeadsModule],
  controllers: [GoogleAdsController, FacebookController, LinkedInController],
  providers: [CaptureWebhookLeadUseCase, FacebookLeadFetchRepository, FetchFacebookLeadsUseCase, GraphApiClient],
  exports: [CaptureWebhookLeadUseCase],
})
export class WebhooksModule {}

import { Module } from '@nestjs/common';
import { LeadsModule } from '../leads/leads.module';
import { AdLeadFetchRepository } from './ad-lead-fetch.repository';
import { CaptureWebhookLeadUseCase } from './capture-webhook-lead.usecase';
import { FacebookLeadSource } from './facebook-lead-source';
import { FacebookController } from './facebook.controller';
import { FetchAdLeadsUseCase } from './fetch-ad-leads.usecase';
import { GoogleAdsController } from './google-ads.controller';
import { GraphApiClient } from './graph-api.client';
import { LinkedInApiClient } from './linkedin-api.client';
import { LinkedInLeadSource } from './linkedin-lead-source';
import { LinkedInController } from './linkedin.controller';

@Module({
  imports: [LeadsModule],
  controllers: [GoogleAdsController, FacebookController, LinkedInController],
  providers: [
    CaptureWebhookLeadUseCase,
    AdLeadFetchRepository,
    FetchAdLeadsUseCase,
    GraphApiClient,
    FacebookLeadSource,
    LinkedInApiClient,
    LinkedInLeadSource,
  ],
  exports: [CaptureWebhookLeadUseCase],
})
export class WebhooksModule {}

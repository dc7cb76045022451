import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { SERVICE_CONFIG } from '@accord/platform';
import { CaptureConfig } from '../../config/capture-config';
import { AdLeadFetchRepository } from './ad-lead-fetch.repository';
import { AdLeadFetcher } from './ad-lead-fetcher';
import { AdLeadSource, AdPlatform, NotifiedAdLead } from './ad-lead-source';
import { CaptureWebhookLeadUseCase } from './capture-webhook-lead.usecase';
import { FacebookLeadSource } from './facebook-lead-source';
import { LinkedInLeadSource } from './linkedin-lead-source';

/**
 * Keeps the leads ad platforms notify until each is fetched and captured: a webhook answers once
 * they are stored, and what is still pending at start-up is fetched then.
 */
@Injectable()
export class FetchAdLeadsUseCase implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly fetchers: Record<AdPlatform, Pick<AdLeadFetcher<unknown>, 'wake' | 'stop'>>;

  constructor(
    private readonly fetches: AdLeadFetchRepository,
    captureWebhookLead: CaptureWebhookLeadUseCase,
    facebook: FacebookLeadSource,
    linkedIn: LinkedInLeadSource,
    @Inject(SERVICE_CONFIG) config: CaptureConfig,
  ) {
    const fetcherOf = <Notice>(source: AdLeadSource<Notice>) =>
      new AdLeadFetcher(source, fetches, captureWebhookLead, config.DEFAULT_PHONE_REGION);
    this.fetchers = { facebook: fetcherOf(facebook), linkedin: fetcherOf(linkedIn) };
  }

  onApplicationBootstrap(): void {
    for (const fetcher of Object.values(this.fetchers)) fetcher.wake();
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(Object.values(this.fetchers).map((fetcher) => fetcher.stop()));
  }

  /** Stores the notified leads (those seen before are skipped) and wakes the platform's fetcher for new ones; resolves with how many were new. */
  async enqueue<Notice extends object>(platform: AdPlatform, leads: NotifiedAdLead<Notice>[]): Promise<number> {
    const recorded = leads.length > 0 ? await this.fetches.recordNotified(platform, leads) : 0;
    if (recorded > 0) this.fetchers[platform].wake();
    return recorded;
  }
}

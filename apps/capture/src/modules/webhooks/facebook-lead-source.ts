import { Inject, Injectable } from '@nestjs/common';
import { SERVICE_CONFIG } from '@accord/platform';
import { CaptureConfig } from '../../config/capture-config';
import { AdLeadSource, FetchedAdLead, NotifiedAdLead } from './ad-lead-source';
import { graphLeadAsRequest, LeadgenReference } from './domain/facebook-lead';
import { GraphApiClient } from './graph-api.client';

export type FacebookNotice = Omit<LeadgenReference, 'leadgenId'>;

export const notifiedFacebookLead = ({ leadgenId, ...notice }: LeadgenReference): NotifiedAdLead<FacebookNotice> => ({
  externalId: leadgenId,
  notice,
});

/** Facebook Lead Ads: the Graph API gives the lead's field data for its leadgen id. */
@Injectable()
export class FacebookLeadSource implements AdLeadSource<FacebookNotice> {
  readonly platform = 'facebook';
  readonly channel = 'facebook_lead_ads';
  readonly source = 'facebook';
  readonly enabled: boolean;
  readonly attempts: number;
  readonly backoffMs: number;

  constructor(
    private readonly graph: GraphApiClient,
    @Inject(SERVICE_CONFIG) config: CaptureConfig,
  ) {
    this.enabled = Boolean(config.FACEBOOK_APP_SECRET);
    this.attempts = config.FACEBOOK_FETCH_ATTEMPTS;
    this.backoffMs = config.FACEBOOK_FETCH_BACKOFF_MS;
  }

  async fetch({ externalId, notice }: NotifiedAdLead<FacebookNotice>): Promise<FetchedAdLead> {
    const reference = { leadgenId: externalId, ...notice };
    const lead = await this.graph.fetchLead(externalId);
    return { request: graphLeadAsRequest(lead, reference), rawPayload: { notification: reference, lead } };
  }
}

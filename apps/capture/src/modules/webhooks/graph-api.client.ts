import { Inject, Injectable } from '@nestjs/common';
import { SERVICE_CONFIG } from '@accord/platform';
import { CaptureConfig } from '../../config/capture-config';
import { GraphLead, graphLeadSchema } from './domain/facebook-lead';
import { adApiRetryPolicy, getAdApiJson, PermanentAdApiError } from './ad-platform-api';

const leadFields = 'id,created_time,form_id,campaign_id,is_organic,field_data';

@Injectable()
export class GraphApiClient {
  private readonly policy;

  constructor(@Inject(SERVICE_CONFIG) private readonly config: CaptureConfig) {
    this.policy = adApiRetryPolicy(config.FACEBOOK_FETCH_ATTEMPTS, config.FACEBOOK_FETCH_BACKOFF_MS);
  }

  fetchLead(leadgenId: string): Promise<GraphLead> {
    return this.policy.execute(({ signal }) => this.fetchOnce(leadgenId, signal));
  }

  private async fetchOnce(leadgenId: string, signal: AbortSignal): Promise<GraphLead> {
    const url = new URL(`${this.config.FACEBOOK_GRAPH_URL.replace(/\/$/, '')}/${encodeURIComponent(leadgenId)}`);
    url.searchParams.set('fields', leadFields);
    url.searchParams.set('access_token', this.config.FACEBOOK_PAGE_ACCESS_TOKEN ?? '');
    const lead = graphLeadSchema.safeParse(await getAdApiJson('Graph API', url, {}, signal));
    if (!lead.success) throw new PermanentAdApiError('Graph API answered an unreadable lead');
    return lead.data;
  }
}

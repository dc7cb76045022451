import { Inject, Injectable } from '@nestjs/common';
import { ExponentialBackoff, handleWhen, retry, timeout, TimeoutStrategy, wrap } from 'cockatiel';
import { SERVICE_CONFIG } from '@accord/platform';
import { CaptureConfig } from '../../config/capture-config';
import { GraphLead, graphLeadSchema } from './domain/facebook-lead';

/** A failure worth another try later: the network, a timeout, throttling or a server error. */
export class TransientGraphError extends Error {}

/** A lead Facebook will never give us: deleted, not ours, or a token without permission. */
export class PermanentGraphError extends Error {}

const leadFields = 'id,created_time,form_id,campaign_id,is_organic,field_data';

@Injectable()
export class GraphApiClient {
  private readonly policy;

  constructor(@Inject(SERVICE_CONFIG) private readonly config: CaptureConfig) {
    this.policy = wrap(
      retry(handleWhen((error) => error instanceof TransientGraphError || (error as Error).name === 'TaskCancelledError'), {
        maxAttempts: config.FACEBOOK_FETCH_ATTEMPTS - 1,
        backoff: new ExponentialBackoff({ initialDelay: config.FACEBOOK_FETCH_BACKOFF_MS, maxDelay: 30_000 }),
      }),
      timeout(5_000, TimeoutStrategy.Aggressive),
    );
  }

  fetchLead(leadgenId: string): Promise<GraphLead> {
    return this.policy.execute(({ signal }) => this.fetchOnce(leadgenId, signal));
  }

  private async fetchOnce(leadgenId: string, signal: AbortSignal): Promise<GraphLead> {
    const url = new URL(`${this.config.FACEBOOK_GRAPH_URL.replace(/\/$/, '')}/${encodeURIComponent(leadgenId)}`);
    url.searchParams.set('fields', leadFields);
    url.searchParams.set('access_token', this.config.FACEBOOK_PAGE_ACCESS_TOKEN ?? '');
    let response: Response;
    try {
      response = await fetch(url, { signal });
    } catch (error) {
      throw new TransientGraphError(`Graph API unreachable: ${(error as Error).message}`);
    }
    if (response.status === 429 || response.status >= 500) {
      throw new TransientGraphError(`Graph API answered ${response.status}`);
    }
    if (!response.ok) throw new PermanentGraphError(`Graph API answered ${response.status}`);
    const lead = graphLeadSchema.safeParse(await response.json().catch(() => null));
    if (!lead.success) throw new PermanentGraphError('Graph API answered an unreadable lead');
    return lead.data;
  }
}

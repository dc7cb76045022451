import { CaptureChannel } from '@accord/contracts';
import { leadRequestSchema } from '../leads/lead-request.schema';

export type AdPlatform = 'facebook' | 'linkedin';

/** A notified lead: the platform's id of it and what the notification said besides. */
export interface NotifiedAdLead<Notice> {
  externalId: string;
  notice: Notice;
}

export interface FetchedAdLead {
  /** The lead as the shape the JSON API accepts, so all channels are validated by the same rules. */
  request: ReturnType<typeof leadRequestSchema.safeParse>;
  /** What the platform sent, kept encrypted for audit. */
  rawPayload: unknown;
}

/**
 * What one ad platform brings to fetching its notified leads; the queue, retries and capture are
 * the same for all. fetch throws PermanentAdApiError for a lead the platform will never give.
 */
export interface AdLeadSource<Notice> {
  readonly platform: AdPlatform;
  readonly channel: CaptureChannel;
  readonly source: string;
  /** Whether the platform's credentials are configured; notified leads wait until they are. */
  readonly enabled: boolean;
  readonly attempts: number;
  readonly backoffMs: number;
  fetch(lead: NotifiedAdLead<Notice>): Promise<FetchedAdLead>;
}

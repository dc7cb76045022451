import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ProblemException, SERVICE_CONFIG } from '@accord/platform';
import { CaptureConfig } from '../../config/capture-config';
import { CaptureWebhookLeadUseCase } from './capture-webhook-lead.usecase';
import { graphLeadAsRequest, LeadgenReference } from './domain/facebook-lead';
import { FacebookLeadFetchRepository } from './facebook-lead-fetch.repository';
import { GraphApiClient, PermanentGraphError } from './graph-api.client';

/**
 * Fetches notified Facebook leads from the Graph API after the webhook has answered, and captures
 * each in the transaction that marks it done; what is still pending at start-up is fetched then.
 */
@Injectable()
export class FetchFacebookLeadsUseCase implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('facebook-leads');
  private draining: Promise<void> | null = null;
  private again = false;
  private stopped = false;

  constructor(
    private readonly fetches: FacebookLeadFetchRepository,
    private readonly graph: GraphApiClient,
    private readonly captureWebhookLead: CaptureWebhookLeadUseCase,
    @Inject(SERVICE_CONFIG) private readonly config: CaptureConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.FACEBOOK_APP_SECRET) this.wake();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    await this.draining;
  }

  /** Starts draining, or asks the running drain to look again when it is done. */
  wake(): void {
    if (this.draining) {
      this.again = true;
      return;
    }
    this.draining = this.drain().finally(() => {
      this.draining = null;
      if (this.again && !this.stopped) {
        this.again = false;
        this.wake();
      }
    });
  }

  /** Resolves once nothing is being fetched; for callers that need the current work finished. */
  async idle(): Promise<void> {
    while (this.draining) await this.draining;
  }

  /** One pass over what is pending; what failed for now is tried again after a pause. */
  private async drain(): Promise<void> {
    const tried: string[] = [];
    let failed = false;
    while (!this.stopped) {
      const batch = await this.fetches.pending(this.config.FACEBOOK_FETCH_ATTEMPTS, 20, tried);
      if (batch.length === 0) break;
      tried.push(...batch.map((reference) => reference.leadgenId));
      const results = await Promise.all(batch.map((reference) => this.fetchAndCapture(reference)));
      failed ||= results.includes(false);
    }
    if (failed && !this.stopped) setTimeout(() => this.wake(), this.config.FACEBOOK_FETCH_BACKOFF_MS * 20).unref();
  }

  /** False when the lead could not be fetched for now. */
  private async fetchAndCapture(reference: LeadgenReference): Promise<boolean> {
    try {
      const lead = await this.graph.fetchLead(reference.leadgenId);
      const request = graphLeadAsRequest(lead, reference);
      if (!request.success) {
        const reasons = request.error.issues.map((issue) => `${issue.path.join('/')} ${issue.message}`).join('; ');
        await this.fetches.markDone(reference.leadgenId, `rejected: ${reasons}`);
        return true;
      }
      await this.captureWebhookLead.execute(
        request.data,
        {
          channel: 'facebook_lead_ads',
          source: 'facebook',
          defaultPhoneRegion: this.config.DEFAULT_PHONE_REGION,
          receivedAt: new Date(),
          externalId: reference.leadgenId,
        },
        { notification: reference, lead },
        (transaction) => this.fetches.markDone(reference.leadgenId, null, transaction),
      );
      return true;
    } catch (error) {
      if (error instanceof PermanentGraphError || error instanceof ProblemException) {
        const detail = error instanceof ProblemException ? JSON.stringify(error.errors ?? error.detail) : error.message;
        await this.fetches.markDone(reference.leadgenId, `rejected: ${detail}`);
        return true;
      }
      this.logger.warn(`Facebook lead ${reference.leadgenId} not fetched yet: ${(error as Error).message}`);
      await this.fetches.markFailed(reference.leadgenId, (error as Error).message);
      return false;
    }
  }
}

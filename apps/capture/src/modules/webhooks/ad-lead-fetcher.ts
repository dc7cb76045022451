import { Logger } from '@nestjs/common';
import { ProblemException } from '@accord/platform';
import { AdLeadFetchRepository } from './ad-lead-fetch.repository';
import { AdLeadSource, NotifiedAdLead } from './ad-lead-source';
import { PermanentAdApiError } from './ad-platform-api';
import { CaptureWebhookLeadUseCase } from './capture-webhook-lead.usecase';

const batchSize = 20;

/**
 * Fetches one platform's notified leads after its webhook has answered, and captures each in the
 * transaction that marks it done. What fails for now is tried again after a pause, until the
 * source's attempts are spent; what fails for good is marked done with the reason.
 */
export class AdLeadFetcher<Notice> {
  private readonly logger: Logger;
  private draining: Promise<void> | null = null;
  private again = false;
  private stopped = false;

  constructor(
    private readonly leadSource: AdLeadSource<Notice>,
    private readonly fetches: AdLeadFetchRepository,
    private readonly captureWebhookLead: CaptureWebhookLeadUseCase,
    private readonly defaultPhoneRegion: string,
  ) {
    this.logger = new Logger(`${leadSource.platform}-leads`);
  }

  /** Starts draining, or asks the running drain to look again when it is done. */
  wake(): void {
    if (!this.leadSource.enabled || this.stopped) return;
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

  async stop(): Promise<void> {
    this.stopped = true;
    await this.draining;
  }

  /** One pass over what is pending; what failed for now is tried again after a pause. */
  private async drain(): Promise<void> {
    const { platform, attempts, backoffMs } = this.leadSource;
    const tried: string[] = [];
    let failed = false;
    while (!this.stopped) {
      const batch = await this.fetches.pending(platform, attempts, batchSize, tried);
      if (batch.length === 0) break;
      tried.push(...batch.map((lead) => lead.externalId));
      const results = await Promise.all(batch.map((lead) => this.fetchAndCapture(lead as NotifiedAdLead<Notice>)));
      failed ||= results.includes(false);
    }
    if (failed && !this.stopped) setTimeout(() => this.wake(), backoffMs * 20).unref();
  }

  /** False when the lead could not be fetched for now. */
  private async fetchAndCapture(lead: NotifiedAdLead<Notice>): Promise<boolean> {
    const { platform, channel, source } = this.leadSource;
    try {
      const { request, rawPayload } = await this.leadSource.fetch(lead);
      if (!request.success) {
        const reasons = request.error.issues.map((issue) => `${issue.path.join('/')} ${issue.message}`).join('; ');
        await this.fetches.markDone(platform, lead.externalId, `rejected: ${reasons}`);
        return true;
      }
      await this.captureWebhookLead.execute(
        request.data,
        { channel, source, defaultPhoneRegion: this.defaultPhoneRegion, receivedAt: new Date(), externalId: lead.externalId },
        rawPayload,
        (transaction) => this.fetches.markDone(platform, lead.externalId, null, transaction),
      );
      return true;
    } catch (error) {
      if (error instanceof PermanentAdApiError || error instanceof ProblemException) {
        const detail = error instanceof ProblemException ? JSON.stringify(error.errors ?? error.detail) : error.message;
        await this.fetches.markDone(platform, lead.externalId, `rejected: ${detail}`);
        return true;
      }
      this.logger.warn(`${platform} lead ${lead.externalId} not fetched yet: ${(error as Error).message}`);
      await this.fetches.markFailed(platform, lead.externalId, (error as Error).message);
      return false;
    }
  }
}

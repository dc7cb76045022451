import { Inject, Injectable } from '@nestjs/common';
import { Webhook } from 'standardwebhooks';
import { SERVICE_CONFIG } from '@accord/platform';
import { annotateSpan, traceHeaders, withSpanFromHeaders } from '@accord/telemetry';
import { HandOffConfig } from '../../config/hand-off-config';
import { deliveryVerdict } from './domain/retry-delay';
import { ClaimedDelivery, WebhookDeliveryRepository } from './webhook-delivery.repository';
import { WebhookSecrets } from './webhook-secrets';

/** Sends due deliveries, signed the Standard Webhooks way with each subscriber's own secret. */
@Injectable()
export class DeliverWebhooksUseCase {
  constructor(
    private readonly deliveries: WebhookDeliveryRepository,
    private readonly secrets: WebhookSecrets,
    @Inject(SERVICE_CONFIG) private readonly config: HandOffConfig,
  ) {}

  /** Returns how many deliveries it attempted. */
  async execute(batchSize = 50): Promise<number> {
    const leaseMs = this.config.WEBHOOK_TIMEOUT_MS * 2;
    const claimed = await this.deliveries.claimDue(new Date(), leaseMs, batchSize);
    await Promise.all(claimed.map((delivery) => this.attempt(delivery)));
    return claimed.length;
  }

  /** Each attempt is a span in the trace of the work that produced the event, however much later it runs. */
  private attempt(delivery: ClaimedDelivery): Promise<void> {
    const attributes = { leadId: delivery.leadId ?? undefined, eventType: delivery.eventType };
    const extraAttributes = { 'accord.webhook.delivery_id': delivery.id, 'accord.webhook.attempt': delivery.attempts };
    return withSpanFromHeaders(
      delivery.traceHeaders,
      `webhook deliver ${delivery.eventType}`,
      { kind: 'client', attributes, extraAttributes },
      async (span) => {
        const error = await this.send(delivery);
        const now = new Date();
        const verdict = deliveryVerdict(error === null, delivery.attempts, delivery.maxAttempts ?? this.config.WEBHOOK_MAX_ATTEMPTS, {
          baseDelayMs: this.config.WEBHOOK_BACKOFF_BASE_MS,
          maxDelayMs: this.config.WEBHOOK_BACKOFF_MAX_MS,
        });
        annotateSpan(span, { outcome: verdict.status === 'pending' ? 'retry' : verdict.status });
        if (verdict.status === 'delivered') return this.deliveries.delivered(delivery.id, now);
        const retryAt = new Date(now.getTime() + (verdict.status === 'pending' ? verdict.retryInMs : 0));
        await this.deliveries.failed(delivery.id, verdict.status, retryAt, error ?? 'unknown');
      },
    );
  }

  /** Null when the subscriber answered 2xx; otherwise what went wrong. */
  private async send(delivery: ClaimedDelivery): Promise<string | null> {
    const sentAt = new Date();
    try {
      const signature = new Webhook(this.secrets.open(delivery.secret)).sign(delivery.id, sentAt, delivery.body);
      const response = await fetch(delivery.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'webhook-id': delivery.id,
          'webhook-timestamp': String(Math.floor(sentAt.getTime() / 1000)),
          'webhook-signature': signature,
          // Lets a subscriber continue the lead's trace; it carries ids only.
          ...traceHeaders(),
        },
        body: delivery.body,
        signal: AbortSignal.timeout(this.config.WEBHOOK_TIMEOUT_MS),
        redirect: 'manual',
      });
      await response.body?.cancel();
      return response.ok ? null : `HTTP ${response.status}`;
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code;
      return cause ? `${String(error)} (${cause})` : String(error);
    }
  }
}

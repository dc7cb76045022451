import { Inject, Injectable } from '@nestjs/common';
import { Webhook } from 'standardwebhooks';
import { ProblemException, SERVICE_CONFIG } from '@accord/platform';
import { HandOffConfig } from '../../config/hand-off-config';

const unauthenticated = (detail: string) =>
  new ProblemException(401, 'Unauthenticated', detail, [], 'about:blank', { 'www-authenticate': 'webhook-signature' });

/** Sales tools sign outcome webhooks the Standard Webhooks way with a secret shared with hand-off. */
@Injectable()
export class OutcomeSignature {
  private readonly webhook: Webhook | null;

  constructor(@Inject(SERVICE_CONFIG) config: HandOffConfig) {
    this.webhook = config.OUTCOME_WEBHOOK_SECRET ? new Webhook(config.OUTCOME_WEBHOOK_SECRET) : null;
  }

  verify(rawBody: Buffer | undefined, headers: Record<string, string | string[] | undefined>): void {
    if (!this.webhook) throw unauthenticated('Outcome webhooks are not enabled: OUTCOME_WEBHOOK_SECRET is not set.');
    const signed = {
      'webhook-id': String(headers['webhook-id'] ?? ''),
      'webhook-timestamp': String(headers['webhook-timestamp'] ?? ''),
      'webhook-signature': String(headers['webhook-signature'] ?? ''),
    };
    try {
      this.webhook.verify(rawBody ?? Buffer.alloc(0), signed);
    } catch {
      throw unauthenticated('The webhook-id, webhook-timestamp and webhook-signature headers do not verify.');
    }
  }
}

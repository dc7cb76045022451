import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { uuidv7 } from 'uuidv7';
import { HandOffDatabase } from '../../database/hand-off-database';
import { SubscriptionRequest } from './subscription-request.schema';
import { WebhookSecrets } from './webhook-secrets';

const publicFields = { id: true, url: true, eventTypes: true, maxAttempts: true, active: true, createdAt: true } as const;

@Injectable()
export class WebhookSubscriptionRepository {
  constructor(
    private readonly database: HandOffDatabase,
    private readonly secrets: WebhookSecrets,
  ) {}

  /** The signing secret is returned once, at creation; only its sealed form is stored. */
  async create(request: SubscriptionRequest) {
    const secret = `whsec_${randomBytes(32).toString('base64')}`;
    const created = await this.database.webhookSubscription.create({
      data: { id: uuidv7(), ...request, secret: this.secrets.seal(secret) },
    });
    return { ...created, secret };
  }

  list() {
    return this.database.webhookSubscription.findMany({ select: publicFields, orderBy: { createdAt: 'asc' } });
  }

  async exists(id: string): Promise<boolean> {
    return (await this.database.webhookSubscription.count({ where: { id } })) === 1;
  }

  async deactivate(id: string): Promise<boolean> {
    const { count } = await this.database.webhookSubscription.updateMany({ where: { id }, data: { active: false } });
    return count === 1;
  }

  deadLetters(subscriptionId: string) {
    return this.database.webhookDelivery.findMany({
      where: { subscriptionId, status: 'dead' },
      select: { id: true, eventId: true, eventType: true, attempts: true, lastError: true, createdAt: true },
      orderBy: { createdAt: 'asc' },
    });
  }

  /** Puts a dead letter back in line with fresh attempts; false when there is no such dead letter. */
  async redeliver(subscriptionId: string, deliveryId: string): Promise<boolean> {
    const { count } = await this.database.webhookDelivery.updateMany({
      where: { id: deliveryId, subscriptionId, status: 'dead' },
      data: { status: 'pending', attempts: 0, nextAttemptAt: new Date(), lastError: null },
    });
    return count === 1;
  }
}

import { Module } from '@nestjs/common';
import { DeliverWebhooksUseCase } from './deliver-webhooks.usecase';
import { HandOffEvents } from './hand-off-events';
import { WebhookDeliveryRepository } from './webhook-delivery.repository';
import { WebhookDispatcher } from './webhook-dispatcher';
import { WebhookOutboxRepository } from './webhook-outbox.repository';
import { WebhookSecrets } from './webhook-secrets';
import { WebhookSubscriptionRepository } from './webhook-subscription.repository';
import { WebhooksController } from './webhooks.controller';

@Module({
  controllers: [WebhooksController],
  providers: [
    HandOffEvents,
    WebhookOutboxRepository,
    WebhookSubscriptionRepository,
    WebhookDeliveryRepository,
    DeliverWebhooksUseCase,
    WebhookDispatcher,
    WebhookSecrets,
  ],
  exports: [HandOffEvents],
})
export class WebhooksModule {}

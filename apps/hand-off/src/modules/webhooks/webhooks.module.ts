import { Module } from '@nestjs/common';
import { HandOffEvents } from './hand-off-events';
import { WebhookOutboxRepository } from './webhook-outbox.repository';

@Module({
  providers: [HandOffEvents, WebhookOutboxRepository],
  exports: [HandOffEvents],
})
export class WebhooksModule {}

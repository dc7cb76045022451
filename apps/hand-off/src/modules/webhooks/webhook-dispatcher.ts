import { Inject, Injectable } from '@nestjs/common';
import { RepeatingBatchJob, SERVICE_CONFIG } from '@accord/platform';
import { HandOffConfig } from '../../config/hand-off-config';
import { DeliverWebhooksUseCase } from './deliver-webhooks.usecase';

const deliveriesPerBatch = 50;

/** Attempts due webhook deliveries; goes again at once while there is a backlog. */
@Injectable()
export class WebhookDispatcher extends RepeatingBatchJob {
  protected readonly description = 'attempting due webhook deliveries';

  constructor(
    private readonly deliverWebhooks: DeliverWebhooksUseCase,
    @Inject(SERVICE_CONFIG) private readonly config: HandOffConfig,
  ) {
    super();
  }

  protected runBatch(): Promise<number> {
    return this.deliverWebhooks.execute(deliveriesPerBatch);
  }

  protected batchSize(): number {
    return deliveriesPerBatch;
  }

  protected intervalMs(): number {
    return this.config.WEBHOOK_POLL_INTERVAL_MS;
  }
}

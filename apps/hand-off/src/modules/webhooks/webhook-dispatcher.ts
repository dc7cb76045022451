import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { SERVICE_CONFIG } from '@accord/platform';
import { HandOffConfig } from '../../config/hand-off-config';
import { DeliverWebhooksUseCase } from './deliver-webhooks.usecase';

const batchSize = 50;

/** Polls for due webhook deliveries; goes again at once while there is a backlog. */
@Injectable()
export class WebhookDispatcher implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(WebhookDispatcher.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;

  constructor(
    private readonly deliverWebhooks: DeliverWebhooksUseCase,
    @Inject(SERVICE_CONFIG) private readonly config: HandOffConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.schedule(0);
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.tick();
    }, delayMs);
  }

  private async tick(): Promise<void> {
    let attempted = 0;
    try {
      attempted = await this.deliverWebhooks.execute(batchSize);
    } catch (error) {
      this.logger.warn(`webhook deliveries could not be attempted now; trying again: ${String(error)}`);
    }
    this.schedule(attempted >= batchSize ? 0 : this.config.WEBHOOK_POLL_INTERVAL_MS);
  }
}

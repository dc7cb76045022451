import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { SERVICE_CONFIG } from '@accord/platform';
import { HandOffConfig } from '../../config/hand-off-config';
import { FireDueTimersUseCase } from './fire-due-timers.usecase';

/** Looks for due SLA timers on an interval; a full batch means more may be waiting, so it goes again. */
@Injectable()
export class SlaTimerPoller implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(SlaTimerPoller.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;

  constructor(
    private readonly fireDueTimers: FireDueTimersUseCase,
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
    let handled = 0;
    try {
      handled = await this.fireDueTimers.execute();
    } catch (error) {
      this.logger.warn(`SLA timers could not be fired now; trying again: ${String(error)}`);
    }
    this.schedule(handled >= this.config.SLA_BATCH_SIZE ? 0 : this.config.SLA_POLL_INTERVAL_MS);
  }
}

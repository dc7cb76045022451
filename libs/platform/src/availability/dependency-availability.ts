import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { KafkaReadiness } from '@accord/messaging';
import { DatabaseLifecycle } from '../database/database-lifecycle';

export type Dependency = 'database' | 'kafka';

const FRESH_FOR_MS = 2_000;
/** One slow answer on a busy machine is not an outage; requests are refused from the second in a row. */
const FAILED_PROBES_FOR_OUTAGE = 2;

/**
 * What the service depends on but cannot reach. Asking returns the last probes' answer at once and
 * starts a new probe when that answer is older than two seconds, so a request can be turned away
 * without holding a connection until it times out, and an idle service probes nothing.
 */
@Injectable()
export class DependencyAvailability implements OnModuleDestroy {
  private unavailable: Dependency[] = [];
  private readonly failedProbes: Record<Dependency, number> = { database: 0, kafka: 0 };
  private probedAt = 0;
  private probing?: Promise<void>;

  constructor(
    private readonly database: DatabaseLifecycle,
    private readonly kafka: KafkaReadiness,
  ) {}

  unavailableDependencies(): readonly Dependency[] {
    if (!this.probing && Date.now() - this.probedAt > FRESH_FOR_MS) {
      this.probing = this.probe().finally(() => {
        this.probing = undefined;
      });
    }
    return this.unavailable;
  }

  async probe(): Promise<void> {
    const [database, kafka] = await Promise.all([this.database.isReady(), this.kafka.isReady()]);
    this.failedProbes.database = database ? 0 : this.failedProbes.database + 1;
    this.failedProbes.kafka = kafka ? 0 : this.failedProbes.kafka + 1;
    this.unavailable = (['database', 'kafka'] as const).filter((dependency) => this.failedProbes[dependency] >= FAILED_PROBES_FOR_OUTAGE);
    this.probedAt = Date.now();
  }

  async onModuleDestroy(): Promise<void> {
    await this.probing;
  }
}

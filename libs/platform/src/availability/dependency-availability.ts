import { Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { KafkaReadiness } from '@accord/messaging';
import { DatabaseLifecycle } from '../database/database-lifecycle';
import { PeriodicTask } from '../scheduling/periodic-task';

export type Dependency = 'database' | 'kafka';

const PROBE_INTERVAL_MS = 2_000;

/**
 * What the service currently depends on but cannot reach, probed in the background so a request
 * can be turned away at once instead of holding a connection until it times out.
 */
@Injectable()
export class DependencyAvailability implements OnModuleInit, OnModuleDestroy {
  private unavailable: Dependency[] = [];
  private readonly probing = new PeriodicTask('dependency probe', PROBE_INTERVAL_MS, () => this.probe());

  constructor(
    private readonly database: DatabaseLifecycle,
    private readonly kafka: KafkaReadiness,
  ) {}

  onModuleInit(): void {
    this.probing.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.probing.stop();
  }

  unavailableDependencies(): readonly Dependency[] {
    return this.unavailable;
  }

  async probe(): Promise<void> {
    const [database, kafka] = await Promise.all([this.database.isReady(), this.kafka.isReady()]);
    this.unavailable = [...(database ? [] : ['database' as const]), ...(kafka ? [] : ['kafka' as const])];
  }
}

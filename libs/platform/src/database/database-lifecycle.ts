import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { DatabaseClient } from './database-client';
import { DATABASE } from './database-tokens';

/** Disconnects last: consumers and HTTP handlers have finished by the time shutdown hooks run. */
@Injectable()
export class DatabaseLifecycle implements OnApplicationShutdown {
  constructor(@Inject(DATABASE) private readonly database: DatabaseClient) {}

  async onApplicationShutdown(): Promise<void> {
    await this.database.$disconnect();
  }

  async isReady(): Promise<boolean> {
    try {
      await this.database.$queryRawUnsafe('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }
}

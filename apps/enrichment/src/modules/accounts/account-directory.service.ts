import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { SERVICE_CONFIG } from '@accord/platform';
import { EnrichmentConfig } from '../../config/enrichment-config';
import { PeriodicTask } from '@accord/platform';
import { AccountRepository } from './account.repository';
import { AccountDirectory } from './domain/account-directory';

/**
 * The accounts as last loaded: reloaded right after an import here and every
 * ACCOUNTS_REFRESH_INTERVAL_MS, so imports through another instance are seen within that time.
 */
@Injectable()
export class AccountDirectoryService implements OnApplicationBootstrap, OnApplicationShutdown {
  private directory = new AccountDirectory([]);
  private readonly refreshTask: PeriodicTask;

  constructor(
    private readonly accounts: AccountRepository,
    @Inject(SERVICE_CONFIG) config: EnrichmentConfig,
  ) {
    this.refreshTask = new PeriodicTask('accounts-refresh', config.ACCOUNTS_REFRESH_INTERVAL_MS, () => this.reload());
  }

  get current(): AccountDirectory {
    return this.directory;
  }

  async reload(): Promise<void> {
    this.directory = new AccountDirectory(await this.accounts.loadDirectory());
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.reload();
    this.refreshTask.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.refreshTask.stop();
  }
}

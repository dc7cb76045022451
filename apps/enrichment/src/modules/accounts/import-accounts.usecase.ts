import { Injectable } from '@nestjs/common';
import { Transactions } from '@accord/platform';
import { EnrichmentTransaction } from '../../database/enrichment-database';
import { AccountDirectoryService } from './account-directory.service';
import { AccountRepository } from './account.repository';
import { AccountRecord } from './domain/account-record';

@Injectable()
export class ImportAccountsUseCase {
  constructor(
    private readonly transactions: Transactions,
    private readonly accounts: AccountRepository,
    private readonly directory: AccountDirectoryService,
  ) {}

  async execute(records: AccountRecord[]): Promise<{ imported: number }> {
    await this.transactions.run((transaction: EnrichmentTransaction) => this.accounts.upsertMany(transaction, records, new Date()));
    await this.directory.reload();
    return { imported: records.length };
  }
}

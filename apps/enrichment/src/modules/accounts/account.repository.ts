import { Inject, Injectable } from '@nestjs/common';
import { EnrichmentDatabase, EnrichmentTransaction } from '../../database/enrichment-database';
import { AccountRecord } from './domain/account-record';
import { DirectoryAccount } from './domain/account-directory';

const details = { id: true, name: true, industry: true, employeeCount: true, ownerId: true, isTarget: true } as const;

@Injectable()
export class AccountRepository {
  constructor(@Inject(EnrichmentDatabase) private readonly database: EnrichmentDatabase) {}

  /** Creates or replaces accounts; a domain moves to the account that lists it last. */
  async upsertMany(transaction: EnrichmentTransaction, accounts: AccountRecord[], now: Date): Promise<void> {
    for (const { domains, annualRevenueMinor, ...account } of accounts) {
      const data = { ...account, annualRevenueMinor: annualRevenueMinor === null ? null : BigInt(annualRevenueMinor), updatedAt: now };
      await transaction.account.upsert({ where: { id: account.id }, create: data, update: data });
      await transaction.accountDomain.deleteMany({ where: { OR: [{ accountId: account.id }, { domain: { in: domains } }] } });
      if (domains.length > 0) {
        await transaction.accountDomain.createMany({ data: domains.map((domain) => ({ domain, accountId: account.id })) });
      }
    }
  }

  async loadDirectory(): Promise<DirectoryAccount[]> {
    const accounts = await this.database.account.findMany({
      select: { ...details, normalizedName: true, domains: { select: { domain: true } } },
    });
    return accounts.map((account) => ({ ...account, domains: account.domains.map(({ domain }) => domain) }));
  }

  async findWithDomains(id: string) {
    return this.database.account.findUnique({ where: { id }, include: { domains: { select: { domain: true } } } });
  }

}

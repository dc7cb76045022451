import { Inject, Injectable } from '@nestjs/common';
import { EnrichmentDatabase, EnrichmentTransaction } from '../../database/enrichment-database';
import { AccountRecord } from './domain/account-record';
import { NamedAccount } from './domain/account-match';

export interface MatchedAccountDetails {
  id: string;
  name: string;
  industry: string | null;
  employeeCount: number | null;
  ownerId: string | null;
  isTarget: boolean;
}

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

  async findByDomain(domain: string): Promise<MatchedAccountDetails | undefined> {
    const found = await this.database.accountDomain.findUnique({ where: { domain }, select: { account: { select: details } } });
    return found?.account;
  }

  async findById(id: string): Promise<MatchedAccountDetails | undefined> {
    return (await this.database.account.findUnique({ where: { id }, select: details })) ?? undefined;
  }

  async findWithDomains(id: string) {
    return this.database.account.findUnique({ where: { id }, include: { domains: { select: { domain: true } } } });
  }

  /** Accounts whose name starts like the given one: the few worth comparing in full. */
  async nameCandidates(normalizedName: string): Promise<NamedAccount[]> {
    return this.database.account.findMany({
      where: { normalizedName: { startsWith: normalizedName.slice(0, 1) } },
      select: { id: true, normalizedName: true },
      take: 5_000,
    });
  }

  async count(): Promise<number> {
    return this.database.account.count();
  }
}

import { AccountMatch, domainMatchConfidence, matchByName, NamedAccount } from './account-match';

export interface DirectoryAccount extends NamedAccount {
  name: string;
  domains: string[];
  industry: string | null;
  employeeCount: number | null;
  ownerId: string | null;
  isTarget: boolean;
}

/** Every account held in memory and indexed, so matching a lead costs no database round trip. */
export class AccountDirectory {
  private readonly byDomain = new Map<string, DirectoryAccount>();
  private readonly byId = new Map<string, DirectoryAccount>();
  private readonly byInitial = new Map<string, DirectoryAccount[]>();

  constructor(accounts: readonly DirectoryAccount[]) {
    for (const account of accounts) {
      this.byId.set(account.id, account);
      for (const domain of account.domains) this.byDomain.set(domain, account);
      const initial = account.normalizedName.slice(0, 1);
      this.byInitial.set(initial, [...(this.byInitial.get(initial) ?? []), account]);
    }
  }

  get size(): number {
    return this.byId.size;
  }

  /** By company domain first; failing that, by a company name close enough to an account's. */
  match(companyDomain: string | undefined, normalizedName: string | undefined): { account: DirectoryAccount; match: AccountMatch } | undefined {
    const byDomain = companyDomain ? this.byDomain.get(companyDomain) : undefined;
    if (byDomain) return { account: byDomain, match: { accountId: byDomain.id, matchedBy: 'domain', confidence: domainMatchConfidence } };
    if (!normalizedName) return undefined;
    const match = matchByName(normalizedName, this.byInitial.get(normalizedName.slice(0, 1)) ?? []);
    const account = match && this.byId.get(match.accountId);
    return account && match ? { account, match } : undefined;
  }
}

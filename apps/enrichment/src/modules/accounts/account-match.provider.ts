import { Injectable } from '@nestjs/common';
import { EnrichmentProvider, ProviderInput } from '../profiles/domain/enrichment-provider';
import { Claims, FactClaim } from '../profiles/domain/fact';
import { AccountRepository, MatchedAccountDetails } from './account.repository';
import { AccountMatch, domainMatchConfidence, matchByName } from './domain/account-match';
import { normalizeCompanyName } from './domain/company-name';

const yields = ['accountId', 'accountName', 'accountOwnerId', 'isTargetAccount', 'accountMatchedBy', 'industry', 'employeeCount'];

/** Links a lead to a CRM account by its company domain, or failing that by a close company name. */
@Injectable()
export class AccountMatchProvider implements EnrichmentProvider {
  readonly name = 'account-match';
  readonly needs = [];
  readonly uses = ['companyDomain', 'company'];
  readonly yields = yields;
  readonly limits = { timeoutMs: 2_000 };

  constructor(private readonly accounts: AccountRepository) {}

  async enrich(input: ProviderInput): Promise<Claims> {
    const found = await this.find(input);
    if (!found) return { accountId: { value: null, confidence: 0.7, origin: 'matched' }, isTargetAccount: { value: false, confidence: 0.7, origin: 'matched' } };
    const { account, match } = found;
    const claim = (value: FactClaim['value']): FactClaim => ({ value, confidence: match.confidence, origin: 'matched' });
    const claims: Claims = {
      accountId: claim(account.id),
      accountName: claim(account.name),
      accountOwnerId: claim(account.ownerId),
      isTargetAccount: claim(account.isTarget),
      accountMatchedBy: claim(match.matchedBy),
    };
    if (account.industry !== null) claims.industry = claim(account.industry);
    if (account.employeeCount !== null) claims.employeeCount = claim(account.employeeCount);
    return claims;
  }

  private async find(input: ProviderInput): Promise<{ account: MatchedAccountDetails; match: AccountMatch } | undefined> {
    if (typeof input.companyDomain === 'string') {
      const account = await this.accounts.findByDomain(input.companyDomain);
      if (account) return { account, match: { accountId: account.id, matchedBy: 'domain', confidence: domainMatchConfidence } };
    }
    if (typeof input.company !== 'string') return undefined;
    const name = normalizeCompanyName(input.company);
    if (name === '') return undefined;
    const match = matchByName(name, await this.accounts.nameCandidates(name));
    const account = match && (await this.accounts.findById(match.accountId));
    return account && match ? { account, match } : undefined;
  }
}

import { Injectable } from '@nestjs/common';
import { EnrichmentProvider, ProviderInput } from '../profiles/domain/enrichment-provider';
import { Claims, FactClaim } from '../profiles/domain/fact';
import { AccountDirectoryService } from './account-directory.service';
import { normalizeCompanyName } from './domain/company-name';

const yields = ['accountId', 'accountName', 'accountOwnerId', 'isTargetAccount', 'accountMatchedBy', 'industry', 'employeeCount'];

/** Links a lead to a CRM account by its company domain, or failing that by a close company name. */
@Injectable()
export class AccountMatchProvider implements EnrichmentProvider {
  readonly name = 'account-match';
  readonly needs = [];
  readonly uses = ['companyDomain', 'company'];
  readonly yields = yields;
  readonly limits = {};

  constructor(private readonly accounts: AccountDirectoryService) {}

  enrich(input: ProviderInput): Claims {
    const companyDomain = typeof input.companyDomain === 'string' ? input.companyDomain : undefined;
    const name = typeof input.company === 'string' ? normalizeCompanyName(input.company) : undefined;
    const found = this.accounts.current.match(companyDomain, name || undefined);
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
}

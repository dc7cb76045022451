import { Inject, Injectable } from '@nestjs/common';
import { SERVICE_CONFIG } from '@accord/platform';
import { EnrichmentConfig } from '../../config/enrichment-config';
import { EnrichmentProvider, ProviderDeferredError, ProviderInput, ProviderLimits } from '../profiles/domain/enrichment-provider';
import { Claims } from '../profiles/domain/fact';
import { companyApiFields, companyClaims, unknownCompanyClaims } from './domain/company-profile';
import { retryAfterMs } from './domain/retry-after';

/**
 * A commercial company-by-domain API: 200 with the company, 202 while it looks the domain up,
 * 404 when it knows none, 429 with Retry-After when asked too often. Off while no URL is configured.
 */
@Injectable()
export class CompanyApiProvider implements EnrichmentProvider {
  readonly name = 'company-api';
  readonly needs = ['companyDomain'];
  readonly yields = companyApiFields;
  readonly limits: ProviderLimits;
  readonly enabled: boolean;

  constructor(@Inject(SERVICE_CONFIG) private readonly config: EnrichmentConfig) {
    this.enabled = config.COMPANY_API_URL !== undefined;
    this.limits = {
      timeoutMs: config.COMPANY_API_TIMEOUT_MS,
      cacheTtlSeconds: config.COMPANY_API_CACHE_TTL_SECONDS,
      ratePerSecond: config.COMPANY_API_RATE_PER_SECOND,
      burst: config.COMPANY_API_RATE_PER_SECOND,
    };
  }

  async enrich(input: ProviderInput, signal: AbortSignal): Promise<Claims> {
    const url = new URL('v1/companies', this.config.COMPANY_API_URL?.replace(/\/?$/, '/'));
    url.searchParams.set('domain', String(input.companyDomain));
    const response = await fetch(url, {
      headers: { authorization: `Bearer ${this.config.COMPANY_API_KEY}`, accept: 'application/json' },
      signal,
    });
    const wait = retryAfterMs(response.headers.get('retry-after'), new Date());
    switch (response.status) {
      case 200:
        return companyClaims(await response.json());
      case 202:
        await response.body?.cancel();
        throw new ProviderDeferredError('the company is being looked up', wait);
      case 404:
        await response.body?.cancel();
        return unknownCompanyClaims();
      case 429:
        await response.body?.cancel();
        throw new ProviderDeferredError('too many requests', wait);
      default:
        await response.body?.cancel();
        throw new Error(`company API answered ${response.status}`);
    }
  }
}

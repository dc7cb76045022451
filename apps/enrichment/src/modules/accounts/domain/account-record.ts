import { parse } from 'tldts';
import { z } from 'zod';
import { normalizeCompanyName } from './company-name';

/** A registrable domain from whatever the CRM holds: a bare domain, a host or a URL. */
export function registrableDomain(text: string): string | undefined {
  const domain = parse(text.trim().toLowerCase()).domain;
  return domain && parse(domain).isIcann ? domain : undefined;
}

const domainList = z
  .union([z.array(z.string().max(300)).max(50), z.string().max(5_000).transform((text) => text.split(/[;,\s]+/).filter(Boolean))])
  .transform((domains, context) => {
    const registrable = new Set<string>();
    for (const domain of domains) {
      const found = registrableDomain(domain);
      if (found) registrable.add(found);
      else context.addIssue({ code: 'custom', message: `${domain.slice(0, 100)} is not a domain` });
    }
    return [...registrable];
  });

const blankToNull = (value: unknown) => (value === '' || value === undefined ? null : value);
const optionalText = (max: number) => z.preprocess(blankToNull, z.string().trim().min(1).max(max).nullable());
const optionalCount = z.preprocess(blankToNull, z.coerce.number().int().min(0).max(10_000_000).nullable());
const flag = z.union([z.boolean(), z.enum(['true', 'false', 'yes', 'no', '1', '0', 'ja', 'nee', '']).transform((text) => ['true', 'yes', '1', 'ja'].includes(text))]);

/** One CRM account as imported through the API or a CSV row; revenue in integer minor units with its currency. */
export const AccountRecord = z
  .object({
    id: z.string().trim().min(1).max(100),
    name: z.string().trim().min(1).max(300),
    domains: domainList.default([]),
    industry: optionalText(200),
    employeeCount: optionalCount,
    annualRevenueMinor: z.preprocess(blankToNull, z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).nullable()),
    annualRevenueCurrency: z.preprocess(blankToNull, z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as EUR').nullable()),
    country: z.preprocess(blankToNull, z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as NL').nullable()),
    ownerId: optionalText(100),
    isTarget: flag.default(false),
  })
  .superRefine((account, context) => {
    if ((account.annualRevenueMinor === null) !== (account.annualRevenueCurrency === null)) {
      context.addIssue({ code: 'custom', path: ['annualRevenueCurrency'], message: 'revenue needs both an amount and a currency' });
    }
  })
  .transform((account) => ({ ...account, normalizedName: normalizeCompanyName(account.name) }));

export type AccountRecord = z.output<typeof AccountRecord>;

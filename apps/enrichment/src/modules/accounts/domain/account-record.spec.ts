import { AccountRecord, registrableDomain } from './account-record';

describe('registrableDomain', () => {
  it('reads domains, hosts and URLs', () => {
    expect(['acme.nl', 'www.acme.nl', 'https://shop.acme.co.uk/path', ' ACME.NL '].map(registrableDomain)).toEqual(['acme.nl', 'acme.nl', 'acme.co.uk', 'acme.nl']);
  });

  it('rejects what is no domain', () => {
    expect(['acme', '', 'localhost', '127.0.0.1', 'co.uk'].map(registrableDomain)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
});

describe('AccountRecord', () => {
  it('reads a CSV row with text values', () => {
    const account = AccountRecord.parse({
      id: 'crm-1',
      name: 'Example Robotics B.V.',
      domains: 'example-robotics.nl; www.example-robotics.com',
      industry: 'Robotics',
      employeeCount: '250',
      annualRevenueMinor: '1250000000',
      annualRevenueCurrency: 'EUR',
      country: 'NL',
      ownerId: 'rep-7',
      isTarget: 'ja',
    });
    expect(account).toMatchObject({
      domains: ['example-robotics.nl', 'example-robotics.com'],
      employeeCount: 250,
      annualRevenueMinor: 1_250_000_000,
      isTarget: true,
      normalizedName: 'example robotics',
    });
  });

  it('treats blank cells as unknown', () => {
    const account = AccountRecord.parse({ id: 'x', name: 'X', domains: '', industry: '', employeeCount: '', annualRevenueMinor: '', annualRevenueCurrency: '', country: '', ownerId: '', isTarget: '' });
    expect(account).toMatchObject({ domains: [], industry: null, employeeCount: null, annualRevenueMinor: null, isTarget: false });
  });

  it('names each bad field', () => {
    const result = AccountRecord.safeParse({ id: '', name: 'X', domains: ['not a domain'], employeeCount: '-3', annualRevenueMinor: '12.5', country: 'Netherlands', isTarget: 'maybe' });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((issue) => issue.path.join('.')).sort();
    expect(paths).toEqual(expect.arrayContaining(['id', 'domains', 'employeeCount', 'annualRevenueMinor', 'country', 'isTarget']));
  });

  it('wants revenue and currency together', () => {
    expect(AccountRecord.safeParse({ id: 'x', name: 'X', annualRevenueMinor: 100 }).success).toBe(false);
  });
});

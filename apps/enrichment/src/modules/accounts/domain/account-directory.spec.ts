import { AccountDirectory, DirectoryAccount } from './account-directory';

const account = (id: string, normalizedName: string, domains: string[]): DirectoryAccount => ({
  id,
  name: normalizedName,
  normalizedName,
  domains,
  industry: null,
  employeeCount: null,
  ownerId: null,
  isTarget: false,
});

describe('AccountDirectory', () => {
  const directory = new AccountDirectory([account('a1', 'example robotics', ['example-robotics.nl', 'example.com']), account('a2', 'acme', ['acme.nl'])]);

  it('matches by domain before name', () => {
    expect(directory.match('acme.nl', 'example robotics')).toMatchObject({ account: { id: 'a2' }, match: { matchedBy: 'domain', confidence: 0.95 } });
    expect(directory.match('example.com', undefined)?.account.id).toBe('a1');
  });

  it('falls back to a close name', () => {
    expect(directory.match('unknown.nl', 'example robotic')).toMatchObject({ account: { id: 'a1' }, match: { matchedBy: 'name' } });
  });

  it('finds nothing when neither fits', () => {
    expect(directory.match('unknown.nl', 'zeta')).toBeUndefined();
    expect(directory.match(undefined, undefined)).toBeUndefined();
    expect(new AccountDirectory([]).size).toBe(0);
  });
});

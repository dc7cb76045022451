import { RoutingRule, Territory } from './lead-for-routing';
import { isInTerritory, matchRule } from './match-rule';

const benelux: Territory = { id: 'benelux', countries: ['NL', 'BE', 'LU'], regions: [], minEmployees: null, maxEmployees: null };
const dachEnterprise: Territory = { id: 'dach-ent', countries: ['DE', 'AT', 'CH'], regions: [], minEmployees: 1000, maxEmployees: null };

const rules: RoutingRule[] = [
  { id: 'dach-enterprise', name: 'DACH enterprise', teamId: 'team-dach', conditions: { territoryIds: ['dach-ent'] } },
  { id: 'benelux-webinar', name: 'Benelux webinars', teamId: 'team-events', conditions: { territoryIds: ['benelux'], sources: ['webinar'] } },
  { id: 'benelux', name: 'Benelux', teamId: 'team-benelux', conditions: { territoryIds: ['benelux'] } },
  { id: 'smb-analytics', name: 'SMB analytics', teamId: 'team-smb', conditions: { segments: ['smb'], productInterests: ['analytics'] } },
];

describe('territories', () => {
  it('need a known company size when they set one', () => {
    expect(isInTerritory({ country: 'DE', employeeCount: 5000 }, dachEnterprise)).toBe(true);
    expect(isInTerritory({ country: 'DE', employeeCount: 50 }, dachEnterprise)).toBe(false);
    expect(isInTerritory({ country: 'DE' }, dachEnterprise)).toBe(false);
  });
});

describe('matchRule', () => {
  it('takes the first rule whose conditions all hold and says why earlier ones did not', () => {
    const match = matchRule({ country: 'NL', source: 'web_form' }, rules, [benelux, dachEnterprise]);
    expect(match.rule?.id).toBe('benelux');
    expect(match.reasons).toEqual([
      'rule dach-enterprise skipped: not in territory dach-ent',
      'rule benelux-webinar skipped: source web_form is not webinar',
      'rule benelux (Benelux) matched: team team-benelux',
    ]);
  });

  it('prefers the earlier rule when several match', () => {
    expect(matchRule({ country: 'be', source: 'Webinar' }, rules, [benelux]).rule?.id).toBe('benelux-webinar');
  });

  it('matches on segment and product interest', () => {
    expect(matchRule({ employeeCount: 12, productInterest: 'Analytics' }, rules, []).rule?.id).toBe('smb-analytics');
  });

  it('matches nothing when facts are missing', () => {
    const match = matchRule({}, rules, [benelux, dachEnterprise]);
    expect(match.rule).toBeNull();
    expect(match.reasons).toHaveLength(4);
  });
});

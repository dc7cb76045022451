import { aroundTheClock } from '../../organization/domain/working-hours';
import { RoutingRule } from './lead-for-routing';
import { RepAvailability } from './rep-availability';
import { AccountOwner, chooseDestination, decideRouting, pickTeamRep } from './route-lead';

const now = new Date('2026-11-30T10:00:00.000Z');
const rep = (id: string, overrides: Partial<RepAvailability> = {}): RepAvailability => ({
  id,
  role: 'sales',
  weight: 1,
  capacity: 10,
  openAssignments: 0,
  timeZone: 'UTC',
  workingHours: aroundTheClock,
  active: true,
  outOfOffice: false,
  routingCredit: 0,
  ...overrides,
});
const rules: RoutingRule[] = [{ id: 'everyone', name: 'Everyone', teamId: 'team-a', conditions: {} }];
const owner: AccountOwner = { ...rep('rep-owner'), teamId: 'team-key-accounts' };

describe('chooseDestination', () => {
  it('gives a lead to the owner of its account before any rule', () => {
    const destination = chooseDestination({ accountId: 'acc-9', accountOwnerId: 'rep-owner' }, owner, rules, []);
    expect(destination).toMatchObject({ kind: 'owner', reasons: ['account acc-9 is owned by rep-owner'] });
  });

  it('falls through to the rules when the owner is away and says so', () => {
    const destination = chooseDestination({ accountOwnerId: 'rep-owner' }, { ...owner, outOfOffice: true }, rules, []);
    expect(destination.kind).toBe('team');
    expect(destination.reasons[0]).toBe('account owner rep-owner is out of office');
  });

  it('goes to the fallback when no rule matches', () => {
    expect(chooseDestination({}, null, [], []).kind).toBe('fallback');
  });
});

describe('pickTeamRep', () => {
  it('records why each skipped rep was skipped', () => {
    const pick = pickTeamRep(
      [
        rep('away', { outOfOffice: true }),
        rep('full', { openAssignments: 10 }),
        rep('asleep', { workingHours: { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' }, timeZone: 'Asia/Tokyo' }),
        rep('marketer', { role: 'marketing' }),
        rep('gone', { active: false }),
        rep('here'),
      ],
      now,
    );
    expect(pick.repId).toBe('here');
    expect(pick.candidates.map((candidate) => [candidate.repId, candidate.skipped])).toEqual([
      ['away', 'out_of_office'],
      ['full', 'at_capacity'],
      ['asleep', 'off_hours'],
      ['marketer', 'not_sales'],
      ['gone', 'inactive'],
      ['here', null],
    ]);
  });

  it('leaves out reps it is told to exclude', () => {
    expect(pickTeamRep([rep('current', { weight: 5 }), rep('other')], now, ['current']).repId).toBe('other');
  });
});

describe('decideRouting', () => {
  it('explains a rule and round robin decision', () => {
    const destination = chooseDestination({}, null, rules, []);
    const decision = decideRouting(destination, pickTeamRep([rep('a'), rep('b', { weight: 3 })], now), 'inbound');
    expect(decision.assignee).toEqual({ kind: 'rep', id: 'b' });
    expect(decision).toMatchObject({ teamId: 'team-a', ruleId: 'everyone' });
    expect(decision.reasons).toEqual(['rule everyone (Everyone) matched: team team-a', 'weighted round robin chose b']);
    expect(decision.credits.get('b')).toBe(-1);
  });

  it('queues the lead when nobody in the team can take it', () => {
    const destination = chooseDestination({}, null, rules, []);
    const decision = decideRouting(destination, pickTeamRep([rep('a', { outOfOffice: true })], now), 'inbound');
    expect(decision.assignee).toEqual({ kind: 'queue', id: 'inbound' });
    expect(decision.reasons.slice(-2)).toEqual(['no eligible rep in team team-a', 'fallback queue inbound']);
    expect(decision.candidates).toHaveLength(1);
  });

  it('queues the lead with no configuration at all', () => {
    const decision = decideRouting(chooseDestination({}, null, [], []), null, 'inbound');
    expect(decision).toMatchObject({ assignee: { kind: 'queue', id: 'inbound' }, teamId: null, ruleId: null });
    expect(decision.reasons).toEqual(['no routing rule matched', 'fallback queue inbound']);
  });
});

import { repActor } from './actor';
import { applyRepAction, checkDelegation } from './rep-action';

const assigned = { assigneeKind: 'rep', assigneeId: 'rep-ada', teamId: 'team-a', status: 'assigned' };

describe('applyRepAction', () => {
  it('lets the assignee move the lead along its lifecycle', () => {
    expect(applyRepAction(assigned, repActor('rep-ada'), 'accept')).toEqual({ ok: true, status: 'accepted' });
    expect(applyRepAction({ ...assigned, status: 'accepted' }, repActor('rep-ada'), 'convert')).toEqual({ ok: true, status: 'converted' });
    expect(applyRepAction(assigned, repActor('rep-ada'), 'reject')).toEqual({ ok: true, status: 'rejected' });
    expect(applyRepAction({ ...assigned, status: 'accepted' }, repActor('rep-ada'), 'recycle')).toEqual({ ok: true, status: 'recycled' });
  });

  it('refuses anyone but the assignee, and queue assignments', () => {
    expect(applyRepAction(assigned, repActor('rep-grace'), 'accept')).toMatchObject({ ok: false, problem: 'not_assignee' });
    expect(applyRepAction({ ...assigned, assigneeKind: 'queue', assigneeId: 'inbound' }, repActor('inbound'), 'accept')).toMatchObject({ ok: false, problem: 'not_assignee' });
  });

  it('refuses actions out of order', () => {
    expect(applyRepAction({ ...assigned, status: 'accepted' }, repActor('rep-ada'), 'accept')).toMatchObject({ ok: false, problem: 'not_allowed' });
    expect(applyRepAction({ ...assigned, status: 'rejected' }, repActor('rep-ada'), 'convert')).toMatchObject({ ok: false, problem: 'not_allowed' });
  });
});

describe('checkDelegation', () => {
  const marketer = { role: 'marketing', active: true };
  const assignment = { status: 'converted', teamId: 'team-a' };

  it('lets the team manager give a lead to an active marketer', () => {
    expect(checkDelegation(assignment, { managerId: 'boss' }, repActor('boss'), marketer)).toEqual({ ok: true });
  });

  it('refuses other people, sales reps and finished leads', () => {
    expect(checkDelegation(assignment, { managerId: 'boss' }, repActor('rep-ada'), marketer)).toMatchObject({ problem: 'not_manager' });
    expect(checkDelegation(assignment, null, repActor('boss'), marketer)).toMatchObject({ problem: 'not_manager' });
    expect(checkDelegation(assignment, { managerId: 'boss' }, repActor('boss'), { role: 'sales', active: true })).toMatchObject({ problem: 'not_marketer' });
    expect(checkDelegation({ ...assignment, status: 'rejected' }, { managerId: 'boss' }, repActor('boss'), marketer)).toMatchObject({ problem: 'not_allowed' });
  });
});

describe('who may act', () => {
  const manager = (team: string) => ({ id: 'boss', admin: false, managedTeam: team });

  it('lets a manager act on their team’s assignments and an admin on any, but not a manager of another team', () => {
    expect(applyRepAction(assigned, manager('team-a'), 'accept')).toEqual({ ok: true, status: 'accepted' });
    expect(applyRepAction(assigned, manager('team-b'), 'accept')).toMatchObject({ ok: false, problem: 'not_assignee' });
    expect(applyRepAction({ ...assigned, teamId: null }, manager('team-a'), 'accept')).toMatchObject({ ok: false, problem: 'not_assignee' });
    expect(applyRepAction(assigned, { id: 'ops', admin: true, managedTeam: null }, 'reject')).toEqual({ ok: true, status: 'rejected' });
  });

  it('lets a manager whose token names the team delegate, even when hand-off records another manager', () => {
    const marketer = { role: 'marketing', active: true };
    expect(checkDelegation({ status: 'accepted', teamId: 'team-a' }, { managerId: 'someone-else' }, manager('team-a'), marketer)).toEqual({ ok: true });
    expect(checkDelegation({ status: 'accepted', teamId: 'team-a' }, { managerId: 'someone-else' }, manager('team-b'), marketer)).toMatchObject({ problem: 'not_manager' });
  });
});

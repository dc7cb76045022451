import { applyRepAction, checkDelegation } from './rep-action';

const assigned = { assigneeKind: 'rep', assigneeId: 'rep-ada', status: 'assigned' };

describe('applyRepAction', () => {
  it('lets the assignee move the lead along its lifecycle', () => {
    expect(applyRepAction(assigned, 'rep-ada', 'accept')).toEqual({ ok: true, status: 'accepted' });
    expect(applyRepAction({ ...assigned, status: 'accepted' }, 'rep-ada', 'convert')).toEqual({ ok: true, status: 'converted' });
    expect(applyRepAction(assigned, 'rep-ada', 'reject')).toEqual({ ok: true, status: 'rejected' });
    expect(applyRepAction({ ...assigned, status: 'accepted' }, 'rep-ada', 'recycle')).toEqual({ ok: true, status: 'recycled' });
  });

  it('refuses anyone but the assignee, and queue assignments', () => {
    expect(applyRepAction(assigned, 'rep-grace', 'accept')).toMatchObject({ ok: false, problem: 'not_assignee' });
    expect(applyRepAction({ ...assigned, assigneeKind: 'queue', assigneeId: 'inbound' }, 'inbound', 'accept')).toMatchObject({ ok: false, problem: 'not_assignee' });
  });

  it('refuses actions out of order', () => {
    expect(applyRepAction({ ...assigned, status: 'accepted' }, 'rep-ada', 'accept')).toMatchObject({ ok: false, problem: 'not_allowed' });
    expect(applyRepAction({ ...assigned, status: 'rejected' }, 'rep-ada', 'convert')).toMatchObject({ ok: false, problem: 'not_allowed' });
  });
});

describe('checkDelegation', () => {
  const marketer = { role: 'marketing', active: true };
  const assignment = { status: 'converted', teamId: 'team-a' };

  it('lets the team manager give a lead to an active marketer', () => {
    expect(checkDelegation(assignment, { managerId: 'boss' }, 'boss', marketer)).toEqual({ ok: true });
  });

  it('refuses other people, sales reps and finished leads', () => {
    expect(checkDelegation(assignment, { managerId: 'boss' }, 'rep-ada', marketer)).toMatchObject({ problem: 'not_manager' });
    expect(checkDelegation(assignment, null, 'boss', marketer)).toMatchObject({ problem: 'not_manager' });
    expect(checkDelegation(assignment, { managerId: 'boss' }, 'boss', { role: 'sales', active: true })).toMatchObject({ problem: 'not_marketer' });
    expect(checkDelegation({ ...assignment, status: 'rejected' }, { managerId: 'boss' }, 'boss', marketer)).toMatchObject({ problem: 'not_allowed' });
  });
});

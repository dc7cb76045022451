import { Actor, managesTeam, mayActOn } from './actor';

export type RepAction = 'accept' | 'reject' | 'recycle' | 'convert';
export type AssignmentStatus = 'assigned' | 'accepted' | 'rejected' | 'recycled' | 'converted' | 'withdrawn';

export interface ActionableAssignment {
  assigneeKind: string;
  assigneeId: string;
  teamId: string | null;
  status: string;
}

const outcomes: Record<RepAction, { from: AssignmentStatus[]; to: AssignmentStatus }> = {
  accept: { from: ['assigned'], to: 'accepted' },
  reject: { from: ['assigned', 'accepted'], to: 'rejected' },
  recycle: { from: ['assigned', 'accepted'], to: 'recycled' },
  convert: { from: ['assigned', 'accepted'], to: 'converted' },
};

export type RepActionResult = { ok: true; status: AssignmentStatus } | { ok: false; problem: 'not_assignee' | 'not_allowed'; detail: string };

/** A rep acts only on a lead assigned to them (a manager on their team's, an admin on any), in the order the lifecycle allows. */
export function applyRepAction(assignment: ActionableAssignment, actor: Actor, action: RepAction): RepActionResult {
  if (!mayActOn(actor, assignment)) {
    return { ok: false, problem: 'not_assignee', detail: `this lead is assigned to ${assignment.assigneeKind} ${assignment.assigneeId}, not to ${actor.id}` };
  }
  const { from, to } = outcomes[action];
  if (!from.includes(assignment.status as AssignmentStatus)) {
    return { ok: false, problem: 'not_allowed', detail: `cannot ${action} a lead that is ${assignment.status}` };
  }
  return { ok: true, status: to };
}

export type DelegationResult = { ok: true } | { ok: false; problem: 'not_manager' | 'not_marketer' | 'not_allowed'; detail: string };

/** Only the team's manager hands a lead to a marketer, and only while it is still being worked. */
export function checkDelegation(
  assignment: { status: string; teamId: string | null },
  team: { managerId: string | null } | null,
  actor: Actor,
  marketer: { role: string; active: boolean } | null,
): DelegationResult {
  if (!team || !managesTeam(actor, assignment.teamId, team.managerId)) {
    return { ok: false, problem: 'not_manager', detail: `${actor.id} does not manage team ${assignment.teamId ?? '(none)'}` };
  }
  if (!marketer || marketer.role !== 'marketing' || !marketer.active) {
    return { ok: false, problem: 'not_marketer', detail: 'the lead can only be given to an active marketing rep' };
  }
  if (!['assigned', 'accepted', 'converted'].includes(assignment.status)) {
    return { ok: false, problem: 'not_allowed', detail: `cannot delegate a lead that is ${assignment.status}` };
  }
  return { ok: true };
}

/** Who acts on an assignment: a rep on their own, a manager on their team's, an admin on any. */
export interface Actor {
  id: string;
  admin: boolean;
  /** The team the actor manages (the token's `team` claim with the manager role), or null. */
  managedTeam: string | null;
}

export const repActor = (id: string): Actor => ({ id, admin: false, managedTeam: null });

export function mayActOn(actor: Actor, assignment: { assigneeKind: string; assigneeId: string; teamId: string | null }): boolean {
  if (actor.admin) return true;
  if (actor.managedTeam !== null && assignment.teamId === actor.managedTeam) return true;
  return assignment.assigneeKind === 'rep' && assignment.assigneeId === actor.id;
}

/** The team's manager as hand-off records it, a manager whose token names the team, or an admin. */
export function managesTeam(actor: Actor, teamId: string | null, recordedManagerId: string | null): boolean {
  if (teamId === null) return false;
  return actor.admin || actor.managedTeam === teamId || (recordedManagerId !== null && recordedManagerId === actor.id);
}

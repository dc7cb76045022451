import { AuthRole } from '@accord/config';

/** Who is calling: a person from an identity provider's JWT, a system from an API key or a JWT, or nobody known. */
export interface Principal {
  kind: 'person' | 'system' | 'anonymous';
  /** The JWT `sub`, the API key's name, or (authentication disabled) an identity header; null when anonymous. */
  id: string | null;
  roles: AuthRole[];
  /** The team a manager manages (JWT claim `team`). */
  team: string | null;
  scopes: string[];
  /** False only when AUTH_DISABLED let an identity header stand in for credentials. */
  verified: boolean;
}

/** A route's required roles are met by a person holding one of them or a system granted one as a scope. */
export function holdsAnyRole(principal: Principal, required: readonly string[]): boolean {
  return required.some((role) => (principal.roles as string[]).includes(role) || principal.scopes.includes(role));
}

export function hasRole(principal: Principal, role: AuthRole): boolean {
  return principal.roles.includes(role) || principal.scopes.includes(role);
}

import { SetMetadata } from '@nestjs/common';
import { AuthRole } from '@accord/config';

export const REQUIRED_ROLES = 'accord:required-roles';

/** The caller must hold one of these roles (a person's JWT `roles`, a system's scopes); otherwise 403. */
export const Roles = (...roles: AuthRole[]) => SetMetadata(REQUIRED_ROLES, roles);

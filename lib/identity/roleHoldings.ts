import type { Role } from '../roles';
import type { DirectoryUser } from './directory';

/** A principal holding a role, as the directory grants it through a group. */
export interface RoleHolding {
  principal: string;
  displayName: string | null;
  role: Role;
}

/**
 * The roles the directory's users hold now: each active user's groups mapped to roles, once per
 * role, sorted; inactive users and groups that map to no role grant nothing.
 */
export function roleHoldings(users: readonly DirectoryUser[], groupRoles: ReadonlyMap<string, Role>): RoleHolding[] {
  const holdings: RoleHolding[] = [];
  for (const user of users) {
    if (!user.active) continue;
    const roles = new Set(user.groups.flatMap((group) => groupRoles.get(group) ?? []));
    for (const role of roles) holdings.push({ principal: user.sub, displayName: user.displayName, role });
  }
  return holdings.sort((a, b) => a.principal.localeCompare(b.principal) || a.role.localeCompare(b.role));
}

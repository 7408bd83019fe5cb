import path from 'node:path';
import { ConfigError } from '../configError';
import { ROLES, isRole, type Role } from '../roles';

/** Role assignments from the identity provider (lib/identity/, subgraphs/audit/accessReviews/). */
export interface IdentityConfig {
  /** The provider's SCIM-style export of users and their groups (IDENTITY_ASSIGNMENTS_FILE). */
  assignmentsFile: string;
  /**
   * Which directory group grants which Custos role (IDENTITY_GROUP_ROLES, `group=role;group=role`).
   * By default the group `custos-<role>` grants `<role>`; groups not named here grant nothing.
   */
  groupRoles: ReadonlyMap<string, Role>;
}

type Env = Record<string, string | undefined>;

const defaultGroupRoles = (): Map<string, Role> => new Map(ROLES.map((role) => [`custos-${role}`, role]));

function groupRoles(raw: string | undefined): Map<string, Role> {
  if (!raw?.trim()) return defaultGroupRoles();
  const mapping = new Map<string, Role>();
  for (const entry of raw
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const at = entry.lastIndexOf('=');
    const group = entry.slice(0, at).trim();
    const role = entry.slice(at + 1).trim();
    if (at <= 0 || !group || !isRole(role))
      throw new ConfigError(`IDENTITY_GROUP_ROLES: "${entry}" is not group=role with a role of ${ROLES.join(', ')}`);
    if (mapping.has(group)) throw new ConfigError(`IDENTITY_GROUP_ROLES names group "${group}" twice`);
    mapping.set(group, role);
  }
  return mapping;
}

export function loadIdentityConfig(env: Env): IdentityConfig {
  return {
    assignmentsFile: path.resolve(
      env.IDENTITY_ASSIGNMENTS_FILE || path.join(env.DATA_DIR || 'data', 'identity', 'assignments.json'),
    ),
    groupRoles: groupRoles(env.IDENTITY_GROUP_ROLES),
  };
}

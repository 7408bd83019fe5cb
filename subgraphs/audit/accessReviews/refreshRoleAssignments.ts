import { randomUUID } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { roleAssignmentsRefused } from '../../../lib/errors';
import type { IdentityDirectory } from '../../../lib/identity/directory';
import { roleHoldings } from '../../../lib/identity/roleHoldings';
import type { Role } from '../../../lib/roles';
import { inTransaction } from '../../kit/transaction';
import { RoleAssignmentEntity } from '../entities/RoleAssignment';
import { assignmentChanges } from './assignmentChanges';

/**
 * Loads the role assignments the identity provider's directory grants now. The export is refused
 * whole on any problem, before anything is written; a good one ends and begins assignments in one
 * transaction, so the history is never half of one export and half of another.
 */

export interface RoleAssignmentRefresh {
  source: string;
  users: number;
  activeUsers: number;
  /** Assignments held once the refresh is done. */
  held: number;
  began: number;
  ended: number;
}

/** Problems a refusal's message spells out; `extensions.violations` holds them all. */
const MESSAGE_PROBLEMS = 10;
/** Ids per statement that ends assignments. */
const CHUNK = 500;

export async function refreshRoleAssignments(
  em: SqlEntityManager,
  directory: IdentityDirectory,
  groupRoles: ReadonlyMap<string, Role>,
  now: Date,
): Promise<RoleAssignmentRefresh> {
  const exported = await directory.read();
  const source = `${directory.name}:${exported.source}`;
  if (exported.problems.length > 0) {
    const quoted = exported.problems.slice(0, MESSAGE_PROBLEMS).map(({ at, problem }) => `${at} ${problem}`);
    const more =
      exported.problems.length > MESSAGE_PROBLEMS ? `; and ${exported.problems.length - MESSAGE_PROBLEMS} more` : '';
    throw roleAssignmentsRefused(
      `${source} was refused, nothing of it loaded, the assignments stand as they were: ${quoted.join('; ')}${more}`,
      exported.problems,
    );
  }
  const holdings = roleHoldings(exported.users, groupRoles);
  return inTransaction(em, async (tx) => {
    const open = await tx.find(RoleAssignmentEntity, { heldUntil: null }, { fields: ['id', 'principal', 'role'] });
    const { end, begin } = assignmentChanges(open, holdings);
    for (let i = 0; i < end.length; i += CHUNK)
      await tx.nativeUpdate(RoleAssignmentEntity, { id: { $in: end.slice(i, i + CHUNK) } }, { heldUntil: now });
    if (begin.length > 0)
      await tx.insertMany(
        RoleAssignmentEntity,
        begin.map((holding) => ({
          id: `ras_${randomUUID()}`,
          ...holding,
          heldFrom: now,
          heldUntil: null,
          source,
        })),
      );
    return {
      source,
      users: exported.users.length,
      activeUsers: exported.users.filter((user) => user.active).length,
      held: holdings.length,
      began: begin.length,
      ended: end.length,
    };
  });
}

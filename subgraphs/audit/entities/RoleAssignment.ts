import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { instant, rowId } from '../../kit/entityProperties';

/**
 * A principal holding a role, as the identity provider's exports showed it: from the refresh that
 * first saw it until the refresh that no longer did (null while it holds). Never deleted, so an
 * access review knows who held which role during any period since the first refresh.
 */
export const RoleAssignmentEntity = defineEntity({
  name: 'RoleAssignment',
  tableName: 'role_assignment',
  properties: (p) => ({
    id: rowId(),
    /** The subject the principal's tokens carry. */
    principal: p.string(),
    /** As the directory named the principal when the assignment began. */
    displayName: p.string().length(256).nullable(),
    role: p.string().length(32),
    heldFrom: instant(),
    heldUntil: instant().nullable(),
    /** The export that first showed it, e.g. file-drop:assignments.json. */
    source: p.string().length(256),
  }),
  indexes: [{ properties: ['principal', 'heldFrom'] }, { properties: ['heldUntil'] }],
});

export type RoleAssignment = InferEntity<typeof RoleAssignmentEntity>;

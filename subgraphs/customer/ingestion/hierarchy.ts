import { randomUUID } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { SourceSystem } from '../../../lib/sourceSystems';
import { ChangeOutboxEntity } from '../entities/ChangeOutbox';
import { CustomerHierarchyEntity } from '../entities/CustomerHierarchy';
import { SourceRecordEntity } from '../entities/SourceRecord';

/**
 * Account hierarchies from a source: a record naming its parent (by the parent's source id in the
 * same source) links their customers. A child has one parent; a new parent (an acquisition) moves
 * the link rather than adding a second, so existing links never break into duplicates.
 */
export async function linkToParent(
  em: SqlEntityManager,
  sourceSystem: SourceSystem,
  reference: { sourceId: string; parentSourceId: string },
  actor: string,
  reason: string,
): Promise<'CHANGED' | 'UNCHANGED' | string> {
  const [child, parent] = await Promise.all([
    em.findOne(SourceRecordEntity, { sourceSystem, sourceId: reference.sourceId }),
    em.findOne(SourceRecordEntity, { sourceSystem, sourceId: reference.parentSourceId }),
  ]);
  if (!child) return 'UNCHANGED';
  if (!parent) return `parent ${reference.parentSourceId} is not known from ${sourceSystem} yet`;
  if (parent.customerId === child.customerId) return 'a record cannot be its own parent';
  const existing = await em.findOne(CustomerHierarchyEntity, { childId: child.customerId });
  if (existing?.parentId === parent.customerId) return 'UNCHANGED';
  const ancestor = await em.findOne(CustomerHierarchyEntity, {
    childId: parent.customerId,
    parentId: child.customerId,
  });
  if (ancestor) return `linking to ${reference.parentSourceId} would make a cycle`;
  const at = new Date();
  em.create(ChangeOutboxEntity, {
    id: `chg_${randomUUID()}`,
    customerId: child.customerId,
    field: 'parent',
    oldValue: existing ? JSON.stringify(existing.parentId) : null,
    newValue: JSON.stringify(parent.customerId),
    actor,
    at,
    reason,
  });
  if (existing) {
    existing.parentId = parent.customerId;
    existing.since = at;
  } else {
    em.create(CustomerHierarchyEntity, {
      id: `${parent.customerId}>${child.customerId}`,
      parentId: parent.customerId,
      childId: child.customerId,
      relationship: 'SUBSIDIARY',
      since: at,
    });
  }
  await em.flush();
  return 'CHANGED';
}

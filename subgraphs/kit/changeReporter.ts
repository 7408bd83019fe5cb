import { ChangeSetType, type EventSubscriber, type FlushEventArgs } from '@mikro-orm/core';
import { recordOf, type AccessReport } from './accessReport';

/**
 * Reports every record a request writes: each flush's change sets (created, updated with the stored
 * attributes that changed, deleted) go to the request's access report, so the audit event of a
 * mutation names what it changed whatever the resolver did, and however deep in domain code.
 */
export function changeReporter(access: AccessReport): EventSubscriber {
  return {
    afterFlush({ uow }: FlushEventArgs) {
      for (const changeSet of uow.getChangeSets()) {
        const type = changeSet.meta.className;
        const what =
          changeSet.type === ChangeSetType.CREATE
            ? ['CREATED']
            : changeSet.type === ChangeSetType.DELETE || changeSet.type === ChangeSetType.DELETE_EARLY
              ? ['DELETED']
              : Object.keys(changeSet.payload).map((property) => `${type}.${property}`);
        access.changed(recordOf(type, changeSet.entity), what);
      }
    },
  };
}

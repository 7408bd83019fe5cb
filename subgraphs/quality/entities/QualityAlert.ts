import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { instant, json, rowId, systemName, unkeyedReference } from '../../kit/entityProperties';

/** Something to look at before revenue reporting, e.g. a billing extract with far fewer customers than usual. */
export const QualityAlertEntity = defineEntity({
  name: 'QualityAlert',
  tableName: 'quality_alert',
  properties: (p) => ({
    id: rowId(),
    kind: p.string().length(32).$type<'COUNT_DROP'>(),
    system: systemName().nullable(),
    extractId: unkeyedReference(80).nullable(),
    message: p.text(),
    details: json<Record<string, unknown>>(),
    raisedAt: instant(),
  }),
  indexes: [{ properties: 'raisedAt' }],
});

export type QualityAlert = InferEntity<typeof QualityAlertEntity>;

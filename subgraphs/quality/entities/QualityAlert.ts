import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { instant, json } from '../../kit/entityProperties';

/** Something to look at before revenue reporting, e.g. a billing extract with far fewer customers than usual. */
export const QualityAlertEntity = defineEntity({
  name: 'QualityAlert',
  tableName: 'quality_alert',
  properties: (p) => ({
    id: p.string().length(64).primary(),
    kind: p.string().length(32).$type<'COUNT_DROP'>(),
    system: p.string().length(16).nullable(),
    extractId: p.string().length(80).nullable(),
    message: p.text(),
    details: json<Record<string, unknown>>(),
    raisedAt: instant(),
  }),
  indexes: [{ properties: 'raisedAt' }],
});

export type QualityAlert = InferEntity<typeof QualityAlertEntity>;

import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { instant } from '../../kit/entityProperties';

/** The newest change event applied per customer attribute, so older or repeated events are ignored. */
export const CdcPositionEntity = defineEntity({
  name: 'CdcPosition',
  tableName: 'cdc_position',
  properties: (p) => ({
    /** `<customerId>|<attribute>` */
    id: p.string().length(96).primary(),
    sequence: p.integer(),
    source: p.string().length(16),
    appliedAt: instant(),
  }),
});

export type CdcPosition = InferEntity<typeof CdcPositionEntity>;

import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { instant, rowId, systemName } from '../../kit/entityProperties';

/** The newest change event applied per customer attribute, so older or repeated events are ignored. */
export const CdcPositionEntity = defineEntity({
  name: 'CdcPosition',
  tableName: 'cdc_position',
  properties: (p) => ({
    /** `<customerId>|<attribute>` */
    id: rowId(96),
    sequence: p.integer(),
    source: systemName(),
    appliedAt: instant(),
  }),
});

export type CdcPosition = InferEntity<typeof CdcPositionEntity>;

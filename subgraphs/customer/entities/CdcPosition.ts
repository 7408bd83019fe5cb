import { EntitySchema } from '@mikro-orm/core';

/** The newest change event applied per customer attribute, so older or repeated events are ignored. */
export interface CdcPosition {
  /** `<customerId>|<attribute>` */
  id: string;
  sequence: number;
  source: string;
  appliedAt: Date;
}

export const CdcPositionEntity = new EntitySchema<CdcPosition>({
  name: 'CdcPosition',
  tableName: 'cdc_position',
  properties: {
    id: { type: 'string', primary: true },
    sequence: { type: 'integer' },
    source: { type: 'string' },
    appliedAt: { type: 'datetime' },
  },
});

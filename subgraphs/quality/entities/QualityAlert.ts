import { EntitySchema } from '@mikro-orm/core';

/** Something to look at before revenue reporting, e.g. a billing extract with far fewer customers than usual. */
export interface QualityAlert {
  id: string;
  kind: 'COUNT_DROP';
  system?: string | null;
  extractId?: string | null;
  message: string;
  details: Record<string, unknown>;
  raisedAt: Date;
}

export const QualityAlertEntity = new EntitySchema<QualityAlert>({
  name: 'QualityAlert',
  tableName: 'quality_alert',
  properties: {
    id: { type: 'string', primary: true },
    kind: { type: 'string' },
    system: { type: 'string', nullable: true },
    extractId: { type: 'string', nullable: true },
    message: { type: 'text' },
    details: { type: 'json' },
    raisedAt: { type: 'datetime' },
  },
});

import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { currencyCode, minorAmount, regionCode, rowId } from '../../kit/entityProperties';
import { approvalProperties } from './approvalProperties';
import type { CustomerSegment, PricingTier } from '../generated/enums';

/** A row of the standalone selling price tables (revrec/standaloneSellingPrices.ts), in force once approved. */
export const StandaloneSellingPriceEntity = defineEntity({
  name: 'StandaloneSellingPrice',
  tableName: 'standalone_selling_price',
  properties: (p) => ({
    id: rowId(),
    productCode: p.string().length(32),
    region: regionCode(),
    currency: currencyCode(),
    segment: p.string().length(16).$type<CustomerSegment>().nullable(),
    pricingTier: p.string().length(16).$type<PricingTier>().nullable(),
    validFrom: p.date(),
    validTo: p.date().nullable(),
    priceMinor: minorAmount(),
    observableMinMinor: minorAmount().nullable(),
    observableMaxMinor: minorAmount().nullable(),
    reason: p.text(),
    ...approvalProperties(),
  }),
  indexes: [{ properties: ['productCode', 'region', 'currency'] }, { properties: 'status' }],
});

export type StandaloneSellingPrice = InferEntity<typeof StandaloneSellingPriceEntity>;

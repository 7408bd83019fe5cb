import { checkTaxId } from '../../../lib/taxids/validate';
import type { Customer } from '../entities/Customer';
import type { SourceRecord } from '../entities/SourceRecord';
import type { TaxIdentifier } from '../entities/TaxIdentifier';
import type { Region } from '../generated/enums';
import type { CustomerQualityFacts } from '../generated/resolvers';
import { mapRecord } from '../ingestion/mapRecord';

/**
 * What the quality service may learn of a customer: presence and validity, never a classified
 * value. Computed here, where the data lives, so tax ids and bank details never leave.
 */

const present = (value: string | null | undefined): boolean => typeof value === 'string' && value.trim() !== '';

export function qualityFactsOf(
  customer: Customer,
  taxIds: readonly TaxIdentifier[],
  bankAccounts: number,
  inOpenReview: boolean,
  mergedCustomerIds: string[],
): CustomerQualityFacts {
  const address = customer.billingAddress;
  return {
    id: customer.id,
    // Text, as the column also holds UNKNOWN; ingestion replaces that in the transaction that writes it.
    region: customer.region as Region,
    segment: customer.segment ?? null,
    country: customer.country,
    status: customer.status,
    createdAt: customer.createdAt,
    legalNamePresent: present(customer.legalName),
    billingAddressComplete: present(address?.line1) && present(address?.city) && present(address?.postalCode),
    shippingAddressPresent: present(customer.shippingAddress?.line1),
    paymentTermsPresent: present(customer.paymentTermsCode),
    creditLimitPresent: customer.creditLimitMinor != null,
    dunsPresent: present(customer.duns),
    taxIds: taxIds.map(({ kind, value, country }) => {
      const check = checkTaxId(kind, value, country);
      return { kind, valid: check.valid, reasonCode: check.reason?.code ?? null };
    }),
    bankAccountsOnFile: bankAccounts,
    suspectedDuplicate: inOpenReview,
    mergedCustomerIds,
  };
}

/** The attributes drift is measured on, flattened to text. */
export const DRIFT_FIELDS = [
  'legalName',
  'country',
  'duns',
  'billingAddress.line1',
  'billingAddress.city',
  'billingAddress.postalCode',
  'paymentTermsCode',
] as const;

type Attributes = Partial<Record<(typeof DRIFT_FIELDS)[number], string | null>>;

function flatten(values: {
  legalName?: string | null;
  country?: string | null;
  duns?: string | null;
  billingAddress?: { line1?: string; city?: string; postalCode?: string } | null;
  paymentTermsCode?: string | null;
}): Attributes {
  return {
    legalName: values.legalName ?? null,
    country: values.country ?? null,
    duns: values.duns ?? null,
    'billingAddress.line1': values.billingAddress?.line1 ?? null,
    'billingAddress.city': values.billingAddress?.city ?? null,
    'billingAddress.postalCode': values.billingAddress?.postalCode ?? null,
    paymentTermsCode: values.paymentTermsCode ?? null,
  };
}

export function goldenAttributes(customer: Customer): Attributes {
  return flatten({ ...customer, billingAddress: customer.billingAddress ?? null });
}

/** A source's values as its mapping reads them; only the fields the source carries are observed. */
export function sourceAttributes(record: SourceRecord): Attributes {
  const { attributes } = mapRecord(record.sourceSystem, record.payload);
  const flat = flatten({ ...attributes, billingAddress: attributes.billingAddress ?? null });
  const carried = (field: keyof Attributes) =>
    field.startsWith('billingAddress.')
      ? attributes.billingAddress !== undefined
      : (attributes as Record<string, unknown>)[field] !== undefined;
  return Object.fromEntries(Object.entries(flat).filter(([field]) => carried(field as keyof Attributes))) as Attributes;
}

import { minorAmountOf } from '../../../lib/money';
import { paymentDueDays } from '../../../lib/paymentTerms';
import type { Address } from '../../../lib/address';
import { checkAddress } from '../../../lib/checkAddress';
import { isCountryCode } from '../../../lib/countries';
import type { SourceSystem } from '../../../lib/sourceSystems';
import { regionOfCountry } from '../../../lib/regions';
import { isValidTaxId, normalizeTaxId } from '../../../lib/taxids/validate';
import { TAX_ID_KINDS, companyTaxIdKind, type TaxIdKind } from '../../../lib/taxids/kinds';
import { SOURCE_MAPPINGS, type MappedAttribute } from './mappings';
import { checkPayloadKeys } from './payloadKeys';
import { valueAt } from './valueAt';

/**
 * Turns one source record's raw attributes into customer attributes through its source's
 * mapping, normalising as it goes. Problems are returned as reasons, never thrown: one bad record
 * must not stop its batch.
 */

export interface MappedAttributes {
  legalName?: string;
  nativeName?: string;
  country?: string;
  taxId?: { kind: TaxIdKind; value: string; country: string };
  duns?: string;
  billingAddress?: Address;
  paymentTermsCode?: string;
  creditLimit?: { minor: number; currency: string };
}

export interface MappingResult {
  attributes: MappedAttributes;
  mappingVersion: string;
  /** Why the record cannot be taken: any one rejects it. */
  problems: string[];
  /** What was taken but not used as sent; the record is accepted and keeps the value in its payload. */
  warnings: string[];
}

/** Codes people send for a country that ISO 3166-1 spells otherwise. */
const NOT_ISO: Readonly<Record<string, string>> = { UK: 'GB', EL: 'GR' };

function countryProblem(country: string): string {
  const iso = NOT_ISO[country];
  return iso
    ? `country "${country}" is not an ISO 3166-1 alpha-2 code; send "${iso}"`
    : `country "${country}" is not an ISO 3166-1 alpha-2 country code`;
}

function text(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const collapsed = value.normalize('NFC').replace(/\s+/g, ' ').trim();
  return collapsed === '' ? undefined : collapsed;
}

const isTaxIdKind = (kind: string): kind is TaxIdKind => (TAX_ID_KINDS as readonly string[]).includes(kind);

/** A tax id as sources send it: the value alone, of its country's kind, or `{ kind, value }`. */
function taxIdSent(sent: unknown, problems: string[]): { kind?: TaxIdKind; value: string } | undefined {
  if (sent === undefined || sent === null) return undefined;
  if (typeof sent === 'string') {
    const value = text(sent);
    return value ? { value } : undefined;
  }
  const { kind, value } = (typeof sent === 'object' && !Array.isArray(sent) ? sent : {}) as Record<string, unknown>;
  const given = typeof kind === 'string' ? kind.trim().toUpperCase() : undefined;
  if (typeof value !== 'string' || (kind !== undefined && given === undefined)) {
    problems.push('tax id must be a string, or { kind, value } with both strings');
    return undefined;
  }
  if (given !== undefined && !isTaxIdKind(given)) {
    problems.push(`tax id kind "${given}" is not one of ${TAX_ID_KINDS.join(', ')}`);
    return undefined;
  }
  const trimmed = text(value);
  return trimmed ? { ...(given ? { kind: given } : {}), value: trimmed } : undefined;
}

type Mapper = (value: unknown, record: MappedAttributes, problems: string[], warnings: string[]) => void;

const MAPPERS: Record<MappedAttribute, Mapper> = {
  legalName: (value, record) => {
    const name = text(value);
    if (name) record.legalName = name;
  },
  nativeName: (value, record) => {
    const name = text(value);
    if (name) record.nativeName = name;
  },
  country: (value, record, problems) => {
    const country = text(value)?.toUpperCase();
    if (!country) return;
    if (!regionOfCountry(country)) problems.push(countryProblem(country));
    else record.country = country;
  },
  // Needs the country, so it is mapped after the other attributes (see mapRecord).
  taxId: () => undefined,
  duns: (value, record, problems) => {
    const duns = text(String(value ?? ''))?.replace(/[\s-]/g, '');
    if (!duns) return;
    if (!/^\d{9}$/.test(duns)) problems.push('D-U-N-S number must be 9 digits');
    else record.duns = duns;
  },
  billingAddress: (value, record, problems, warnings) => {
    if (!value || typeof value !== 'object') return;
    const raw = value as Record<string, unknown>;
    const country = text(raw.country)?.toUpperCase();
    if (!country) {
      problems.push('address needs a country');
      return;
    }
    if (!isCountryCode(country)) {
      problems.push(`address ${countryProblem(country)}`);
      return;
    }
    const check = checkAddress(
      {
        line1: text(raw.line1),
        line2: text(raw.line2),
        city: text(raw.city),
        region: text(raw.region),
        postalCode: text(raw.postalCode),
        country,
      },
      'address',
    );
    warnings.push(
      ...check.warnings.map(({ message }) => `${message}: not kept in the address, it stays in the source record`),
    );
    if ('address' in check) record.billingAddress = check.address;
    else problems.push(...check.problems.map(({ message }) => message));
  },
  paymentTermsCode: (value, record, problems) => {
    const code = text(value)?.toUpperCase();
    if (!code) return;
    if (paymentDueDays(code) === undefined) problems.push(`unknown payment terms "${code}"`);
    else record.paymentTermsCode = code;
  },
  creditLimit: (value, record, problems) => {
    if (value === undefined || value === null) return;
    const limit = minorAmountOf(value);
    if (limit) record.creditLimit = limit;
    else problems.push('credit limit needs non-negative integer minor units and an ISO 4217 currency');
  },
};

export function mapRecord(sourceSystem: SourceSystem, raw: Record<string, unknown>): MappingResult {
  const mapping = SOURCE_MAPPINGS[sourceSystem];
  const attributes: MappedAttributes = {};
  const { problems, warnings } = checkPayloadKeys(sourceSystem, raw);
  for (const [attribute, path] of Object.entries(mapping.fields) as [MappedAttribute, string][]) {
    MAPPERS[attribute](valueAt(raw, path), attributes, problems, warnings);
  }
  const taxPath = mapping.fields.taxId;
  const sent = taxPath ? taxIdSent(valueAt(raw, taxPath), problems) : undefined;
  if (sent && attributes.country) {
    const kind = sent.kind ?? companyTaxIdKind(attributes.country);
    if (!kind) {
      warnings.push(
        `tax id not used for matching: Custos validates no company tax id of ${attributes.country}; it stays in the source record`,
      );
    } else if (isValidTaxId(kind, sent.value, attributes.country)) {
      attributes.taxId = {
        kind,
        value: normalizeTaxId(kind, sent.value, attributes.country),
        country: attributes.country,
      };
    } else {
      problems.push(`tax id is not a valid ${kind} (format or check digit)`);
    }
  }
  if (!attributes.legalName) problems.push('name is missing');
  const countrySent = mapping.fields.country ? text(valueAt(raw, mapping.fields.country)) : undefined;
  if (!countrySent) problems.push('country is missing');
  return { attributes, mappingVersion: mapping.version, problems, warnings };
}

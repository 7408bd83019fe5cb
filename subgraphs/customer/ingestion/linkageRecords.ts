/**
 * Source records and customers as the linkage engine sees them (matching/customerLinkage.ts names
 * the fields). Both sides are built here, so a source record and the customer it belongs to give
 * the same keys and compare field for field.
 */
import type { Address } from '../../../lib/address';
import { LINKAGE_FIELDS as F } from '../matching/customerLinkage';
import { NAME_SEPARATOR, type MatchRecord, type PairScore } from '../matching/engine';
import { foldName } from '../matching/names';
import type { MappedAttributes } from './mapRecord';

interface TaxIdentifier {
  kind: string;
  value: string;
  country: string;
}

/** What a customer row holds that matching reads. */
export interface LinkableCustomer {
  id: string;
  name: string;
  legalName?: string | null;
  nativeName?: string | null;
  country: string;
  duns?: string | null;
  billingAddress?: Address | null;
}

function names(...all: (string | null | undefined)[]): string | undefined {
  const distinct = [...new Set(all.filter((name): name is string => Boolean(name && name.trim())))];
  return distinct.length > 0 ? distinct.join(NAME_SEPARATOR) : undefined;
}

function taxIdFields(taxId: TaxIdentifier | undefined) {
  return taxId
    ? {
        [F.taxId]: `${taxId.country}:${taxId.kind}:${taxId.value}`,
        [F.taxIdKind]: `${taxId.country}:${taxId.kind}`,
      }
    : {};
}

function addressFields(address: Partial<Address> | null | undefined) {
  return {
    // "D-80331" and "80331", "NÜRNBERG" and "Nurnberg" are the same place.
    [F.postcode]: address?.postalCode?.replace(/[^\p{L}\p{N}]/gu, '').toUpperCase() || undefined,
    [F.city]: (address?.city && foldName(address.city)) || undefined,
  };
}

export function sourceLinkageRecord(id: string, attributes: MappedAttributes): MatchRecord {
  return {
    id,
    fields: {
      [F.name]: names(attributes.legalName, attributes.nativeName),
      [F.country]: attributes.country,
      [F.duns]: attributes.duns,
      ...taxIdFields(attributes.taxId),
      ...addressFields(attributes.billingAddress),
    },
  };
}

/** What a customer is matched as: its golden record and every source record linked to it. */
export interface LinkableParty {
  customer: LinkableCustomer;
  taxIds: readonly TaxIdentifier[];
  sources: readonly { id: string; attributes: MappedAttributes }[];
}

/**
 * A customer as the engine sees it: its golden record (with the tax id of the incoming record's
 * kind and country, so a conflict shows, else its first; without an incoming record, one record
 * per tax id) and each of its source records, so it is found and scored by any spelling and
 * identifier a source ever sent for it.
 */
export function partyLinkageRecords(party: LinkableParty, incoming?: MappedAttributes): MatchRecord[] {
  const sources = party.sources.map((source) => sourceLinkageRecord(party.customer.id, source.attributes));
  // A customer made earlier in the same batch has no golden values yet (they are worked out at the
  // end of the batch): its records speak for it, not a golden record without an address.
  const goldenPending = !party.customer.legalName && sources.length > 0;
  return goldenPending ? sources : [...customerLinkageRecords(party.customer, party.taxIds, incoming), ...sources];
}

function customerLinkageRecords(
  customer: LinkableCustomer,
  taxIds: readonly TaxIdentifier[],
  incoming?: MappedAttributes,
): MatchRecord[] {
  const base = {
    [F.name]: names(customer.legalName ?? customer.name, customer.nativeName, customer.name),
    [F.country]: customer.country,
    [F.duns]: customer.duns ?? undefined,
    ...addressFields(customer.billingAddress),
  };
  const wanted = incoming?.taxId;
  const relevant = wanted
    ? [
        taxIds.find((t) => t.kind === wanted.kind && t.country === wanted.country && t.value === wanted.value) ??
          taxIds.find((t) => t.kind === wanted.kind && t.country === wanted.country) ??
          taxIds[0],
      ]
    : taxIds;
  if (relevant.length === 0 || relevant[0] === undefined) return [{ id: customer.id, fields: base }];
  return relevant.map((taxId) => ({ id: customer.id, fields: { ...base, ...taxIdFields(taxId) } }));
}

/** What a steward reads about a pair: the levels that moved its score or capped it, and what the name scorer saw. */
export function pairReasons(explained: PairScore): string[] {
  return explained.levels.flatMap((level) =>
    level.weight !== 0 || level.detail || level.ceiling ? [level.level, ...(level.detail ?? [])] : [],
  );
}

import { daysBetween } from '../../../lib/calendar';
import { requiredDate } from '../../../lib/dateInput';
import { badUserInput } from '../../../lib/errors';
import { isRegion } from '../../../lib/regions';
import { requiredText } from '../../../lib/textInput';
import { isClassification } from '../../../policies/classifications';
import { isPurpose, PURPOSE_NAMES } from '../../../policies/purposes';

/**
 * The registers' input, checked before anything is written: every list bounded, every text trimmed
 * and bounded, purposes, classifications and regions only as the policy names them, dates real and
 * in order. Anything else is BAD_USER_INPUT naming the field.
 */

const MAX_NAME = 200;
const MAX_ITEMS = 20;
const MAX_ITEM = 1000;
const MAX_CLAUSE = 4000;
/** A DPIA is reviewed at least this often, and an agreement runs at most this long, in days. */
const MAX_REVIEW_DAYS = 3 * 366;
const MAX_AGREEMENT_DAYS = 30 * 366;

export interface DpiaFields {
  initiative: string;
  purpose: string;
  dataCategories: string[];
  risks: string[];
  mitigations: string[];
  reviewOn: string;
}

export interface AgreementFields {
  partner: string;
  kind: 'DPA' | 'SAAS_CONTRACT';
  dataCategories: string[];
  regions: string[];
  retentionClause: string;
  exportClause: string;
  startsOn: string;
  expiresOn: string;
  owner: string;
}

function distinct<T extends string>(
  values: readonly string[],
  field: string,
  known: (value: string) => value is T,
  what: string,
): T[] {
  if (values.length === 0 || values.length > MAX_ITEMS)
    throw badUserInput(`${field} names 1 to ${MAX_ITEMS} ${what}s`, field);
  for (const value of values)
    if (!known(value)) throw badUserInput(`${field}: "${value.slice(0, 40)}" is not a known ${what}`, field);
  return [...new Set(values as T[])];
}

function texts(values: readonly string[], field: string): string[] {
  if (values.length === 0 || values.length > MAX_ITEMS)
    throw badUserInput(`${field} lists 1 to ${MAX_ITEMS} items`, field);
  return values.map((value) => requiredText(value, field, MAX_ITEM));
}

export function classifications(values: readonly string[], field = 'dataCategories'): string[] {
  return distinct(values, field, isClassification, 'classification');
}

export function purposeOf(value: string, field = 'purpose'): string {
  if (!isPurpose(value))
    throw badUserInput(`${field} must be one of the purposes the policy knows: ${PURPOSE_NAMES.join(', ')}`, field);
  return value;
}

/** A review date after `today`, and not years away: a DPIA nobody looks at again protects nothing. */
export function reviewDate(value: string, today: string, field = 'reviewOn'): string {
  const day = requiredDate(value, field);
  const days = daysBetween(today, day);
  if (days < 1 || days > MAX_REVIEW_DAYS)
    throw badUserInput(`${field} must be after today and at most ${MAX_REVIEW_DAYS} days away`, field);
  return day;
}

export function dpiaFields(input: DpiaFields, today: string): DpiaFields {
  return {
    initiative: requiredText(input.initiative, 'initiative', MAX_NAME),
    purpose: purposeOf(input.purpose),
    dataCategories: classifications(input.dataCategories),
    risks: texts(input.risks, 'risks'),
    mitigations: texts(input.mitigations, 'mitigations'),
    reviewOn: reviewDate(input.reviewOn, today),
  };
}

export function agreementFields(input: AgreementFields): AgreementFields {
  const startsOn = requiredDate(input.startsOn, 'startsOn');
  const expiresOn = requiredDate(input.expiresOn, 'expiresOn');
  const length = daysBetween(startsOn, expiresOn);
  if (length < 1) throw badUserInput('expiresOn must be after startsOn', 'expiresOn');
  if (length > MAX_AGREEMENT_DAYS)
    throw badUserInput(`an agreement runs at most ${MAX_AGREEMENT_DAYS} days`, 'expiresOn');
  return {
    partner: requiredText(input.partner, 'partner', MAX_NAME),
    kind: input.kind,
    dataCategories: classifications(input.dataCategories),
    regions: distinct(input.regions, 'regions', isRegion, 'region'),
    retentionClause: requiredText(input.retentionClause, 'retentionClause', MAX_CLAUSE),
    exportClause: requiredText(input.exportClause, 'exportClause', MAX_CLAUSE),
    startsOn,
    expiresOn,
    owner: requiredText(input.owner, 'owner', MAX_NAME),
  };
}

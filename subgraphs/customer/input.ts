import { badUserInput } from '../../lib/errors';
import { requiredText } from '../../lib/textInput';
import { parseMoney } from '../../lib/money';
import { paymentDueDays } from '../../lib/paymentTerms';
import type { Address } from '../../lib/address';
import { isCountryCode } from '../../lib/countries';
import type { CustomerPatch } from './changes';
import type { AddressInput, CustomerUpdateInput } from './generated/resolvers';

/** Turns GraphQL input into a validated patch, or a BAD_USER_INPUT error naming the field. */

const DUNS = /^\d{9}$/;

function address(input: AddressInput, field: string): Address {
  const country = input.country.trim().toUpperCase();
  if (!isCountryCode(country)) throw badUserInput(`${field}.country must be an ISO 3166-1 alpha-2 country code`, field);
  return {
    line1: requiredText(input.line1, `${field}.line1`, 200),
    ...(input.line2 ? { line2: requiredText(input.line2, `${field}.line2`, 200) } : {}),
    city: requiredText(input.city, `${field}.city`, 100),
    ...(input.region ? { region: requiredText(input.region, `${field}.region`, 100) } : {}),
    ...(input.postalCode ? { postalCode: requiredText(input.postalCode, `${field}.postalCode`, 20) } : {}),
    country,
  };
}

/** Fields that are mandatory on a customer cannot be cleared with an explicit null. */
function refuseNull(input: CustomerUpdateInput, fields: (keyof CustomerUpdateInput)[]): void {
  for (const field of fields) {
    if (input[field] === null) throw badUserInput(`${field} cannot be cleared`, field);
  }
}

export function toCustomerPatch(input: CustomerUpdateInput): CustomerPatch {
  refuseNull(input, ['name', 'creditHold', 'status']);
  const patch: CustomerPatch = {};
  if (input.name != null) patch.name = requiredText(input.name, 'name', 200);
  if (input.legalName != null) patch.legalName = requiredText(input.legalName, 'legalName', 300);
  if (input.duns != null) {
    if (!DUNS.test(input.duns.trim())) throw badUserInput('duns must be 9 digits', 'duns');
    patch.duns = input.duns.trim();
  }
  if (input.billingAddress != null) patch.billingAddress = address(input.billingAddress, 'billingAddress');
  if (input.shippingAddress != null) patch.shippingAddress = address(input.shippingAddress, 'shippingAddress');
  if (input.paymentTermsCode != null) {
    const code = input.paymentTermsCode.trim().toUpperCase();
    if (paymentDueDays(code) === undefined)
      throw badUserInput(`unknown payment terms "${input.paymentTermsCode}"`, 'paymentTermsCode');
    patch.paymentTermsCode = code;
  }
  if (input.creditLimit != null) {
    const limit = parseMoney(input.creditLimit, 'creditLimit');
    if (limit.minor < 0) throw badUserInput('creditLimit cannot be negative', 'creditLimit');
    patch.creditLimit = limit;
  }
  if (input.creditHold != null) patch.creditHold = input.creditHold;
  if (input.status != null) patch.status = input.status;
  return patch;
}

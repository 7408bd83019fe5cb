import { badUserInput } from '../../lib/errors';
import { optionalText, requiredText } from '../../lib/textInput';
import { checkAddress } from '../../lib/checkAddress';
import { parseMoney } from '../../lib/money';
import { paymentDueDays } from '../../lib/paymentTerms';
import type { Address } from '../../lib/address';
import { isCountryCode } from '../../lib/countries';
import type { CustomerPatch } from './changes';
import type { AddressInput, CustomerUpdateInput } from './generated/resolvers';

/** Turns GraphQL input into a validated patch, or a BAD_USER_INPUT error naming the field. */

const DUNS = /^\d{9}$/;

/** The same rules as for a source record's address (lib/checkAddress.ts); what ingestion would only warn about is refused here. */
function address(input: AddressInput, field: string): Address {
  const country = input.country.trim().toUpperCase();
  if (!isCountryCode(country)) throw badUserInput(`${field}.country must be an ISO 3166-1 alpha-2 country code`, field);
  const check = checkAddress(
    {
      line1: optionalText(input.line1, `${field}.line1`, 200),
      line2: optionalText(input.line2, `${field}.line2`, 200),
      city: optionalText(input.city, `${field}.city`, 100),
      region: optionalText(input.region, `${field}.region`, 100),
      postalCode: optionalText(input.postalCode, `${field}.postalCode`, 20),
      country,
    },
    field,
  );
  if ('address' in check && check.warnings.length === 0) return check.address;
  const [refused] = 'problems' in check ? check.problems : check.warnings;
  throw badUserInput(refused.message, `${field}.${refused.part}`);
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

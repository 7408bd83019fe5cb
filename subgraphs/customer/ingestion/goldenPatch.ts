import { regionOfCountry } from '../../../lib/regions';
import type { CustomerPatch } from '../changes';
import type { GoldenRecord } from './survivorship';

/** The customer fields a golden record sets, as a patch for the usual change tracking. */
export function goldenPatch(
  golden: GoldenRecord,
): CustomerPatch & { country?: string; region?: string; nativeName?: string } {
  return {
    ...(golden.legalName ? { legalName: golden.legalName.value } : {}),
    ...(golden.nativeName ? { nativeName: golden.nativeName.value } : {}),
    ...(golden.country ? { country: golden.country.value, region: regionOfCountry(golden.country.value) } : {}),
    ...(golden.duns ? { duns: golden.duns.value } : {}),
    ...(golden.billingAddress ? { billingAddress: golden.billingAddress.value } : {}),
    ...(golden.paymentTermsCode ? { paymentTermsCode: golden.paymentTermsCode.value } : {}),
    ...(golden.creditLimit ? { creditLimit: golden.creditLimit.value } : {}),
  };
}

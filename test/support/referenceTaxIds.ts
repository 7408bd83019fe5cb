import fs from 'node:fs';
import path from 'node:path';
import { parseCsv } from '../../lib/csv';

/**
 * The shared reference file of tax and bank identifiers (../shared/reference/tax-ids.csv), read
 * as it is: published formatting kept, so normalisation is part of every test that uses it.
 */

export const TAX_ID_REFERENCE = path.resolve(__dirname, '../../../shared/reference/tax-ids.csv');

/** The file's tax id kinds as Custos names them; its ch_vat rows are Swiss UIDs with a VAT suffix. */
export const REFERENCE_TAX_ID_KINDS = {
  eu_vat: 'EU_VAT',
  gb_vat: 'GB_VAT',
  ch_vat: 'CH_UID',
  us_ein: 'US_EIN',
  br_cnpj: 'BR_CNPJ',
  in_gstin: 'IN_GSTIN',
  au_abn: 'AU_ABN',
} as const;

/** Every kind of the file: the tax ids, and its `iban` rows, which are bank accounts. */
export const REFERENCE_KINDS = { ...REFERENCE_TAX_ID_KINDS, iban: 'IBAN' } as const;

export interface ReferenceRow {
  kind: string;
  number: string;
  valid: boolean;
}

/** The rows, or null when ../shared is absent (tests then skip and say so). */
export function readTaxIdReference(): ReferenceRow[] | null {
  if (!fs.existsSync(TAX_ID_REFERENCE)) return null;
  const [header, ...records] = parseCsv(fs.readFileSync(TAX_ID_REFERENCE, 'utf8'));
  const column = (name: string): number => header.indexOf(name);
  return records.map((record) => ({
    kind: record[column('kind')],
    number: record[column('number')],
    valid: record[column('valid')] === 'true',
  }));
}

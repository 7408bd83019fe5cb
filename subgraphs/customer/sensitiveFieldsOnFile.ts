/**
 * Which classified customer fields hold a value. Only the names leave the customer subgraph, so
 * a check that needs to know "is there a tax id?" never gets to see the tax id.
 */
export interface SensitiveFacts {
  duns?: string | null;
  creditLimitMinor?: number | null;
  creditScore?: number | null;
  creditHold?: boolean | null;
  taxIdCount: number;
  contactCount: number;
}

export function sensitiveFieldsOnFile(facts: SensitiveFacts): string[] {
  const onFile: [string, boolean][] = [
    ['taxIds', facts.taxIdCount > 0],
    ['duns', Boolean(facts.duns)],
    ['creditLimit', facts.creditLimitMinor != null],
    ['creditHold', facts.creditHold != null],
    ['creditScore', facts.creditScore != null],
    ['contacts', facts.contactCount > 0],
  ];
  return onFile.filter(([, present]) => present).map(([field]) => field);
}

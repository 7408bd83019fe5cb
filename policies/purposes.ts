import type { Policy } from './policy';

/**
 * The purposes a token may state (its `purpose` claim), as data: why a caller wants the data. A
 * grant may depend on one (`Grant.purposes`), and the gateway honours a stated purpose only while
 * an approved DPIA covers it (policies/purposeGating.ts, the register in subgraphs/audit/registers/);
 * a DPIA can only be written for a purpose named here.
 */
export const PURPOSES = {
  support: 'Handling a customer’s case: customer service reading contact data to answer it',
  analytics: 'Analytics initiatives over customer and revenue data, each under its own DPIA',
} as const;

export type Purpose = keyof typeof PURPOSES;
export const PURPOSE_NAMES = Object.keys(PURPOSES) as Purpose[];

export function isPurpose(value: unknown): value is Purpose {
  return typeof value === 'string' && Object.hasOwn(PURPOSES, value);
}

/**
 * Every purpose the policy's grants depend on, with the role and classification of each grant: what
 * a reviewer sees needs an approved DPIA before it means anything.
 */
export function purposesInGrants(policy: Pick<Policy, 'roles'>): Record<string, string[]> {
  const used: Record<string, string[]> = {};
  for (const [role, { grants }] of Object.entries(policy.roles))
    for (const [classification, grant] of Object.entries(grants))
      for (const purpose of grant.purposes ?? []) (used[purpose] ??= []).push(`${role} / ${classification}`);
  return used;
}

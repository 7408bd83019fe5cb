import { badUserInput } from './errors';

/**
 * Synthetic transactions (the end-to-end probe) mark everything they create with one marker, so
 * each subgraph can delete exactly that and nothing else afterwards.
 */

const MARKER = /^SYN-[A-Za-z0-9-]{8,60}$/;

export function syntheticMarker(value: string): string {
  if (!MARKER.test(value))
    throw badUserInput('a synthetic marker looks like SYN-<8 to 60 letters, digits or dashes>', 'marker');
  return value;
}

/** The business day synthetic extracts describe: far from any real one, so no real reconciliation or count history is touched. */
export const SYNTHETIC_BUSINESS_DATE = '1999-12-31';

/** The exact names a probe gives what it creates: cleaning up deletes these and nothing that merely starts alike. */
export const syntheticSourceId = (marker: string) => `${marker}-1`;
export const syntheticContractNumber = (marker: string) => `${marker}-C`;
export const syntheticExtractIds = (marker: string) => [`${marker}-BILLING`, `${marker}-GL`];

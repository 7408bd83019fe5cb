/** A postal address as customer records keep it, whichever source system it came from. */
export interface Address {
  /** The street line; absent where the country's rule (lib/addressRules.ts) lets an address go without one. */
  line1?: string;
  line2?: string;
  city: string;
  /** State, province or prefecture where the country uses one. */
  region?: string;
  /** Absent where a source never had one; written as the country's post writes it where its shape is known. */
  postalCode?: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
}

/**
 * Where tax exemption certificates come from: a provider adapter delivers batches of records (the
 * file-drop adapter a file each, fileDropProvider.ts; a provider's API could deliver a page each)
 * and forgets a batch once it is acknowledged. refreshTaxExemptions.ts loads each batch whole or not
 * at all, so an adapter only reads and names what it has.
 */

/** One certificate as the provider delivered it: its fields by name, and where it sits in its batch. */
export interface DeliveredCertificate {
  /** The line (a file's; the header is line 1) or position that problems name. */
  line: number;
  fields: Readonly<Record<string, string>>;
}

export interface CertificateBatch {
  /** The batch's name with its provider (a file name), shown to operators. */
  source: string;
  records: readonly DeliveredCertificate[];
  /** Why the batch as a whole cannot be read (a missing column, a broken line), by line (0: the whole batch). */
  problems: readonly { line: number; problem: string }[];
}

export interface TaxCertificateProvider {
  /** Names the adapter on every certificate it delivered, e.g. file-drop. */
  readonly name: string;
  /** The batches delivered and not yet acknowledged, oldest first. */
  pending(): Promise<readonly string[]>;
  read(source: string): Promise<CertificateBatch>;
  /** The batch is loaded: it is not delivered again. */
  acknowledge(source: string): Promise<void>;
}

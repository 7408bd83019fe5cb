import type { CustomerDirectory } from '../kit/customerDirectory';
import type { TaxCertificateProvider } from './taxExemptions/provider';

/** What the contract subgraph made once at start. */
export interface ContractShared {
  customers: CustomerDirectory;
  /** Where tax exemption certificates come from (TAX_CERTIFICATE_DROP_DIR for the file-drop provider). */
  taxCertificates: TaxCertificateProvider;
}

import type { CustomerDirectory } from '../kit/customerDirectory';
import type { ServiceClient } from '../kit/serviceClient';
import type { TaxCertificateProvider } from './taxExemptions/provider';

/** What the contract subgraph made once at start. */
export interface ContractShared {
  customers: CustomerDirectory;
  /** Calls to the other subgraphs as the contract service: whether a legal hold covers what a purge would remove. */
  peers: ServiceClient;
  /** Where tax exemption certificates come from (TAX_CERTIFICATE_DROP_DIR for the file-drop provider). */
  taxCertificates: TaxCertificateProvider;
}

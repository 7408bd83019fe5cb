import type { StoredPaymentProfile } from './entities/QualityResult';
import type { QualityIssue } from './rules/catalogue';
import type { CustomerFields } from './rules/completeness';
import type { IdentifierKind, IdentifierValidation } from './validators/validateIdentifier';

/**
 * What the quality subgraph's resolvers receive as parents where it is more than a stored row
 * (the mappers of codegen.ts).
 */

/**
 * A customer as this subgraph sees it: a reference by id. The gateway's representation also
 * carries the fields dataQuality @requires; the references this subgraph returns carry none.
 */
export type CustomerReference = { __typename?: 'Customer'; id: string } & CustomerFields;

/** A customer this subgraph names, for the gateway to resolve in the customer subgraph. */
export function customerReference(id: string): CustomerReference {
  return { __typename: 'Customer', id };
}

/** A customer's quality: the assessment, and what the latest run stored, for the fields that read more. */
export interface DataQualityParent {
  customerId: string;
  latestRunId: string | null;
  score: number;
  issues: QualityIssue[];
  paymentProfile: PaymentProfileParent | null;
  history: { runId: string; score: number; checkedAt: Date }[];
}

/** A stored payment profile with the customer's region (its median payment is classified) and id. */
export type PaymentProfileParent = StoredPaymentProfile & { region: string; customerId: string };

export type TaxIdValidationParent = IdentifierValidation & { kind: IdentifierKind };

import type { Role } from '../lib/roles';

/**
 * Ownership of data as data: the domains Custos's attributes belong to, which attribute (by the
 * coordinate of the field showing it) belongs to which domain, the teams that can own or dispute
 * data, and the reviewed starting assignment of responsible, accountable, consulted and informed
 * (RACI) per domain that seeds the stewardship records on first start. Changes after that are made
 * through the graph with review (proposeStewardship / approveStewardship), never here.
 */

export const DATA_DOMAINS = ['customer-master', 'credit', 'pricing', 'tax', 'revenue', 'billing', 'payments'] as const;
export type DataDomain = (typeof DATA_DOMAINS)[number];

export function isDataDomain(value: string): value is DataDomain {
  return (DATA_DOMAINS as readonly string[]).includes(value);
}

/** The teams that own, are consulted on, or dispute data. */
export const TEAMS = [
  'data-stewardship',
  'customer-service',
  'billing',
  'collections',
  'credit-risk',
  'finance',
  'revenue-accounting',
  'tax',
  'pricing-governance',
  'compliance',
] as const;
export type Team = (typeof TEAMS)[number];

export function isTeam(value: string): value is Team {
  return (TEAMS as readonly string[]).includes(value);
}

const ADDRESS_PARTS = ['line1', 'line2', 'city', 'region', 'postalCode', 'country'].map((part) => `Address.${part}`);

function inDomain(domain: DataDomain, coordinates: readonly string[]): Record<string, DataDomain> {
  return Object.fromEntries(coordinates.map((coordinate) => [coordinate, domain]));
}

/** Which domain each attribute belongs to, by the coordinate of the field showing it. */
export const ATTRIBUTE_DOMAINS: Readonly<Record<string, DataDomain>> = Object.freeze({
  ...inDomain('customer-master', [
    'Customer.name',
    'Customer.legalName',
    'Customer.nativeName',
    'Customer.country',
    'Customer.region',
    'Customer.segment',
    'Customer.status',
    'Customer.duns',
    'Customer.billingAddress',
    'Customer.shippingAddress',
    'Customer.parent',
    'Customer.mergedInto',
    ...ADDRESS_PARTS,
    'Contact.name',
    'Contact.email',
    'Contact.phone',
  ]),
  ...inDomain('credit', ['Customer.creditLimit', 'Customer.creditHold', 'Customer.creditScore']),
  ...inDomain('tax', [
    'TaxId.value',
    'TaxId.kind',
    'TaxId.country',
    'TaxExemptionCertificate.certificateNumber',
    'Invoice.taxTreatment',
  ]),
  ...inDomain('payments', [
    'Customer.paymentTerms',
    'Customer.bankAccounts',
    'BankAccount.iban',
    'PaymentCard.lastFour',
    'Payment.amount',
  ]),
  ...inDomain('pricing', [
    'Contract.pricingTier',
    'PricingTierChange.tier',
    'Contract.discount',
    'DiscountApproval.discount',
  ]),
  ...inDomain('revenue', ['Contract.totalValue', 'Contract.transactionPrice', 'WriteOff.amount', 'WriteOff.reason']),
  ...inDomain('billing', ['Invoice.amount', 'Invoice.listAmount', 'Invoice.dueDate', 'Invoice.purchaseOrderNumber']),
});

/** The domain of an attribute; undefined for an attribute nobody has placed in one. */
export function domainOf(coordinate: string): DataDomain | undefined {
  return Object.hasOwn(ATTRIBUTE_DOMAINS, coordinate) ? ATTRIBUTE_DOMAINS[coordinate] : undefined;
}

/** Teams and people (by their principal's `sub`) holding one RACI role. */
export interface Parties {
  teams: string[];
  people: string[];
}

export interface Raci {
  responsible: Parties;
  accountable: Parties;
  consulted: Parties;
  informed: Parties;
}

export const RACI_ROLES = ['responsible', 'accountable', 'consulted', 'informed'] as const;
export type RaciRole = (typeof RACI_ROLES)[number];

/** What a RACI entry is about: a whole domain, or one attribute (which then does not inherit its domain's). */
export type StewardshipSubject = { domain: DataDomain } | { coordinate: string };

/** The key a subject is stored under: `domain:<name>`, or the attribute's coordinate. */
export function subjectKey(subject: StewardshipSubject): string {
  return 'domain' in subject ? `domain:${subject.domain}` : subject.coordinate;
}

const parties = (teams: string[], people: string[] = []): Parties => ({ teams, people });

/** Who reviewed the starting assignment, as the seeded records name its approver. */
export const STARTING_ASSIGNMENT_REVIEW = {
  proposedBy: 'policy:dataDomains',
  approvedBy: 'Head of Data Governance (initial RACI review)',
  approvedAt: '2026-12-04',
};

/** The reviewed starting RACI: one entry per domain, and the attributes that differ from their domain. */
export const STARTING_RACI: readonly { subject: StewardshipSubject; raci: Raci }[] = [
  {
    subject: { domain: 'customer-master' },
    raci: {
      responsible: parties(['data-stewardship'], ['master.steward']),
      accountable: parties(['data-stewardship'], ['head.of.data']),
      consulted: parties(['customer-service', 'billing']),
      informed: parties(['compliance']),
    },
  },
  {
    subject: { domain: 'credit' },
    raci: {
      responsible: parties(['credit-risk'], ['credit.analyst']),
      accountable: parties(['credit-risk'], ['head.of.credit']),
      consulted: parties(['collections', 'finance']),
      informed: parties(['billing', 'compliance']),
    },
  },
  {
    subject: { domain: 'pricing' },
    raci: {
      responsible: parties(['pricing-governance', 'billing'], ['billing.clerk']),
      accountable: parties(['pricing-governance'], ['pricing.steward']),
      consulted: parties(['finance', 'revenue-accounting']),
      informed: parties(['customer-service']),
    },
  },
  {
    subject: { domain: 'tax' },
    raci: {
      responsible: parties(['tax', 'data-stewardship']),
      accountable: parties(['tax'], ['head.of.tax']),
      consulted: parties(['billing']),
      informed: parties(['compliance']),
    },
  },
  {
    subject: { domain: 'revenue' },
    raci: {
      responsible: parties(['revenue-accounting']),
      accountable: parties(['finance'], ['controller']),
      consulted: parties(['billing', 'pricing-governance']),
      informed: parties(['compliance']),
    },
  },
  {
    subject: { domain: 'billing' },
    raci: {
      responsible: parties(['billing']),
      accountable: parties(['billing'], ['head.of.billing']),
      consulted: parties(['revenue-accounting', 'customer-service']),
      informed: parties(['collections']),
    },
  },
  {
    subject: { domain: 'payments' },
    raci: {
      responsible: parties(['collections', 'billing']),
      accountable: parties(['finance'], ['treasurer']),
      consulted: parties(['credit-risk']),
      informed: parties(['compliance']),
    },
  },
  {
    // The credit limit itself is decided by the credit committee, not by the credit team's head alone.
    subject: { coordinate: 'Customer.creditLimit' },
    raci: {
      responsible: parties(['credit-risk'], ['credit.analyst']),
      accountable: parties(['credit-risk'], ['credit.committee.chair']),
      consulted: parties(['collections', 'finance']),
      informed: parties(['billing', 'compliance']),
    },
  },
];

/**
 * Who reviews a proposed RACI change: a person other than its proposer who is accountable for the
 * subject's domain (for a domain entry, that domain) as the RACI in force says, or who holds one of
 * these roles.
 */
export const STEWARDSHIP_REVIEWER_ROLES: readonly Role[] = ['admin'];

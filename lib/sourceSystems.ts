/** The systems of record that send customer data to the customer master. */
export const SOURCE_SYSTEMS = ['CRM', 'ERP', 'BILLING', 'COLLECTIONS', 'RISK'] as const;
export type SourceSystem = (typeof SOURCE_SYSTEMS)[number];

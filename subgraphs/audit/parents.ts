import type { ChangeLogEntry } from './entities/ChangeLogEntry';

/**
 * What the audit subgraph's resolvers receive as parents where it is more than a stored row (the
 * mappers of codegen.ts): a change log entry travels with the customer it belongs to and that
 * customer's region, which govern its old and new values.
 */
export type ChangeLogEntryParent = ChangeLogEntry & { customerId: string; region: string };

import type { Cell } from './exportDefinition';

/**
 * Every export pages through `Query.customers` by its keyset cursor, so each sees exactly the
 * customers the caller may list (the policy's row scope), in id order, and the next page starts
 * after the last customer of this one however the data changes meanwhile.
 */

/** The operation's variables and paging, wrapped around a selection of each customer. */
export function customerPageDocument(name: string, variables: string, selection: string): string {
  return `query ${name}($first: Int!, $after: String, $filter: CustomerFilter${variables}) {
  customers(first: $first, after: $after, filter: $filter) {
    pageInfo { hasNextPage endCursor }
    edges { node { ${selection} } }
  }
}`;
}

interface CustomerPage<Node> {
  customers: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: Node }[] };
}

/** The customers of a page and where the next page starts. */
export function customersOf<Node>(data: Record<string, unknown>): { nodes: Node[]; next: string | null } {
  const { customers } = data as unknown as CustomerPage<Node>;
  const { hasNextPage, endCursor } = customers.pageInfo;
  return { nodes: customers.edges.map((edge) => edge.node), next: hasNextPage ? endCursor : null };
}

/** Money as the graph answers it: a decimal amount, or the range a BUCKET mask leaves. */
export interface MoneyValue {
  amount: string;
  currency: string;
  bucket?: string | null;
}

/** A money cell: the amount, the bucket where masked to one, null where withheld. */
export function moneyCell(money: MoneyValue | null | undefined): Cell {
  if (!money) return null;
  return money.bucket ?? money.amount;
}

/** Rows a customer's field gives as JSON text, as `Customer.invoiceRows` and `Customer.revenueRows` do. */
export function jsonRows<Row>(customerId: string, text: string | null): Row[] {
  // Null comes only with the error that stops the export before this page is written.
  if (text === null) throw new Error(`no rows for customer ${customerId}`);
  return JSON.parse(text) as Row[];
}

import type { OperationAnswer } from '../operationExecutor';

/**
 * Customer changes as they leave Custos, by webhook or SSE stream: read with customerChanges, an
 * ordinary operation of the graph run as the receiver's principal, so each value is masked,
 * withheld or refused exactly as that principal's own query would be, and the read is audited.
 * One operation, one event shape, for both ways out.
 */

export const CHANGE_FEED_QUERY = `query CustomerChangeFeed($after: String, $first: Int) {
  customerChanges(after: $after, first: $first) {
    edges { cursor node { id entityId field oldValue newValue actor at reason } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** Where the feed stands now, reading no change: where a stream without Last-Event-ID starts. */
export const LATEST_CHANGE_QUERY = 'query CustomerChangeFeedHead { customerChanges(first: 1) { latestCursor } }';

export interface CustomerChangeEvent {
  /** The change's id: the same change delivered twice has the same id. */
  id: string;
  /** Its place in the feed: `after` for the changes since (an SSE stream's event id). */
  cursor: string;
  type: 'customer.changed';
  customerId: string;
  /** The field that changed, e.g. creditLimit, creditHold, paymentTermsCode, address, mergedInto. */
  field: string;
  /** The values as the receiver may see them (masked where its roles see them masked), parsed from JSON. */
  oldValue: unknown;
  newValue: unknown;
  /** Values the receiver may not see at all: left null, and named here. */
  withheld: ('oldValue' | 'newValue')[];
  actor: string;
  at: string;
  reason: string | null;
}

export interface ChangePage {
  events: CustomerChangeEvent[];
  /** Past every change read, shown or not: the next page starts after it. */
  endCursor: string | null;
  hasNextPage: boolean;
}

interface FeedData {
  customerChanges: {
    edges: {
      cursor: string;
      node: {
        id: string;
        entityId: string;
        field: string;
        oldValue: string | null;
        newValue: string | null;
        actor: string;
        at: string;
        reason: string | null;
      };
    }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

export class ChangeFeedRefused extends Error {
  constructor(readonly code: string) {
    super(`the change feed answered ${code}`);
  }
}

/** A value withheld from this principal: FORBIDDEN at an old or new value of one change. */
function withheldValue(error: NonNullable<OperationAnswer['errors']>[number]): { edge: number; field: string } | null {
  const path = error.path ?? [];
  const [root, edges, edge, node, field] = path;
  if (error.extensions?.code !== 'FORBIDDEN' || root !== 'customerChanges' || edges !== 'edges' || node !== 'node')
    return null;
  if (typeof edge !== 'number' || (field !== 'oldValue' && field !== 'newValue')) return null;
  return { edge, field };
}

/** The events of one read of the feed; any error but a withheld value refuses the whole page. */
export function changePageOf(answer: OperationAnswer): ChangePage {
  const withheld = new Map<number, CustomerChangeEvent['withheld']>();
  for (const error of answer.errors ?? []) {
    const value = withheldValue(error);
    if (!value) throw new ChangeFeedRefused(String(error.extensions?.code ?? 'ERROR'));
    withheld.set(value.edge, [...(withheld.get(value.edge) ?? []), value.field as 'oldValue' | 'newValue']);
  }
  const feed = (answer.data as FeedData | undefined)?.customerChanges;
  if (!feed) throw new ChangeFeedRefused(answer.httpStatus !== undefined ? `HTTP ${answer.httpStatus}` : 'NO_DATA');
  const parse = (text: string | null) => (text === null ? null : (JSON.parse(text) as unknown));
  return {
    events: feed.edges.map(({ cursor, node }, i) => ({
      id: node.id,
      cursor,
      type: 'customer.changed',
      customerId: node.entityId,
      field: node.field,
      oldValue: parse(node.oldValue),
      newValue: parse(node.newValue),
      withheld: withheld.get(i) ?? [],
      actor: node.actor,
      at: node.at,
      reason: node.reason,
    })),
    endCursor: feed.pageInfo.endCursor,
    hasNextPage: feed.pageInfo.hasNextPage,
  };
}

import { badUserInput } from './errors';

/**
 * Cursor pagination over a stable key (the id). Cursors are opaque to clients: base64url of a
 * tagged key, so a cursor from one list is not mistaken for another's.
 */

export interface PageRequest {
  limit: number;
  /** The key after which the page starts, if any. */
  afterKey?: string;
}

export function encodeCursor(tag: string, key: string): string {
  return Buffer.from(`${tag}:${key}`, 'utf8').toString('base64url');
}

export function decodeCursor(tag: string, cursor: string): string {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!decoded.startsWith(`${tag}:`) || decoded.length === tag.length + 1) {
    throw badUserInput('`after` is not a cursor returned by this list', 'after');
  }
  return decoded.slice(tag.length + 1);
}

/** How many items a list without cursors returns: `first`, or the default, never above the maximum. */
export function pageSize(first: number | null | undefined, maxPageSize: number, defaultPageSize = 20): number {
  const limit = first ?? Math.min(defaultPageSize, maxPageSize);
  if (!Number.isInteger(limit) || limit < 1 || limit > maxPageSize) {
    throw badUserInput(`\`first\` must be between 1 and ${maxPageSize}`, 'first');
  }
  return limit;
}

export function pageRequest(
  tag: string,
  args: { first?: number | null; after?: string | null },
  maxPageSize: number,
  defaultPageSize = 20,
): PageRequest {
  const limit = pageSize(args.first, maxPageSize, defaultPageSize);
  return { limit, ...(args.after != null ? { afterKey: decodeCursor(tag, args.after) } : {}) };
}

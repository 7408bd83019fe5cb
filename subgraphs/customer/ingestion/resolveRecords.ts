/**
 * Entity resolution of many records at once, in memory, with the linkage engine and the match
 * configuration in force: the records are de-duplicated among themselves and linked to the
 * customers already known, matches are grouped into customers (union-find, best pairs first), and
 * the pairs a steward must decide become reviews. Pure (large loads are scored on every core, by
 * worker threads that share nothing but the pairs): the bulk load (bulkLoad.ts) writes the outcome;
 * ingestion of a batch decides record by record with the same engine and configuration.
 */
import { LINKAGE_FIELDS } from '../matching/customerLinkage';
import { linkRecordsInParallel, scorePair, type MatchRecord, type ScoredPair } from '../matching/engine';
import type { ParallelLinkOptions } from '../matching/engine';
import { pairReasons, partyLinkageRecords, type LinkableParty } from './linkageRecords';
import type { MatchConfiguration } from './matchConfiguration';

export interface ResolvedLink {
  /** NEW_CUSTOMER for the record a new customer starts from; otherwise the rule of its best match. */
  rule: string;
  score: number | null;
}

export interface ResolvedCustomer {
  /** Set when the records joined a customer already known. */
  existingCustomerId?: string;
  /** Indices of the records, each with how it was linked. */
  members: { record: number; link: ResolvedLink }[];
}

export interface ResolvedReview {
  /** The record a steward looks at, and the customer (index into customers) it was kept as. */
  record: number;
  customer: number;
  /** The customer it may be: another resolved customer, or one already known. */
  candidate: { customer: number } | { existingCustomerId: string };
  score: number;
  rule: string;
  reasons: string[];
}

export interface Resolution {
  customers: ResolvedCustomer[];
  reviews: ResolvedReview[];
  /** Candidate pairs the engine scored. */
  compared: number;
}

const held = (score: number) => Math.max(0, Math.min(1, score));

/**
 * Resolves `records` (source records as the engine sees them, from sourceLinkageRecord, in arrival
 * order; their ids are not read, results name records by index) against each other and against the
 * `existing` customers. A group of records never joins two known customers, nor two groups holding
 * different tax ids of one kind and country: merging those is a steward's call, so such a match
 * becomes a review. `workers` sets the scoring threads besides this one (default: by size and cores).
 */
export async function resolveRecords(
  records: readonly MatchRecord[],
  existing: readonly LinkableParty[],
  configuration: MatchConfiguration,
  options: Pick<ParallelLinkOptions, 'workers'> = {},
): Promise<Resolution> {
  const incoming: MatchRecord[] = records.map((record, i) => ({ id: `r${i}`, fields: record.fields }));
  const recordsOfParty = existing.map((party, p) =>
    partyLinkageRecords(party).map((record) => ({ ...record, id: `c${p}` })),
  );
  const known: MatchRecord[] = recordsOfParty.flat();
  // Reasons are worked out again for the few pairs that become reviews, not kept for every pair.
  const linking = { reasons: false, ...options };
  const among = await linkRecordsInParallel(incoming, undefined, configuration, linking);
  const against = known.length > 0 ? await linkRecordsInParallel(incoming, known, configuration, linking) : undefined;
  const pairs = [...among.pairs, ...(against?.pairs ?? [])].sort((a, b) => b.score - a.score);

  // Nodes: records 0..n-1, then known customers n..n+k-1.
  const n = records.length;
  const node = (id: string) => (id[0] === 'r' ? Number(id.slice(1)) : n + Number(id.slice(1)));
  const parent = Int32Array.from({ length: n + existing.length }, (_, i) => i);
  const anchor = new Int32Array(n + existing.length).fill(-1);
  for (let p = 0; p < existing.length; p++) anchor[n + p] = p;
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  };
  // The tax ids a group holds, by country and kind: two groups holding different ones never merge,
  // however a chain of similar names would link them (a steward decides).
  const taxIdsOf = new Map<number, Map<string, string>>();
  const taxIdsOfNode = (x: number) => taxIdsOf.get(x) ?? new Map<string, string>();
  incoming.forEach((record, r) => {
    const kind = record.fields[LINKAGE_FIELDS.taxIdKind];
    if (kind) taxIdsOf.set(r, new Map([[kind, record.fields[LINKAGE_FIELDS.taxId] as string]]));
  });
  existing.forEach((party, p) =>
    taxIdsOf.set(
      n + p,
      new Map(party.taxIds.map((t) => [`${t.country}:${t.kind}`, `${t.country}:${t.kind}:${t.value}`])),
    ),
  );
  const conflicting = (x: number, y: number) => {
    const mine = taxIdsOfNode(x);
    for (const [kind, value] of taxIdsOfNode(y)) if (mine.has(kind) && mine.get(kind) !== value) return true;
    return false;
  };
  // The towns a group's addresses are in. A name alone joins two groups only where they share a
  // town, or one has none: a record without an address is not a bridge between two same-named
  // companies in different towns.
  const citiesOf = new Map<number, Set<string>>();
  incoming.forEach((record, r) => {
    const city = record.fields[LINKAGE_FIELDS.city];
    if (city) citiesOf.set(r, new Set([city]));
  });
  recordsOfParty.forEach((records, p) => {
    const cities = records.flatMap((record) => record.fields[LINKAGE_FIELDS.city] ?? []);
    if (cities.length > 0) citiesOf.set(n + p, new Set(cities));
  });
  const apart = (x: number, y: number) => {
    const mine = citiesOf.get(x);
    const theirs = citiesOf.get(y);
    if (!mine || !theirs) return false;
    for (const city of theirs) if (mine.has(city)) return false;
    return true;
  };

  const links: (ResolvedLink | undefined)[] = new Array(n);
  const undecided: ScoredPair[] = [];
  for (const pair of pairs) {
    if (pair.decision === 'NO_MATCH') continue;
    const a = node(pair.left);
    const b = node(pair.right);
    const rootA = find(a);
    const rootB = find(b);
    if (
      pair.decision === 'REVIEW' ||
      (rootA !== rootB &&
        ((anchor[rootA] >= 0 && anchor[rootB] >= 0) ||
          conflicting(rootA, rootB) ||
          (pair.rule === 'NAME' && apart(rootA, rootB))))
    ) {
      undecided.push(pair);
      continue;
    }
    if (rootA === rootB) continue;
    parent[rootB] = rootA;
    if (anchor[rootA] < 0) anchor[rootA] = anchor[rootB];
    const joined = taxIdsOfNode(rootB);
    if (joined.size > 0) taxIdsOf.set(rootA, new Map([...taxIdsOfNode(rootA), ...joined]));
    taxIdsOf.delete(rootB);
    const towns = citiesOf.get(rootB);
    if (towns) citiesOf.set(rootA, new Set([...(citiesOf.get(rootA) ?? []), ...towns]));
    citiesOf.delete(rootB);
    const link = { rule: pair.rule ?? 'NAME', score: held(pair.score) };
    // Each record is linked by the best match that joined it (pairs come best first).
    if (a < n && !links[a]) links[a] = link;
    if (b < n && !links[b]) links[b] = link;
  }

  const customerOfRoot = new Map<number, number>();
  const customers: ResolvedCustomer[] = [];
  const customerOfRecord = new Int32Array(n);
  for (let r = 0; r < n; r++) {
    const root = find(r);
    let c = customerOfRoot.get(root);
    if (c === undefined) {
      c = customers.length;
      customerOfRoot.set(root, c);
      const existingCustomerId = anchor[root] >= 0 ? existing[anchor[root]].customer.id : undefined;
      customers.push({ ...(existingCustomerId && { existingCustomerId }), members: [] });
    }
    customerOfRecord[r] = c;
    // A new customer starts from its first record; the others came by their best match.
    const first = customers[c].members.length === 0 && !customers[c].existingCustomerId;
    customers[c].members.push({
      record: r,
      link: first ? { rule: 'NEW_CUSTOMER', score: null } : (links[r] ?? { rule: 'NAME', score: null }),
    });
  }

  // One review per pair of customers, from their best undecided pair, on the record of the later one.
  const reviews = new Map<string, ResolvedReview>();
  for (const pair of undecided) {
    const a = node(pair.left);
    const b = node(pair.right);
    const rootA = find(a);
    const rootB = find(b);
    if (rootA === rootB) continue;
    const record = b < n ? Math.max(a, b) : a;
    const other = record === a ? b : a;
    const customer = customerOfRecord[record];
    const otherCustomer = other < n ? customerOfRecord[other] : undefined;
    const candidate =
      otherCustomer !== undefined
        ? { customer: otherCustomer }
        : { existingCustomerId: existing[other - n].customer.id };
    const key =
      otherCustomer !== undefined
        ? `${Math.min(customer, otherCustomer)}|${Math.max(customer, otherCustomer)}`
        : `${customer}|${existing[other - n].customer.id}`;
    if (reviews.has(key)) continue;
    reviews.set(key, {
      record,
      customer,
      candidate,
      score: held(pair.score),
      rule: pair.rule ?? 'NAME',
      reasons: pairReasons(
        (other < n ? [incoming[other]] : recordsOfParty[other - n])
          .map((known) => scorePair(incoming[record], known, configuration))
          .reduce((best, next) => (next.score > best.score ? next : best)),
      ),
    });
  }
  return {
    customers,
    reviews: [...reviews.values()],
    compared: among.stats.compared + (against?.stats.compared ?? 0),
  };
}

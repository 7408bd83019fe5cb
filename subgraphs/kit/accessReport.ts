import type { ApolloServerPlugin } from '@apollo/server';
import {
  ACCESS_REPORT_EXTENSION,
  type AccessDecision,
  type AccessedRecord,
  type AccessLookup,
  type AccessReportData,
  type RecordRef,
} from '../../lib/accessReport';
import { ErrorCode } from '../../lib/errors';

/**
 * What one request did with classified data in one subgraph: whose classified values it showed
 * (raw or masked) or withheld, which records it changed, and which lookups by a classified value
 * it made. Every governed path reports here (the masking middleware for classified fields, the
 * copy governance for payloads, change logs and lineage, the lookup checks); the subgraph hands the
 * report to the gateway in its response's extensions, and the gateway writes it into the audit
 * event before the answer leaves (the report's shape is lib/accessReport.ts).
 */

/** A subgraph names at most this many records per request; the gateway bounds again what it stores. */
const MAX_RECORDS = 5000;

function keyOf(record: RecordRef): string {
  return `${record.type}\u0000${record.id ?? ''}\u0000${record.customerId ?? ''}`;
}

/**
 * The records a governed object stands for: itself (its type, `id`, and the customer it belongs
 * to), or, for an aggregate naming the customers it discloses (`customerIds`), one per customer.
 */
export function recordsOf(typeName: string, object: unknown): RecordRef[] {
  const { customerIds } = (object ?? {}) as { customerIds?: unknown };
  if (Array.isArray(customerIds))
    return customerIds
      .filter((id): id is string => typeof id === 'string')
      .map((customerId) => ({ type: typeName, customerId }));
  return [recordOf(typeName, object)];
}

/** The record a governed object stands for: its type, its `id`, and the customer it belongs to. */
export function recordOf(typeName: string, object: unknown): RecordRef {
  const { id, customerId } = (object ?? {}) as { id?: unknown; customerId?: unknown };
  const ownId = typeof id === 'string' ? id : undefined;
  const customer = typeof customerId === 'string' ? customerId : typeName === 'Customer' ? ownId : undefined;
  return { type: typeName, ...(ownId ? { id: ownId } : {}), ...(customer ? { customerId: customer } : {}) };
}

export class AccessReport {
  private readonly records = new Map<string, AccessedRecord>();
  private readonly seen = new Set<string>();
  private readonly counted = new WeakMap<object, Set<string>>();
  private readonly entriesByObject = new WeakMap<object, Map<string, AccessedRecord[]>>();
  private omitted = 0;
  private readonly decisions = new Map<string, AccessDecision>();
  private readonly lookups = new Map<string, AccessLookup>();
  private readonly partialDenials: { path: (string | number)[]; message: string }[] = [];

  /** A classified value of `object` (of GraphQL type `typeName`) was shown, raw (ALLOW) or masked. */
  read(typeName: string, object: unknown, decision: AccessDecision): void {
    this.decided(decision);
    const shown = `${decision.classification}:${decision.decision}`;
    for (const entry of this.entriesOf(typeName, object)) add(entry.read, shown);
  }

  /** A classified value of `object` was asked for and withheld. */
  withheld(typeName: string, object: unknown, decision: AccessDecision): void {
    this.decided(decision);
    for (const entry of this.entriesOf(typeName, object)) add(entry.withheld, decision.classification);
  }

  /** Attributes of `record` were changed. */
  changed(record: RecordRef, coordinates: readonly string[]): void {
    const entry = this.touch(record, record);
    if (entry) coordinates.forEach((coordinate) => add(entry.changed, coordinate));
  }

  /**
   * Parts of a value at `path` were left out (say, keys of a source payload): the value is still
   * shown, and the response carries a FORBIDDEN error at that path, as a denied field would.
   */
  withheldParts(path: (string | number)[], message: string): void {
    this.partialDenials.push({ path, message });
  }

  /** The FORBIDDEN errors for the parts withheld. */
  denialErrors(): { message: string; path: (string | number)[]; extensions: { code: string } }[] {
    return this.partialDenials.map(({ path, message }) => ({
      message,
      path,
      extensions: { code: ErrorCode.FORBIDDEN },
    }));
  }

  lookedUp(coordinate: string, outcome: AccessLookup['outcome']): void {
    this.lookups.set(`${coordinate}|${outcome}`, { coordinate, outcome });
  }

  isEmpty(): boolean {
    return this.records.size === 0 && this.omitted === 0 && this.decisions.size === 0 && this.lookups.size === 0;
  }

  toJSON(): AccessReportData {
    return {
      records: [...this.records.values()],
      omitted: this.omitted,
      decisions: [...this.decisions.values()],
      lookups: [...this.lookups.values()],
    };
  }

  private decided(decision: AccessDecision): void {
    this.decisions.set(`${decision.coordinate}|${decision.decision}|${decision.via ?? ''}`, decision);
  }

  /**
   * The entries of the records a governed object stands for. An object is usually reported for
   * several of its values (a bulk row for each amount it copies), so its entries are found once.
   */
  private entriesOf(typeName: string, object: unknown): AccessedRecord[] {
    if (typeof object !== 'object' || object === null) return this.touchAll(typeName, object);
    const byType = this.entriesByObject.get(object) ?? new Map<string, AccessedRecord[]>();
    this.entriesByObject.set(object, byType);
    let entries = byType.get(typeName);
    if (!entries) {
      entries = this.touchAll(typeName, object);
      byType.set(typeName, entries);
    }
    return entries;
  }

  private touchAll(typeName: string, object: unknown): AccessedRecord[] {
    return recordsOf(typeName, object).flatMap((record) => this.touch(record, object) ?? []);
  }

  /** The record's entry, counted for `object`; undefined once the report names as many records as it may. */
  private touch(record: RecordRef, object: unknown): AccessedRecord | undefined {
    const key = keyOf(record);
    let entry = this.records.get(key);
    if (!entry) {
      if (this.records.size >= MAX_RECORDS) {
        if (!this.seen.has(key)) this.omitted += 1;
        this.seen.add(key);
        return undefined;
      }
      entry = { ...record, count: 0, read: [], withheld: [], changed: [] };
      this.records.set(key, entry);
    }
    // A record with an id is one record however often it is touched; one without counts once per object.
    if (record.id !== undefined) entry.count = 1;
    else if (typeof object === 'object' && object !== null) {
      const counted = this.counted.get(object) ?? new Set<string>();
      this.counted.set(object, counted);
      if (!counted.has(key)) entry.count += 1;
      counted.add(key);
    }
    return entry;
  }
}

function add(list: string[], item: string): void {
  if (!list.includes(item)) list.push(item);
}

/** Hands each request's access report to the gateway in the response's extensions. */
export function accessReportPlugin<TContext extends { access: AccessReport }>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          if (response.body.kind !== 'single' || !contextValue.access) return;
          const result = response.body.singleResult;
          const denials = contextValue.access.denialErrors();
          if (denials.length > 0) result.errors = [...(result.errors ?? []), ...denials];
          if (!contextValue.access.isEmpty())
            result.extensions = { ...result.extensions, [ACCESS_REPORT_EXTENSION]: contextValue.access.toJSON() };
        },
      };
    },
  };
}

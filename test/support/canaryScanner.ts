import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { formatMinor } from '../../lib/money';
import type { Principal } from '../../lib/principal';
import type { PolicyPlan } from '../../policies/compile';
import { decide, mayLookUp, mayRun, rowScope } from '../../policies/decide';
import { mask } from '../../policies/masking';
import { ROLES } from '../../lib/roles';
import type { Canary, PlantedRecords } from './canaries';
import { graphql, type TestFederation } from './federation';

/**
 * The canary scanner: with canaries planted in every classified attribute (./canaries.ts), it runs
 * operations generated from the supergraph itself, for every role, in and out of region, with and
 * without a purpose:
 * - one per query root field, selecting every reachable field to a bounded depth, arguments filled
 *   with the planted records' ids and sample values;
 * - one per principal feeding every string argument (and every string field of an input
 *   argument) each lookup canary, and two decoys of the same shape that are on file nowhere.
 * It reports a finding when a canary appears in a response in a form the policy does not allow the
 * caller (raw, digits only, minor units, inside JSON text), when a response carrying a classified
 * value has no audit event naming its customer, and when a lookup answers a canary differently from
 * its decoys for a caller who may not find records by that value. Fields added to the schema later
 * are scanned without changing this file.
 */

export interface ScanOptions {
  federation: TestFederation;
  schema: GraphQLSchema;
  plan: PolicyPlan;
  planted: PlantedRecords;
  /** Nesting depth of the generated selections (objects of leaves only, such as Money, do not count). */
  depth?: number;
  /** Restricts the roles scanned (the scanner's own test scans fewer). */
  roles?: readonly Principal['roles'][number][];
}

export interface Finding {
  kind: 'LEAK' | 'UNAUDITED' | 'ORACLE';
  principal: string;
  operation: string;
  detail: string;
}

export interface ScanReport {
  findings: Finding[];
  /** Generated read operations, each run for every principal. */
  operations: number;
  /** Lookup operations run (canaries and decoys fed to every string argument). */
  lookupOperations: number;
  principals: number;
  requests: number;
  fieldsSelected: number;
  lookupsCompared: number;
  lookupsInconclusive: number;
  /** Generated operations the gateway refused as over one of its limits: what they would read went unscanned. */
  overLimit: string[];
}

/** Enough for every record a scan plants or seeds (the scanned book is small), and within the default cost budget. */
const MAX_PAGE = 20;

/** Every textual form a canary can take in a response: as written, digits only, in minor units. */
export function formsOf(value: Canary['value']): string[] {
  if ('minor' in value) return [formatMinor(value.minor, value.currency).amount, String(value.minor)];
  const digits = value.text.replace(/\D/g, '');
  return [...new Set([value.text, ...(digits.length >= 6 ? [digits] : [])])];
}

/** The form a mask gives the canary, when it is distinctive enough to spot (a hash, a partly masked identifier). */
function maskedForm(canary: Canary, strategy: string, salt: string, plan: PolicyPlan): string | undefined {
  if (!('text' in canary.value) || !canary.coordinate) return undefined;
  const field = plan.fields[canary.coordinate];
  if (!field || !['HASH', 'LAST_FOUR', 'FIRST_FOUR', 'EMAIL'].includes(strategy)) return undefined;
  const masked = mask(strategy as never, canary.value.text, field.kind, { salt, ...plan.masking });
  return typeof masked === 'string' && masked.length >= 8 ? masked : undefined;
}

/**
 * The principals scanned: every role, for the EU (one canary customer in its region, the other
 * not), without a purpose and with each purpose the policy grants the role anything for (a purpose
 * the policy never names changes nothing).
 */
export function scanPrincipals(plan: PolicyPlan, roles: readonly Principal['roles'][number][] = ROLES): Principal[] {
  return roles.flatMap((role) => {
    const purposes = [...new Set(Object.values(plan.fields).flatMap((field) => field.byRole[role].purposes ?? []))];
    return [undefined, ...purposes].map((purpose): Principal => ({
      sub: `scan-${role}${purpose ? `-${purpose}` : ''}`,
      roles: [role],
      regions: ['EU'],
      ...(purpose ? { purpose } : {}),
    }));
  });
}

// ---- generating operations from the schema --------------------------------------------------

interface Generation {
  schema: GraphQLSchema;
  planted: PlantedRecords;
  depth: number;
  fields: number;
}

/** Values for arguments the schema requires, by name first, then by type. */
function sampleByName(planted: PlantedRecords, name: string): unknown {
  const samples: Record<string, unknown> = {
    period: planted.period,
    date: planted.businessDate,
    asOf: '2026-10-31',
    seed: 'canary-scan',
    attributes: planted.carrier(),
    currency: 'EUR',
    iban: planted.canaries.find((c) => c.coordinate === 'BankAccount.iban' && c.region === 'EU')?.value,
    version: 1,
    first: MAX_PAGE,
  };
  const sample = samples[name];
  return sample !== null && typeof sample === 'object' && 'text' in sample ? (sample as { text: string }).text : sample;
}

function idsFor(planted: PlantedRecords, name: string, typeName: string | undefined): string[] {
  const byName = Object.entries(planted.ids).find(([type]) => name.toLowerCase().startsWith(type.toLowerCase()));
  if (byName) return byName[1];
  if (typeName && planted.ids[typeName]) return planted.ids[typeName];
  return Object.values(planted.ids).flat();
}

function literal(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (typeof value === 'object')
    return `{ ${Object.entries(value)
      .map(([k, v]) => `${k}: ${literal(v)}`)
      .join(', ')} }`;
  if (typeof value === 'string' && value.startsWith('\u0000enum:')) return value.slice(6);
  return JSON.stringify(value);
}

function enumLiteral(value: string): string {
  return `\u0000enum:${value}`;
}

/** A value for a required input type: lists of one, input objects with their required fields. */
function sampleInput(
  generation: Generation,
  type: GraphQLInputType,
  name: string,
  returnType: string | undefined,
): unknown {
  if (isNonNullType(type)) return sampleInput(generation, type.ofType, name, returnType);
  if (isListType(type)) {
    const named = getNamedType(type);
    if (named.name === 'ID') return idsFor(generation.planted, name, returnType);
    return [sampleInput(generation, type.ofType, name, returnType)];
  }
  const byName = sampleByName(generation.planted, name);
  if (byName !== undefined) return byName;
  if (isEnumType(type)) return enumLiteral(type.getValues()[0].name);
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((field) => isNonNullType(field.type) && field.defaultValue === undefined)
        .map((field) => [field.name, sampleInput(generation, field.type, field.name, returnType)]),
    );
  }
  switch (type.name) {
    case 'ID':
      return idsFor(generation.planted, name, returnType)[0];
    case 'Int':
      return 5;
    case 'Float':
      return 0.5;
    case 'Boolean':
      return true;
    case 'Date':
      return '2026-10-31';
    case 'DateTime':
      return '2026-10-31T00:00:00Z';
    default:
      return 'canary-scan';
  }
}

function argumentsOf(generation: Generation, field: GraphQLField<unknown, unknown>, id?: string): string {
  const returnType = getNamedType(field.type).name;
  const parts = field.args
    .filter((arg) => (isNonNullType(arg.type) && arg.defaultValue === undefined) || arg.name === 'first')
    .map(
      (arg) =>
        `${arg.name}: ${literal(arg.name === 'id' && id !== undefined ? id : sampleInput(generation, arg.type, arg.name, returnType))}`,
    );
  return parts.length > 0 ? `(${parts.join(', ')})` : '';
}

/** An object of leaves only (Money, an address, a tax id): selected whole wherever it is reached, like a leaf. */
function isValueObject(type: GraphQLNamedType): boolean {
  return (
    isObjectType(type) &&
    Object.values(type.getFields()).every((field) => isLeafType(getNamedType(field.type)) && field.args.length === 0)
  );
}

/** Every field reachable from `type` to the depth bound, without entering a type already on the path. */
function selection(generation: Generation, type: GraphQLNamedType, depth: number, path: readonly string[]): string {
  return `{ ${selectionParts(generation, type, depth, path).join(' ')} }`;
}

/** The fields of `selection`, one selection each, so an operation over the cost budget can be split between them. */
function selectionParts(
  generation: Generation,
  type: GraphQLNamedType,
  depth: number,
  path: readonly string[],
): string[] {
  if (!isObjectType(type)) return ['__typename'];
  const parts = ['__typename'];
  for (const field of Object.values(type.getFields())) {
    const named = getNamedType(field.type);
    if (isLeafType(named)) {
      parts.push(`${field.name}${argumentsOf(generation, field)}`);
      generation.fields += 1;
    } else if ((depth > 0 || isValueObject(named)) && !path.includes(named.name)) {
      parts.push(
        `${field.name}${argumentsOf(generation, field)} ${selection(generation, named, depth - 1, [...path, named.name])}`,
      );
      generation.fields += 1;
    }
  }
  return parts;
}

interface GeneratedOperation {
  name: string;
  text: string;
  /** The same reads as two smaller operations, for one the gateway refuses as over its cost budget. */
  halves?: () => GeneratedOperation[];
}

/** An operation reading `parts` of the root field `head`; halved while it has more than one part. */
function rootOperation(name: string, head: string, parts: readonly string[]): GeneratedOperation {
  const body = parts.length > 0 ? ` { ${parts.join(' ')} }` : '';
  const fields = parts.filter((part) => part !== '__typename');
  const middle = Math.ceil(fields.length / 2);
  return {
    name,
    text: `query ${name} { ${head}${body} }`,
    halves:
      fields.length > 1
        ? () => [
            rootOperation(`${name}_a`, head, ['__typename', ...fields.slice(0, middle)]),
            rootOperation(`${name}_b`, head, ['__typename', ...fields.slice(middle)]),
          ]
        : undefined,
  };
}

/** One operation per query root field (one per planted record for a field taking a single id). */
export function readOperations(
  schema: GraphQLSchema,
  planted: PlantedRecords,
  depth: number,
): { operations: GeneratedOperation[]; fields: number } {
  const generation: Generation = { schema, planted, depth, fields: 0 };
  const query = schema.getQueryType();
  const operations: GeneratedOperation[] = [];
  for (const field of Object.values(query?.getFields() ?? {})) {
    const named = getNamedType(field.type);
    const byId = field.args.some(
      (arg) =>
        arg.name === 'id' &&
        isScalarType(getNamedType(arg.type)) &&
        !isListType(isNonNullType(arg.type) ? arg.type.ofType : arg.type),
    );
    const ids = byId ? idsFor(planted, 'id', named.name) : [undefined];
    for (const [n, id] of ids.entries()) {
      const parts = isLeafType(named) ? [] : selectionParts(generation, named, depth, [named.name]);
      operations.push(
        rootOperation(
          `Scan_${field.name}${ids.length > 1 ? `_${n}` : ''}`,
          `${field.name}${argumentsOf(generation, field, id)}`,
          parts,
        ),
      );
    }
  }
  return { operations, fields: generation.fields };
}

// ---- lookups: every string argument fed each canary and two decoys -----------------------------

/** One canary fed to one place, with the two decoys fed to the same place for comparison. */
interface Probe {
  canary: Canary;
  fed: Record<Variant, string>;
}

type Variant = 'canary' | 'decoy1' | 'decoy2';
const VARIANTS: readonly Variant[] = ['canary', 'decoy1', 'decoy2'];

/** One place a string can be fed (an argument of a root field, or a string field of an input argument), with its probes. */
interface LookupSlot {
  field: GraphQLField<unknown, unknown>;
  arg: GraphQLArgument;
  inputField?: string;
  probes: Probe[];
}

/** The places of a root field a string can be fed: its string arguments, and the string fields of its input arguments. */
function stringSlots(
  field: GraphQLField<unknown, unknown>,
): { arg: GraphQLArgument; inputField?: string; type: GraphQLInputType }[] {
  const slots: { arg: GraphQLArgument; inputField?: string; type: GraphQLInputType }[] = [];
  for (const arg of field.args) {
    const named = getNamedType(arg.type);
    if (named.name === 'String' || named.name === 'ID') slots.push({ arg, type: arg.type });
    if (isInputObjectType(named)) {
      for (const inner of Object.values(named.getFields()))
        if (['String', 'ID'].includes(getNamedType(inner.type).name))
          slots.push({ arg, inputField: inner.name, type: inner.type });
    }
  }
  return slots;
}

function lookupSlots(schema: GraphQLSchema, planted: PlantedRecords): LookupSlot[] {
  const generation: Generation = { schema, planted, depth: 0, fields: 0 };
  const fed = planted.canaries.filter((canary) => canary.decoys && 'text' in canary.value);
  const probe = (canary: Canary, wrap: (value: string) => string): Probe => ({
    canary,
    fed: {
      canary: wrap((canary.value as { text: string }).text),
      decoy1: wrap(canary.decoys![0]),
      decoy2: wrap(canary.decoys![1]),
    },
  });
  return Object.values(schema.getQueryType()?.getFields() ?? {}).flatMap((field) =>
    stringSlots(field).map((slot) => {
      // Where the argument takes a source record's attributes (its sample is JSON), a canary travels
      // inside them under its source key; everywhere else, raw.
      const sample = sampleInput(generation, slot.type, slot.inputField ?? slot.arg.name, undefined);
      const takesJson = typeof sample === 'string' && sample.startsWith('{');
      const probes = takesJson
        ? fed
            .filter((canary) => canary.sourceKey)
            .map((canary) => probe(canary, (value) => planted.carrier({ [canary.sourceKey as string]: value })))
        : fed.map((canary) => probe(canary, (value) => value));
      return { field, arg: slot.arg, inputField: slot.inputField, probes };
    }),
  );
}

/** The operation feeding `variant` of each probe to the slot, one alias per probe. */
function lookupOperation(
  generation: Generation,
  slot: LookupSlot,
  probes: readonly Probe[],
  variant: Variant,
): GeneratedOperation {
  const named = getNamedType(slot.field.type);
  const body = isLeafType(named) ? '' : selection(generation, named, 0, [named.name]);
  const aliases = probes.map((probe, n) => {
    const value = probe.fed[variant];
    const args = slot.field.args
      .filter(
        (arg) =>
          arg === slot.arg || (isNonNullType(arg.type) && arg.defaultValue === undefined) || arg.name === 'first',
      )
      .map((arg) => {
        if (arg !== slot.arg) return `${arg.name}: ${literal(sampleInput(generation, arg.type, arg.name, named.name))}`;
        if (slot.inputField)
          return `${arg.name}: ${literal({ ...(sampleInput(generation, arg.type, arg.name, named.name) as object), [slot.inputField]: value })}`;
        return `${arg.name}: ${literal(isListType(isNonNullType(arg.type) ? arg.type.ofType : arg.type) ? [value] : value)}`;
      });
    return `l${n}: ${slot.field.name}${args.length > 0 ? `(${args.join(', ')})` : ''} ${body}`;
  });
  const name = `Scan_lookup_${slot.field.name}_${slot.arg.name}${slot.inputField ? `_${slot.inputField}` : ''}`;
  return { name, text: `query ${name} { ${aliases.join(' ')} }` };
}

type Body = {
  data?: Record<string, unknown> | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[];
};

/** A response with what each alias was fed replaced by a placeholder, so that answers to different inputs compare. */
function answerOf(body: Body, probes: readonly Probe[], variant: Variant): string {
  let text = JSON.stringify({
    data: body.data ?? null,
    errors: (body.errors ?? []).map((error) => ({
      message: error.message,
      code: error.extensions?.code,
      path: error.path,
    })),
  });
  for (const probe of probes) {
    const value = probe.fed[variant];
    text = text.split(JSON.stringify(value).slice(1, -1)).join('<fed>').split(value).join('<fed>');
  }
  return text;
}

// ---- running and judging ----------------------------------------------------------------------

interface Observed {
  principal: Principal;
  operation: string;
  requestId: string;
  text: string;
  /** Canaries fed in by the request itself: their echo is not a leak. */
  fed: string[];
}

function describe(principal: Principal): string {
  return `${principal.roles.join('+')} of ${principal.regions.join(',')}${principal.purpose ? ` for ${principal.purpose}` : ''}`;
}

/** The leaks in one response, and the canaries it shows in a form the caller may see (which need an audit event). */
function judge(observed: Observed, options: ScanOptions, salt: string): { leaks: Finding[]; shown: Canary[] } {
  const leaks: Finding[] = [];
  const shown: Canary[] = [];
  const fedForms = observed.fed.flatMap((fed) => formsOf({ text: fed }));
  for (const canary of options.planted.canaries) {
    const decision = canary.coordinate
      ? decide(options.plan, observed.principal, canary.coordinate, canary.region)
      : undefined;
    const forms = formsOf(canary.value).filter((form) => !fedForms.some((fed) => fed.includes(form)));
    const present = forms.filter((form) => observed.text.includes(form));
    if (decision?.effect === 'ALLOW') {
      if (present.length > 0) shown.push(canary);
      continue;
    }
    if (present.length > 0) {
      const got = decision
        ? decision.effect === 'MASK'
          ? `MASK(${decision.strategy})`
          : decision.effect
        : 'no field at all';
      leaks.push({
        kind: 'LEAK',
        principal: describe(observed.principal),
        operation: observed.operation,
        detail: `${canary.label} appears as "${present[0]}" although the policy gives ${got}`,
      });
    }
    const masked = decision?.effect === 'MASK' ? maskedForm(canary, decision.strategy, salt, options.plan) : undefined;
    if (masked && observed.text.includes(masked)) shown.push(canary);
  }
  return { leaks, shown };
}

/** Whether the principal could legitimately find the canary's record by its value. */
function mayFind(plan: PolicyPlan, principal: Principal, canary: Canary): boolean {
  if (!canary.coordinate || !mayLookUp(plan, principal, canary.coordinate)) return false;
  const scope = rowScope(plan, principal);
  return scope === 'ALL' || scope.includes(canary.region);
}

/**
 * A generated read, sent again once when the connection was reset before any answer: a kept-alive
 * socket the gateway closed as idle just as it was reused (Node's keep-alive race on a busy machine).
 * Only reads are generated, so sending one again changes nothing.
 */
async function readOnce<T>(send: () => Promise<T>): Promise<T> {
  try {
    return await send();
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause;
    if (cause?.code !== 'ECONNRESET') throw error;
    return send();
  }
}

export async function scan(options: ScanOptions): Promise<ScanReport> {
  const { federation, schema, plan, planted } = options;
  const depth = options.depth ?? 3;
  const salt = federation.config.maskingSalt;
  const { operations, fields } = readOperations(schema, planted, depth);
  const lookups = lookupSlots(schema, planted);
  const generation: Generation = { schema, planted, depth: 0, fields: 0 };
  const principals = scanPrincipals(plan, options.roles);
  const findings: Finding[] = [];
  const needsAudit: { observed: Observed; canaries: Canary[] }[] = [];
  let requests = 0;
  let compared = 0;
  let inconclusive = 0;
  let lookupOperations = 0;
  const overLimit = new Set<string>();
  const run = async (principal: Principal, token: string, operation: GeneratedOperation, fed: string[]) => {
    if (operation.name.startsWith('Scan_lookup_')) lookupOperations += 1;
    requests += 1;
    const requestId = `scan-${requests}-${principal.sub}`;
    const { body } = await readOnce(() =>
      graphql(federation.gateway.url, operation.text, { token, headers: { 'x-request-id': requestId } }),
    );
    const observed: Observed = { principal, operation: operation.name, requestId, text: JSON.stringify(body), fed };
    const limit = body.errors
      ?.map((error) => error.extensions?.code)
      .find((code) => typeof code === 'string' && code.endsWith('_LIMIT_EXCEEDED'));
    // Over the cost budget, a generated read is split in two, and on, until each half fits; only a
    // read that cannot be split further (one field) goes unscanned, and is reported.
    if (limit === 'COST_LIMIT_EXCEEDED' && operation.halves) {
      for (const half of operation.halves()) await run(principal, token, half, fed);
      return body;
    }
    if (limit) overLimit.add(`${operation.name}: ${limit}`);
    const { leaks, shown } = judge(observed, options, salt);
    findings.push(...leaks);
    if (shown.length > 0) needsAudit.push({ observed, canaries: shown });
    return body;
  };

  for (const principal of principals) {
    const token = await federation.token(principal);
    // A few at a time: the whole federation shares this process.
    for (let i = 0; i < operations.length; i += 4) {
      await Promise.all(operations.slice(i, i + 4).map((operation) => run(principal, token, operation, [])));
    }
    // Lookups: per place, the canaries (this caller may not find) in one operation and each set of
    // decoys in another; a difference between them, where the decoys agree, is drilled down to the
    // canary that answers differently.
    for (const slot of lookups) {
      const coordinate = `${schema.getQueryType()?.name}.${slot.field.name}`;
      if (plan.queries[coordinate] && !mayRun(plan, principal, coordinate)) continue;
      const probes = slot.probes.filter((probe) => !mayFind(plan, principal, probe.canary));
      if (probes.length === 0) continue;
      const ask = async (subset: readonly Probe[], variant: Variant) =>
        (await run(
          principal,
          token,
          lookupOperation(generation, slot, subset, variant),
          subset.map((p) => p.fed[variant]),
        )) as Body;
      const answers = async (subset: readonly Probe[]) =>
        Promise.all(
          VARIANTS.map(async (variant) => {
            const body = await ask(subset, variant);
            return { text: answerOf(body, subset, variant), whole: body.data != null };
          }),
        );
      const answer = async (subset: readonly Probe[], variant: Variant) =>
        answerOf(await ask(subset, variant), subset, variant);
      // On its own, a probe's canary is compared with one decoy; only where they differ does the
      // second decoy tell an oracle from an answer that depends on any input (a seed, say).
      const judgeOne = async (probe: Probe) => {
        const [canary, decoy1] = await Promise.all([answer([probe], 'canary'), answer([probe], 'decoy1')]);
        if (canary === decoy1) {
          compared += 1;
          return;
        }
        if ((await answer([probe], 'decoy2')) !== decoy1) {
          inconclusive += 1;
          return;
        }
        compared += 1;
        findings.push({
          kind: 'ORACLE',
          principal: describe(principal),
          operation: lookupOperation(generation, slot, [probe], 'canary').name,
          detail: `${probe.canary.label} answers differently from values on file nowhere: ${canary.slice(0, 300)} vs ${decoy1.slice(0, 300)}`,
        });
      };
      const batch = await answers(probes);
      // All fed together, the answers compare alias by alias unless a failing non-null field nulled
      // the whole answer (then only the first failure shows): then each probe is asked on its own.
      if (batch.every((answer) => answer.whole) && batch[1].text === batch[2].text && batch[0].text === batch[1].text) {
        compared += probes.length;
        continue;
      }
      for (let i = 0; i < probes.length; i += 2) await Promise.all(probes.slice(i, i + 2).map(judgeOne));
    }
  }

  // Every response showing a classified value must have its audit event, naming the customer.
  const auditor = await federation.token({ sub: 'scan-auditor', roles: ['auditor'], regions: [] });
  const events = new Map<string, { outcome: string; touched: { id?: string; customerId?: string }[] }[]>();
  let after: string | null = null;
  for (;;) {
    const { body }: { body: any } = await graphql(
      federation.gateway.url,
      'query($after: String) { auditEvents(first: 100, after: $after) { edges { node { requestId outcome touched { id customerId } } } pageInfo { hasNextPage endCursor } } }',
      {
        token: auditor,
        variables: { after },
      },
    );
    for (const { node } of body.data.auditEvents.edges)
      events.set(node.requestId, [...(events.get(node.requestId) ?? []), node]);
    if (!body.data.auditEvents.pageInfo.hasNextPage) break;
    after = body.data.auditEvents.pageInfo.endCursor;
  }
  for (const { observed, canaries } of needsAudit) {
    const recorded = events.get(observed.requestId) ?? [];
    for (const canary of canaries) {
      const named = recorded.some((event) =>
        event.touched.some((record) => record.customerId === canary.customerId || record.id === canary.customerId),
      );
      if (!named) {
        findings.push({
          kind: 'UNAUDITED',
          principal: describe(observed.principal),
          operation: observed.operation,
          detail: `${canary.label} was shown, but ${recorded.length === 0 ? 'no audit event was written' : `no audit event names customer ${canary.customerId}`}`,
        });
      }
    }
  }

  return {
    findings,
    overLimit: [...overLimit],
    operations: operations.length,
    lookupOperations,
    principals: principals.length,
    requests,
    fieldsSelected: fields,
    lookupsCompared: compared,
    lookupsInconclusive: inconclusive,
  };
}

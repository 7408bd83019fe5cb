import {
  getNamedType,
  isInterfaceType,
  isLeafType,
  isObjectType,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import type { Principal } from '../../lib/principal';
import type { PolicyPlan } from '../../policies/compile';
import type { Effective } from '../../policies/decisions';
import { bestCase, mayRun } from '../../policies/decide';
import { collectCoordinates, type TouchedField } from './collectCoordinates';
import { selectedOperation } from './selectedOperation';

/**
 * What the policy makes of an operation before it is planned, when the records are not known yet:
 * the classified fields it touches with the best decision the caller could get for each, the
 * restricted queries it runs, the root fields the caller may not run, and whether nothing it asks
 * for could ever be shown, so that the gateway can refuse it early instead of fanning out to the
 * subgraphs for nothing. A document without the operation asked for reads as a query that touches
 * nothing, and is left to execution to refuse.
 *
 * One walk over the operation (collectCoordinates), one policy decision per classified coordinate
 * and one `mayRun` per root field, however often and wherever they are selected: the gateway's
 * plugins share this one analysis of a request (gateway/plugins/requestAnalysis.ts).
 */

export interface SensitiveTouch {
  coordinate: string;
  classification: string;
  decision: 'ALLOW' | 'MASK' | 'DENY';
  strategy?: string;
}

export interface OperationAnalysis {
  operationType: 'query' | 'mutation' | 'subscription';
  /** Every classified coordinate touched, once, with the best decision the principal could get for it anywhere (records are not known yet). */
  sensitive: SensitiveTouch[];
  /** Restricted queries selected (policy `queries`), e.g. `Query.auditEvents`: whoever runs one is audited. */
  restrictedQueries: string[];
  /** Root fields the principal may not run (policy `mayRun`): mutations, and restricted queries. */
  refusedRoots: string[];
  /** True when nothing requested could ever be shown: every touched leaf field is classified and denied everywhere, or every root field is refused. */
  deniedEntirely: boolean;
  /** Leaf fields requested (excluding __typename), for the reason above. */
  leafCount: number;
}

export interface OperationInput {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName: string | undefined;
  variables: Record<string, unknown>;
  plan: PolicyPlan;
  principal: Principal;
  /**
   * Classified coordinates the answer carries copies of besides the fields it selects, e.g. the
   * amounts of `Customer.invoiceRows` behind an export's governed columns: touched as if selected.
   */
  copies?: readonly string[];
}

/** The best case for each classified coordinate, decided once however often it is asked. */
type BestCases = (coordinate: string) => Effective | undefined;

function bestCases(plan: PolicyPlan, principal: Principal): BestCases {
  const decided = new Map<string, Effective | undefined>();
  return (coordinate) => {
    if (!plan.fields[coordinate]) return undefined;
    if (!decided.has(coordinate)) decided.set(coordinate, bestCase(plan, principal, coordinate));
    return decided.get(coordinate);
  };
}

function sensitiveTouch(plan: PolicyPlan, best: BestCases, coordinate: string): SensitiveTouch[] {
  const field = plan.fields[coordinate];
  const decision = best(coordinate);
  if (!field || !decision) return [];
  const strategy = decision.effect === 'MASK' ? { strategy: decision.strategy } : {};
  return [{ coordinate, classification: field.classification, decision: decision.effect, ...strategy }];
}

function fieldOf(schema: GraphQLSchema, coordinate: string): { onObject: boolean; leaf: boolean } {
  const [typeName, fieldName] = coordinate.split('.');
  const type = schema.getType(typeName);
  const field = isObjectType(type) || isInterfaceType(type) ? type.getFields()[fieldName] : undefined;
  return { onObject: isObjectType(type), leaf: field !== undefined && isLeafType(getNamedType(field.type)) };
}

/** The coordinates read at each response path; several where a field was selected on an interface. */
function byPath(touched: readonly TouchedField[]): Map<string, string[]> {
  const paths = new Map<string, string[]>();
  for (const { coordinate, responsePath } of touched)
    paths.set(responsePath, [...(paths.get(responsePath) ?? []), coordinate]);
  return paths;
}

/** The object types' coordinates among those read at a path (the policy classifies object fields), or all if none is. */
function objectCoordinates(schema: GraphQLSchema, coordinates: readonly string[]): readonly string[] {
  const onObjects = coordinates.filter((coordinate) => fieldOf(schema, coordinate).onObject);
  return onObjects.length > 0 ? onObjects : coordinates;
}

function ancestorsOf(responsePath: string): string[] {
  const keys = responsePath.split('.');
  return keys.slice(1).map((_, index) => keys.slice(0, index + 1).join('.'));
}

/**
 * The response paths that are leaves: scalar or enum values, or classified values taken as a whole
 * (a classified Money is one leaf, its `amount` none), below no path that is classified for every
 * object type it can be.
 */
function leafPaths(schema: GraphQLSchema, plan: PolicyPlan, paths: ReadonlyMap<string, string[]>): string[] {
  const classifiedWhole = (path: string): boolean =>
    paths.has(path) &&
    objectCoordinates(schema, paths.get(path) ?? []).every((coordinate) => plan.fields[coordinate] !== undefined);
  return [...paths.entries()]
    .filter(([, coordinates]) =>
      coordinates.some((coordinate) => plan.fields[coordinate] !== undefined || fieldOf(schema, coordinate).leaf),
    )
    .filter(([path]) => !ancestorsOf(path).some(classifiedWhole))
    .map(([path]) => path);
}

/** The root fields' coordinates, e.g. `Mutation.updateCustomer`, once each whatever their aliases. */
function rootCoordinates(touched: readonly TouchedField[]): string[] {
  return [...new Set(touched.filter((field) => !field.responsePath.includes('.')).map((field) => field.coordinate))];
}

function deniedEverywhere(schema: GraphQLSchema, best: BestCases, coordinates: readonly string[]): boolean {
  return objectCoordinates(schema, coordinates).every((coordinate) => best(coordinate)?.effect === 'DENY');
}

export function analyseOperation(input: OperationInput): OperationAnalysis {
  const { schema, document, operationName, variables, plan, principal } = input;
  const operationType = selectedOperation(document, operationName)?.operation.operation ?? 'query';
  const touched = collectCoordinates(schema, document, operationName, variables);
  const coordinates = [...new Set([...touched.map((field) => field.coordinate), ...(input.copies ?? [])])];
  const best = bestCases(plan, principal);
  const roots = rootCoordinates(touched);
  // Every mutation needs a grant; of the queries, only the restricted ones.
  const refusedRoots = roots.filter(
    (coordinate) =>
      (operationType === 'mutation' || plan.queries[coordinate] !== undefined) && !mayRun(plan, principal, coordinate),
  );
  const paths = byPath(touched);
  const leaves = leafPaths(schema, plan, paths);
  const allLeavesDenied =
    leaves.length > 0 && leaves.every((path) => deniedEverywhere(schema, best, paths.get(path) ?? []));
  const allRootsRefused = roots.length > 0 && refusedRoots.length === roots.length;
  return {
    operationType,
    sensitive: coordinates.flatMap((coordinate) => sensitiveTouch(plan, best, coordinate)),
    restrictedQueries: coordinates.filter((coordinate) => plan.queries[coordinate] !== undefined),
    refusedRoots,
    deniedEntirely: allLeavesDenied || allRootsRefused,
    leafCount: leaves.length,
  };
}

import { isObjectType, type GraphQLSchema } from 'graphql';
import { applyMiddleware, type IMiddlewareFunction, type IMiddlewareTypeMap } from 'graphql-middleware';
import { allow, rule, shield, type IRule } from 'graphql-shield';
import { forbidden } from '../../lib/errors';
import type { FieldPlan, PolicyPlan } from '../../policies/compile';
import { decideField, mayRun } from '../../policies/decide';
import { mask, type MaskingOptions } from '../../policies/masking';
import { regionOfCountry } from '../../lib/regions';
import type { SubgraphContext } from './context';

/**
 * Enforcement in a subgraph, compiled from the policy plan: graphql-shield decides at the root
 * (mutations and restricted queries by role or calling service, every other entry point, entities
 * included, only for principals with a known role or Custos services; federation's schema read
 * always) and on each classified field (by the record's jurisdiction), and a masking middleware
 * replaces what the decision says to mask. Every answer starts at a root field, so a field below one
 * needs no guard of its own unless it is classified; leaving those resolvers unwrapped is what keeps
 * governance cheap on large pages.
 */

/** Federation's schema read, which the gateway may make before any caller exists. */
const SCHEMA_READ = ['Query._service', '_Service.sdl'];

type FieldRule = IRule | typeof allow;

/** Where a record belongs: its own region, or the region of its country. Unknown stays unknown. */
export function jurisdictionOf(record: unknown): string | undefined {
  if (record === null || typeof record !== 'object') return undefined;
  const { region, country } = record as { region?: unknown; country?: unknown };
  if (typeof region === 'string') return region;
  return typeof country === 'string' ? regionOfCountry(country) : undefined;
}

/** A caller with a known role, or a Custos service (which only the services themselves can mint). */
const isKnownPrincipal = rule({ cache: 'contextual' })((_parent, _args, context: SubgraphContext) =>
  context.principal.roles.length > 0 || context.principal.service
    ? true
    : forbidden('No role of this principal grants access to Custos data'),
);

function sensitiveField(field: FieldPlan) {
  const typeName = field.coordinate.split('.')[0];
  return rule(`sensitive:${field.coordinate}`, { cache: 'no_cache' })((parent, _args, context: SubgraphContext) => {
    const decision = decideField(field, context.principal, jurisdictionOf(parent));
    if (decision.effect !== 'DENY') return true;
    context.access.withheld(typeName, parent, {
      coordinate: field.coordinate,
      classification: field.classification,
      decision: 'DENY',
    });
    return forbidden(`Not authorised to read ${field.coordinate}`);
  });
}

function operation(plan: PolicyPlan, coordinate: string) {
  return rule(`operation:${coordinate}`, { cache: 'contextual' })((_parent, _args, context: SubgraphContext) =>
    mayRun(plan, context.principal, coordinate) ? true : forbidden(`Not authorised to run ${coordinate.split('.')[1]}`),
  );
}

/** The shield's rule for each guarded coordinate: the root fields and the classified ones. */
function ruleTree(schema: GraphQLSchema, plan: PolicyPlan): Record<string, Record<string, FieldRule>> {
  const tree: Record<string, Record<string, FieldRule>> = {};
  // Subscriptions too, should a subgraph ever declare them: every way in is guarded.
  const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()];
  const rootNames = roots.flatMap((root) => (root ? [root.name] : []));
  const guard = (coordinate: string, guardedBy: FieldRule) => {
    const [typeName, field] = coordinate.split('.');
    tree[typeName] ??= {};
    tree[typeName][field] = guardedBy;
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.keys(type.getFields())) {
      const coordinate = `${type.name}.${field}`;
      if (SCHEMA_READ.includes(coordinate)) guard(coordinate, allow);
      else if (type.name === 'Mutation' || plan.queries[coordinate]) guard(coordinate, operation(plan, coordinate));
      else if (plan.fields[coordinate]) guard(coordinate, sensitiveField(plan.fields[coordinate]));
      else if (rootNames.includes(type.name)) guard(coordinate, isKnownPrincipal);
    }
  }
  return tree;
}

/**
 * The shield's middleware for the guarded coordinates only. graphql-shield wraps every field of
 * every type (the fallback rule for those without one); below a root field that is an async
 * wrapper per value for nothing, as the root already decided who may enter.
 */
function guardedMiddleware(schema: GraphQLSchema, plan: PolicyPlan): IMiddlewareTypeMap {
  const tree = ruleTree(schema, plan);
  const permissions = shield(tree, {
    fallbackRule: rule({ cache: 'contextual' })(() => forbidden('Not authorised')),
    fallbackError: forbidden('Not authorised'),
    // Resolver errors (BAD_USER_INPUT, NOT_FOUND, ...) reach the client as they are.
    allowExternalErrors: true,
  });
  const generated = permissions.generate(schema) as Record<string, Record<string, IMiddlewareFunction>>;
  return Object.fromEntries(
    Object.entries(tree).map(([typeName, fields]) => [
      typeName,
      Object.fromEntries(Object.keys(fields).map((field) => [field, generated[typeName][field]])),
    ]),
  );
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || (Array.isArray(value) && value.every(isEmpty));
}

/** Masks what the decision says to mask, and reports every classified value shown or withheld for the audit trail. */
function maskingMiddleware(plan: PolicyPlan, options: MaskingOptions) {
  const middleware: Record<string, Record<string, IMiddlewareFunction>> = {};
  for (const field of Object.values(plan.fields)) {
    const [typeName, fieldName] = field.coordinate.split('.');
    middleware[typeName] ??= {};
    middleware[typeName][fieldName] = async (resolve, parent, args, context: SubgraphContext, info) => {
      const value = await resolve(parent, args, context, info);
      const decision = decideField(field, context.principal, jurisdictionOf(parent));
      const one = (item: unknown) =>
        decision.effect === 'MASK' ? mask(decision.strategy, item, field.kind, options) : item;
      const shown = Array.isArray(value) ? value.map(one) : one(value);
      if (!isEmpty(value)) {
        const reported = {
          coordinate: field.coordinate,
          classification: field.classification,
          decision: decision.effect,
          ...(decision.effect === 'MASK' ? { strategy: decision.strategy } : {}),
        };
        if (isEmpty(shown)) context.access.withheld(typeName, parent, reported);
        else context.access.read(typeName, parent, reported);
      }
      return shown;
    };
  }
  return middleware;
}

export function governSchema(schema: GraphQLSchema, plan: PolicyPlan, maskingSalt: string): GraphQLSchema {
  const masking = maskingMiddleware(plan, { salt: maskingSalt, ...plan.masking });
  // Only types of this subgraph get masking middleware; graphql-middleware refuses unknown types.
  const ownMasking = Object.fromEntries(Object.entries(masking).filter(([typeName]) => schema.getType(typeName)));
  return applyMiddleware(schema, guardedMiddleware(schema, plan), ownMasking);
}

import { isObjectType, type GraphQLSchema } from 'graphql';
import { applyMiddleware, type IMiddlewareFunction } from 'graphql-middleware';
import { allow, rule, shield, type IRules } from 'graphql-shield';
import { forbidden } from '../../lib/errors';
import type { FieldPlan, PolicyPlan } from '../../policies/compile';
import { decideField, mayRun } from '../../policies/decide';
import { mask, type MaskingOptions } from '../../policies/masking';
import { regionOfCountry } from '../../lib/regions';
import type { SubgraphContext } from './context';

/**
 * Enforcement in a subgraph, compiled from the policy plan: graphql-shield decides field by field
 * (classified fields by the record's jurisdiction, mutations by role or calling service, all else
 * only for principals with a known role or Custos services; federation plumbing always), and a masking middleware
 * replaces what the decision says to mask. Anything not named is denied.
 */

const PLUMBING: Record<string, readonly string[]> = { Query: ['_service', '_entities'], _Service: ['sdl'] };

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

function ruleTree(schema: GraphQLSchema, plan: PolicyPlan): IRules {
  const tree: Record<string, Record<string, unknown>> = {};
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.keys(type.getFields())) {
      const coordinate = `${type.name}.${field}`;
      tree[type.name] ??= {};
      tree[type.name][field] = PLUMBING[type.name]?.includes(field)
        ? allow
        : type.name === 'Mutation' || plan.queries[coordinate]
          ? operation(plan, coordinate)
          : plan.fields[coordinate]
            ? sensitiveField(plan.fields[coordinate])
            : isKnownPrincipal;
    }
  }
  return tree as IRules;
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
  const permissions = shield(ruleTree(schema, plan), {
    fallbackRule: rule({ cache: 'contextual' })(() => forbidden('Not authorised')),
    fallbackError: forbidden('Not authorised'),
    // Resolver errors (BAD_USER_INPUT, NOT_FOUND, ...) reach the client as they are.
    allowExternalErrors: true,
  });
  const masking = maskingMiddleware(plan, { salt: maskingSalt, ...plan.masking });
  // Only types of this subgraph get masking middleware; graphql-middleware refuses unknown types.
  const ownMasking = Object.fromEntries(Object.entries(masking).filter(([typeName]) => schema.getType(typeName)));
  return applyMiddleware(schema, permissions, ownMasking);
}

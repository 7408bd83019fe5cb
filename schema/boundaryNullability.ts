import {
  buildSchema,
  getNamedType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLOutputType,
} from 'graphql';

/**
 * A field whose value comes from another subgraph than its parent's must be nullable, or one
 * subgraph's outage nulls the parent too and, up a chain of non-null fields, the whole answer: with
 * `Customer.contracts: [Contract!]!`, a stopped contract service blanks every customer's name.
 *
 * Two kinds of field cross a boundary:
 * - a field another subgraph adds to an entity (`Customer.contracts`, from contract, on a customer
 *   the customer subgraph serves);
 * - a reference to an entity whose own fields another subgraph serves (`Contract.customer`, whose
 *   name comes from the customer subgraph).
 * Root fields are entry points, not crossings: each is answered by one subgraph as a whole.
 */

interface BoundaryField {
  coordinate: string;
  /** What would go missing, in words, for the message. */
  reason: string;
}

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

/** Every non-null field in a composed supergraph that crosses a subgraph boundary. */
export function nonNullBoundaryFields(supergraphSdl: string): BoundaryField[] {
  const schema = buildSchema(supergraphSdl, { assumeValidSDL: true });
  const objectTypes = Object.values(schema.getTypeMap()).filter(
    (type): type is GraphQLObjectType =>
      isObjectType(type) && !type.name.startsWith('__') && !ROOT_TYPES.has(type.name),
  );
  const home = new Map(
    objectTypes.filter((type) => graphsOfType(type).length > 1).map((type) => [type.name, homeGraph(type)]),
  );
  const found: BoundaryField[] = [];

  for (const type of objectTypes) {
    const typeHome = home.get(type.name);
    for (const field of Object.values(type.getFields())) {
      const graphs = graphsOfField(type, field);
      if (typeHome && !graphs.includes(typeHome) && isNonNullType(field.type)) {
        found.push({
          coordinate: `${type.name}.${field.name}`,
          reason: `served by ${graphs.join(', ')} on a ${type.name} that ${typeHome} serves`,
        });
      }
    }
  }

  for (const type of [...objectTypes, ...rootTypes(schema)]) {
    for (const field of Object.values(type.getFields())) {
      const target = getNamedType(field.type);
      if (!isObjectType(target) || !home.has(target.name) || !everyLevelNonNull(field.type)) continue;
      for (const graph of graphsOfField(type, field)) {
        // In the entity's own subgraph, what others add to it is the first rule's business.
        if (graph === home.get(target.name)) continue;
        const elsewhere = Object.values(target.getFields()).filter(
          (targetField) => isNonNullType(targetField.type) && !graphsOfField(target, targetField).includes(graph),
        );
        if (elsewhere.length > 0) {
          found.push({
            coordinate: `${type.name}.${field.name}`,
            reason: `a ${target.name} from ${graph} whose ${elsewhere.map((f) => f.name).join(', ')} another subgraph serves`,
          });
          break;
        }
      }
    }
  }
  return found;
}

function rootTypes(schema: ReturnType<typeof buildSchema>): GraphQLObjectType[] {
  return [schema.getQueryType(), schema.getMutationType()].filter((type): type is GraphQLObjectType => Boolean(type));
}

function graphArgument(directive: {
  arguments?: readonly { name: { value: string }; value: unknown }[];
}): string | undefined {
  const graph = directive.arguments?.find((argument) => argument.name.value === 'graph')?.value as
    { value?: string } | undefined;
  return graph?.value;
}

function graphsOfType(type: GraphQLObjectType): string[] {
  return (type.astNode?.directives ?? [])
    .filter((directive) => directive.name.value === 'join__type')
    .map(graphArgument)
    .filter((graph): graph is string => Boolean(graph));
}

/** The subgraphs that resolve a field: its own `@join__field`s (external ones excluded), else its type's. */
function graphsOfField(type: GraphQLObjectType, field: GraphQLField<unknown, unknown>): string[] {
  const joins = (field.astNode?.directives ?? []).filter((directive) => directive.name.value === 'join__field');
  if (joins.length === 0) return graphsOfType(type);
  return joins
    .filter(
      (join) =>
        !join.arguments?.some(
          (argument) => argument.name.value === 'external' && (argument.value as { value?: unknown }).value === true,
        ),
    )
    .map(graphArgument)
    .filter((graph): graph is string => Boolean(graph));
}

/** The subgraph that serves most of an entity's fields: the one that owns it. */
function homeGraph(type: GraphQLObjectType): string {
  const served = new Map<string, number>();
  for (const field of Object.values(type.getFields())) {
    for (const graph of graphsOfField(type, field)) served.set(graph, (served.get(graph) ?? 0) + 1);
  }
  return [...served.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
}

/** `Customer!`, `[Customer!]!`: no level where a missing value can stop. */
function everyLevelNonNull(type: GraphQLOutputType): boolean {
  if (!isNonNullType(type)) return false;
  return isListType(type.ofType) ? everyLevelNonNull(type.ofType.ofType) : true;
}

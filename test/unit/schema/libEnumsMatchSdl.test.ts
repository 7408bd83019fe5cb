import { Kind, type EnumTypeDefinitionNode } from 'graphql';
import { AUDIT_EVENT_KINDS, AUDIT_OUTCOMES } from '../../../lib/auditEvent';
import type { SubgraphName } from '../../../lib/config';
import { REGIONS } from '../../../lib/regions';
import { SOURCE_SYSTEMS } from '../../../lib/sourceSystems';
import { INVALID_REASON_CODES } from '../../../lib/taxids/validate';
import { readSubgraphSdl } from '../../../schema/subgraphSdl';

/**
 * lib/ sits below the subgraphs and cannot import their generated enums, so the lists it keeps at run
 * time are checked here against each SDL that declares the same enum: a value added on one side only
 * fails this test.
 */

function sdlEnum(subgraph: SubgraphName, name: string): string[] {
  const definition = readSubgraphSdl(subgraph).definitions.find(
    (node): node is EnumTypeDefinitionNode => node.kind === Kind.ENUM_TYPE_DEFINITION && node.name.value === name,
  );
  if (!definition) throw new Error(`${subgraph} declares no enum ${name}`);
  return (definition.values ?? []).map((value) => value.name.value);
}

it.each([
  ['customer', 'Region', REGIONS],
  ['quality', 'Region', REGIONS],
  ['customer', 'SourceSystem', SOURCE_SYSTEMS],
  ['audit', 'AuditEventKind', AUDIT_EVENT_KINDS],
  ['audit', 'AuditOutcome', AUDIT_OUTCOMES],
  ['quality', 'ValidationReasonCode', INVALID_REASON_CODES],
] as const)('%s SDL enum %s has exactly the values lib/ lists', (subgraph, name, values) => {
  expect(sdlEnum(subgraph, name).sort()).toEqual([...values].sort());
});

import { Kind, type DocumentNode } from 'graphql';
import { SUBGRAPH_NAMES } from '../../../lib/config';
import type { AttributeShape } from '../../../policies/compile';
import { planFor } from '../../../policies/plans';
import { readSubgraphSdl } from '../../../schema/subgraphSdl';

/**
 * Every field of every Custos subgraph, and the classification its `@sensitive` label gives it: a
 * dispute about any of them keeps the disputed value with the attribute's class, read here from
 * the SDL that also governs the field itself, never from the opener.
 */

export type KnownAttribute = { coordinate: string; classified: AttributeShape | null };

function fieldsOf(document: DocumentNode): string[] {
  return document.definitions.flatMap((definition) =>
    definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.OBJECT_TYPE_EXTENSION
      ? (definition.fields ?? []).map((field) => `${definition.name.value}.${field.name.value}`)
      : [],
  );
}

let catalogue: ReadonlyMap<string, AttributeShape | null> | undefined;

function build(): ReadonlyMap<string, AttributeShape | null> {
  const known = new Map<string, AttributeShape | null>();
  for (const name of SUBGRAPH_NAMES) {
    const document = readSubgraphSdl(name);
    const { fields } = planFor(document);
    for (const coordinate of fieldsOf(document)) {
      const field = fields[coordinate];
      const shape = field && { coordinate, classification: field.classification, kind: field.kind, mask: field.mask };
      if (shape || !known.has(coordinate)) known.set(coordinate, shape ?? null);
    }
  }
  return known;
}

/** The attribute a coordinate shows, classified or not; undefined when no subgraph has such a field. */
export function knownAttribute(coordinate: string): KnownAttribute | undefined {
  catalogue ??= build();
  if (!catalogue.has(coordinate)) return undefined;
  return { coordinate, classified: catalogue.get(coordinate) ?? null };
}

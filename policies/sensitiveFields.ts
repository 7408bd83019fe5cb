import { Kind, type DocumentNode, type TypeNode, type ConstDirectiveNode } from 'graphql';
import { FIELD_KINDS, type FieldKind } from './masking/types';

/**
 * Reads the `@sensitive(class, mask)` labels off a schema document (a subgraph's SDL or the
 * composed supergraph): which field coordinates are classified, and what kind of value they hold.
 */

export interface SensitiveField {
  /** `Type.field`, e.g. `Customer.creditLimit`. */
  coordinate: string;
  typeName: string;
  fieldName: string;
  /** As written in the SDL; the compiler checks it against the known classifications. */
  classification: string;
  /** The field's own mask, as written; the compiler checks it. */
  mask?: string;
  /** The value kind, or the unsupported type's name (the compiler reports it). */
  kind: FieldKind | { unsupported: string };
  list: boolean;
  nonNull: boolean;
}

function unwrap(type: TypeNode): { name: string; list: boolean; nonNull: boolean } {
  const nonNull = type.kind === Kind.NON_NULL_TYPE;
  const inner = type.kind === Kind.NON_NULL_TYPE ? type.type : type;
  if (inner.kind === Kind.LIST_TYPE) return { name: unwrap(inner.type).name, list: true, nonNull };
  return { name: inner.kind === Kind.NAMED_TYPE ? inner.name.value : '', list: false, nonNull };
}

function stringArgument(directive: ConstDirectiveNode, name: string): string | undefined {
  const argument = directive.arguments?.find((a) => a.name.value === name);
  return argument?.value.kind === Kind.STRING ? argument.value.value : undefined;
}

export function sensitiveFieldsOf(document: DocumentNode): SensitiveField[] {
  const fields: SensitiveField[] = [];
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    for (const field of definition.fields ?? []) {
      const directive = field.directives?.find((d) => d.name.value === 'sensitive');
      if (!directive) continue;
      const { name, list, nonNull } = unwrap(field.type);
      fields.push({
        coordinate: `${definition.name.value}.${field.name.value}`,
        typeName: definition.name.value,
        fieldName: field.name.value,
        classification: stringArgument(directive, 'class') ?? '',
        ...(stringArgument(directive, 'mask') ? { mask: stringArgument(directive, 'mask') } : {}),
        kind: (FIELD_KINDS as readonly string[]).includes(name) ? (name as FieldKind) : { unsupported: name },
        list,
        nonNull,
      });
    }
  }
  return fields.sort((a, b) => a.coordinate.localeCompare(b.coordinate));
}

import type { SourceSystem } from '../../../lib/sourceSystems';
import type { PolicyPlan } from '../../../policies/compile';
import { unknownAttribute } from '../../../policies/copies';
import type { KeyClassifier } from '../../kit/copies';
import { customerAttribute } from '../attributes';
import { PARENT_REFERENCE, SOURCE_MAPPINGS } from './mappings';

/**
 * Which customer attribute each key of a source's stored payload holds, read off the source's
 * mapping (and what it says the source carries besides), so the payload is governed key by key as
 * those attributes are. Dotted mapping paths (`address.city`) classify nested keys.
 */

function attributesByPath(sourceSystem: SourceSystem): Map<string, string> {
  const mapping = SOURCE_MAPPINGS[sourceSystem];
  const byPath = new Map<string, string>();
  for (const [attribute, path] of Object.entries(mapping.fields)) byPath.set(path, attribute);
  for (const [path, attribute] of Object.entries(mapping.carries ?? {})) byPath.set(path, attribute);
  const parent = PARENT_REFERENCE[sourceSystem];
  if (parent) byPath.set(parent, 'parent');
  return byPath;
}

export function payloadAttributes(plan: PolicyPlan, sourceSystem: SourceSystem): KeyClassifier {
  const byPath = attributesByPath(sourceSystem);
  const under =
    (prefix: string): KeyClassifier =>
    (key, value) => {
      const path = `${prefix}${key}`;
      const attribute = byPath.get(path);
      if (attribute) return customerAttribute(plan, attribute, value);
      if ([...byPath.keys()].some((known) => known.startsWith(`${path}.`))) return under(`${path}.`);
      return unknownAttribute(path);
    };
  return under('');
}

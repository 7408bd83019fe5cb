import type { SourceSystem } from '../../../lib/sourceSystems';
import { PARENT_REFERENCE, SOURCE_MAPPINGS } from './mappings';
import { valueAt } from './valueAt';

/**
 * The keys of a source record that its mapping does not read, said out loud instead of dropped: a key
 * that belongs elsewhere (an address part sent at the top level, `zip` for `postalCode`) rejects the
 * record with where to send it; any other unknown key is kept in the stored payload (governed as the
 * strictest class) and reported as not read.
 */

const ADDRESS_FIELDS = ['line1', 'line2', 'city', 'region', 'postalCode', 'country'] as const;

/** Names sources use for an address part, and the part Custos reads. */
const ADDRESS_SYNONYMS: Readonly<Record<string, (typeof ADDRESS_FIELDS)[number]>> = {
  street: 'line1',
  streetAddress: 'line1',
  address1: 'line1',
  address2: 'line2',
  town: 'city',
  state: 'region',
  province: 'region',
  zip: 'postalCode',
  zipCode: 'postalCode',
  postcode: 'postalCode',
  postal_code: 'postalCode',
};

export interface KeyFindings {
  problems: string[];
  warnings: string[];
}

function topLevelKeys(sourceSystem: SourceSystem): Set<string> {
  const mapping = SOURCE_MAPPINGS[sourceSystem];
  const paths = [...Object.values(mapping.fields), ...Object.keys(mapping.carries ?? {})];
  const parent = PARENT_REFERENCE[sourceSystem];
  return new Set([...paths, ...(parent ? [parent] : [])].map((path) => path.split('.')[0]));
}

export function checkPayloadKeys(sourceSystem: SourceSystem, raw: Record<string, unknown>): KeyFindings {
  const findings: KeyFindings = { problems: [], warnings: [] };
  const mapping = SOURCE_MAPPINGS[sourceSystem];
  const known = topLevelKeys(sourceSystem);
  const addressPath = mapping.fields.billingAddress;
  for (const key of Object.keys(raw)) {
    if (known.has(key)) continue;
    const part = (ADDRESS_FIELDS as readonly string[]).includes(key) ? key : ADDRESS_SYNONYMS[key];
    if (part && addressPath) {
      findings.problems.push(`"${key}" belongs in the address: send it as ${addressPath}.${part}`);
    } else {
      findings.warnings.push(`"${key}" is not read by the ${mapping.version} mapping; it stays in the source record`);
    }
  }
  const address = addressPath ? valueAt(raw, addressPath) : undefined;
  if (address !== undefined && address !== null) {
    if (typeof address !== 'object' || Array.isArray(address)) {
      findings.problems.push(`${addressPath} must be an object: { line1, city, postalCode, country, ... }`);
    } else {
      for (const key of Object.keys(address)) {
        if ((ADDRESS_FIELDS as readonly string[]).includes(key)) continue;
        const part = ADDRESS_SYNONYMS[key];
        findings.problems.push(
          part
            ? `${addressPath}.${key} is not read: send it as ${addressPath}.${part}`
            : `${addressPath}.${key} is not an address part (${ADDRESS_FIELDS.join(', ')})`,
        );
      }
    }
  }
  return findings;
}

/** Configurations as signed-off artefacts: one canonical text and its digest per configuration. */
import { createHash } from 'node:crypto';
import { canonicalJson } from '../../../../lib/canonicalJson';
import type { MatchConfiguration } from './types';

/** Canonical JSON (sorted keys): equal configurations give equal text, whatever the key order. */
export function canonicalConfiguration(config: MatchConfiguration): string {
  return canonicalJson(config);
}

/** SHA-256 (hex) of the canonical JSON: what a reviewer signs off and a match decision cites. */
export function configurationDigest(config: MatchConfiguration): string {
  return createHash('sha256').update(canonicalConfiguration(config)).digest('hex');
}

import { bucket } from './bucket';
import { dateYear } from './dateYear';
import { defaultValue } from './defaultValue';
import { email } from './email';
import { firstFour } from './firstFour';
import { hash } from './hash';
import { lastFour } from './lastFour';
import type { Mask } from './mask';
import { nullify } from './nullify';
import { round } from './round';

/**
 * Every masking strategy a policy can name, as graphql-js lists its validation rules: adding a
 * strategy is one module exporting a Mask and one line here.
 */
export const MASKS = Object.freeze([
  nullify,
  defaultValue,
  hash,
  lastFour,
  firstFour,
  email,
  dateYear,
  round,
  bucket,
] as const);

export type MaskingStrategy = (typeof MASKS)[number]['strategy'];

export const MASKING_STRATEGIES: readonly MaskingStrategy[] = Object.freeze(MASKS.map((entry) => entry.strategy));

export const MASKING: Readonly<Record<MaskingStrategy, Mask<MaskingStrategy>>> = Object.freeze(
  Object.fromEntries(MASKS.map((entry) => [entry.strategy, entry])) as Record<MaskingStrategy, Mask<MaskingStrategy>>,
);

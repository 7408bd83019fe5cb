import type { MinorMoney } from '../../lib/money';
import { defineMask } from './mask';
import { moneyValue, toMoney } from './moneyValue';
import { FIELD_KINDS, type FieldKind } from './types';

type ScalarDefault = string | number | boolean;

const DEFAULTS: Readonly<Record<Exclude<FieldKind, 'Money'>, ScalarDefault>> = Object.freeze({
  String: '',
  ID: '',
  Int: 0,
  Float: 0,
  Boolean: false,
  Date: '1970-01-01',
  DateTime: '1970-01-01T00:00:00.000Z',
});

/**
 * DEFAULT: the type's zero value. Named defaultValue because `default` is reserved. Money keeps its
 * currency so a non-null Money field stays well-formed.
 */
export const defaultValue = defineMask({
  strategy: 'DEFAULT',
  kinds: FIELD_KINDS,
  rank: 2,
  description: "Replaces the value with its type's default: empty, 0, false, 1970-01-01, or zero in its currency",
  apply(value, kind): ScalarDefault | MinorMoney | null {
    if (value == null) return null;
    if (kind === 'Money') return toMoney(0n, moneyValue(value, 'DEFAULT').currency);
    return DEFAULTS[kind];
  },
});

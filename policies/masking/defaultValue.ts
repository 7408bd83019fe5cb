import type { Money } from '../../lib/money';
import { moneyValue, toMoney } from './moneyValue';
import { assertSupported } from './supportedKinds';
import type { FieldKind } from './types';

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
export function defaultValue(value: unknown, kind: FieldKind): ScalarDefault | Money | null {
  assertSupported('DEFAULT', kind);
  if (value == null) return null;
  if (kind === 'Money') return toMoney(0n, moneyValue(value, 'DEFAULT').currency);
  return DEFAULTS[kind];
}

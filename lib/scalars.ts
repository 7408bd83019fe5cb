import { GraphQLScalarType, valueFromASTUntyped } from 'graphql';
import { isIsoDate, isIsoInstant } from './calendar';
import { requiredDate, requiredInstant } from './dateInput';
import { canonicalDecimal, decimalFraction } from './decimal';
import { requiredDecimal } from './decimalInput';

/**
 * The custom scalars of the Custos schemas. Date is a calendar day (2026-11-28), DateTime an
 * instant in ISO 8601, shown in UTC (2026-11-28T10:15:00.000Z), Decimal an exact decimal number
 * written as a string ("37.5"; clients may send integers and short decimals as numbers). Resolvers return a day as its ISO
 * string and an instant as a Date, or as the ISO text it was recorded as (the audit trail hashes
 * that very text); arguments arrive read: a day as its checked string, an instant as a Date.
 *
 * Bad input is BAD_USER_INPUT. The gateway reads every such argument with the same functions
 * before it plans (gateway/input/scalarArguments.ts), naming the argument; a subgraph meets bad
 * input only from a direct caller. The descriptions live in the SDL: these objects leave them
 * unset so the served schema keeps the SDL's.
 */

/** How each scalar reads a value sent as input, naming the argument or input field it came as. */
export const SCALAR_INPUT: Readonly<
  Record<'Date' | 'DateTime' | 'Decimal', (value: unknown, field: string) => unknown>
> = {
  Date: requiredDate,
  DateTime: requiredInstant,
  Decimal: requiredDecimal,
};

/** What a scalar calls a bad value when it cannot know the argument it came as. */
const UNNAMED = 'value';

/** A value a resolver returned that is not of the scalar's kind is a bug, reported as an internal error. */
function cannotRepresent(scalar: string, value: unknown): never {
  throw new TypeError(`${scalar} cannot represent ${JSON.stringify(value) ?? String(value)}`);
}

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  serialize: (value) => (typeof value === 'string' && isIsoDate(value) ? value : cannotRepresent('Date', value)),
  parseValue: (value) => requiredDate(value, UNNAMED),
  parseLiteral: (node) => requiredDate(valueFromASTUntyped(node), UNNAMED),
});

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  serialize: (value) => {
    if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
    if (typeof value === 'string' && isIsoInstant(value) && value.endsWith('Z')) return value;
    return cannotRepresent('DateTime', value);
  },
  parseValue: (value) => requiredInstant(value, UNNAMED),
  parseLiteral: (node) => requiredInstant(valueFromASTUntyped(node), UNNAMED),
});

export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  serialize: (value) => {
    const fraction = decimalFraction(value);
    return fraction ? canonicalDecimal(fraction) : cannotRepresent('Decimal', value);
  },
  parseValue: (value) => requiredDecimal(value, UNNAMED),
  parseLiteral: (node) => requiredDecimal(valueFromASTUntyped(node), UNNAMED),
});

/** Every custom scalar; a schema gets those it declares. */
export const CUSTOM_SCALARS: readonly GraphQLScalarType[] = [DateScalar, DateTimeScalar, DecimalScalar];

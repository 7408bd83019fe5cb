import { canonicalDecimal, decimalFraction, decimalProblem } from './decimal';
import { badUserInput } from './errors';

/** A decimal sent as input, as the Decimal scalar reads it (lib/scalars.ts): its canonical string, else BAD_USER_INPUT naming the field. */
export function requiredDecimal(value: unknown, field: string): string {
  const problem = decimalProblem(value);
  if (problem) throw badUserInput(`${field} ${problem}, got ${JSON.stringify(value) ?? String(value)}`, field);
  return canonicalDecimal(decimalFraction(value) as NonNullable<ReturnType<typeof decimalFraction>>);
}

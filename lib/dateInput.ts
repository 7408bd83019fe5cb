import { isIsoDate, isIsoInstant } from './calendar';
import { badUserInput } from './errors';

/**
 * Days and instants sent as input, as the Date and DateTime scalars read them (lib/scalars.ts):
 * anything else is a BAD_USER_INPUT naming where it was sent.
 */

/** A real calendar day of a business year, YYYY-MM-DD. */
export function requiredDate(value: unknown, field: string): string {
  if (typeof value !== 'string' || !isIsoDate(value))
    throw badUserInput(`${field} must be a date like 2026-11-28, got ${JSON.stringify(value)}`, field);
  return value;
}

/** An instant in ISO 8601 with its zone (e.g. 2026-11-28T09:00:00Z, or +01:00). */
export function requiredInstant(value: unknown, field: string): Date {
  if (typeof value !== 'string' || !isIsoInstant(value))
    throw badUserInput(
      `${field} must be an ISO 8601 instant like 2026-11-28T09:00:00Z, got ${JSON.stringify(value)}`,
      field,
    );
  return new Date(value);
}

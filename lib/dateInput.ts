import { isIsoDate } from './calendar';
import { badUserInput } from './errors';

/** A date argument: absent stays null; present must be a real calendar day, else BAD_USER_INPUT naming the field. */
export function optionalDate(value: string | null | undefined, field: string): string | null {
  if (value == null) return null;
  if (!isIsoDate(value)) throw badUserInput(`${field} must be a date like 2026-11-28, got "${value}"`, field);
  return value;
}

export function requiredDate(value: string, field: string): string {
  return optionalDate(value, field) as string;
}

/** An instant argument (ISO 8601, e.g. 2026-11-28T09:00:00Z), else BAD_USER_INPUT naming the field. */
export function requiredInstant(value: string, field: string): Date {
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime()))
    throw badUserInput(`${field} must be an ISO 8601 instant like 2026-11-28T09:00:00Z, got "${value}"`, field);
  return instant;
}

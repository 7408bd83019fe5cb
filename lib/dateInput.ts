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

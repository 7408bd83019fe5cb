import { badUserInput } from './errors';

/** Free text a caller must give (a reason, a note, a name): trimmed, 1 to `max` characters, else BAD_USER_INPUT naming the field. */
export function requiredText(value: string | null | undefined, field: string, max: number): string {
  const trimmed = (value ?? '').trim();
  if (trimmed === '' || trimmed.length > max) throw badUserInput(`${field} must be 1 to ${max} characters`, field);
  return trimmed;
}

/** Why a change was made, as the audit trail keeps it: the same rule for every mutation that asks. */
export function requiredReason(value: string | null | undefined): string {
  return requiredText(value, 'reason', 500);
}

/** Like requiredText, but absent or blank is allowed and gives null. */
export function optionalText(value: string | null | undefined, field: string, max: number): string | null {
  return value == null || value.trim() === '' ? null : requiredText(value, field, max);
}

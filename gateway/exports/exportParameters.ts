import { addMonths, isIsoMonth, monthOf } from '../../lib/calendar';
import { badUserInput } from '../../lib/errors';

/**
 * Reading an export's query parameters. Every parameter is named by the export; one it does not
 * name, or one given twice, is refused rather than ignored, so a typo never widens an export.
 */

const MAX_PARAMETER_LENGTH = 100;

/** The parameters given, each once, each one the export names. */
export function readParameters(query: URLSearchParams, allowed: readonly string[]): Map<string, string> {
  const given = new Map<string, string>();
  for (const [name, value] of query) {
    if (!allowed.includes(name))
      throw badUserInput(
        `unknown parameter "${name.slice(0, 40)}"; this export takes ${allowed.join(', ') || 'none'}`,
        name.slice(0, 40),
      );
    if (given.has(name)) throw badUserInput(`parameter "${name}" is given twice`, name);
    if (value.length > MAX_PARAMETER_LENGTH)
      throw badUserInput(`parameter "${name}" is longer than ${MAX_PARAMETER_LENGTH} characters`, name);
    given.set(name, value);
  }
  return given;
}

/** A YYYY-MM month, or `fallback` when absent. */
export function monthParameter(given: Map<string, string>, name: string, fallback: string): string {
  const value = given.get(name) ?? fallback;
  if (!isIsoMonth(value)) throw badUserInput(`${name} must be a month like 2026-11, got "${value}"`, name);
  return value;
}

/** The month before `today`'s: the last one whose figures are closed. */
export function lastClosedMonth(today: string): string {
  return monthOf(addMonths(today, -1));
}

/** The customer filter (CustomerFilter in the graph) from the parameters of the same names; the graph checks their values. */
export const CUSTOMER_FILTER_PARAMETERS = ['country', 'region', 'segment', 'status'] as const;

export function customerFilter(given: Map<string, string>): Record<string, string> {
  return Object.fromEntries(
    CUSTOMER_FILTER_PARAMETERS.flatMap((name) => (given.has(name) ? [[name, given.get(name) as string]] : [])),
  );
}

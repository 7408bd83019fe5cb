import { foldName } from './normalise';
import { toLatin } from './transliterate';

/**
 * Name search that works in every script, the same on SQLite and PostgreSQL: the databases' own
 * lower() and LIKE fold ASCII only (SQLite) or nothing (PostgreSQL), so a customer keeps its names
 * folded here, in one text column, and a search folds its needle the same way and looks for it there.
 *
 * Each name is kept as written folded (case, accents, width, punctuation: "ÉCOLE" → "ecole"), romanised
 * and folded ("Газпром" → "gazprom", "トヨタ自動車" → "toyota jidosha"), and with German umlauts and ß
 * spelled out ("Müller" → "mueller"), so any of these spellings finds it.
 */

/** Between the variants: no folded needle holds a line break, so no match spans two of them. */
const SEPARATOR = '\n';

const SPELLED_OUT: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue' };

function variants(name: string): string[] {
  return [
    foldName(name),
    foldName(toLatin(name)),
    foldName(name.replace(/[äöüÄÖÜ]/g, (letter) => SPELLED_OUT[letter])),
  ].filter((variant) => variant !== '');
}

/** The text a customer's names are searched in. */
export function nameSearchText(names: readonly (string | null | undefined)[]): string {
  const all = names.flatMap((name) => (name ? variants(name) : []));
  return [...new Set(all)].join(SEPARATOR);
}

/** The folded forms of a search term, any of which may occur in a name search text; empty when nothing searchable is left. */
export function nameSearchNeedles(term: string): string[] {
  return [...new Set(variants(term))];
}

/**
 * Company names inside the engine: the `companyName` comparison and the `nameTokens` /
 * `namePhonetic` blocking transforms. A field value may hold several names of one party, one a
 * line (a legal name and its name in its own script). Normalising a name is the costly part, and
 * the same names arrive from many sources, so each distinct line is normalised once (bounded
 * cache), for its comparison and its keys alike.
 */
import { nameAlternatives, normaliseName, type NormalisedName } from '../names';
import { soundex } from './similarity';
import { boundedCache as remembered, type BoundedCache } from '../../../../lib/boundedCache';

/** Between the names a value holds. */
export const NAME_SEPARATOR = '\n';

/** Enough for a million records' names: a cache smaller than one pass over the records is emptied on every pass. */
const CACHE_LIMIT = 2_000_000;

/** The caches of normalised names, the large objects; the words of each name are kept apart. */
const normalisedCaches: BoundedCache<unknown>[] = [];

function normalisedCache<T>(compute: (value: string) => T): BoundedCache<T> {
  const cache = remembered(compute, CACHE_LIMIT);
  normalisedCaches.push(cache);
  return cache;
}

/**
 * Empties the caches of normalised names: a bulk load, once resolved, has better use for their
 * memory. The words of each name stay: writing a customer computes its keys again from them.
 */
export function forgetCompanyNames(): void {
  for (const cache of normalisedCaches) cache.clear();
}

const normalisedLine = normalisedCache(normaliseName);

const namesOfValue = normalisedCache((value: string): readonly NormalisedName[] =>
  value
    .split(NAME_SEPARATOR)
    .filter((line) => line.trim() !== '')
    .flatMap((line) => nameAlternatives(line, normalisedLine)),
);

/** The normalised names a value holds; undefined when it holds none. */
export function companyNames(value: string | undefined): readonly NormalisedName[] | undefined {
  if (value === undefined) return undefined;
  const names = namesOfValue(value);
  return names.length > 0 ? names : undefined;
}

/** Words too short to tell companies apart are not keys. */
const MIN_TOKEN_LENGTH = 2;
/**
 * A name's words run together are a key for the whole name: a long name made only of common words
 * ("Cetin Kimya Sanayi ve Ticaret", where every word and every two words are shared by too many
 * parties to block) still meets its own spelling elsewhere. Longer keys only cost memory.
 */
const MAX_JOINED = 64;

interface NameWords {
  words: string[];
  /** The words run together, where there are several: the whole name, or a split romanisation against a joined spelling. */
  joined?: string;
}

const wordsOfLine = remembered((line: string): NameWords => {
  const words = new Set<string>();
  const name = normalisedLine(line);
  for (const token of name.latinTokens) if (token.length >= MIN_TOKEN_LENGTH) words.add(token);
  // A name that is all legal form or stop words ("The Company Ltd") still needs a key.
  if (name.latinTokens.length === 0)
    for (const token of name.fullLatinTokens) if (token.length >= MIN_TOKEN_LENGTH) words.add(token);
  const joined = name.latinTokens.length > 1 ? name.latinTokens.join('') : undefined;
  return { words: [...words], ...(joined && joined.length <= MAX_JOINED && { joined }) };
}, CACHE_LIMIT);

function perName(value: string | undefined, keys: (name: NameWords) => string[]): string[] {
  if (value === undefined) return [];
  const all = value
    .split(NAME_SEPARATOR)
    .filter((line) => line.trim() !== '')
    .flatMap((line) => keys(wordsOfLine(line)));
  return [...new Set(all)];
}

const withJoined = ({ words, joined }: NameWords) => (joined ? [...words, joined] : words);

/**
 * The romanised, folded words of every name in the value, legal forms left out, and each name's
 * words run together ("المراعي" romanises as "al mrai": "almrai" meets "Almarai").
 */
export function nameTokens(value: string | undefined): string[] {
  return perName(value, withJoined);
}

function soundsOf(tokens: readonly string[]): string[] {
  const codes = new Set<string>();
  for (const token of tokens) {
    const code = soundex(token);
    if (code !== '') codes.add(code);
  }
  return [...codes];
}

/** A phonetic code per word of the value's names, and of its words run together (words without letters give none). */
export function namePhoneticKeys(value: string | undefined): string[] {
  return perName(value, (name) => soundsOf(withJoined(name)));
}

/** Pairs are taken among a name's first words: enough to tell it apart, and never many keys. */
const PAIRED_WORDS = 5;

/** Every two words of a name, in alphabetical order; a one-word name gives its word. */
function pairsOf(words: readonly string[]): string[] {
  const first = [...new Set(words)].slice(0, PAIRED_WORDS).sort();
  if (first.length < 2) return first;
  const pairs: string[] = [];
  for (let i = 0; i < first.length; i++)
    for (let j = i + 1; j < first.length; j++) pairs.push(`${first[i]} ${first[j]}`);
  return pairs;
}

/** Every two words of each name (romanised, folded, legal forms left out): rarer than single words, so blocks stay small. */
export function nameWordPairs(value: string | undefined): string[] {
  return perName(value, (name) => pairsOf(name.words));
}

/** Every two words' phonetic codes of each name: a typo or a transliteration variant in one word keeps the pair. */
export function nameSoundPairs(value: string | undefined): string[] {
  return perName(value, (name) => pairsOf(soundsOf(name.words)));
}

/**
 * How systems without Unicode support write a name in ASCII. Two conventions meet in real data:
 * the letters stripped of their marks ("Müller" → "Muller", "Łódź" → "Lodz") and, in German and
 * the Nordic languages, the letters spelled out the way typewriters did ("Müller" → "Mueller",
 * "Bjørnstad" → "Bjoernstad", "Ålesund" → "Aalesund").
 */

/** Letters that lose no mark under NFD but still have an ASCII spelling. */
const UNMARKED_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  ł: 'l',
  Ł: 'L',
  ø: 'o',
  Ø: 'O',
  æ: 'ae',
  Æ: 'AE',
  ı: 'i',
  đ: 'd',
  Đ: 'D',
};

const SPELLED_OUT: Readonly<Record<string, string>> = {
  ä: 'ae',
  Ä: 'Ae',
  ö: 'oe',
  Ö: 'Oe',
  ü: 'ue',
  Ü: 'Ue',
  ø: 'oe',
  Ø: 'Oe',
  å: 'aa',
  Å: 'Aa',
};

/** Keeps only ASCII letters: marks dropped ("é" → "e"), "ß" → "ss", "ł" → "l", "ø" → "o", "ı" → "i". */
export function asciiFold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[ßłŁøØæÆıđĐ]/g, (letter) => UNMARKED_LETTERS[letter]);
}

/** Spells umlauts and the Nordic letters out ("ü" → "ue", "ø" → "oe", "å" → "aa"), then folds the rest. */
export function asciiSpelledOut(text: string): string {
  // An upper-case word keeps its spelled-out letters upper case ("MÜLLER" → "MUELLER").
  return asciiFold(
    text.replace(/\p{L}+/gu, (word) =>
      word.replace(/[äÄöÖüÜøØåÅ]/g, (letter) => {
        const spelled = SPELLED_OUT[letter];
        return word.length > 1 && word === word.toUpperCase() ? spelled.toUpperCase() : spelled;
      }),
    ),
  );
}

import type { Rng } from '../rng';
import {
  CN_PLACES,
  CN_TRADE_FIRST,
  CN_TRADE_SECOND,
  IN_INITIALS,
  JP_FORMS,
  LATIN,
  RU_WORDS,
  SA_FAMILIES,
  type Pair,
} from './companyNames';
import { LATIN_EXTRA, UA_WORDS } from './extraCountryNames';
import type { CompanyName, CountryCode, ExtraCountryCode } from './types';

/**
 * How a register tells a new company from an older one of the same name: one more word, the way
 * real registered names grow ("Nord A/S", "Nord Kolding A/S"; "Κρητική Τεχνική Α.Ε.", "Κρητική
 * Τεχνική Παπαδόπουλος Α.Ε."). The word goes into the name in its own script and, in its Latin
 * form, into the Latin names, so the two still correspond.
 */

type NamedCountry = CountryCode | ExtraCountryCode;
type LatinNamedCountry = keyof typeof LATIN | keyof typeof LATIN_EXTRA;

/** The Latin trading name with `word` after it, and the Latin legal name with its form where it was. */
function latinWithWord(company: CompanyName, word: string, before = false): Pick<CompanyName, 'name' | 'legalName'> {
  const at = company.legalName.indexOf(company.name);
  const name = before ? `${word} ${company.name}` : `${company.name} ${word}`;
  return { name, legalName: company.legalName.slice(0, at) + name + company.legalName.slice(at + company.name.length) };
}

/** The word put into the native name at `at` (after the text there, or before it when `before`) and into the Latin names. */
function withNativeWordAt(
  company: CompanyName,
  [native, latin]: Pair,
  at: number,
  separator: string,
  before = false,
): CompanyName {
  const nativeName = company.nativeName as string;
  const inserted = before ? native + separator : separator + native;
  return {
    ...company,
    ...latinWithWord(company, latin, before),
    nativeName: nativeName.slice(0, at) + inserted + nativeName.slice(at),
  };
}

// Family names and places in the genitive, as Greek registered names carry them (ELOT 743 Latin forms).
const GR_WORDS: readonly Pair[] = [
  ['Παπαδόπουλος', 'Papadopoulos'],
  ['Παπαδάκης', 'Papadakis'],
  ['Βασιλείου', 'Vasileiou'],
  ['Αντωνίου', 'Antoniou'],
  ['Κωνσταντίνου', 'Konstantinou'],
  ['Ιωάννου', 'Ioannou'],
  ['Μακρής', 'Makris'],
  ['Αθανασίου', 'Athanasiou'],
  ['Πετρόπουλος', 'Petropoulos'],
  ['Χριστοδούλου', 'Christodoulou'],
  ['Λαμπράκης', 'Lamprakis'],
  ['Ζαχαρίου', 'Zachariou'],
  ['Αθηνών', 'Athinon'],
  ['Θεσσαλονίκης', 'Thessalonikis'],
  ['Πατρών', 'Patron'],
  ['Ηρακλείου', 'Irakleiou'],
  ['Λάρισας', 'Larisas'],
  ['Βόλου', 'Volou'],
  ['Ιωαννίνων', 'Ioanninon'],
  ['Χανίων', 'Chanion'],
  ['Καβάλας', 'Kavalas'],
  ['Κοζάνης', 'Kozanis'],
];
const RU_CITIES: readonly Pair[] = [
  ['Москва', 'Moskva'],
  ['Казань', 'Kazan'],
  ['Самара', 'Samara'],
  ['Пермь', 'Perm'],
  ['Тула', 'Tula'],
  ['Омск', 'Omsk'],
  ['Томск', 'Tomsk'],
  ['Курск', 'Kursk'],
  ['Тверь', 'Tver'],
  ['Уфа', 'Ufa'],
  ['Иркутск', 'Irkutsk'],
  ['Воронеж', 'Voronezh'],
  ['Саратов', 'Saratov'],
  ['Ростов', 'Rostov'],
];
const UA_CITIES: readonly Pair[] = [
  ['Одеса', 'Odesa'],
  ['Полтава', 'Poltava'],
  ['Черкаси', 'Cherkasy'],
  ['Житомир', 'Zhytomyr'],
  ['Суми', 'Sumy'],
  ['Луцьк', 'Lutsk'],
  ['Ужгород', 'Uzhhorod'],
  ['Тернопіль', 'Ternopil'],
  ['Чернігів', 'Chernihiv'],
  ['Херсон', 'Kherson'],
  ['Кривбас', 'Kryvbas'],
  ['Донбас', 'Donbas'],
];
// Regional companies of a group put the region after the name: "さくら物流九州", "Sakura Butsuryu Kyushu".
const JP_REGIONS: readonly Pair[] = [
  ['東日本', 'Higashi Nihon'],
  ['西日本', 'Nishi Nihon'],
  ['東北', 'Tohoku'],
  ['関東', 'Kanto'],
  ['中部', 'Chubu'],
  ['関西', 'Kansai'],
  ['九州', 'Kyushu'],
  ['北海道', 'Hokkaido'],
  ['四国', 'Shikoku'],
  ['北陸', 'Hokuriku'],
  ['東海', 'Tokai'],
  ['沖縄', 'Okinawa'],
  ['信越', 'Shinetsu'],
  ['浜松', 'Hamamatsu'],
  ['熊本', 'Kumamoto'],
  ['金沢', 'Kanazawa'],
  ['長野', 'Nagano'],
  ['岐阜', 'Gifu'],
  ['栃木', 'Tochigi'],
  ['群馬', 'Gunma'],
];

function freshPick(words: readonly Pair[], company: CompanyName, rng: Rng): Pair {
  const fresh = words.filter(([, latin]) => !company.name.includes(latin));
  return rng.pick(fresh.length > 0 ? fresh : words);
}

/** Greek, Russian, Ukrainian: the word ends the name, before the legal form or the closing «». */
function beforeFormOrQuote(words: readonly Pair[]) {
  return (company: CompanyName, rng: Rng): CompanyName => {
    const nativeName = company.nativeName as string;
    const at = nativeName.endsWith('»') ? nativeName.length - 1 : nativeName.lastIndexOf(' ');
    return withNativeWordAt(company, freshPick(words, company, rng), at, ' ');
  };
}

const JP_FORM_NAMES = new Set(JP_FORMS.map(([native]) => native));

/** Japan: the region after the name, before 株式会社 when the form follows the name. */
function japanese(company: CompanyName, rng: Rng): CompanyName {
  const nativeName = company.nativeName as string;
  const formLength = [...JP_FORM_NAMES].find((form) => nativeName.endsWith(form))?.length ?? 0;
  return withNativeWordAt(company, freshPick(JP_REGIONS, company, rng), nativeName.length - formLength, '');
}

/**
 * China: a trade name of three characters instead of two ("华达丰", "Huadafeng"), as the registrar
 * requires a trade name no other company of the city and trade holds. The new character follows
 * the first, which is always one of CN_TRADE_FIRST.
 */
function chinese(company: CompanyName, rng: Rng): CompanyName {
  const nativeName = company.nativeName as string;
  const place = CN_PLACES.find(([native]) => nativeName.startsWith(native)) as Pair;
  const words = company.name.split(' ');
  const tradeAt = place[1].split(' ').length;
  const trade = words[tradeAt];
  const first = CN_TRADE_FIRST.find(([, syllable]) => trade.startsWith(syllable)) as Pair;
  const rest = trade.slice(first[1].length);
  const [native, syllable] = rng.pick(CN_TRADE_SECOND.filter(([, candidate]) => !rest.startsWith(candidate)));
  words[tradeAt] = first[1] + syllable + rest;
  const name = words.join(' ');
  const at = place[0].length + 1;
  return {
    ...company,
    name,
    legalName: company.legalName.replace(company.name, name),
    nativeName: nativeName.slice(0, at) + native + nativeName.slice(at),
  };
}

/** Saudi Arabia: the founding family before the name ("شركة العتيبي النخيل للتجارة"). */
function saudi(company: CompanyName, rng: Rng): CompanyName {
  return withNativeWordAt(company, freshPick(SA_FAMILIES, company, rng), 'شركة '.length, ' ', true);
}

/** India: a founder's initials before the name ("RK Sharma Steel", "आरके शर्मा स्टील"). */
function indian(company: CompanyName, rng: Rng): CompanyName {
  const [first, second] = [rng.pick(IN_INITIALS), rng.pick(IN_INITIALS)];
  return withNativeWordAt(company, [first[0] + second[0], first[1] + second[1]], 0, ' ', true);
}

/** Latin-script countries: a place, a family name or a second trade word before the legal form. */
function latin(country: LatinNamedCountry) {
  const naming =
    country in LATIN ? LATIN[country as keyof typeof LATIN] : LATIN_EXTRA[country as keyof typeof LATIN_EXTRA];
  const words = [...naming.places, ...naming.families, ...naming.industries];
  return (company: CompanyName, rng: Rng): CompanyName => {
    const fresh = words.filter((word) => !company.name.includes(word));
    return { ...company, ...latinWithWord(company, rng.pick(fresh.length > 0 ? fresh : words)) };
  };
}

const DISTINGUISH: Record<NamedCountry, (company: CompanyName, rng: Rng) => CompanyName> = {
  DE: latin('DE'),
  FR: latin('FR'),
  IT: latin('IT'),
  ES: latin('ES'),
  NL: latin('NL'),
  PL: latin('PL'),
  US: latin('US'),
  BR: latin('BR'),
  AU: latin('AU'),
  TR: latin('TR'),
  SE: latin('SE'),
  DK: latin('DK'),
  NO: latin('NO'),
  FI: latin('FI'),
  GR: beforeFormOrQuote(GR_WORDS),
  RU: beforeFormOrQuote([...RU_CITIES, ...RU_WORDS]),
  UA: beforeFormOrQuote([...UA_CITIES, ...UA_WORDS]),
  JP: japanese,
  CN: chinese,
  SA: saudi,
  IN: indian,
};

/** The company's name with one more distinguishing word, in its script and its Latin forms alike. */
export function distinguishedName(country: NamedCountry, company: CompanyName, rng: Rng): CompanyName {
  return DISTINGUISH[country](company, rng);
}

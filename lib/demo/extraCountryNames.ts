import type { Rng } from '../rng';
import { joinPairs, latinCompany, type LatinNaming, type Pair } from './companyNames';
import type { CompanyName, ExtraCountryCode } from './types';

/**
 * Company names for the countries only the generated source records cover: Greek and Ukrainian
 * names in their own script with the Latin form their registrars give (ELOT 743 for Greek, the
 * Ukrainian national system: г h, и y, і i, ї yi), and Turkish and Nordic names whose letters
 * (ı, ş, ğ, ø, å, ä) legacy systems spell in ASCII. Built like companyNames.ts.
 */

const GR_HEADS: readonly Pair[] = [
  ['Ελληνική', 'Elliniki'],
  ['Αθηναϊκή', 'Athinaiki'],
  ['Μακεδονική', 'Makedoniki'],
  ['Κρητική', 'Kritiki'],
  ['Θεσσαλική', 'Thessaliki'],
  ['Ηπειρωτική', 'Ipeirotiki'],
  ['Πειραϊκή', 'Peiraiki'],
  ['Παπαδόπουλος', 'Papadopoulos'],
  ['Γεωργίου', 'Georgiou'],
  ['Νικολάου', 'Nikolaou'],
  ['Οικονόμου', 'Oikonomou'],
  ['Μπαλτάς', 'Baltas'],
  ['Καραγιάννης', 'Karagiannis'],
  ['Δημητρίου', 'Dimitriou'],
  ['Αλεξίου', 'Alexiou'],
];
const GR_INDUSTRIES: readonly Pair[] = [
  ['Τεχνική', 'Techniki'],
  ['Κατασκευαστική', 'Kataskevastiki'],
  ['Εμπορική', 'Emporiki'],
  ['Ναυτιλιακή', 'Naftiliaki'],
  ['Βιομηχανική', 'Viomichaniki'],
  ['Φαρμακευτική', 'Farmakeftiki'],
  ['Μεταφορική', 'Metaforiki'],
  ['Ενεργειακή', 'Energeiaki'],
  ['Πληροφορική', 'Pliroforiki'],
  ['Τροφίμων', 'Trofimon'],
];
// Repeats weight the forms: the société anonyme (Α.Ε.) is the usual form of a larger company.
const GR_FORMS: readonly Pair[] = [
  ['Α.Ε.', 'A.E.'],
  ['Α.Ε.', 'A.E.'],
  ['Α.Ε.', 'A.E.'],
  ['Ε.Π.Ε.', 'E.P.E.'],
];

function greekCompany(rng: Rng): CompanyName {
  const [core, name] = joinPairs([rng.pick(GR_HEADS), rng.pick(GR_INDUSTRIES)], ' ');
  const [formNative, formLatin] = rng.pick(GR_FORMS);
  return { name, legalName: `${name} ${formLatin}`, nativeName: `${core} ${formNative}`, nativeScript: 'Grek' };
}

// Ukraine: like Russian names (a contracted brand, an optional second word, in «» after ТОВ), with
// heads that hold a Ukrainian letter (і, ї, є), so the name reads as Ukrainian and г is h.
const UA_BRAND_HEADS: readonly Pair[] = [
  ['Дніпро', 'Dnipro'],
  ['Київ', 'Kyiv'],
  ['Львів', 'Lviv'],
  ['Харків', 'Kharkiv'],
  ['Поділ', 'Podil'],
  ['Південь', 'Pivden'],
  ['Схід', 'Skhid'],
  ['Захід', 'Zakhid'],
  ['Північ', 'Pivnich'],
  ['Світло', 'Svitlo'],
  ['Січ', 'Sich'],
  ['Рівне', 'Rivne'],
];
const UA_BRAND_TAILS: readonly Pair[] = [
  ['сталь', 'stal'],
  ['буд', 'bud'],
  ['маш', 'mash'],
  ['агро', 'ahro'],
  ['енерго', 'enerho'],
  ['пром', 'prom'],
  ['транс', 'trans'],
  ['хім', 'khim'],
  ['метал', 'metal'],
  ['торг', 'torh'],
  ['авто', 'avto'],
];
export const UA_WORDS: readonly Pair[] = [
  ['Інвест', 'Invest'],
  ['Груп', 'Hrup'],
  ['Сервіс', 'Servis'],
  ['Логістика', 'Lohistyka'],
  ['Холдинг', 'Kholdynh'],
  ['Партнер', 'Partner'],
  ['Ресурс', 'Resurs'],
  ['Комплект', 'Komplekt'],
  ['Проект', 'Proekt'],
  ['Трейд', 'Treid'],
];

function ukrainianCompany(rng: Rng): CompanyName {
  const [headNative, headLatin] = rng.pick(UA_BRAND_HEADS);
  const [tailNative, tailLatin] = rng.pick(UA_BRAND_TAILS);
  const words: Pair[] = [[headNative + tailNative, headLatin + tailLatin]];
  if (rng.chance(0.7)) words.push(rng.pick(UA_WORDS));
  const [core, name] = joinPairs(words, ' ');
  return { name, legalName: `TOV ${name}`, nativeName: `ТОВ «${core}»`, nativeScript: 'Cyrl' };
}

export const LATIN_EXTRA: Record<Exclude<ExtraCountryCode, 'GR' | 'UA'>, LatinNaming> = {
  TR: {
    families: [
      'Yılmaz',
      'Kaya',
      'Demir',
      'Şahin',
      'Çelik',
      'Yıldız',
      'Yıldırım',
      'Öztürk',
      'Aydın',
      'Özdemir',
      'Arslan',
      'Doğan',
      'Kılıç',
      'Çetin',
      'Koç',
      'Özkan',
      'Şimşek',
      'Güneş',
    ],
    places: ['İstanbul', 'Ankara', 'İzmir', 'Bursa', 'Konya', 'Kocaeli', 'Gaziantep', 'Kayseri', 'Eskişehir'],
    industries: [
      'İnşaat',
      'Tekstil',
      'Gıda',
      'Makina',
      'Otomotiv',
      'Lojistik',
      'Kimya',
      'Enerji',
      'Elektrik',
      'Mobilya',
      'Ambalaj',
      'Plastik',
      'Döküm',
      'Tarım',
    ],
    brandHeads: ['Ege', 'Akdeniz', 'Karadeniz', 'Anadolu', 'Marmara', 'Toros', 'Ak', 'Öz'],
    brandTails: ['', 'san', 'taş', 'kent', 'çelik', 'soy'],
    templates: ['{F} {I} Sanayi ve Ticaret', '{F} {I}', '{B} {I}', '{P} {I} Sanayi', '{F} Kardeşler {I}'],
    legalForms: ['A.Ş.', 'A.Ş.', 'Ltd. Şti.', 'Ltd. Şti.', 'Ltd. Şti.'],
  },
  SE: {
    families: [
      'Andersson',
      'Johansson',
      'Karlsson',
      'Nilsson',
      'Eriksson',
      'Larsson',
      'Olsson',
      'Persson',
      'Lindström',
      'Åberg',
      'Sjöberg',
      'Lundqvist',
      'Björk',
      'Ström',
      'Wikström',
      'Öberg',
    ],
    places: ['Göteborg', 'Malmö', 'Västerås', 'Örebro', 'Linköping', 'Norrköping', 'Jönköping', 'Umeå', 'Luleå'],
    industries: [
      'Bygg',
      'Transport',
      'Maskin',
      'Teknik',
      'Plåt',
      'Verkstad',
      'Trä',
      'Logistik',
      'Elektronik',
      'Måleri',
    ],
    brandHeads: ['Nord', 'Väst', 'Syd', 'Skan', 'Fjäll', 'Älv'],
    brandTails: ['', 'tek', 'bygg', 'stål', 'data', 'kraft'],
    templates: ['{F}s {I}', '{P} {I}', '{F} & {F}', '{B}', '{B} {I}', '{F} {I}'],
    legalForms: ['AB'],
  },
  DK: {
    families: [
      'Jensen',
      'Nielsen',
      'Hansen',
      'Pedersen',
      'Andersen',
      'Christensen',
      'Sørensen',
      'Rasmussen',
      'Jørgensen',
      'Møller',
      'Kjær',
      'Søndergaard',
      'Østergaard',
      'Bækgaard',
    ],
    places: ['København', 'Aarhus', 'Odense', 'Aalborg', 'Esbjerg', 'Kolding', 'Næstved', 'Køge', 'Helsingør'],
    industries: [
      'Byg',
      'Transport',
      'Maskinfabrik',
      'Entreprise',
      'Smedie',
      'Logistik',
      'Elektro',
      'Tømrer',
      'Rådgivning',
    ],
    brandHeads: ['Nord', 'Øst', 'Vest', 'Syd', 'Fjord', 'Skov'],
    brandTails: ['', 'tek', 'byg', 'stål', 'data', 'plast'],
    templates: ['{F} {I}', '{F} & {F}', '{P} {I}', '{B}', '{B} {I}'],
    legalForms: ['A/S', 'A/S', 'ApS', 'ApS', 'ApS'],
  },
  NO: {
    families: [
      'Hansen',
      'Johansen',
      'Olsen',
      'Larsen',
      'Nilsen',
      'Kristiansen',
      'Bjørnstad',
      'Løvås',
      'Sæther',
      'Strøm',
      'Haugen',
      'Solberg',
      'Ødegård',
      'Dæhli',
    ],
    places: ['Bergen', 'Trondheim', 'Stavanger', 'Tromsø', 'Drammen', 'Kristiansand', 'Bodø', 'Ålesund', 'Hønefoss'],
    industries: ['Bygg', 'Transport', 'Shipping', 'Maskin', 'Elektro', 'Eiendom', 'Entreprenør', 'Offshore', 'Sjømat'],
    brandHeads: ['Nord', 'Fjord', 'Vest', 'Øst', 'Polar', 'Fjell'],
    brandTails: ['', 'tek', 'bygg', 'stål', 'kraft', 'marin'],
    templates: ['{F} {I}', '{F} & {F}', '{P} {I}', '{B}', '{B} {I}'],
    legalForms: ['AS', 'AS', 'AS', 'AS', 'ASA'],
  },
  FI: {
    families: [
      'Korhonen',
      'Virtanen',
      'Mäkinen',
      'Nieminen',
      'Mäkelä',
      'Hämäläinen',
      'Laine',
      'Heikkinen',
      'Koskinen',
      'Järvinen',
      'Lehtonen',
      'Saarinen',
      'Salminen',
      'Heinonen',
    ],
    places: ['Helsingin', 'Espoon', 'Tampereen', 'Oulun', 'Turun', 'Jyväskylän', 'Lahden', 'Kuopion', 'Hämeenlinnan'],
    industries: ['Rakennus', 'Kuljetus', 'Kone', 'Metalli', 'Sähkö', 'Logistiikka', 'Teknologia', 'Puu', 'Kiinteistöt'],
    brandHeads: ['Pohjois', 'Itä', 'Länsi', 'Etelä', 'Järvi', 'Sata'],
    brandTails: ['', 'tek', 'metalli', 'rakenne', 'sähkö', 'data'],
    templates: ['{F} {I}', '{P} {I}', '{B}', '{B} {I}', '{F} & {F}'],
    legalForms: ['Oy', 'Oy', 'Oy', 'Oy', 'Oyj'],
  },
};

export function generateExtraCompanyName(country: ExtraCountryCode, rng: Rng): CompanyName {
  if (country === 'GR') return greekCompany(rng);
  if (country === 'UA') return ukrainianCompany(rng);
  return latinCompany(LATIN_EXTRA[country], rng);
}

import type { Address } from '../address';
import type { Rng } from '../rng';
import { addressOf, type Addressing } from './addresses';
import type { ExtraCountryCode } from './types';

/**
 * Business addresses for the countries only the generated source records cover, in the form their
 * source systems hold them: Latin letters (Greek and Ukrainian streets transliterated), the local
 * street order and the national postal-code format. Built like addresses.ts.
 */

const EXTRA_ADDRESSING: Record<ExtraCountryCode, Addressing> = {
  GR: {
    cities: [
      { city: 'Athina', postalPrefix: '10' },
      { city: 'Athina', postalPrefix: '11' },
      { city: 'Thessaloniki', postalPrefix: '54' },
      { city: 'Patra', postalPrefix: '26' },
      { city: 'Irakleio', postalPrefix: '71' },
      { city: 'Larisa', postalPrefix: '41' },
      { city: 'Volos', postalPrefix: '38' },
      { city: 'Ioannina', postalPrefix: '45' },
      { city: 'Peiraias', postalPrefix: '18' },
    ],
    streets: ['Leoforos Kifisias', 'Ermou', 'Leoforos Syngrou', 'Panepistimiou', 'Tsimiski', 'Egnatias', 'Stadiou'],
    line1: ['{street} {n}'],
    houseNumbers: [1, 250],
    line2: ['{m}os orofos'],
    line2Chance: 0.2,
    postalFormat: '### ##',
  },
  UA: {
    cities: [
      { city: 'Kyiv', postalPrefix: '01' },
      { city: 'Kyiv', postalPrefix: '04' },
      { city: 'Kharkiv', postalPrefix: '61' },
      { city: 'Lviv', postalPrefix: '79' },
      { city: 'Odesa', postalPrefix: '65' },
      { city: 'Dnipro', postalPrefix: '49' },
      { city: 'Zaporizhzhia', postalPrefix: '69' },
      { city: 'Vinnytsia', postalPrefix: '21' },
      { city: 'Poltava', postalPrefix: '36' },
    ],
    streets: ['vul. Khreshchatyk', 'vul. Shevchenka', 'prosp. Peremohy', 'vul. Franka', 'vul. Sadova', 'vul. Soborna'],
    line1: ['{street}, {n}', '{street}, {n}, of. {m}'],
    houseNumbers: [1, 120],
    line2: ['poverkh {m}'],
    line2Chance: 0.1,
    postalFormat: '#####',
  },
  TR: {
    cities: [
      { city: 'İstanbul', postalPrefix: '34' },
      { city: 'Ankara', postalPrefix: '06' },
      { city: 'İzmir', postalPrefix: '35' },
      { city: 'Bursa', postalPrefix: '16' },
      { city: 'Konya', postalPrefix: '42' },
      { city: 'Kocaeli', postalPrefix: '41' },
      { city: 'Gaziantep', postalPrefix: '27' },
      { city: 'Kayseri', postalPrefix: '38' },
      { city: 'Eskişehir', postalPrefix: '26' },
    ],
    streets: [
      'Atatürk Caddesi',
      'Cumhuriyet Caddesi',
      'İstiklal Caddesi',
      'Gazi Bulvarı',
      'Fatih Sokak',
      'Sanayi Caddesi',
    ],
    line1: ['{street} No: {n}', '{street} No: {n}/{m}'],
    houseNumbers: [1, 300],
    line2: ['Organize Sanayi Bölgesi', 'Kat {m}'],
    line2Chance: 0.3,
    postalFormat: '#####',
  },
  SE: {
    cities: [
      { city: 'Stockholm', postalPrefix: '11' },
      { city: 'Göteborg', postalPrefix: '41' },
      { city: 'Malmö', postalPrefix: '21' },
      { city: 'Uppsala', postalPrefix: '75' },
      { city: 'Västerås', postalPrefix: '72' },
      { city: 'Örebro', postalPrefix: '70' },
      { city: 'Linköping', postalPrefix: '58' },
      { city: 'Jönköping', postalPrefix: '55' },
      { city: 'Umeå', postalPrefix: '90' },
    ],
    streets: ['Storgatan', 'Drottninggatan', 'Kungsgatan', 'Industrivägen', 'Sveavägen', 'Hamngatan', 'Fabriksgatan'],
    line1: ['{street} {n}'],
    houseNumbers: [1, 90],
    line2: ['Box {m}'],
    line2Chance: 0.1,
    postalFormat: '### ##',
  },
  DK: {
    cities: [
      { city: 'København K', postalPrefix: '1' },
      { city: 'København V', postalPrefix: '16' },
      { city: 'Aarhus C', postalPrefix: '80' },
      { city: 'Odense C', postalPrefix: '50' },
      { city: 'Aalborg', postalPrefix: '90' },
      { city: 'Esbjerg', postalPrefix: '67' },
      { city: 'Kolding', postalPrefix: '60' },
      { city: 'Køge', postalPrefix: '46' },
      { city: 'Næstved', postalPrefix: '47' },
    ],
    streets: ['Vesterbrogade', 'Nørregade', 'Østergade', 'Industrivej', 'Havnegade', 'Søndergade', 'Åboulevarden'],
    line1: ['{street} {n}'],
    houseNumbers: [1, 150],
    line2: ['{m}. sal'],
    line2Chance: 0.2,
    postalFormat: '####',
  },
  NO: {
    cities: [
      { city: 'Oslo', postalPrefix: '01' },
      { city: 'Bergen', postalPrefix: '50' },
      { city: 'Trondheim', postalPrefix: '70' },
      { city: 'Stavanger', postalPrefix: '40' },
      { city: 'Tromsø', postalPrefix: '90' },
      { city: 'Drammen', postalPrefix: '30' },
      { city: 'Kristiansand', postalPrefix: '46' },
      { city: 'Ålesund', postalPrefix: '60' },
      { city: 'Bodø', postalPrefix: '80' },
    ],
    streets: ['Karl Johans gate', 'Storgata', 'Industriveien', 'Strandgata', 'Kongens gate', 'Øvre Slottsgate'],
    line1: ['{street} {n}'],
    houseNumbers: [1, 120],
    line2: ['Postboks {m}'],
    line2Chance: 0.1,
    postalFormat: '####',
  },
  FI: {
    cities: [
      { city: 'Helsinki', postalPrefix: '00' },
      { city: 'Espoo', postalPrefix: '02' },
      { city: 'Tampere', postalPrefix: '33' },
      { city: 'Vantaa', postalPrefix: '01' },
      { city: 'Oulu', postalPrefix: '90' },
      { city: 'Turku', postalPrefix: '20' },
      { city: 'Jyväskylä', postalPrefix: '40' },
      { city: 'Lahti', postalPrefix: '15' },
      { city: 'Hämeenlinna', postalPrefix: '13' },
    ],
    streets: ['Mannerheimintie', 'Hämeenkatu', 'Teollisuuskatu', 'Aleksanterinkatu', 'Satamakatu', 'Yliopistonkatu'],
    line1: ['{street} {n}'],
    houseNumbers: [1, 90],
    line2: ['{m}. krs'],
    line2Chance: 0.1,
    postalFormat: '#####',
  },
};

export function generateExtraAddress(country: ExtraCountryCode, rng: Rng): Address {
  return addressOf(EXTRA_ADDRESSING[country], country, rng);
}

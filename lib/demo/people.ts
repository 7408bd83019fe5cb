import type { Rng } from '../rng';
import type { CountryCode } from './types';

/** Contact persons at customer companies: Latin-script names, a work e-mail and a phone number. */

export interface Person {
  name: string;
  email: string;
  phone: string;
  jobTitle: string;
}

const NAMES: Record<CountryCode, { given: readonly string[]; family: readonly string[]; dial: string }> = {
  DE: {
    given: ['Anna', 'Lukas', 'Julia', 'Jonas', 'Sabine', 'Thomas', 'Katrin', 'Stefan'],
    family: ['Müller', 'Schmidt', 'Weber', 'Wagner', 'Becker', 'Hoffmann', 'Schäfer', 'Koch'],
    dial: '+49',
  },
  FR: {
    given: ['Camille', 'Louis', 'Chloé', 'Hugo', 'Élodie', 'Nicolas', 'Manon', 'Julien'],
    family: ['Martin', 'Bernard', 'Dubois', 'Moreau', 'Laurent', 'Lefèvre', 'Girard', 'Roux'],
    dial: '+33',
  },
  IT: {
    given: ['Giulia', 'Marco', 'Chiara', 'Luca', 'Francesca', 'Andrea', 'Sara', 'Matteo'],
    family: ['Rossi', 'Russo', 'Ferrari', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Greco'],
    dial: '+39',
  },
  ES: {
    given: ['Lucía', 'Javier', 'María', 'Carlos', 'Carmen', 'Pablo', 'Elena', 'Sergio'],
    family: ['García', 'Fernández', 'González', 'Rodríguez', 'López', 'Martínez', 'Sánchez', 'Pérez'],
    dial: '+34',
  },
  NL: {
    given: ['Emma', 'Daan', 'Sanne', 'Bram', 'Lotte', 'Thijs', 'Eva', 'Joris'],
    family: ['de Jong', 'Jansen', 'de Vries', 'van Dijk', 'Bakker', 'Visser', 'Smit', 'Meijer'],
    dial: '+31',
  },
  PL: {
    given: ['Anna', 'Piotr', 'Katarzyna', 'Tomasz', 'Magdalena', 'Paweł', 'Agnieszka', 'Michał'],
    family: ['Nowak', 'Kowalski', 'Wiśniewski', 'Wójcik', 'Kamiński', 'Lewandowski', 'Zieliński', 'Szymański'],
    dial: '+48',
  },
  US: {
    given: ['Emily', 'Michael', 'Sarah', 'David', 'Jessica', 'James', 'Ashley', 'Robert'],
    family: ['Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Miller', 'Davis', 'Wilson'],
    dial: '+1',
  },
  BR: {
    given: ['Ana', 'João', 'Mariana', 'Pedro', 'Juliana', 'Lucas', 'Fernanda', 'Rafael'],
    family: ['Silva', 'Santos', 'Oliveira', 'Souza', 'Pereira', 'Costa', 'Rodrigues', 'Almeida'],
    dial: '+55',
  },
  IN: {
    given: ['Priya', 'Rahul', 'Ananya', 'Arjun', 'Sneha', 'Vikram', 'Divya', 'Rohan'],
    family: ['Sharma', 'Patel', 'Gupta', 'Singh', 'Kumar', 'Reddy', 'Iyer', 'Nair'],
    dial: '+91',
  },
  JP: {
    given: ['Yuki', 'Haruto', 'Aoi', 'Sota', 'Sakura', 'Ren', 'Hina', 'Daiki'],
    family: ['Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Ito', 'Yamamoto', 'Nakamura'],
    dial: '+81',
  },
  CN: {
    given: ['Wei', 'Fang', 'Jing', 'Lei', 'Min', 'Hao', 'Xin', 'Yang'],
    family: ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Huang', 'Zhao', 'Zhou'],
    dial: '+86',
  },
  RU: {
    given: ['Anna', 'Dmitry', 'Elena', 'Sergey', 'Olga', 'Alexey', 'Natalia', 'Ivan'],
    family: ['Ivanov', 'Smirnov', 'Kuznetsov', 'Popov', 'Sokolov', 'Lebedev', 'Kozlov', 'Novikov'],
    dial: '+7',
  },
  SA: {
    given: ['Fatimah', 'Mohammed', 'Noura', 'Abdullah', 'Sara', 'Khalid', 'Reem', 'Faisal'],
    family: ['Al-Saud', 'Al-Qahtani', 'Al-Ghamdi', 'Al-Otaibi', 'Al-Harbi', 'Al-Zahrani', 'Al-Shehri', 'Al-Dossary'],
    dial: '+966',
  },
  AU: {
    given: ['Olivia', 'Jack', 'Charlotte', 'William', 'Mia', 'Thomas', 'Amelia', 'Noah'],
    family: ['Smith', 'Jones', 'Williams', 'Brown', 'Wilson', 'Taylor', 'Nguyen', 'Anderson'],
    dial: '+61',
  },
};

const JOB_TITLES = [
  'Accounts Payable Manager',
  'Chief Financial Officer',
  'Procurement Lead',
  'Controller',
  'Head of IT',
  'Office Manager',
];

/** ASCII for the e-mail local part: accents dropped, spaces and apostrophes removed. */
function emailPart(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z-]/g, '')
    .toLowerCase();
}

export function generatePerson(country: CountryCode, companyDomain: string, rng: Rng): Person {
  const { given, family, dial } = NAMES[country];
  const first = rng.pick(given);
  const last = rng.pick(family);
  const digits = Array.from({ length: 9 }, () => String(rng.int(0, 9))).join('');
  return {
    name: `${first} ${last}`,
    email: `${emailPart(first)}.${emailPart(last)}@${companyDomain}`,
    phone: `${dial} ${digits.slice(0, 3)} ${digits.slice(3)}`,
    jobTitle: rng.pick(JOB_TITLES),
  };
}

/** A plausible web domain for a company: its Latin name, lower-cased, with the country's TLD. */
export function companyDomain(name: string, country: CountryCode): string {
  const tld =
    country === 'US'
      ? 'com'
      : country === 'AU'
        ? 'com.au'
        : country === 'BR'
          ? 'com.br'
          : country === 'IN'
            ? 'co.in'
            : country === 'JP'
              ? 'co.jp'
              : country.toLowerCase();
  const label = emailPart(name.split(/\s+/).slice(0, 2).join('-')).replace(/^-+|-+$/g, '') || 'company';
  return `${label}.${tld}`;
}

import type { Rng } from './rng';
import type { Address, CountryCode } from './types';

/**
 * Plausible business addresses per country: real cities with their regions where the country's
 * address convention uses one, street lines in the local order, and postal codes in the national
 * format whose leading digits match the city.
 */

interface City {
  readonly city: string;
  readonly region?: string;
  /** Leading characters of the city's postal codes; the rest is drawn. */
  readonly postalPrefix: string;
}

interface Addressing {
  readonly cities: readonly City[];
  readonly streets: readonly string[];
  /** Templates for line 1: {street}, {n} house number from houseNumbers, {m} a small number. */
  readonly line1: readonly string[];
  readonly houseNumbers: readonly [min: number, max: number];
  /** Templates for line 2 (suite, floor, building) with {m} as a small number. */
  readonly line2: readonly string[];
  readonly line2Chance: number;
  /** # is a digit, @ a letter, anything else is copied. */
  readonly postalFormat: string;
}

const ADDRESSING: Record<CountryCode, Addressing> = {
  DE: {
    cities: [
      { city: 'Berlin', postalPrefix: '10' }, { city: 'Hamburg', postalPrefix: '20' }, { city: 'München', postalPrefix: '80' }, { city: 'Köln', postalPrefix: '50' }, { city: 'Frankfurt am Main', postalPrefix: '60' },
      { city: 'Stuttgart', postalPrefix: '70' }, { city: 'Düsseldorf', postalPrefix: '40' }, { city: 'Leipzig', postalPrefix: '04' }, { city: 'Dortmund', postalPrefix: '44' }, { city: 'Essen', postalPrefix: '45' },
      { city: 'Bremen', postalPrefix: '28' }, { city: 'Dresden', postalPrefix: '01' }, { city: 'Hannover', postalPrefix: '30' }, { city: 'Nürnberg', postalPrefix: '90' }, { city: 'Duisburg', postalPrefix: '47' },
      { city: 'Bielefeld', postalPrefix: '33' }, { city: 'Bonn', postalPrefix: '53' }, { city: 'Mannheim', postalPrefix: '68' }, { city: 'Karlsruhe', postalPrefix: '76' }, { city: 'Augsburg', postalPrefix: '86' },
    ],
    streets: ['Hauptstraße', 'Bahnhofstraße', 'Industriestraße', 'Gewerbestraße', 'Schillerstraße', 'Goethestraße', 'Lindenstraße', 'Am Hafen', 'Marktplatz', 'Friedrichstraße', 'Kaiserstraße', 'Berliner Allee', 'Mühlenweg', 'Gartenstraße', 'Im Gewerbepark', 'Max-Planck-Straße', 'Carl-Benz-Straße', 'Robert-Bosch-Straße', 'Siemensstraße', 'Daimlerstraße'],
    line1: ['{street} {n}', '{street} {n}', '{street} {n}a'],
    houseNumbers: [1, 180],
    line2: ['Gebäude {m}', 'Halle {m}', '{m}. OG'],
    line2Chance: 0.15,
    postalFormat: '#####',
  },
  FR: {
    cities: [
      { city: 'Paris', postalPrefix: '7501' }, { city: 'Marseille', postalPrefix: '1300' }, { city: 'Lyon', postalPrefix: '6900' }, { city: 'Toulouse', postalPrefix: '310' }, { city: 'Nice', postalPrefix: '060' },
      { city: 'Nantes', postalPrefix: '440' }, { city: 'Strasbourg', postalPrefix: '670' }, { city: 'Montpellier', postalPrefix: '340' }, { city: 'Bordeaux', postalPrefix: '330' }, { city: 'Lille', postalPrefix: '590' },
      { city: 'Rennes', postalPrefix: '350' }, { city: 'Reims', postalPrefix: '510' }, { city: 'Le Havre', postalPrefix: '766' }, { city: 'Grenoble', postalPrefix: '380' }, { city: 'Dijon', postalPrefix: '210' }, { city: 'Angers', postalPrefix: '490' },
    ],
    streets: ['rue de la République', 'avenue Jean Jaurès', 'boulevard Victor Hugo', 'rue du Général Leclerc', 'avenue de la Gare', 'rue Pasteur', 'rue des Entrepreneurs', "rue de l'Industrie", 'allée des Peupliers', 'chemin des Vignes', 'avenue Gambetta', 'rue Nationale', 'rue Lafayette', 'boulevard de la Liberté', 'avenue des Frères Lumière', 'rue du Commerce'],
    line1: ['{n} {street}', '{n} {street}', '{n} bis {street}'],
    houseNumbers: [1, 220],
    line2: ['ZI Nord', 'Bâtiment {m}', 'ZA des Portes', 'BP {m}0'],
    line2Chance: 0.25,
    postalFormat: '#####',
  },
  IT: {
    cities: [
      { city: 'Roma', region: 'RM', postalPrefix: '001' }, { city: 'Milano', region: 'MI', postalPrefix: '201' }, { city: 'Napoli', region: 'NA', postalPrefix: '801' }, { city: 'Torino', region: 'TO', postalPrefix: '101' },
      { city: 'Palermo', region: 'PA', postalPrefix: '901' }, { city: 'Genova', region: 'GE', postalPrefix: '161' }, { city: 'Bologna', region: 'BO', postalPrefix: '401' }, { city: 'Firenze', region: 'FI', postalPrefix: '501' },
      { city: 'Bari', region: 'BA', postalPrefix: '701' }, { city: 'Venezia', region: 'VE', postalPrefix: '301' }, { city: 'Verona', region: 'VR', postalPrefix: '371' }, { city: 'Padova', region: 'PD', postalPrefix: '351' },
      { city: 'Brescia', region: 'BS', postalPrefix: '251' }, { city: 'Bergamo', region: 'BG', postalPrefix: '241' }, { city: 'Modena', region: 'MO', postalPrefix: '411' }, { city: 'Parma', region: 'PR', postalPrefix: '431' },
    ],
    streets: ['Via Roma', 'Via Giuseppe Garibaldi', 'Via Mazzini', 'Corso Vittorio Emanuele II', 'Via Dante Alighieri', "Viale dell'Industria", "Via dell'Artigianato", 'Via Cavour', 'Piazza della Repubblica', 'Via Matteotti', 'Via Giuseppe Verdi', 'Viale Europa', 'Via Guglielmo Marconi', 'Via Nazionale', 'Corso Italia', 'Viale della Stazione'],
    line1: ['{street}, {n}', '{street} {n}'],
    houseNumbers: [1, 150],
    line2: ['Zona Industriale', 'Scala {m}', 'Piano {m}'],
    line2Chance: 0.2,
    postalFormat: '#####',
  },
  ES: {
    cities: [
      { city: 'Madrid', region: 'Madrid', postalPrefix: '280' }, { city: 'Barcelona', region: 'Barcelona', postalPrefix: '080' }, { city: 'Valencia', region: 'Valencia', postalPrefix: '460' }, { city: 'Sevilla', region: 'Sevilla', postalPrefix: '410' },
      { city: 'Zaragoza', region: 'Zaragoza', postalPrefix: '500' }, { city: 'Málaga', region: 'Málaga', postalPrefix: '290' }, { city: 'Murcia', region: 'Murcia', postalPrefix: '300' }, { city: 'Palma', region: 'Illes Balears', postalPrefix: '070' },
      { city: 'Bilbao', region: 'Bizkaia', postalPrefix: '480' }, { city: 'Alicante', region: 'Alicante', postalPrefix: '030' }, { city: 'Córdoba', region: 'Córdoba', postalPrefix: '140' }, { city: 'Valladolid', region: 'Valladolid', postalPrefix: '470' },
      { city: 'Vigo', region: 'Pontevedra', postalPrefix: '362' }, { city: 'Gijón', region: 'Asturias', postalPrefix: '332' },
    ],
    streets: ['Calle Mayor', 'Avenida de la Constitución', 'Calle de Alcalá', 'Paseo de la Castellana', 'Gran Vía', 'Avenida Diagonal', 'Calle de Serrano', 'Calle Real', 'Avenida de Andalucía', 'Calle San Vicente', 'Avenida de América', 'Calle Colón', 'Plaza de España', 'Calle del Carmen', 'Calle de la Industria', 'Avenida de Europa'],
    line1: ['{street}, {n}', '{street}, {n}', '{street}, {n}, {m}º'],
    houseNumbers: [1, 160],
    line2: ['Polígono Industrial Norte, Nave {m}', 'Planta {m}', 'Oficina {m}'],
    line2Chance: 0.25,
    postalFormat: '#####',
  },
  NL: {
    cities: [
      { city: 'Amsterdam', postalPrefix: '10' }, { city: 'Rotterdam', postalPrefix: '30' }, { city: 'Den Haag', postalPrefix: '25' }, { city: 'Utrecht', postalPrefix: '35' }, { city: 'Eindhoven', postalPrefix: '56' },
      { city: 'Groningen', postalPrefix: '97' }, { city: 'Tilburg', postalPrefix: '50' }, { city: 'Almere', postalPrefix: '13' }, { city: 'Breda', postalPrefix: '48' }, { city: 'Nijmegen', postalPrefix: '65' },
      { city: 'Apeldoorn', postalPrefix: '73' }, { city: 'Arnhem', postalPrefix: '68' }, { city: 'Haarlem', postalPrefix: '20' }, { city: 'Enschede', postalPrefix: '75' }, { city: 'Zwolle', postalPrefix: '80' }, { city: 'Maastricht', postalPrefix: '62' },
    ],
    streets: ['Stationsweg', 'Industrieweg', 'Kerkstraat', 'Dorpsstraat', 'Hoofdstraat', 'Molenweg', 'Schoolstraat', 'Havenstraat', 'Marktplein', 'Keizersgracht', 'Energieweg', 'Transportweg', 'Handelsweg', 'Europalaan', 'Parallelweg', 'Nijverheidsstraat'],
    line1: ['{street} {n}', '{street} {n}', '{street} {n}-{m}'],
    houseNumbers: [1, 250],
    line2: ['Unit {m}', 'Hal {m}'],
    line2Chance: 0.1,
    // Letter pairs skip F, I, O, Q, U and Y, which the Dutch post does not use, and S, so the
    // reserved SA, SD and SS never appear.
    postalFormat: '#### @@',
  },
  PL: {
    cities: [
      { city: 'Warszawa', postalPrefix: '02' }, { city: 'Kraków', postalPrefix: '31' }, { city: 'Łódź', postalPrefix: '90' }, { city: 'Wrocław', postalPrefix: '50' }, { city: 'Poznań', postalPrefix: '60' },
      { city: 'Gdańsk', postalPrefix: '80' }, { city: 'Szczecin', postalPrefix: '70' }, { city: 'Bydgoszcz', postalPrefix: '85' }, { city: 'Lublin', postalPrefix: '20' }, { city: 'Katowice', postalPrefix: '40' },
      { city: 'Białystok', postalPrefix: '15' }, { city: 'Gdynia', postalPrefix: '81' }, { city: 'Częstochowa', postalPrefix: '42' }, { city: 'Toruń', postalPrefix: '87' }, { city: 'Kielce', postalPrefix: '25' }, { city: 'Rzeszów', postalPrefix: '35' },
    ],
    streets: ['ul. Marszałkowska', 'ul. Długa', 'ul. Polna', 'ul. Leśna', 'ul. Słoneczna', 'ul. Przemysłowa', 'ul. Fabryczna', 'al. Jerozolimskie', 'ul. Kościuszki', 'ul. Mickiewicza', 'ul. Piłsudskiego', 'ul. Sienkiewicza', 'ul. Kolejowa', 'ul. Ogrodowa', 'ul. Lipowa', 'al. Solidarności'],
    line1: ['{street} {n}', '{street} {n}/{m}'],
    houseNumbers: [1, 140],
    line2: ['lok. {m}', 'budynek {m}'],
    line2Chance: 0.1,
    postalFormat: '##-###',
  },
  US: {
    cities: [
      { city: 'New York', region: 'NY', postalPrefix: '100' }, { city: 'Chicago', region: 'IL', postalPrefix: '606' }, { city: 'Houston', region: 'TX', postalPrefix: '770' }, { city: 'Phoenix', region: 'AZ', postalPrefix: '850' },
      { city: 'Philadelphia', region: 'PA', postalPrefix: '191' }, { city: 'San Antonio', region: 'TX', postalPrefix: '782' }, { city: 'San Diego', region: 'CA', postalPrefix: '921' }, { city: 'Dallas', region: 'TX', postalPrefix: '752' },
      { city: 'Austin', region: 'TX', postalPrefix: '787' }, { city: 'San Jose', region: 'CA', postalPrefix: '951' }, { city: 'Seattle', region: 'WA', postalPrefix: '981' }, { city: 'Denver', region: 'CO', postalPrefix: '802' },
      { city: 'Boston', region: 'MA', postalPrefix: '021' }, { city: 'Atlanta', region: 'GA', postalPrefix: '303' }, { city: 'Detroit', region: 'MI', postalPrefix: '482' }, { city: 'Minneapolis', region: 'MN', postalPrefix: '554' },
      { city: 'Charlotte', region: 'NC', postalPrefix: '282' }, { city: 'Columbus', region: 'OH', postalPrefix: '432' }, { city: 'Nashville', region: 'TN', postalPrefix: '372' }, { city: 'Portland', region: 'OR', postalPrefix: '972' },
      { city: 'Salt Lake City', region: 'UT', postalPrefix: '841' }, { city: 'Indianapolis', region: 'IN', postalPrefix: '462' }, { city: 'Kansas City', region: 'MO', postalPrefix: '641' }, { city: 'Pittsburgh', region: 'PA', postalPrefix: '152' },
    ],
    streets: ['Main Street', 'Oak Avenue', 'Maple Avenue', 'Washington Boulevard', 'Park Avenue', 'Elm Street', 'Industrial Parkway', 'Commerce Drive', 'Market Street', 'Cedar Lane', 'Pine Street', 'Highland Avenue', 'Corporate Drive', 'Technology Drive', 'River Road', 'Madison Avenue', 'Jefferson Street', 'Lincoln Highway', 'Airport Road', 'Enterprise Way'],
    line1: ['{n} {street}', '{n} {street}', '{n} North {street}', '{n} West {street}'],
    houseNumbers: [100, 9999],
    line2: ['Suite {m}00', 'Floor {m}', 'Bldg {m}', 'Unit {m}'],
    line2Chance: 0.45,
    postalFormat: '#####',
  },
  BR: {
    cities: [
      { city: 'São Paulo', region: 'SP', postalPrefix: '01' }, { city: 'Rio de Janeiro', region: 'RJ', postalPrefix: '20' }, { city: 'Belo Horizonte', region: 'MG', postalPrefix: '30' }, { city: 'Curitiba', region: 'PR', postalPrefix: '80' },
      { city: 'Porto Alegre', region: 'RS', postalPrefix: '90' }, { city: 'Salvador', region: 'BA', postalPrefix: '40' }, { city: 'Recife', region: 'PE', postalPrefix: '50' }, { city: 'Fortaleza', region: 'CE', postalPrefix: '60' },
      { city: 'Brasília', region: 'DF', postalPrefix: '70' }, { city: 'Campinas', region: 'SP', postalPrefix: '13' }, { city: 'Manaus', region: 'AM', postalPrefix: '69' }, { city: 'Goiânia', region: 'GO', postalPrefix: '74' },
      { city: 'Joinville', region: 'SC', postalPrefix: '89' }, { city: 'Florianópolis', region: 'SC', postalPrefix: '88' }, { city: 'Belém', region: 'PA', postalPrefix: '66' }, { city: 'Ribeirão Preto', region: 'SP', postalPrefix: '14' },
    ],
    streets: ['Avenida Paulista', 'Rua Augusta', 'Rua da Consolação', 'Avenida Brasil', 'Rua XV de Novembro', 'Avenida Getúlio Vargas', 'Rua Sete de Setembro', 'Avenida Presidente Vargas', 'Rua das Flores', 'Avenida Rio Branco', 'Rua Tiradentes', 'Rua Dom Pedro II', 'Avenida Santos Dumont', 'Rua Barão do Rio Branco', 'Avenida das Indústrias', 'Rua do Comércio'],
    line1: ['{street}, {n}', '{street}, {n}'],
    houseNumbers: [10, 3500],
    line2: ['Sala {m}', 'Conjunto {m}2', 'Galpão {m}', '{m}º andar'],
    line2Chance: 0.4,
    postalFormat: '#####-###',
  },
  IN: {
    cities: [
      { city: 'Mumbai', region: 'Maharashtra', postalPrefix: '400' }, { city: 'New Delhi', region: 'Delhi', postalPrefix: '110' }, { city: 'Bengaluru', region: 'Karnataka', postalPrefix: '560' }, { city: 'Chennai', region: 'Tamil Nadu', postalPrefix: '600' },
      { city: 'Kolkata', region: 'West Bengal', postalPrefix: '700' }, { city: 'Hyderabad', region: 'Telangana', postalPrefix: '500' }, { city: 'Pune', region: 'Maharashtra', postalPrefix: '411' }, { city: 'Ahmedabad', region: 'Gujarat', postalPrefix: '380' },
      { city: 'Jaipur', region: 'Rajasthan', postalPrefix: '302' }, { city: 'Surat', region: 'Gujarat', postalPrefix: '395' }, { city: 'Lucknow', region: 'Uttar Pradesh', postalPrefix: '226' }, { city: 'Nagpur', region: 'Maharashtra', postalPrefix: '440' },
      { city: 'Indore', region: 'Madhya Pradesh', postalPrefix: '452' }, { city: 'Coimbatore', region: 'Tamil Nadu', postalPrefix: '641' }, { city: 'Ludhiana', region: 'Punjab', postalPrefix: '141' }, { city: 'Noida', region: 'Uttar Pradesh', postalPrefix: '201' },
      { city: 'Gurugram', region: 'Haryana', postalPrefix: '122' },
    ],
    streets: ['MG Road', 'Station Road', 'Ring Road', 'Link Road', 'Nehru Road', 'Industrial Estate', 'Industrial Area Phase II', 'Civil Lines', 'Model Town', 'Shastri Nagar', 'Gandhi Nagar', 'Tilak Road', 'Sector 18', 'Sector 62', 'Park Street', 'Old Airport Road'],
    line1: ['Plot No. {n}, {street}', '{n}, {street}', 'Shop No. {m}, {street}'],
    houseNumbers: [1, 400],
    line2: ['Floor {m}', 'Unit {m}05', 'Block {m}'],
    line2Chance: 0.4,
    postalFormat: '######',
  },
  JP: {
    cities: [
      { city: 'Tokyo', region: 'Tokyo', postalPrefix: '10' }, { city: 'Osaka', region: 'Osaka', postalPrefix: '53' }, { city: 'Nagoya', region: 'Aichi', postalPrefix: '45' }, { city: 'Yokohama', region: 'Kanagawa', postalPrefix: '22' },
      { city: 'Sapporo', region: 'Hokkaido', postalPrefix: '06' }, { city: 'Fukuoka', region: 'Fukuoka', postalPrefix: '81' }, { city: 'Kobe', region: 'Hyogo', postalPrefix: '65' }, { city: 'Kyoto', region: 'Kyoto', postalPrefix: '60' },
      { city: 'Sendai', region: 'Miyagi', postalPrefix: '98' }, { city: 'Hiroshima', region: 'Hiroshima', postalPrefix: '73' }, { city: 'Kawasaki', region: 'Kanagawa', postalPrefix: '21' }, { city: 'Saitama', region: 'Saitama', postalPrefix: '33' },
      { city: 'Chiba', region: 'Chiba', postalPrefix: '26' }, { city: 'Hamamatsu', region: 'Shizuoka', postalPrefix: '43' }, { city: 'Niigata', region: 'Niigata', postalPrefix: '95' },
    ],
    // Town names found in many Japanese cities; line 1 is chome-banchi-go followed by the town.
    streets: ['Honcho', 'Sakaemachi', 'Nakamachi', 'Motomachi', 'Chuo', 'Asahimachi', 'Saiwaicho', 'Midoricho', 'Kotobukicho', 'Sakuragicho', 'Minatomachi', 'Higashi-Shinmachi', 'Nishiki', 'Ekimae', 'Hommachi', 'Kitahama'],
    line1: ['{n}-{m}-{m} {street}'],
    houseNumbers: [1, 9],
    line2: ['{m}F', 'Room {m}01'],
    line2Chance: 0.5,
    postalFormat: '###-####',
  },
  CN: {
    cities: [
      { city: 'Shanghai', region: 'Shanghai', postalPrefix: '200' }, { city: 'Beijing', region: 'Beijing', postalPrefix: '100' }, { city: 'Shenzhen', region: 'Guangdong', postalPrefix: '518' }, { city: 'Guangzhou', region: 'Guangdong', postalPrefix: '510' },
      { city: 'Hangzhou', region: 'Zhejiang', postalPrefix: '310' }, { city: 'Suzhou', region: 'Jiangsu', postalPrefix: '215' }, { city: 'Nanjing', region: 'Jiangsu', postalPrefix: '210' }, { city: 'Chengdu', region: 'Sichuan', postalPrefix: '610' },
      { city: 'Wuhan', region: 'Hubei', postalPrefix: '430' }, { city: 'Tianjin', region: 'Tianjin', postalPrefix: '300' }, { city: 'Chongqing', region: 'Chongqing', postalPrefix: '400' }, { city: 'Qingdao', region: 'Shandong', postalPrefix: '266' },
      { city: 'Ningbo', region: 'Zhejiang', postalPrefix: '315' }, { city: 'Xiamen', region: 'Fujian', postalPrefix: '361' }, { city: "Xi'an", region: 'Shaanxi', postalPrefix: '710' }, { city: 'Dongguan', region: 'Guangdong', postalPrefix: '523' }, { city: 'Dalian', region: 'Liaoning', postalPrefix: '116' },
    ],
    streets: ['Renmin Road', 'Zhongshan Road', 'Jiefang Road', 'Jianshe Road', 'Heping Road', 'Changjiang Road', 'Huanghe Road', 'Xinhua Road', 'Chaoyang Road', 'Dongfeng Road', 'Keji Road', 'Chuangye Road', 'Century Avenue', 'Binhai Avenue', 'Gongye Road', 'Huaxia Road'],
    line1: ['No. {n} {street}', 'No. {n} {street}', '{n} {street}'],
    houseNumbers: [1, 1888],
    line2: ['Building {m}, Room {m}05', 'Floor {m}', 'Block {m}, {m}F'],
    line2Chance: 0.6,
    postalFormat: '######',
  },
  RU: {
    // Moscow and Saint Petersburg are federal cities; other addresses name their oblast, krai or republic.
    cities: [
      { city: 'Moscow', postalPrefix: '11' }, { city: 'Saint Petersburg', postalPrefix: '19' }, { city: 'Novosibirsk', region: 'Novosibirsk Oblast', postalPrefix: '630' }, { city: 'Yekaterinburg', region: 'Sverdlovsk Oblast', postalPrefix: '620' },
      { city: 'Kazan', region: 'Republic of Tatarstan', postalPrefix: '420' }, { city: 'Nizhny Novgorod', region: 'Nizhny Novgorod Oblast', postalPrefix: '603' }, { city: 'Chelyabinsk', region: 'Chelyabinsk Oblast', postalPrefix: '454' },
      { city: 'Samara', region: 'Samara Oblast', postalPrefix: '443' }, { city: 'Omsk', region: 'Omsk Oblast', postalPrefix: '644' }, { city: 'Rostov-on-Don', region: 'Rostov Oblast', postalPrefix: '344' }, { city: 'Ufa', region: 'Republic of Bashkortostan', postalPrefix: '450' },
      { city: 'Krasnoyarsk', region: 'Krasnoyarsk Krai', postalPrefix: '660' }, { city: 'Perm', region: 'Perm Krai', postalPrefix: '614' }, { city: 'Voronezh', region: 'Voronezh Oblast', postalPrefix: '394' },
    ],
    streets: ['ul. Lenina', 'ul. Sovetskaya', 'ul. Gagarina', 'prospekt Mira', 'ul. Pushkina', 'ul. Molodezhnaya', 'ul. Tsentralnaya', 'Leninsky prospekt', 'ul. Sadovaya', 'ul. Lesnaya', 'ul. Kirova', 'ul. Oktyabrskaya', 'ul. Promyshlennaya', 'nab. Obvodnogo kanala', 'ul. Zavodskaya', 'ul. Tverskaya'],
    line1: ['{street}, d. {n}', '{street}, d. {n}, str. {m}', '{street}, d. {n}, korp. {m}'],
    houseNumbers: [1, 120],
    line2: ['ofis {m}', 'etazh {m}'],
    line2Chance: 0.4,
    postalFormat: '######',
  },
  SA: {
    cities: [
      { city: 'Riyadh', postalPrefix: '12' }, { city: 'Jeddah', postalPrefix: '23' }, { city: 'Dammam', postalPrefix: '32' }, { city: 'Makkah', postalPrefix: '24' }, { city: 'Madinah', postalPrefix: '42' },
      { city: 'Al Khobar', postalPrefix: '34' }, { city: 'Tabuk', postalPrefix: '47' }, { city: 'Abha', postalPrefix: '62' }, { city: 'Buraidah', postalPrefix: '51' }, { city: 'Jubail', postalPrefix: '35' }, { city: 'Taif', postalPrefix: '26' }, { city: 'Hail', postalPrefix: '55' },
    ],
    streets: ['King Fahd Road', 'King Abdulaziz Road', 'Prince Sultan Street', 'Olaya Street', 'Prince Mohammed bin Abdulaziz Road', 'Makkah Road', 'King Abdullah Road', 'Prince Turki Street', 'Al Madinah Road', 'King Khalid Street', 'Tahlia Street', 'Industrial City Road'],
    // National Address: four-digit building number, street, then the district on line 2.
    line1: ['{n} {street}'],
    houseNumbers: [1000, 9999],
    line2: ['Al Olaya District', 'Al Malaz District', 'Al Sulaimaniyah District', 'Al Rawdah District', 'Al Nahda District', 'Al Hamra District', 'Al Aziziyah District', 'Al Faisaliyah District', 'Al Shati District', 'Al Safa District', 'Al Rabwah District', 'Al Muruj District'],
    line2Chance: 0.85,
    postalFormat: '#####',
  },
  AU: {
    cities: [
      { city: 'Sydney', region: 'NSW', postalPrefix: '20' }, { city: 'Melbourne', region: 'VIC', postalPrefix: '30' }, { city: 'Brisbane', region: 'QLD', postalPrefix: '40' }, { city: 'Perth', region: 'WA', postalPrefix: '60' },
      { city: 'Adelaide', region: 'SA', postalPrefix: '50' }, { city: 'Hobart', region: 'TAS', postalPrefix: '70' }, { city: 'Darwin', region: 'NT', postalPrefix: '08' }, { city: 'Canberra', region: 'ACT', postalPrefix: '26' },
      { city: 'Newcastle', region: 'NSW', postalPrefix: '23' }, { city: 'Geelong', region: 'VIC', postalPrefix: '32' }, { city: 'Gold Coast', region: 'QLD', postalPrefix: '42' }, { city: 'Wollongong', region: 'NSW', postalPrefix: '25' },
      { city: 'Townsville', region: 'QLD', postalPrefix: '48' }, { city: 'Ballarat', region: 'VIC', postalPrefix: '335' },
    ],
    streets: ['George Street', 'Collins Street', 'Pitt Street', 'Queen Street', 'Elizabeth Street', 'Bourke Street', 'King Street', 'Adelaide Street', 'Hay Street', 'Murray Street', 'Flinders Street', 'Victoria Road', 'Parramatta Road', 'Pacific Highway', 'Grenfell Street', 'Industrial Drive'],
    line1: ['{n} {street}', '{n} {street}', 'Unit {m}, {n} {street}'],
    houseNumbers: [1, 600],
    line2: ['Level {m}', 'Suite {m}', 'Building {m}'],
    line2Chance: 0.35,
    postalFormat: '####',
  },
};

/** Letters drawn for @ (only the Dutch format uses it; see there). */
const POSTAL_LETTERS: readonly string[] = [...'ABCEGHJKLMNPRTVWXZ'];

/** Fills {n} (a house number) and {m} (a small number) in a template, each drawn on its own. */
function fillNumbers(template: string, houseNumbers: readonly [number, number], rng: Rng): string {
  return template.replace(/\{([nm])\}/g, (_, slot: string) => String(slot === 'n' ? rng.int(houseNumbers[0], houseNumbers[1]) : rng.int(1, 12)));
}

function postalCode(format: string, prefix: string, rng: Rng): string {
  let digitIndex = 0;
  let out = '';
  for (const symbol of format) {
    if (symbol === '#') {
      out += digitIndex < prefix.length ? prefix[digitIndex] : String(rng.int(0, 9));
      digitIndex += 1;
    } else if (symbol === '@') {
      out += rng.pick(POSTAL_LETTERS);
    } else {
      out += symbol;
    }
  }
  return out;
}

export function generateAddress(country: CountryCode, rng: Rng): Address {
  const spec = ADDRESSING[country];
  const city = rng.pick(spec.cities);
  const line1 = fillNumbers(rng.pick(spec.line1).replace('{street}', rng.pick(spec.streets)), spec.houseNumbers, rng);
  const line2 = rng.chance(spec.line2Chance) ? fillNumbers(rng.pick(spec.line2), spec.houseNumbers, rng) : undefined;
  return {
    line1,
    ...(line2 ? { line2 } : {}),
    city: city.city,
    ...(city.region ? { region: city.region } : {}),
    postalCode: postalCode(spec.postalFormat, city.postalPrefix, rng),
    country,
  };
}

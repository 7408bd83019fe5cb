import type { Rng } from './rng';
import type { CompanyName, CountryCode } from './types';

/**
 * Believable B2B company names per country. Latin-script countries fill templates from word lists;
 * countries that register names in another script build the native name and its Latin form from
 * paired words, so "さくら物流株式会社" always comes out as "Sakura Butsuryu K.K." and never drifts.
 */

/** A word in its original script and its Latin form, kept together so both names agree. */
type Pair = readonly [native: string, latin: string];

type NativeCountry = 'JP' | 'CN' | 'RU' | 'SA' | 'IN';
type LatinCountry = Exclude<CountryCode, NativeCountry>;

/**
 * Word lists for one Latin-script country. Templates use {F} family name, {P} place, {I} industry
 * word and {B} brand (a head plus a tail; an empty tail leaves the head on its own).
 */
interface LatinNaming {
  readonly families: readonly string[];
  readonly places: readonly string[];
  readonly industries: readonly string[];
  readonly brandHeads: readonly string[];
  readonly brandTails: readonly string[];
  readonly templates: readonly string[];
  /** Repeated entries make the common forms more likely. */
  readonly legalForms: readonly string[];
}

const LATIN: Record<LatinCountry, LatinNaming> = {
  DE: {
    families: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann', 'Koch', 'Richter', 'Klein', 'Wolf', 'Schröder', 'Neumann', 'Schwarz', 'Braun', 'Zimmermann', 'Krüger', 'Hartmann', 'Lange', 'Werner', 'Krause', 'Lehmann', 'Köhler', 'Maier', 'Huber', 'Kaiser', 'Fuchs', 'Schäfer', 'Bauer', 'Vogel', 'Keller', 'Berger', 'Winkler', 'Roth', 'Lorenz', 'Baumann', 'Albrecht'],
    places: ['Hamburg', 'München', 'Berlin', 'Köln', 'Frankfurt', 'Stuttgart', 'Düsseldorf', 'Leipzig', 'Dresden', 'Hannover', 'Nürnberg', 'Bremen', 'Dortmund', 'Essen', 'Augsburg', 'Freiburg', 'Kassel', 'Ulm', 'Bielefeld', 'Chemnitz', 'Mannheim', 'Karlsruhe', 'Münster', 'Aachen'],
    industries: ['Maschinenbau', 'Logistik', 'Elektrotechnik', 'Anlagenbau', 'Stahlbau', 'Spedition', 'Metallbau', 'Kunststofftechnik', 'Automation', 'Medizintechnik', 'Verpackung', 'Präzisionstechnik', 'Bauelemente', 'Antriebstechnik', 'Umwelttechnik', 'Handel', 'Industrieservice', 'Software', 'Holzbau', 'Feinmechanik', 'Fördertechnik', 'Kältetechnik', 'Oberflächentechnik', 'Gießerei', 'Werkzeugbau', 'Lasertechnik', 'Messtechnik', 'Gebäudetechnik', 'Druckguss', 'Sensorik'],
    brandHeads: ['Nord', 'Süd', 'West', 'Ost', 'Rhein', 'Elb', 'Main', 'Alpen', 'Donau', 'Weser', 'Isar', 'Hanse', 'Ruhr', 'Saar'],
    brandTails: ['tec', 'tronic', 'stahl', 'werk', 'plan', 'bau', 'form', 'data', 'metall', 'log', 'mont', 'plast', 'sys', 'therm'],
    templates: ['{F} {I}', '{F} {I}', '{I} {P}', '{F} & {F}', '{F} & {F} {I}', '{B}', '{B} {I}', '{B} {I}', '{F} {I} {P}'],
    legalForms: ['GmbH', 'GmbH', 'GmbH', 'GmbH', 'GmbH', 'GmbH & Co. KG', 'GmbH & Co. KG', 'AG', 'KG'],
  },
  FR: {
    families: ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon', 'Laurent', 'Lefebvre', 'Michel', 'Roux', 'Fournier', 'Girard', 'Bonnet', 'Dupont', 'Lambert', 'Fontaine', 'Rousseau', 'Vincent', 'Faure', 'André', 'Mercier', 'Blanc', 'Guérin', 'Chevalier', 'Gauthier', 'Morel', 'Clément', 'Perrin', 'Morin', 'Nicolas', 'Henry', 'Roussel', 'Mathieu', 'Masson', 'Marchand'],
    places: ['Lyon', 'Marseille', 'Toulouse', 'Nantes', 'Bordeaux', 'Lille', 'Strasbourg', 'Rennes', 'Grenoble', 'Montpellier', 'Nice', 'Rouen', 'Dijon', 'Reims', 'Clermont', 'Angers', 'Metz', 'Brest', 'Annecy', 'Orléans', 'Tours', 'Limoges', 'Amiens', 'Perpignan'],
    industries: ['Transports', 'Logistique', 'Emballages', 'Industrie', 'Mécanique', 'Chaudronnerie', 'Électronique', 'Bâtiment', 'Distribution', 'Services', 'Ingénierie', 'Conseil', 'Plasturgie', 'Métallurgie', 'Informatique', 'Négoce', 'Équipements', 'Automatismes', 'Menuiserie', 'Agroalimentaire', 'Levage', 'Peinture', 'Câblage', 'Usinage', 'Fonderie', 'Isolation', 'Froid Industriel', 'Signalisation', 'Travaux Publics', 'Outillage'],
    // Regions stand as brands ("Loire Emballages").
    brandHeads: ['Armor', 'Alpes', 'Atlantique', 'Provence', 'Loire', 'Rhône', 'Seine', 'Garonne', 'Jura', 'Vosges', 'Océane', 'Azur', 'Bretagne', 'Normandie', 'Alsace', 'Lorraine', 'Savoie', 'Charente'],
    brandTails: [''],
    templates: ['{I} {F}', '{I} {F}', '{F} {I}', '{I} {F} et Fils', '{I} {F} Frères', '{B} {I}', '{I} {F} {P}', '{I} {F} & {F}', '{F} & {F}'],
    legalForms: ['SAS', 'SAS', 'SAS', 'SAS', 'SARL', 'SARL', 'SARL', 'SA', 'SA'],
  },
  IT: {
    families: ['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Bruno', 'Gallo', 'Conti', 'De Luca', 'Mancini', 'Costa', 'Giordano', 'Rizzo', 'Lombardi', 'Moretti', 'Barbieri', 'Fontana', 'Santoro', 'Mariani', 'Rinaldi', 'Caruso', 'Ferrara', 'Galli', 'Martini', 'Leone', 'Lombardo', 'Longo', 'Mazza', 'Testa', 'Grasso', 'Pellegrini', 'Palumbo', 'Sanna', 'Farina', 'Valentini'],
    places: ['Milano', 'Torino', 'Bologna', 'Firenze', 'Genova', 'Napoli', 'Verona', 'Padova', 'Brescia', 'Bergamo', 'Modena', 'Parma', 'Vicenza', 'Treviso', 'Bari', 'Ancona', 'Trieste', 'Udine', 'Como', 'Prato', 'Monza', 'Lecco', 'Varese', 'Reggio Emilia'],
    industries: ['Costruzioni', 'Meccanica', 'Trasporti', 'Impianti', 'Logistica', 'Elettronica', 'Plastiche', 'Acciai', 'Imballaggi', 'Tessile', 'Servizi', 'Ingegneria', 'Forniture', 'Arredamenti', 'Alimentari', 'Automazioni', 'Serramenti', 'Carpenteria', 'Informatica', 'Commercio', 'Stampaggio', 'Verniciature', 'Trafilerie', 'Minuterie', 'Fonderie', 'Oleodinamica', 'Refrigerazione', 'Tubi', 'Cavi', 'Utensileria'],
    // Contracted brands such as Tecnoplast or Edilnord are typical of Italian firms.
    brandHeads: ['Tecno', 'Euro', 'Sider', 'Elettro', 'Idro', 'Termo', 'Metal', 'Edil', 'Agri', 'Italo', 'Oleo', 'Nova', 'Ferro', 'Auto'],
    brandTails: ['mec', 'plast', 'tex', 'sud', 'nord', 'tek', 'sistemi', 'service', 'car', 'form', 'lux', 'tecnica', 'flex', 'press', 'line', 'data'],
    templates: ['{I} {F}', '{I} {F}', '{F} {I}', '{I} {F} & {F}', '{F} & {F}', '{B}', '{B} {I}', '{B} {P}', '{I} {F} {P}'],
    legalForms: ['S.r.l.', 'S.r.l.', 'S.r.l.', 'S.r.l.', 'S.r.l.', 'S.p.A.', 'S.p.A.'],
  },
  ES: {
    families: ['García', 'Fernández', 'González', 'Rodríguez', 'López', 'Martínez', 'Sánchez', 'Pérez', 'Gómez', 'Martín', 'Jiménez', 'Ruiz', 'Hernández', 'Díaz', 'Moreno', 'Álvarez', 'Muñoz', 'Romero', 'Alonso', 'Gutiérrez', 'Navarro', 'Torres', 'Domínguez', 'Vázquez', 'Ramos', 'Gil', 'Serrano', 'Molina', 'Blanco', 'Castro', 'Ortiz', 'Rubio', 'Marín', 'Sanz', 'Iglesias', 'Medina', 'Garrido', 'Cortés', 'Castillo', 'Santos'],
    places: ['Madrid', 'Barcelona', 'Valencia', 'Sevilla', 'Zaragoza', 'Málaga', 'Bilbao', 'Murcia', 'Alicante', 'Valladolid', 'Vigo', 'Gijón', 'Córdoba', 'Granada', 'Vitoria', 'Pamplona', 'Santander', 'Burgos', 'Tarragona', 'Castellón', 'Salamanca', 'León', 'Albacete', 'Logroño'],
    industries: ['Construcciones', 'Transportes', 'Logística', 'Ingeniería', 'Suministros', 'Distribuciones', 'Servicios', 'Instalaciones', 'Montajes', 'Metalúrgica', 'Envases', 'Maquinaria', 'Electricidad', 'Comercial', 'Alimentación', 'Sistemas', 'Automatismos', 'Climatización', 'Hierros', 'Talleres', 'Excavaciones', 'Recambios', 'Aluminios', 'Carpintería Metálica', 'Prefabricados', 'Hormigones', 'Cerámicas', 'Embalajes', 'Grúas', 'Componentes'],
    brandHeads: ['Ibérica', 'Hispano', 'Levante', 'Cantábrica', 'Atlántica', 'Mediterránea', 'Galaica', 'Astur', 'Bética', 'Norte', 'Pirenaica', 'Castellana', 'Andaluza', 'Navarra', 'Manchega', 'Balear'],
    brandTails: [''],
    templates: ['{I} {F}', '{I} {F}', '{I} {F} e Hijos', '{I} {F} y {F}', '{F} y {F}', '{I} {P}', '{B} {I}', '{I} {B}', '{I} {F} {P}'],
    legalForms: ['S.L.', 'S.L.', 'S.L.', 'S.L.', 'S.A.', 'S.A.'],
  },
  NL: {
    // Surname prefixes are capitalised when the surname stands without a first name.
    families: ['De Jong', 'Jansen', 'De Vries', 'Van den Berg', 'Van Dijk', 'Bakker', 'Janssen', 'Visser', 'Smit', 'Meijer', 'De Boer', 'Mulder', 'De Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'Van Leeuwen', 'Dekker', 'Brouwer', 'De Wit', 'Dijkstra', 'Smits', 'De Graaf', 'Van der Meer', 'Van der Linden', 'Kok', 'Jacobs', 'De Haan', 'Vermeulen', 'Van Dam', 'Prins', 'Huisman', 'Kuipers', 'Van Wijk', 'Postma', 'Schouten', 'Willems', 'Hoekstra', 'Koster'],
    places: ['Amsterdam', 'Rotterdam', 'Utrecht', 'Eindhoven', 'Tilburg', 'Groningen', 'Almere', 'Breda', 'Nijmegen', 'Apeldoorn', 'Haarlem', 'Arnhem', 'Enschede', 'Zwolle', 'Leiden', 'Maastricht', 'Dordrecht', 'Venlo', 'Delft', 'Deventer', 'Amersfoort', 'Emmen', 'Leeuwarden', 'Helmond'],
    industries: ['Logistiek', 'Transport', 'Techniek', 'Installatietechniek', 'Bouw', 'Metaal', 'Verpakkingen', 'Machinebouw', 'Elektro', 'Automatisering', 'Handel', 'Groothandel', 'Services', 'Engineering', 'Kunststoffen', 'Staalbouw', 'Recycling', 'Koeltechniek', 'Infra', 'Energie', 'Montage', 'Hydrauliek', 'Tuinbouwtechniek', 'Klimaattechniek', 'Bouwmaterialen', 'Aandrijftechniek', 'Precisietechniek', 'Grondverzet', 'Staal', 'Coatings'],
    brandHeads: ['Holland', 'Noord', 'Zuid', 'West', 'Oost', 'Delta', 'Polder', 'Rijn', 'Maas', 'IJssel', 'Waal', 'Veluwe', 'Kempen', 'Twente', 'Brabant', 'Limburg', 'Friesland', 'Zeeland', 'Gelre', 'Randstad'],
    brandTails: [''],
    templates: ['{F} {I}', '{F} {I}', '{B} {I}', '{F} & Zonen {I}', '{F} & {F} {I}', '{I} {P}', '{F} {I} {P}', '{B} {I} {P}', '{B} {I} {P}'],
    legalForms: ['B.V.', 'B.V.', 'B.V.', 'B.V.', 'B.V.', 'B.V.', 'B.V.', 'N.V.'],
  },
  PL: {
    families: ['Nowak', 'Kowalski', 'Wiśniewski', 'Wójcik', 'Kowalczyk', 'Kamiński', 'Lewandowski', 'Zieliński', 'Szymański', 'Woźniak', 'Dąbrowski', 'Kozłowski', 'Jankowski', 'Mazur', 'Wojciechowski', 'Kwiatkowski', 'Krawczyk', 'Kaczmarek', 'Piotrowski', 'Grabowski', 'Zając', 'Pawłowski', 'Michalski', 'Król', 'Wieczorek', 'Jabłoński', 'Wróbel', 'Nowakowski', 'Majewski', 'Olszewski', 'Adamczyk', 'Dudek', 'Nowicki', 'Pawlak', 'Górski', 'Witkowski', 'Walczak', 'Sikora', 'Baran', 'Rutkowski'],
    places: ['Warszawa', 'Kraków', 'Łódź', 'Wrocław', 'Poznań', 'Gdańsk', 'Szczecin', 'Bydgoszcz', 'Lublin', 'Katowice', 'Białystok', 'Gdynia', 'Częstochowa', 'Radom', 'Toruń', 'Kielce', 'Rzeszów', 'Gliwice', 'Olsztyn', 'Opole', 'Bielsko-Biała', 'Zielona Góra', 'Płock', 'Elbląg'],
    industries: ['Transport', 'Logistyka', 'Budownictwo', 'Serwis', 'Handel', 'Instalacje', 'Technika', 'Systemy', 'Inżynieria', 'Automatyka', 'Opakowania', 'Konstrukcje', 'Metal', 'Energia', 'Dystrybucja', 'Spedycja', 'Elektronika', 'Maszyny', 'Chemia', 'Usługi', 'Hurtownia', 'Montaż', 'Narzędzia', 'Kable', 'Meble', 'Tworzywa', 'Poligrafia', 'Recykling', 'Hydraulika', 'Spawalnictwo'],
    // Contracted brands such as Polbud or Interplast are typical of Polish companies.
    brandHeads: ['Pol', 'Mazow', 'Elektro', 'Hydro', 'Inter', 'Agro', 'Euro', 'Termo', 'Bałt', 'Nord', 'Ster', 'Tech', 'Mar', 'Pomor'],
    brandTails: ['bud', 'met', 'trans', 'stal', 'ex', 'mex', 'chem', 'tex', 'plast', 'drew', 'serwis', 'sped', 'hurt', 'pak', 'kom', 'bet'],
    templates: ['{B}', '{B} {P}', '{B} {P}', '{F} {I}', '{B} {I}', '{B} {I}', '{I} {F} i Synowie', '{B} {I} {P}'],
    legalForms: ['Sp. z o.o.', 'Sp. z o.o.', 'Sp. z o.o.', 'Sp. z o.o.', 'S.A.'],
  },
  US: {
    families: ['Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Miller', 'Davis', 'Wilson', 'Anderson', 'Taylor', 'Thomas', 'Moore', 'Jackson', 'Martin', 'Thompson', 'White', 'Harris', 'Clark', 'Lewis', 'Walker', 'Hall', 'Allen', 'Young', 'King', 'Wright', 'Scott', 'Baker', 'Adams', 'Nelson', 'Carter', 'Mitchell', 'Roberts', 'Turner', 'Phillips', 'Campbell', 'Parker', 'Evans', 'Edwards', 'Collins', 'Stewart'],
    places: ['Boston', 'Chicago', 'Denver', 'Houston', 'Phoenix', 'Dallas', 'Austin', 'Seattle', 'Portland', 'Atlanta', 'Detroit', 'Cleveland', 'Tampa', 'Omaha', 'Pacific', 'Atlantic', 'Midwest', 'Great Lakes', 'Gulf Coast', 'Rocky Mountain', 'Hudson Valley', 'Lone Star', 'Golden State', 'Tri-State'],
    industries: ['Manufacturing', 'Logistics', 'Industries', 'Technologies', 'Systems', 'Solutions', 'Services', 'Supply', 'Holdings', 'Engineering', 'Distribution', 'Analytics', 'Software', 'Materials', 'Healthcare', 'Energy', 'Freight', 'Packaging', 'Controls', 'Components', 'International', 'Global Logistics', 'Industrial Services', 'Data Systems', 'Fabrication', 'Equipment', 'Plastics', 'Automation'],
    brandHeads: ['Apex', 'Summit', 'Pinnacle', 'Liberty', 'Eagle', 'Frontier', 'Horizon', 'Keystone', 'Patriot', 'Pioneer', 'Vanguard', 'Granite', 'Blue Ridge', 'Ironwood', 'Redwood', 'Silverline', 'Cornerstone', 'Northstar', 'Bluewater', 'Evergreen'],
    brandTails: [''],
    templates: ['{F} {I}', '{B} {I}', '{B} {I}', '{P} {I}', '{F} & {F}', '{F} & {F} {I}', '{B} {P} {I}', '{P} {B} {I}'],
    legalForms: ['Inc.', 'Inc.', 'Inc.', 'Inc.', 'Inc.', 'LLC', 'LLC', 'LLC', 'LLC', 'Corp.', 'Corp.'],
  },
  BR: {
    families: ['Silva', 'Santos', 'Oliveira', 'Souza', 'Rodrigues', 'Ferreira', 'Alves', 'Pereira', 'Lima', 'Gomes', 'Costa', 'Ribeiro', 'Martins', 'Carvalho', 'Almeida', 'Lopes', 'Soares', 'Fernandes', 'Vieira', 'Barbosa', 'Rocha', 'Dias', 'Nascimento', 'Andrade', 'Moreira', 'Nunes', 'Marques', 'Machado', 'Mendes', 'Freitas', 'Cardoso', 'Teixeira', 'Correia', 'Araújo', 'Cavalcanti', 'Monteiro', 'Batista', 'Pinto', 'Moura', 'Campos'],
    places: ['São Paulo', 'Rio', 'Minas', 'Paraná', 'Bahia', 'Goiás', 'Recife', 'Curitiba', 'Campinas', 'Porto Alegre', 'Fortaleza', 'Manaus', 'Belém', 'Vitória', 'Joinville', 'Londrina', 'Sorocaba', 'Natal', 'Florianópolis', 'Uberlândia', 'Niterói', 'Maringá', 'Juiz de Fora', 'Caxias do Sul'],
    industries: ['Transportes', 'Logística', 'Comércio', 'Indústria', 'Construtora', 'Engenharia', 'Distribuidora', 'Metalúrgica', 'Serviços', 'Tecnologia', 'Embalagens', 'Alimentos', 'Plásticos', 'Equipamentos', 'Importadora', 'Agropecuária', 'Química', 'Têxtil', 'Montagens', 'Soluções', 'Transportadora', 'Construções', 'Máquinas', 'Fundição', 'Elétrica', 'Autopeças', 'Farmacêutica', 'Madeiras'],
    brandHeads: ['Brasil', 'Nordeste', 'Sul', 'Norte', 'Centro-Oeste', 'Atlântico', 'Amazônia', 'Cerrado', 'Pantanal', 'Serra', 'Vale', 'Litoral', 'Paulista', 'Mineira', 'Gaúcha', 'Capixaba'],
    brandTails: [''],
    templates: ['{I} {F}', '{I} {F}', '{F} {I}', '{I} {P}', '{B} {I}', '{I} {F} & {F}', '{I} {F} & Filhos', '{I} {B} {P}', '{F} & {F}'],
    legalForms: ['Ltda.', 'Ltda.', 'Ltda.', 'Ltda.', 'Ltda.', 'S.A.', 'S.A.'],
  },
  AU: {
    families: ['Smith', 'Jones', 'Williams', 'Brown', 'Wilson', 'Taylor', 'Johnson', 'White', 'Martin', 'Anderson', 'Thompson', 'Nguyen', 'Thomas', 'Walker', 'Harris', 'Lee', 'Ryan', 'Robinson', 'Kelly', 'King', 'Campbell', 'Mitchell', 'Stewart', "O'Brien", 'Murphy', 'Cooper', 'Clarke', 'Hughes', 'Kennedy', 'Morgan', 'Lewis', 'Wright', 'Edwards', 'Turner', 'Scott', 'Hill', 'Green', 'Baker', 'Walsh', 'Ward'],
    places: ['Sydney', 'Melbourne', 'Brisbane', 'Perth', 'Adelaide', 'Hobart', 'Darwin', 'Canberra', 'Geelong', 'Newcastle', 'Wollongong', 'Townsville', 'Cairns', 'Toowoomba', 'Ballarat', 'Bendigo', 'Pilbara', 'Hunter Valley', 'Gold Coast', 'Riverina', 'Mackay', 'Bunbury', 'Launceston', 'Albury'],
    industries: ['Logistics', 'Mining Services', 'Engineering', 'Construction', 'Civil', 'Freight', 'Supplies', 'Industries', 'Solutions', 'Group', 'Electrical', 'Plumbing', 'Agriculture', 'Trading', 'Resources', 'Fabrication', 'Equipment Hire', 'Transport', 'Technology', 'Services', 'Earthmoving', 'Steel', 'Drilling', 'Haulage', 'Scaffolding', 'Fencing', 'Refrigeration', 'Automation'],
    brandHeads: ['Southern', 'Eastern', 'Western', 'Coastal', 'Red Earth', 'Blue Gum', 'Wattle', 'Eucalypt', 'Kookaburra', 'Ironbark', 'Sunshine', 'Harbourside', 'Coral', 'Outback', 'Southern Cross', 'Blue Mountains', 'Banksia', 'Sandstone', 'Saltbush', 'Emu'],
    brandTails: [''],
    templates: ['{F} {I}', '{F} {I}', '{B} {I}', '{P} {I}', '{F} & {F} {I}', '{F} Bros {I}', '{B} {P} {I}', '{B} {P} {I}'],
    legalForms: ['Pty Ltd', 'Pty Ltd', 'Pty Ltd', 'Pty Ltd', 'Pty Ltd', 'Pty Ltd', 'Pty Ltd', 'Pty Ltd', 'Ltd'],
  },
};

function latinSlot(spec: LatinNaming, slot: string, rng: Rng): string {
  switch (slot) {
    case 'F':
      return rng.pick(spec.families);
    case 'P':
      return rng.pick(spec.places);
    case 'I':
      return rng.pick(spec.industries);
    default:
      return rng.pick(spec.brandHeads) + rng.pick(spec.brandTails);
  }
}

function latinCompany(spec: LatinNaming, rng: Rng): CompanyName {
  // replace() calls back left to right, so the draws happen in a fixed order.
  const name = rng.pick(spec.templates).replace(/\{([FPIB])\}/g, (_, slot: string) => latinSlot(spec, slot, rng));
  return { name, legalName: `${name} ${rng.pick(spec.legalForms)}`, nativeScript: 'Latn' };
}

/** Joins the native words and the Latin words of a phrase separately. */
function joinPairs(words: readonly Pair[], nativeSeparator: string): Pair {
  return [words.map((w) => w[0]).join(nativeSeparator), words.map((w) => w[1]).join(' ')];
}

// Japan: [family, place or brand] + [optional qualifier] + industry, romanised in Hepburn without macrons.
const JP_HEADS: readonly Pair[] = [
  ['山田', 'Yamada'], ['佐藤', 'Sato'], ['鈴木', 'Suzuki'], ['高橋', 'Takahashi'], ['田中', 'Tanaka'], ['伊藤', 'Ito'], ['渡辺', 'Watanabe'], ['中村', 'Nakamura'], ['小林', 'Kobayashi'], ['加藤', 'Kato'], ['吉田', 'Yoshida'], ['松本', 'Matsumoto'], ['井上', 'Inoue'], ['木村', 'Kimura'], ['清水', 'Shimizu'], ['山本', 'Yamamoto'], ['斎藤', 'Saito'], ['森', 'Mori'], ['池田', 'Ikeda'], ['橋本', 'Hashimoto'], ['石川', 'Ishikawa'], ['前田', 'Maeda'],
  ['東京', 'Tokyo'], ['大阪', 'Osaka'], ['横浜', 'Yokohama'], ['名古屋', 'Nagoya'], ['京都', 'Kyoto'], ['神戸', 'Kobe'], ['札幌', 'Sapporo'], ['福岡', 'Fukuoka'], ['北海道', 'Hokkaido'], ['九州', 'Kyushu'], ['東海', 'Tokai'], ['関西', 'Kansai'], ['中部', 'Chubu'], ['北陸', 'Hokuriku'], ['四国', 'Shikoku'], ['千葉', 'Chiba'], ['埼玉', 'Saitama'], ['静岡', 'Shizuoka'], ['広島', 'Hiroshima'], ['仙台', 'Sendai'], ['新潟', 'Niigata'], ['岡山', 'Okayama'],
  ['さくら', 'Sakura'], ['富士', 'Fuji'], ['大和', 'Yamato'], ['東洋', 'Toyo'], ['日本', 'Nihon'], ['三和', 'Sanwa'], ['旭', 'Asahi'], ['昭和', 'Showa'], ['大成', 'Taisei'], ['光', 'Hikari'], ['若葉', 'Wakaba'], ['みらい', 'Mirai'], ['太陽', 'Taiyo'], ['明治', 'Meiji'], ['第一', 'Daiichi'], ['東亜', 'Toa'], ['日東', 'Nitto'], ['大同', 'Daido'], ['共栄', 'Kyoei'], ['平和', 'Heiwa'], ['千代田', 'Chiyoda'], ['新和', 'Shinwa'],
];
const JP_QUALIFIERS: readonly Pair[] = [['精密', 'Seimitsu'], ['総合', 'Sogo'], ['国際', 'Kokusai'], ['中央', 'Chuo'], ['技研', 'Giken']];
const JP_INDUSTRIES: readonly Pair[] = [
  ['物流', 'Butsuryu'], ['商事', 'Shoji'], ['工業', 'Kogyo'], ['建設', 'Kensetsu'], ['電機', 'Denki'], ['製作所', 'Seisakusho'], ['化学', 'Kagaku'], ['精機', 'Seiki'], ['運輸', 'Unyu'], ['食品', 'Shokuhin'], ['産業', 'Sangyo'], ['製薬', 'Seiyaku'], ['電子', 'Denshi'], ['不動産', 'Fudosan'], ['倉庫', 'Soko'], ['鉄工', 'Tekko'], ['印刷', 'Insatsu'], ['化成', 'Kasei'], ['通商', 'Tsusho'], ['紙業', 'Shigyo'], ['貿易', 'Boeki'], ['機工', 'Kiko'], ['電装', 'Denso'], ['金型', 'Kanagata'], ['塗装', 'Toso'], ['工務店', 'Komuten'],
  ['化学工業', 'Kagaku Kogyo'], ['金属工業', 'Kinzoku Kogyo'], ['機械工業', 'Kikai Kogyo'], ['電気工業', 'Denki Kogyo'], ['運輸倉庫', 'Unyu Soko'],
  // Loanwords are written in katakana and registered in English.
  ['ソフト', 'Soft'], ['テック', 'Tech'], ['エンジニアリング', 'Engineering'], ['ロジスティクス', 'Logistics'], ['ソリューションズ', 'Solutions'],
];
// Repeats weight the forms: 株式会社 is far more common than 合同会社.
const JP_FORMS: readonly Pair[] = [['株式会社', 'K.K.'], ['株式会社', 'K.K.'], ['株式会社', 'K.K.'], ['合同会社', 'G.K.']];

function japaneseCompany(rng: Rng): CompanyName {
  const words: Pair[] = [rng.pick(JP_HEADS)];
  if (rng.chance(0.4)) words.push(rng.pick(JP_QUALIFIERS));
  words.push(rng.pick(JP_INDUSTRIES));
  const [core, name] = joinPairs(words, '');
  const [formNative, formLatin] = rng.pick(JP_FORMS);
  // The legal form may stand before (株式会社さくら物流) or after the name; both are registered forms.
  const nativeName = rng.chance(0.3) ? formNative + core : core + formNative;
  return { name, legalName: `${name} ${formLatin}`, nativeName, nativeScript: 'Jpan' };
}

// China: city + two-character trade name + industry (+ group) + 有限公司, the order of the registered name.
const CN_PLACES: readonly Pair[] = [
  ['上海', 'Shanghai'], ['北京', 'Beijing'], ['深圳', 'Shenzhen'], ['广州', 'Guangzhou'], ['杭州', 'Hangzhou'], ['苏州', 'Suzhou'], ['南京', 'Nanjing'], ['成都', 'Chengdu'], ['武汉', 'Wuhan'], ['天津', 'Tianjin'],
  ['重庆', 'Chongqing'], ['青岛', 'Qingdao'], ['宁波', 'Ningbo'], ['厦门', 'Xiamen'], ['西安', "Xi'an"], ['东莞', 'Dongguan'], ['无锡', 'Wuxi'], ['大连', 'Dalian'], ['佛山', 'Foshan'], ['长沙', 'Changsha'],
];
// The two halves never share a syllable and no second half starts with a vowel, so the pinyin
// joins without apostrophes or doubled syllables.
const CN_TRADE_FIRST: readonly Pair[] = [
  ['华', 'Hua'], ['中', 'Zhong'], ['宏', 'Hong'], ['金', 'Jin'], ['恒', 'Heng'], ['永', 'Yong'], ['天', 'Tian'], ['瑞', 'Rui'], ['嘉', 'Jia'], ['信', 'Xin'], ['联', 'Lian'], ['国', 'Guo'], ['海', 'Hai'], ['东', 'Dong'], ['南', 'Nan'], ['博', 'Bo'],
];
const CN_TRADE_SECOND: readonly Pair[] = [
  ['丰', 'feng'], ['达', 'da'], ['兴', 'xing'], ['源', 'yuan'], ['通', 'tong'], ['盛', 'sheng'], ['泰', 'tai'], ['辉', 'hui'], ['德', 'de'], ['和', 'he'], ['昌', 'chang'], ['润', 'run'], ['宇', 'yu'], ['诚', 'cheng'], ['隆', 'long'], ['力', 'li'], ['创', 'chuang'], ['发', 'fa'],
];
const CN_INDUSTRIES: readonly Pair[] = [
  ['贸易', 'Trading'], ['科技', 'Technology'], ['电子', 'Electronics'], ['机械', 'Machinery'], ['物流', 'Logistics'], ['化工', 'Chemical'], ['实业', 'Industrial'], ['建设', 'Construction'], ['医药', 'Pharmaceutical'], ['食品', 'Food'], ['纺织', 'Textile'],
  ['汽车零部件', 'Auto Parts'], ['新能源', 'New Energy'], ['信息技术', 'Information Technology'], ['供应链管理', 'Supply Chain Management'], ['环保科技', 'Environmental Technology'], ['精密制造', 'Precision Manufacturing'], ['国际贸易', 'International Trading'], ['进出口', 'Import & Export'], ['电器', 'Electrical Appliances'], ['包装', 'Packaging'], ['软件', 'Software'],
];
const CN_GROUP: Pair = ['集团', 'Group'];

function chineseCompany(rng: Rng): CompanyName {
  const [firstNative, firstLatin] = rng.pick(CN_TRADE_FIRST);
  const [secondNative, secondLatin] = rng.pick(CN_TRADE_SECOND);
  const words: Pair[] = [rng.pick(CN_PLACES), [firstNative + secondNative, firstLatin + secondLatin], rng.pick(CN_INDUSTRIES)];
  if (rng.chance(0.15)) words.push(CN_GROUP);
  const [core, name] = joinPairs(words, '');
  return { name, legalName: `${name} Co., Ltd.`, nativeName: `${core}有限公司`, nativeScript: 'Hans' };
}

// Russia: a contracted brand (Север + сталь = Северсталь) with an optional second word, in «» after
// the legal form. Latin forms are a simple transliteration (ь dropped, х = kh, ж = zh).
const RU_BRAND_HEADS: readonly Pair[] = [
  ['Север', 'Sever'], ['Урал', 'Ural'], ['Сиб', 'Sib'], ['Балт', 'Balt'], ['Дон', 'Don'], ['Юг', 'Yug'], ['Рос', 'Ros'], ['Кам', 'Kam'], ['Амур', 'Amur'],
  ['Центр', 'Tsentr'], ['Восток', 'Vostok'], ['Алтай', 'Altay'], ['Байкал', 'Baykal'], ['Енисей', 'Yenisey'], ['Волго', 'Volgo'], ['Запад', 'Zapad'], ['Мос', 'Mos'], ['Петро', 'Petro'],
  ['Даль', 'Dal'], ['Кузбасс', 'Kuzbass'], ['Кавказ', 'Kavkaz'], ['Ямал', 'Yamal'], ['Таймыр', 'Taymyr'], ['Сахалин', 'Sakhalin'],
];
const RU_BRAND_TAILS: readonly Pair[] = [
  ['сталь', 'stal'], ['маш', 'mash'], ['строй', 'stroy'], ['транс', 'trans'], ['хим', 'khim'], ['тех', 'tekh'], ['снаб', 'snab'], ['пром', 'prom'], ['энерго', 'energo'], ['нефть', 'neft'], ['газ', 'gaz'], ['лес', 'les'], ['металл', 'metall'], ['агро', 'agro'], ['торг', 'torg'],
  ['бетон', 'beton'], ['пласт', 'plast'], ['авто', 'avto'], ['электро', 'elektro'], ['уголь', 'ugol'],
];
const RU_WORDS: readonly Pair[] = [
  ['Логистика', 'Logistika'], ['Инжиниринг', 'Inzhiniring'], ['Сервис', 'Servis'], ['Групп', 'Grupp'], ['Холдинг', 'Kholding'], ['Комплект', 'Komplekt'], ['Проект', 'Proekt'], ['Ресурс', 'Resurs'],
  ['Технологии', 'Tekhnologii'], ['Монтаж', 'Montazh'], ['Инвест', 'Invest'], ['Системы', 'Sistemy'], ['Трейд', 'Treyd'], ['Импорт', 'Import'], ['Регион', 'Region'],
  ['Партнер', 'Partner'], ['Альянс', 'Alyans'], ['Стандарт', 'Standart'], ['Комплекс', 'Kompleks'], ['Поставка', 'Postavka'], ['Ремонт', 'Remont'], ['Развитие', 'Razvitie'],
];
// Repeats weight the forms: ООО is far more common than АО.
const RU_FORMS: readonly Pair[] = [['ООО', 'OOO'], ['ООО', 'OOO'], ['ООО', 'OOO'], ['АО', 'AO']];

function russianCompany(rng: Rng): CompanyName {
  const [headNative, headLatin] = rng.pick(RU_BRAND_HEADS);
  const [tailNative, tailLatin] = rng.pick(RU_BRAND_TAILS);
  const words: Pair[] = [[headNative + tailNative, headLatin + tailLatin]];
  if (rng.chance(0.8)) words.push(rng.pick(RU_WORDS));
  const [core, name] = joinPairs(words, ' ');
  const [formNative, formLatin] = rng.pick(RU_FORMS);
  return { name, legalName: `${formLatin} ${name}`, nativeName: `${formNative} «${core}»`, nativeScript: 'Cyrl' };
}

// Saudi Arabia: شركة + name (+ adjective) + activity with the preposition لِـ (للتجارة = "for trading").
const SA_NAMES: readonly Pair[] = [
  ['النخيل', 'Al Nakheel'], ['الخليج', 'Al Khaleej'], ['الصحراء', 'Al Sahraa'], ['الفجر', 'Al Fajr'], ['النور', 'Al Noor'], ['الأفق', 'Al Ofoq'], ['الشرق', 'Al Sharq'], ['الجزيرة', 'Al Jazeera'], ['الرواد', 'Al Rowad'], ['الأمل', 'Al Amal'],
  ['الهلال', 'Al Hilal'], ['السلام', 'Al Salam'], ['الفيصلية', 'Al Faisaliah'], ['الواحة', 'Al Waha'], ['الريان', 'Al Rayyan'], ['المسار', 'Al Masar'], ['الصفوة', 'Al Safwa'], ['البيان', 'Al Bayan'], ['الإتقان', 'Al Itqan'], ['الراية', 'Al Raya'],
  ['البركة', 'Al Baraka'], ['الوفاء', 'Al Wafa'], ['الإنماء', 'Al Inmaa'], ['الريادة', 'Al Riyada'], ['التميز', 'Al Tamayuz'], ['النجاح', 'Al Najah'], ['الأصالة', 'Al Asala'], ['الخير', 'Al Khair'], ['الفرسان', 'Al Fursan'], ['الساحل', 'Al Sahel'],
];
const SA_FAMILIES: readonly Pair[] = [
  ['العتيبي', 'Al Otaibi'], ['القحطاني', 'Al Qahtani'], ['الزهراني', 'Al Zahrani'], ['الغامدي', 'Al Ghamdi'], ['الشهري', 'Al Shehri'], ['الدوسري', 'Al Dosari'], ['الحربي', 'Al Harbi'], ['العمري', 'Al Omari'], ['الراجحي', 'Al Rajhi'], ['السبيعي', 'Al Subaie'], ['المطيري', 'Al Mutairi'], ['الشمري', 'Al Shammari'],
  ['الأحمدي', 'Al Ahmadi'], ['السديري', 'Al Sudairi'], ['العنزي', 'Al Anazi'], ['البلوي', 'Al Balawi'], ['الجهني', 'Al Juhani'], ['الثقفي', 'Al Thaqafi'], ['العسيري', 'Al Asiri'], ['المالكي', 'Al Malki'],
];
const SA_GIVEN: readonly Pair[] = [
  ['محمد', 'Mohammed'], ['عبدالله', 'Abdullah'], ['فهد', 'Fahad'], ['سعد', 'Saad'], ['خالد', 'Khalid'], ['عبدالعزيز', 'Abdulaziz'], ['ناصر', 'Nasser'], ['سلمان', 'Salman'], ['تركي', 'Turki'], ['إبراهيم', 'Ibrahim'],
];
// Cities keep their usual English spelling (Riyadh, not Al Riyadh).
const SA_PLACES: readonly Pair[] = [
  ['الرياض', 'Riyadh'], ['جدة', 'Jeddah'], ['الدمام', 'Dammam'], ['مكة', 'Makkah'], ['المدينة', 'Madinah'], ['الخبر', 'Al Khobar'], ['الجبيل', 'Jubail'], ['ينبع', 'Yanbu'], ['تبوك', 'Tabuk'], ['أبها', 'Abha'], ['القصيم', 'Al Qassim'], ['الأحساء', 'Al Ahsa'], ['نجران', 'Najran'], ['الطائف', 'Taif'], ['حائل', 'Hail'], ['جازان', 'Jazan'],
];
// Feminine forms, agreeing with شركة.
const SA_ADJECTIVES: readonly Pair[] = [
  ['الوطنية', 'National'], ['المتحدة', 'United'], ['العربية', 'Arabian'], ['الدولية', 'International'], ['الحديثة', 'Modern'], ['المتقدمة', 'Advanced'], ['السعودية', 'Saudi'], ['الخليجية', 'Gulf'],
];
const SA_ACTIVITIES: readonly Pair[] = [
  ['للتجارة', 'Trading'], ['للمقاولات', 'Contracting'], ['للصناعات', 'Industries'], ['للخدمات اللوجستية', 'Logistics Services'], ['للاستثمار', 'Investment'], ['للتقنية', 'Technology'], ['للأغذية', 'Foods'], ['للنقل', 'Transport'], ['للطاقة', 'Energy'],
  ['للكيماويات', 'Chemicals'], ['للهندسة', 'Engineering'], ['للتطوير العقاري', 'Real Estate Development'], ['للخدمات الطبية', 'Medical Services'], ['للتوريدات', 'Supplies'], ['للتشغيل والصيانة', 'Operation & Maintenance'], ['للتصنيع', 'Manufacturing'], ['للاتصالات', 'Telecommunications'], ['للخدمات', 'Services'],
  ['للمعدات', 'Equipment'], ['للتسويق', 'Marketing'], ['للخدمات البيئية', 'Environmental Services'], ['للحديد والصلب', 'Iron & Steel'], ['للإلكترونيات', 'Electronics'], ['للأمن والسلامة', 'Safety & Security'],
];

function saudiHead(rng: Rng): Pair {
  const roll = rng.next();
  if (roll < 0.35) return rng.pick(SA_NAMES);
  if (roll < 0.55) return rng.pick(SA_FAMILIES);
  if (roll < 0.8) return joinPairs([rng.pick(SA_GIVEN), rng.pick(SA_FAMILIES)], ' ');
  return rng.pick(SA_PLACES);
}

function saudiCompany(rng: Rng): CompanyName {
  const words: Pair[] = [saudiHead(rng)];
  if (rng.chance(0.5)) words.push(rng.pick(SA_ADJECTIVES));
  words.push(rng.pick(SA_ACTIVITIES));
  const [core, name] = joinPairs(words, ' ');
  const limited = rng.chance(0.4);
  const nativeName = `شركة ${core}${limited ? ' ذات مسؤولية محدودة' : ''}`;
  return { name, legalName: `${name} ${limited ? 'LLC' : 'Co.'}`, nativeName, nativeScript: 'Arab' };
}

// India: Hindi spellings of names that are registered in English, so the English words appear
// transliterated (इंजीनियरिंग = Engineering), as on Hindi signage and letterheads.
const IN_FAMILIES: readonly Pair[] = [
  ['शर्मा', 'Sharma'], ['गुप्ता', 'Gupta'], ['अग्रवाल', 'Agarwal'], ['मेहता', 'Mehta'], ['पटेल', 'Patel'], ['सिंह', 'Singh'], ['वर्मा', 'Verma'], ['जैन', 'Jain'], ['रेड्डी', 'Reddy'], ['अय्यर', 'Iyer'], ['कपूर', 'Kapoor'], ['मल्होत्रा', 'Malhotra'], ['बंसल', 'Bansal'],
  ['चौधरी', 'Chaudhary'], ['जोशी', 'Joshi'], ['देसाई', 'Desai'], ['नायर', 'Nair'], ['राव', 'Rao'], ['खन्ना', 'Khanna'], ['सक्सेना', 'Saxena'], ['मित्तल', 'Mittal'], ['गोयल', 'Goyal'], ['शाह', 'Shah'], ['त्रिवेदी', 'Trivedi'], ['भाटिया', 'Bhatia'],
  ['कुमार', 'Kumar'], ['यादव', 'Yadav'], ['पांडे', 'Pandey'], ['मिश्रा', 'Mishra'], ['तिवारी', 'Tiwari'], ['अरोड़ा', 'Arora'], ['सेठी', 'Sethi'], ['चोपड़ा', 'Chopra'], ['बजाज', 'Bajaj'], ['गर्ग', 'Garg'],
];
const IN_DEITIES: readonly Pair[] = [
  ['गणेश', 'Ganesh'], ['बालाजी', 'Balaji'], ['कृष्णा', 'Krishna'], ['लक्ष्मी', 'Lakshmi'], ['साई', 'Sai'], ['राम', 'Ram'], ['दुर्गा', 'Durga'], ['हनुमान', 'Hanuman'], ['अंबिका', 'Ambika'], ['शिव', 'Shiv'],
];
const IN_SHREE: Pair = ['श्री', 'Shree'];
const IN_BRANDS: readonly Pair[] = [
  ['भारत', 'Bharat'], ['सूर्या', 'Surya'], ['ओम', 'Om'], ['सिद्धि', 'Siddhi'], ['हिंदुस्तान', 'Hindustan'], ['नवभारत', 'Navbharat'], ['प्रगति', 'Pragati'], ['विजय', 'Vijay'], ['आदर्श', 'Adarsh'], ['किरण', 'Kiran'],
];
const IN_PLACES: readonly Pair[] = [
  ['मुंबई', 'Mumbai'], ['पुणे', 'Pune'], ['दिल्ली', 'Delhi'], ['चेन्नई', 'Chennai'], ['कोलकाता', 'Kolkata'], ['अहमदाबाद', 'Ahmedabad'], ['जयपुर', 'Jaipur'], ['सूरत', 'Surat'], ['कानपुर', 'Kanpur'], ['इंदौर', 'Indore'], ['लुधियाना', 'Ludhiana'], ['नागपुर', 'Nagpur'], ['हैदराबाद', 'Hyderabad'], ['बेंगलुरु', 'Bengaluru'], ['कोयंबटूर', 'Coimbatore'],
];
// Initials as read aloud (आर = R, के = K): "RK Steel" is a common kind of Indian company name.
const IN_INITIALS: readonly Pair[] = [
  ['ए', 'A'], ['बी', 'B'], ['डी', 'D'], ['जी', 'G'], ['जे', 'J'], ['के', 'K'], ['एम', 'M'], ['एन', 'N'], ['पी', 'P'], ['आर', 'R'], ['एस', 'S'], ['वी', 'V'],
];
const IN_QUALIFIERS: readonly Pair[] = [['इंटरनेशनल', 'International'], ['ग्लोबल', 'Global']];
const IN_INDUSTRIES: readonly Pair[] = [
  ['इंजीनियरिंग', 'Engineering'], ['टेक्सटाइल्स', 'Textiles'], ['फार्मास्युटिकल्स', 'Pharmaceuticals'], ['इंडस्ट्रीज़', 'Industries'], ['एंटरप्राइजेज', 'Enterprises'], ['ट्रेडिंग', 'Trading'], ['लॉजिस्टिक्स', 'Logistics'], ['सॉफ्टवेयर', 'Software'], ['केमिकल्स', 'Chemicals'], ['स्टील', 'Steel'], ['ऑटो कंपोनेंट्स', 'Auto Components'],
  ['एक्सपोर्ट्स', 'Exports'], ['इन्फ्राटेक', 'Infratech'], ['पॉलिमर्स', 'Polymers'], ['मैन्युफैक्चरिंग', 'Manufacturing'], ['सर्विसेज', 'Services'], ['टेक्नोलॉजीज', 'Technologies'], ['फूड्स', 'Foods'], ['पैकेजिंग', 'Packaging'], ['इलेक्ट्रिकल्स', 'Electricals'], ['कंस्ट्रक्शन', 'Construction'], ['मेटल्स', 'Metals'],
  ['प्लास्टिक्स', 'Plastics'], ['फोर्जिंग्स', 'Forgings'], ['कास्टिंग्स', 'Castings'], ['एग्रो', 'Agro'], ['इन्फोटेक', 'Infotech'], ['ट्रांसपोर्ट', 'Transport'], ['मशीन टूल्स', 'Machine Tools'], ['फैब्रिकेटर्स', 'Fabricators'],
];
// Repeats weight the forms: private limited companies far outnumber public ones.
const IN_FORMS: readonly Pair[] = [['प्राइवेट लिमिटेड', 'Pvt Ltd'], ['प्राइवेट लिमिटेड', 'Pvt Ltd'], ['प्राइवेट लिमिटेड', 'Pvt Ltd'], ['लिमिटेड', 'Ltd']];

function indianHead(rng: Rng): Pair {
  const roll = rng.next();
  if (roll < 0.35) return rng.pick(IN_FAMILIES);
  if (roll < 0.5) return rng.chance(0.5) ? joinPairs([IN_SHREE, rng.pick(IN_DEITIES)], ' ') : rng.pick(IN_DEITIES);
  if (roll < 0.6) return rng.pick(IN_BRANDS);
  if (roll < 0.75) return rng.pick(IN_PLACES);
  const [first, second] = [rng.pick(IN_INITIALS), rng.pick(IN_INITIALS)];
  return [first[0] + second[0], first[1] + second[1]];
}

function indianCompany(rng: Rng): CompanyName {
  const words: Pair[] = [indianHead(rng)];
  if (rng.chance(0.25)) words.push(rng.pick(IN_QUALIFIERS));
  words.push(rng.pick(IN_INDUSTRIES));
  const [core, name] = joinPairs(words, ' ');
  const [formNative, formLatin] = rng.pick(IN_FORMS);
  return { name, legalName: `${name} ${formLatin}`, nativeName: `${core} ${formNative}`, nativeScript: 'Deva' };
}

const NATIVE: Record<NativeCountry, (rng: Rng) => CompanyName> = {
  JP: japaneseCompany,
  CN: chineseCompany,
  RU: russianCompany,
  SA: saudiCompany,
  IN: indianCompany,
};

function hasNativeScript(country: CountryCode): country is NativeCountry {
  return country in NATIVE;
}

export function generateCompanyName(country: CountryCode, rng: Rng): CompanyName {
  return hasNativeScript(country) ? NATIVE[country](rng) : latinCompany(LATIN[country], rng);
}

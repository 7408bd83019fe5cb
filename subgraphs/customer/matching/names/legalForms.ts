/**
 * Legal-form designators across languages, as data, mapped to canonical codes.
 *
 * Why: "Siemens AG", "Siemens Aktiengesellschaft" and "SIEMENS A.G." name one company, and
 * «ООО "Ромашка"» is "Romashka LLC". The matcher compares names with the designator removed and
 * compares the designators separately (same code, same family, or a different kind of entity).
 *
 * Each entry lists spellings as people write them; the lookup keys are built at load time with
 * the same folding as names (normalise.ts), so dots, case, diacritics and spacing do not matter
 * ("S.à r.l." = "SARL" = "s a r l"). `concept` joins codes that are the same thing in two
 * languages (ООО = LLC); `family` groups codes of the same kind of entity (GmbH and Ltd are both
 * private limited companies; АНО is a non-profit). Sources: ISO 20275 Entity Legal Forms list
 * and national company law; only designators in real use are listed.
 */

export type LegalFamily =
  /** Companies whose capital is divided into shares that can be offered to the public. */
  | 'stock'
  /** Private limited-liability companies. */
  | 'limited'
  /** Partnerships (general, limited, limited liability). */
  | 'partnership'
  /** "Company", "Corporation", "Inc.", "Co., Ltd.": used loosely for both of the above. */
  | 'generic'
  | 'nonprofit'
  | 'cooperative'
  /** State-owned unitary enterprises. */
  | 'state'
  /** A person trading in their own name (sole trader, ИП). */
  | 'sole'
  /** "Group", 集团: a descriptor, not a legal form; never makes two names differ. */
  | 'group';

export interface LegalFormEntry {
  /** Canonical code, e.g. 'GMBH'. */
  readonly code: string;
  readonly family: LegalFamily;
  /** Cross-language equivalent code (ООО -> 'LLC'); defaults to `code`. */
  readonly concept?: string;
  /** Spellings in any script. Han/kana/Hangul/Thai/Khmer spellings also match inside a word. */
  readonly forms: readonly string[];
  /**
   * Only recognised at the end of a name. For short Latin abbreviations that are also words or
   * initials at the start of a name ("AG Barr", "SA Brain", "Co-operative Bank").
   */
  readonly suffixOnly?: boolean;
}

export const LEGAL_FORMS: readonly LegalFormEntry[] = [
  // English-speaking jurisdictions
  { code: 'INC', family: 'generic', forms: ['Inc', 'Inc.', 'Incorporated'], suffixOnly: true },
  { code: 'CORP', family: 'generic', forms: ['Corp', 'Corp.', 'Corporation', 'Corpn'], suffixOnly: true },
  {
    code: 'CO',
    family: 'generic',
    forms: ['Co', 'Co.', 'Company', 'Cie', 'Compagnie', 'Cia', 'Companhia', 'Compañía'],
    suffixOnly: true,
  },
  { code: 'LTD', family: 'limited', forms: ['Ltd', 'Ltd.', 'Limited', 'Ltée', 'Ltee'], suffixOnly: true },
  {
    code: 'CO_LTD',
    family: 'generic',
    forms: [
      'Co Ltd',
      'Co., Ltd.',
      'Company Limited',
      'Co Limited',
      'Co. Limited',
      'Youxian Gongsi',
      'Gufen Youxian Gongsi',
    ],
    suffixOnly: true,
  },
  {
    code: 'LLC',
    family: 'limited',
    forms: ['LLC', 'L.L.C.', 'Limited Liability Company', 'Ltd Liability Co', 'Limited Liability Co'],
  },
  {
    code: 'PLLC',
    family: 'limited',
    forms: ['PLLC', 'P.L.L.C.', 'Professional Limited Liability Company'],
    suffixOnly: true,
  },
  {
    code: 'PLC',
    family: 'stock',
    forms: ['PLC', 'P.L.C.', 'Public Limited Company', 'Public Ltd Co'],
    suffixOnly: true,
  },
  { code: 'LLP', family: 'partnership', forms: ['LLP', 'L.L.P.', 'Limited Liability Partnership'], suffixOnly: true },
  { code: 'LP', family: 'partnership', forms: ['LP', 'L.P.', 'Limited Partnership'], suffixOnly: true },
  { code: 'PC', family: 'generic', forms: ['P.C.', 'Professional Corporation'], suffixOnly: true },
  { code: 'NA', family: 'generic', forms: ['N.A.', 'National Association'], suffixOnly: true },
  {
    code: 'PVT_LTD',
    family: 'limited',
    // "(P) Ltd": how Indian registers abbreviate Private Limited.
    forms: ['Pvt Ltd', 'Pvt. Ltd.', 'P Ltd', 'P. Ltd.', 'Private Limited', 'Pvt Limited', 'प्राइवेट लिमिटेड'],
    suffixOnly: true,
  },
  {
    code: 'PTY_LTD',
    family: 'limited',
    forms: ['Pty Ltd', 'Pty. Ltd.', 'Pty Limited', 'Proprietary Limited', 'Pty'],
    suffixOnly: true,
  },
  { code: 'PTE_LTD', family: 'limited', forms: ['Pte Ltd', 'Pte. Ltd.', 'Pte Limited', 'Pte'], suffixOnly: true },
  { code: 'LTD', family: 'limited', forms: ['लिमिटेड', 'लि.'] },
  { code: 'CO', family: 'generic', forms: ['कंपनी'] },
  { code: 'SDN_BHD', family: 'limited', forms: ['Sdn Bhd', 'Sdn. Bhd.', 'Sendirian Berhad'], suffixOnly: true },
  { code: 'BHD', family: 'stock', forms: ['Bhd', 'Berhad'], suffixOnly: true },
  // German-speaking
  {
    code: 'GMBH',
    family: 'limited',
    forms: ['GmbH', 'G.m.b.H.', 'Ges.m.b.H.', 'GesmbH', 'Gesellschaft mit beschränkter Haftung', 'Gesellschaft mbH'],
    suffixOnly: true,
  },
  {
    code: 'GGMBH',
    family: 'nonprofit',
    forms: ['gGmbH', 'gemeinnützige GmbH', 'gemeinnützige Gesellschaft mit beschränkter Haftung'],
    suffixOnly: true,
  },
  {
    code: 'UG',
    family: 'limited',
    forms: ['UG (haftungsbeschränkt)', 'UG haftungsbeschränkt', 'Unternehmergesellschaft (haftungsbeschränkt)'],
    suffixOnly: true,
  },
  { code: 'AG', family: 'stock', forms: ['AG', 'A.G.', 'Aktiengesellschaft'], suffixOnly: true },
  {
    code: 'KGAA',
    family: 'stock',
    forms: ['KGaA', 'Kommanditgesellschaft auf Aktien', 'AG & Co. KGaA', 'SE & Co. KGaA'],
    suffixOnly: true,
  },
  {
    code: 'GMBH_CO_KG',
    family: 'partnership',
    forms: [
      'GmbH & Co. KG',
      'GmbH & Co KG',
      'GmbH und Co. KG',
      'GmbH u. Co. KG',
      'GmbH + Co. KG',
      'GmbH Co KG',
      'GmbH & Cie. KG',
    ],
    suffixOnly: true,
  },
  { code: 'AG_CO_KG', family: 'partnership', forms: ['AG & Co. KG', 'AG & Co KG'], suffixOnly: true },
  { code: 'KG', family: 'partnership', forms: ['KG', 'Kommanditgesellschaft'], suffixOnly: true },
  { code: 'OHG', family: 'partnership', forms: ['OHG', 'oHG', 'Offene Handelsgesellschaft'], suffixOnly: true },
  { code: 'GBR', family: 'partnership', forms: ['GbR', 'Gesellschaft bürgerlichen Rechts'], suffixOnly: true },
  { code: 'EV', family: 'nonprofit', forms: ['e.V.', 'eV', 'eingetragener Verein'], suffixOnly: true },
  { code: 'EG', family: 'cooperative', forms: ['eG', 'e.G.', 'eingetragene Genossenschaft'], suffixOnly: true },
  {
    code: 'EK',
    family: 'sole',
    forms: ['e.K.', 'e.Kfm.', 'eingetragener Kaufmann', 'eingetragene Kauffrau'],
    suffixOnly: true,
  },
  { code: 'SE', family: 'stock', forms: ['SE', 'Societas Europaea'], suffixOnly: true },
  // French, Spanish, Portuguese, Italian, Romanian
  {
    code: 'SA',
    family: 'stock',
    forms: [
      'S.A.',
      'SA',
      'Société Anonyme',
      'Sociedad Anónima',
      'Sociedade Anônima',
      'Sociedade Anónima',
      'Spółka Akcyjna',
      'Société anonyme',
    ],
    suffixOnly: true,
  },
  {
    code: 'SAS',
    family: 'stock',
    forms: ['S.A.S.', 'SAS', 'SASU', 'Société par actions simplifiée', 'Société par actions simplifiée unipersonnelle'],
    suffixOnly: true,
  },
  {
    code: 'SARL',
    family: 'limited',
    forms: ['SARL', 'S.A.R.L.', 'S.à r.l.', 'Sàrl', 'EURL', 'Société à responsabilité limitée'],
    suffixOnly: true,
  },
  { code: 'SNC', family: 'partnership', forms: ['SNC', 'S.N.C.', 'Société en nom collectif'], suffixOnly: true },
  {
    code: 'SA_DE_CV',
    family: 'stock',
    forms: ['S.A. de C.V.', 'SA de CV', 'S.A.B. de C.V.', 'SAB de CV', 'S.A.P.I. de C.V.'],
    suffixOnly: true,
  },
  { code: 'SRL_DE_CV', family: 'limited', forms: ['S. de R.L. de C.V.', 'S de RL de CV'], suffixOnly: true },
  {
    code: 'SL',
    family: 'limited',
    forms: ['S.L.', 'SL', 'S.L.U.', 'SLU', 'Sociedad Limitada', 'Sociedad Limitada Unipersonal'],
    suffixOnly: true,
  },
  {
    code: 'SRL',
    family: 'limited',
    forms: [
      'S.R.L.',
      'SRL',
      'Srl',
      'S. de R.L.',
      'Società a responsabilità limitata',
      'Sociedad de Responsabilidad Limitada',
      'Societatea cu Răspundere Limitată',
      'Societate cu Răspundere Limitată',
    ],
  },
  { code: 'SPA', family: 'stock', forms: ['S.p.A.', 'SpA', 'Società per Azioni'], suffixOnly: true },
  {
    code: 'LTDA',
    family: 'limited',
    forms: ['Ltda', 'Ltda.', 'Limitada', 'Sociedade Limitada', 'Sociedade Empresária Limitada'],
    suffixOnly: true,
  },
  {
    code: 'EIRELI',
    family: 'limited',
    forms: ['EIRELI', 'Empresa Individual de Responsabilidade Limitada'],
    suffixOnly: true,
  },
  // Benelux, Nordics, Baltics, Central and Eastern Europe
  {
    code: 'BV',
    family: 'limited',
    forms: ['B.V.', 'BV', 'Besloten Vennootschap', 'Besloten Vennootschap met beperkte aansprakelijkheid'],
    suffixOnly: true,
  },
  { code: 'BVBA', family: 'limited', forms: ['BVBA', 'B.V.B.A.', 'SPRL', 'S.P.R.L.'], suffixOnly: true },
  { code: 'NV', family: 'stock', forms: ['N.V.', 'NV', 'Naamloze Vennootschap'], suffixOnly: true },
  { code: 'VOF', family: 'partnership', forms: ['V.O.F.', 'VOF', 'Vennootschap onder firma'], suffixOnly: true },
  {
    code: 'CV',
    family: 'partnership',
    forms: ['C.V.', 'CV', 'Commanditaire Vennootschap', 'Persekutuan Komanditer'],
    suffixOnly: true,
  },
  {
    code: 'AB',
    family: 'stock',
    forms: ['AB', 'Aktiebolag', 'Aktiebolaget', 'AB (publ)', 'AB publ'],
    suffixOnly: true,
  },
  {
    code: 'AS',
    family: 'stock',
    forms: ['A/S', 'AS', 'A.S.', 'Aktieselskab', 'Aksjeselskap', 'Aktsiaselts'],
    suffixOnly: true,
  },
  { code: 'ASA', family: 'stock', forms: ['ASA', 'Allmennaksjeselskap'], suffixOnly: true },
  { code: 'APS', family: 'limited', forms: ['ApS', 'Anpartsselskab'], suffixOnly: true },
  { code: 'OY', family: 'stock', forms: ['Oy', 'Osakeyhtiö'], suffixOnly: true },
  { code: 'OYJ', family: 'stock', forms: ['Oyj', 'Julkinen osakeyhtiö'], suffixOnly: true },
  { code: 'OU', family: 'limited', forms: ['OÜ', 'Osaühing'] },
  { code: 'UAB', family: 'limited', forms: ['UAB', 'Uždaroji akcinė bendrovė'] },
  { code: 'SIA', family: 'limited', forms: ['SIA', 'Sabiedrība ar ierobežotu atbildību'] },
  {
    code: 'SPZOO',
    family: 'limited',
    forms: ['Sp. z o.o.', 'Sp. z.o.o.', 'Spółka z ograniczoną odpowiedzialnością', 'Sp. z o. o.'],
    suffixOnly: true,
  },
  {
    code: 'SRO',
    family: 'limited',
    forms: ['s.r.o.', 'spol. s r.o.', 'Společnost s ručením omezeným', 'Spoločnosť s ručením obmedzeným'],
    suffixOnly: true,
  },
  { code: 'KFT', family: 'limited', forms: ['Kft', 'Kft.', 'Korlátolt felelősségű társaság'], suffixOnly: true },
  { code: 'ZRT', family: 'stock', forms: ['Zrt', 'Zrt.', 'Nyrt', 'Nyrt.'], suffixOnly: true },
  {
    code: 'DOO',
    family: 'limited',
    forms: ['d.o.o.', 'DOO', 'društvo s ograničenom odgovornošću', 'ДОО'],
    suffixOnly: true,
  },
  { code: 'DD', family: 'stock', forms: ['d.d.', 'dioničko društvo'], suffixOnly: true },
  { code: 'EOOD', family: 'limited', forms: ['ЕООД', 'EOOD', 'ООД', 'OOD'] },
  { code: 'AD', family: 'stock', forms: ['АД', 'ЕАД', 'EAD'] },
  // Turkish, Greek, Hebrew
  {
    code: 'AS_TR',
    family: 'stock',
    concept: 'SA',
    forms: ['A.Ş.', 'Anonim Şirketi', 'Anonim Şirket'],
    suffixOnly: true,
  },
  { code: 'LTD_STI', family: 'limited', forms: ['Ltd. Şti.', 'Ltd Şti', 'Limited Şirketi'], suffixOnly: true },
  { code: 'AE', family: 'stock', concept: 'SA', forms: ['Α.Ε.', 'ΑΕ', 'Ανώνυμη Εταιρεία', 'Ανώνυμη Εταιρία'] },
  { code: 'EPE', family: 'limited', forms: ['Ε.Π.Ε.', 'ΕΠΕ', 'Εταιρεία Περιορισμένης Ευθύνης'] },
  { code: 'IKE', family: 'limited', forms: ['Ι.Κ.Ε.', 'ΙΚΕ', 'Ιδιωτική Κεφαλαιουχική Εταιρεία'] },
  // Greek forms as written in Latin letters; at the end only ("AE" may be initials in front).
  { code: 'AE', family: 'stock', concept: 'SA', forms: ['A.E.', 'AE'], suffixOnly: true },
  { code: 'EPE', family: 'limited', forms: ['E.P.E.', 'EPE'], suffixOnly: true },
  { code: 'IKE', family: 'limited', forms: ['I.K.E.', 'IKE'], suffixOnly: true },
  { code: 'LTD', family: 'limited', forms: ['בע"מ', 'בעמ', 'בערבון מוגבל'] },
  // Russian, Ukrainian, Kazakh (and their usual English renderings)
  {
    code: 'OOO',
    family: 'limited',
    concept: 'LLC',
    forms: [
      'ООО',
      'OOO',
      'O.O.O.',
      'Общество с ограниченной ответственностью',
      'Obshchestvo s ogranichennoy otvetstvennostyu',
    ],
  },
  { code: 'TOV', family: 'limited', concept: 'LLC', forms: ['ТОВ', 'TOV', 'Товариство з обмеженою відповідальністю'] },
  {
    code: 'TOO',
    family: 'limited',
    concept: 'LLP',
    forms: ['ТОО', 'TOO', 'Товарищество с ограниченной ответственностью'],
  },
  { code: 'OAO', family: 'stock', concept: 'OJSC', forms: ['ОАО', 'OAO', 'Открытое акционерное общество'] },
  {
    code: 'OJSC',
    family: 'stock',
    forms: ['OJSC', 'Open Joint Stock Company', 'Open Joint-Stock Company', 'Open JSC'],
  },
  { code: 'ZAO', family: 'stock', concept: 'CJSC', forms: ['ЗАО', 'ZAO', 'Закрытое акционерное общество'] },
  {
    code: 'CJSC',
    family: 'stock',
    forms: ['CJSC', 'Closed Joint Stock Company', 'Closed Joint-Stock Company', 'Closed JSC'],
  },
  { code: 'PAO', family: 'stock', concept: 'PJSC', forms: ['ПАО', 'PAO', 'Публичное акционерное общество'] },
  {
    code: 'PJSC',
    family: 'stock',
    forms: [
      'PJSC',
      'Public Joint Stock Company',
      'Public Joint-Stock Company',
      'ПАТ',
      'Публічне акціонерне товариство',
    ],
  },
  {
    code: 'NAO',
    family: 'stock',
    concept: 'NPJSC',
    forms: ['НАО', 'Непубличное акционерное общество', 'ПрАТ', 'Приватне акціонерне товариство'],
  },
  {
    code: 'AO',
    family: 'stock',
    concept: 'JSC',
    forms: ['АО', 'Акционерное общество', 'Акціонерне товариство', 'АТ', 'Aktsionernoye obshchestvo'],
  },
  {
    code: 'JSC',
    family: 'stock',
    forms: ['JSC', 'J.S.C.', 'Joint Stock Company', 'Joint-Stock Company', 'Joint Stock Co'],
  },
  {
    code: 'ANO',
    family: 'nonprofit',
    forms: [
      'АНО',
      'ANO',
      'Автономная некоммерческая организация',
      'Autonomous Non-Profit Organization',
      'Autonomous Nonprofit Organization',
    ],
  },
  {
    code: 'NKO',
    family: 'nonprofit',
    forms: ['НКО', 'Некоммерческая организация', 'Non-Profit Organization', 'Nonprofit Organization'],
  },
  {
    code: 'OO',
    family: 'nonprofit',
    forms: [
      'Общественная организация',
      'Региональная общественная организация',
      'Межрегиональная общественная организация',
    ],
  },
  { code: 'FOND', family: 'nonprofit', forms: ['Благотворительный фонд', 'Некоммерческий фонд'] },
  {
    code: 'GUP',
    family: 'state',
    forms: [
      'ГУП',
      'ФГУП',
      'МУП',
      'Государственное унитарное предприятие',
      'Федеральное государственное унитарное предприятие',
      'Муниципальное унитарное предприятие',
      'FGUP',
      'GUP',
      'MUP',
    ],
  },
  { code: 'IP', family: 'sole', forms: ['ИП', 'Индивидуальный предприниматель', 'ФОП', 'Фізична особа-підприємець'] },
  // Arabic
  { code: 'CO', family: 'generic', forms: ['شركة', 'شركه'] },
  {
    code: 'LLC',
    family: 'limited',
    forms: ['ذات مسؤولية محدودة', 'ذات المسؤولية المحدودة', 'ذ.م.م', 'ش.ذ.م.م', 'ش.م.م', 'شركة ذات مسؤولية محدودة'],
  },
  { code: 'PJSC', family: 'stock', forms: ['ش.م.ع', 'ش.م.ع.ع', 'شركة مساهمة عامة'] },
  { code: 'JSC', family: 'stock', forms: ['ش.م.خ', 'ش.م', 'شركة مساهمة', 'شركة مساهمة خاصة'] },
  { code: 'GROUP', family: 'group', forms: ['مجموعة', 'مجموعه'] },
  { code: 'FZE', family: 'limited', forms: ['م.م.ح', 'FZE', 'FZCO', 'FZ-LLC', 'FZ LLC', 'مؤسسة منطقة حرة'] },
  // Japanese, Chinese, Korean
  {
    code: 'KK',
    family: 'stock',
    forms: [
      'K.K.',
      'KK',
      'Kabushiki Kaisha',
      'Kabushiki Gaisha',
      'Kabushikigaisha',
      'Kabushikikaisha',
      '株式会社',
      '株式會社',
    ],
  },
  { code: 'YK', family: 'limited', forms: ['Y.K.', 'Yugen Kaisha', 'Yūgen Kaisha', 'Yugen Gaisha', '有限会社'] },
  {
    code: 'GK',
    family: 'limited',
    concept: 'LLC',
    forms: ['G.K.', 'Godo Kaisha', 'Gōdō Kaisha', 'Godo Gaisha', '合同会社'],
  },
  { code: 'GOSHI', family: 'partnership', forms: ['合資会社', 'Goshi Kaisha', '合名会社', 'Gomei Kaisha'] },
  {
    code: 'IPPAN',
    family: 'nonprofit',
    forms: ['一般社団法人', '一般財団法人', '公益社団法人', '公益財団法人', '特定非営利活動法人', 'NPO法人'],
  },
  {
    code: 'CO_LTD',
    family: 'generic',
    forms: [
      '有限公司',
      '股份有限公司',
      '股份公司',
      '有限會社',
      '주식회사',
      '(주)',
      '㈜',
      'Jusik Hoesa',
      'Chusik Hoesa',
    ],
  },
  { code: 'LLC', family: 'limited', forms: ['有限责任公司', '有限責任公司', '유한책임회사'] },
  { code: 'LTD', family: 'limited', forms: ['유한회사'] },
  { code: 'CO', family: 'generic', forms: ['公司', '会社', '회사'] },
  {
    code: 'GROUP',
    family: 'group',
    forms: ['集团', '集團', '그룹', 'グループ', 'Group', 'Gruppe', 'Groupe', 'Grupo', 'Gruppo', 'Groep'],
    suffixOnly: true,
  },
  // South-East Asia
  { code: 'PT', family: 'stock', forms: ['PT', 'P.T.', 'Perseroan Terbatas'] },
  { code: 'TBK', family: 'stock', forms: ['Tbk', 'Tbk.', 'Terbuka'], suffixOnly: true },
  { code: 'LLC', family: 'limited', forms: ['Công ty TNHH', 'TNHH', 'Trách nhiệm hữu hạn'] },
  { code: 'JSC', family: 'stock', forms: ['Công ty Cổ phần', 'CTCP', 'Cổ phần'] },
  { code: 'CO', family: 'generic', forms: ['Công ty', 'บริษัท', 'ក្រុមហ៊ុន'] },
  { code: 'LTD', family: 'limited', forms: ['จำกัด'] },
  {
    code: 'PCL',
    family: 'stock',
    forms: ['จำกัด (มหาชน)', 'จำกัดมหาชน', 'PCL', 'Public Company Limited'],
    suffixOnly: true,
  },
];

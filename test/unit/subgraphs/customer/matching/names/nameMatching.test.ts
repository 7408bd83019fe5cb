import fs from 'node:fs';
import {
  DEFAULT_NAME_THRESHOLD,
  LEGAL_FORMS,
  bestNameScore,
  bestNameSimilarity,
  detectScript,
  foldName,
  jaro,
  jaroWinkler,
  levenshtein,
  levenshteinRatio,
  nameAlternatives,
  nameMatchDecision,
  nameSimilarity,
  normaliseName,
  toLatin,
  tokenSetRatio,
  weightedEditDistance,
} from '../../../../../../subgraphs/customer/matching/names';
import { parseCsv } from '../../../../../../lib/csv';
import { COMPANY_NAME_PAIRS, evaluateCompanyNames } from '../../../../../bench/companyNames';

describe('foldName', () => {
  it('applies NFKC, folds case, removes diacritics and punctuation, collapses whitespace', () => {
    expect(foldName('  Société   Générale, S.A. ')).toBe('societe generale s a');
    expect(foldName('ＡＢＣ　Ｃｏｒｐ')).toBe('abc corp');
    expect(foldName('Straße Müller-Lüdenscheidt')).toBe('strasse muller ludenscheidt');
    expect(foldName('Łódź Øresund Æther')).toBe('lodz oresund aether');
  });

  it('drops apostrophes inside words and spells out & and %', () => {
    expect(foldName("Al-Qa'ida")).toBe('al qaida');
    expect(foldName('People’s Bank')).toBe('peoples bank');
    expect(foldName('AT&T')).toBe('at and t');
    expect(foldName('3%ers')).toBe('3 percent ers');
  });

  it('keeps Cyrillic й and ї but folds ё, and strips Arabic and Hebrew vowel points', () => {
    expect(foldName('Йошкар-Ола Ёлка Їжак')).toBe('йошкар ола елка їжак');
    expect(foldName('مُحَمَّد')).toBe('محمد');
    expect(foldName('שָׁלוֹם')).toBe('שלום');
  });

  it('keeps the marks that are letters in other scripts and converts digits to ASCII', () => {
    expect(foldName('लिमिटेड')).toBe('लिमिटेड');
    expect(foldName('がぎぐ')).toBe('がぎぐ');
    expect(foldName('شركة ٣٦٥')).toBe('شركة 365');
    expect(foldName('בע"מ')).toBe('בעמ');
  });
});

describe('detectScript', () => {
  it.each([
    ['Siemens AG', 'Latn'],
    ['ООО «Ромашка»', 'Cyrl'],
    ['شركة النخيل', 'Arab'],
    ['北京华为科技有限公司', 'Hani'],
    ['トヨタ自動車株式会社', 'Jpan'],
    ['삼성전자 주식회사', 'Hang'],
    ['टाटा मोटर्स लिमिटेड', 'Deva'],
    ['ក្រុមហ៊ុន អង្គរ', 'Khmr'],
    ['Αθηναϊκή Ζυθοποιία', 'Other'],
  ])('%s is %s', (name, script) => {
    expect(detectScript(name)).toBe(script);
  });
});

describe('normaliseName: legal forms', () => {
  it.each([
    ['Siemens AG', ['siemens'], ['AG']],
    ['Siemens Aktiengesellschaft', ['siemens'], ['AG']],
    ['Siemens Aktiengeselschaft', ['siemens'], ['AG']],
    ['Volkswagen Gesellschaft mit beschränkter Haftung', ['volkswagen'], ['GMBH']],
    ['Volkswagen Bank G.m.b.H.', ['volkswagen', 'bank'], ['GMBH']],
    ['Acme GmbH & Co. KG', ['acme'], ['GMBH_CO_KG']],
    ['Freunde des Waldes e.V.', ['freunde', 'waldes'], ['EV']],
    ['Apple Incorporated', ['apple'], ['INC']],
    ['Bowne Global Solutions, L.L.C.', ['bowne', 'global', 'solutions'], ['LLC']],
    ['Stripe Limited Liability Company', ['stripe'], ['LLC']],
    ['Lloyds Banking Group Public Limited Company', ['lloyds', 'banking'], ['PLC', 'GROUP']],
    ['Samsung Electronics Co., Ltd.', ['samsung', 'electronics'], ['CO_LTD']],
    ['Nanshan Group Co Ltd', ['nanshan'], ['CO_LTD', 'GROUP']],
    ['Infosys Pvt. Ltd.', ['infosys'], ['PVT_LTD']],
    ['Blinq Holdings Pty Ltd', ['blinq', 'holdings'], ['PTY_LTD']],
    ['Bowne Global Solutions, S.A.R.L.', ['bowne', 'global', 'solutions'], ['SARL']],
    ['Luxco S.à r.l.', ['luxco'], ['SARL']],
    ['Société Générale S.A.', ['societe', 'generale'], ['SA']],
    ['Bowne International de Mexico S.A. de C.V.', ['bowne', 'international', 'mexico'], ['SA_DE_CV']],
    ['Fiat S.p.A.', ['fiat'], ['SPA']],
    ['Pro Traffic S.r.l.', ['pro', 'traffic'], ['SRL']],
    ['Societatea cu Răspundere Limitată PRO TRAFFIC', ['pro', 'traffic'], ['SRL']],
    ['Telefonica S.L.', ['telefonica'], ['SL']],
    ['Bowne Global Solutions B.V.', ['bowne', 'global', 'solutions'], ['BV']],
    ['Stellantis N.V.', ['stellantis'], ['NV']],
    ['FABERLIC EUROPE Sp. z o.o.', ['faberlic', 'europe'], ['SPZOO']],
    ['Mendez, Denmark A/S', ['mendez', 'denmark'], ['AS']],
    ['Natura Cosméticos Ltda.', ['natura', 'cosmeticos'], ['LTDA']],
    ['PT Astra International Tbk', ['astra', 'international'], ['TBK', 'PT']],
    ['Toyota Motor K.K.', ['toyota', 'motor'], ['KK']],
    ['Kabushiki Kaisha Toshiba', ['toshiba'], ['KK']],
    ['Oboronnye Initsiativy o.O.O.', ['oboronnye', 'initsiativy'], ['OOO']],
    ['OAO Gazprom', ['gazprom'], ['OAO']],
    ['Open Joint Stock Company Gazprom', ['gazprom'], ['OJSC']],
    ['TACTICAL MISSILES CORPORATION JOINT STOCK COMPANY', ['tactical', 'missiles'], ['JSC', 'CORP']],
  ])('%s', (name, tokens, forms) => {
    const n = normaliseName(name);
    expect(n.tokens).toEqual(tokens);
    expect(n.legalForms).toEqual(forms);
  });

  it.each([
    ['ООО «Ромашка»', ['ромашка'], ['OOO']],
    ['Общество с ограниченной ответственностью "Ромашка"', ['ромашка'], ['OOO']],
    ['Ромашка ООО', ['ромашка'], ['OOO']],
    ['СБ Банк (ООО)', ['сб', 'банк'], ['OOO']],
    ['ПАО «Сбербанк России»', ['сбербанк', 'россии'], ['PAO']],
    ['Акционерное общество "Муромский завод"', ['муромский', 'завод'], ['AO']],
    ['АНО «Искусство красоты»', ['искусство', 'красоты'], ['ANO']],
    ['ИП Иванов', ['иванов'], ['IP']],
    ['株式会社トヨタ', ['トヨタ'], ['KK']],
    ['トヨタ自動車株式会社', ['トヨタ自動車'], ['KK']],
    ['トヨタ自動車 株式会社', ['トヨタ自動車'], ['KK']],
    ['合同会社ABC', ['abc'], ['GK']],
    ['北京华为科技有限公司', ['北京华为科技'], ['CO_LTD']],
    ['华为技术股份有限公司', ['华为技术'], ['CO_LTD']],
    ['中国石油集团', ['中国石油'], ['GROUP']],
    ['삼성전자 주식회사', ['삼성전자'], ['CO_LTD']],
    ['(주)카카오', ['카카오'], ['CO_LTD']],
    ['㈜카카오', ['카카오'], ['CO_LTD']],
    ['شركة النخيل', ['النخيل'], ['CO']],
    ['النخيل ذات مسؤولية محدودة', ['النخيل'], ['LLC']],
    ['النخيل ش.م.م', ['النخيل'], ['LLC']],
    ['الإمارات م.م.ح', ['الامارات'], ['FZE']],
    ['इन्फोसिस प्राइवेट लिमिटेड', ['इन्फोसिस'], ['PVT_LTD']],
    ['टाटा मोटर्स लिमिटेड', ['टाटा', 'मोटर्स'], ['LTD']],
    ['אל על בע"מ', ['אל', 'על'], ['LTD']],
  ])('%s', (name, tokens, forms) => {
    const n = normaliseName(name);
    expect(n.tokens).toEqual(tokens);
    expect(n.legalForms).toEqual(forms);
  });

  it('keeps a name that is only a legal form, and never reads initials as a legal form', () => {
    expect(normaliseName('Company').tokens).toEqual(['company']);
    expect(normaliseName('Management Company').tokens).toEqual(['management']);
    expect(normaliseName('A.B.C. Company').tokens).toEqual(['abc']);
    expect(normaliseName('AB InBev').legalForms).toEqual([]);
  });

  it.each([
    ['Metalcar S.rr.l.', ['metalcar'], ['SRL']],
    ['Kowalczyk Budownictwo Sp. zz o.o.', ['kowalczyk', 'budownictwo'], ['SPZOO']],
    ['Engenharia Dias LTDAA.', ['engenharia', 'dias'], ['LTDA']],
    ['Heikkinen Logistiikka yO', ['heikkinen', 'logistiikka'], ['OY']],
    ['Feinmechanik Dortmund GmbH & Oc. KG', ['feinmechanik', 'dortmund'], ['GMBH_CO_KG']],
    ['Jain Plastics P Ltd', ['jain', 'plastics'], ['PVT_LTD']],
  ])('reads a short form with a letter doubled or two swapped: %s', (name, tokens, forms) => {
    const n = normaliseName(name);
    expect(n.tokens).toEqual(tokens);
    expect(n.legalForms).toEqual(forms);
  });

  it('never reads a word one letter away from a form as that form', () => {
    // A replaced letter is not a slip it reads: "Carl" is a name, not SARL; "Go" is not OG.
    expect(normaliseName('Acme Carl').tokens).toEqual(['acme', 'carl']);
    expect(normaliseName('Norddata S.G.').legalForms).toEqual([]);
    expect(normaliseName('Acme Go').tokens).toEqual(['acme', 'go']);
  });

  it('lists every legal form with a code, a family and at least one spelling', () => {
    for (const entry of LEGAL_FORMS) {
      expect(entry.code).toMatch(/^[A-Z_]+$/);
      expect(entry.forms.length).toBeGreaterThan(0);
    }
  });
});

describe('normaliseName: words', () => {
  it('drops stop words and turns number words into digits', () => {
    expect(normaliseName('The Bank for International Settlements').tokens).toEqual([
      'bank',
      'international',
      'settlements',
    ]);
    expect(normaliseName('Brigade Forty-Four').tokens).toEqual(['brigade', '44']);
    expect(normaliseName('Brigade Forty 4').tokens).toEqual(['brigade', '44']);
    expect(normaliseName('Three Percenters').tokens).toEqual(['3', 'percenters']);
    expect(normaliseName('First International Bank').tokens).toEqual(['1st', 'international', 'bank']);
  });

  it('expands standard abbreviations and joins initials', () => {
    expect(normaliseName("First Bank Int'l").tokens).toEqual(['1st', 'bank', 'international']);
    const n = normaliseName('S.C. Johnson & Son, Inc.');
    expect(n.tokens).toEqual(['sc', 'johnson', 'son']);
    expect(n.initialisms).toEqual(['sc']);
    expect(normaliseName('H&M Hennes & Mauritz AB').tokens).toEqual(['hm', 'hennes', 'mauritz']);
  });

  it('romanises the words of non-Latin names and keeps the full form for legal-form typos', () => {
    const n = normaliseName('ООО «Оборонные инициативы»');
    expect(n.script).toBe('Cyrl');
    expect(n.latinTokens).toEqual(['oboronnye', 'initsiativy']);
    expect(n.fullLatinTokens).toEqual(['ooo', 'oboronnye', 'initsiativy']);
    const latin = normaliseName('Siemens AG');
    expect(latin.latinTokens).toBe(latin.tokens);
    expect(latin.fullLatinTokens).toEqual(['siemens', 'ag']);
  });
});

describe('toLatin', () => {
  it.each([
    ['Газпром', 'Gazprom'],
    ['Оборонные инициативы', 'Oboronnye initsiativy'],
    ['Искусство красоты', 'Iskusstvo krasoty'],
    ['Щука ЩУКА', 'Shchuka SHCHUKA'],
    ['Хабаровск', 'Khabarovsk'],
    ['Київстар', 'Kyivstar'],
    ['Гірник', 'Hirnyk'],
    ['България', 'Balgariya'],
  ])('Cyrillic %s -> %s', (text, latin) => {
    expect(toLatin(text)).toBe(latin);
  });

  it('romanises Greek (ELOT 743)', () => {
    expect(toLatin('Αθήνα')).toBe('Athina');
    expect(toLatin('Μπαρμπα Στάθης')).toBe('Barmpa Stathis');
    expect(toLatin('ΟΛΥΜΠΙΑΚΟΣ')).toBe('OLYMPIAKOS');
  });

  it('romanises Arabic consonantally, with the article and marked vowels', () => {
    expect(toLatin('النخيل')).toBe('al-nkhil');
    expect(toLatin('شركة')).toBe('shrka');
    expect(toLatin('مُحَمَّد')).toBe('muhammad');
    expect(toLatin('پارس')).toBe('pars');
  });

  it('romanises Hebrew and Devanagari', () => {
    expect(toLatin('שלום')).toBe('shlom');
    expect(toLatin('लिमिटेड')).toBe('limited');
    expect(toLatin('टाटा')).toBe('tata');
    expect(toLatin('इन्फोसिस')).toBe('infosis');
  });

  it.each([
    ['とうきょう', 'tokyo'],
    ['おおさか', 'osaka'],
    ['ちょっと', 'chotto'],
    ['キャノン', 'kyanon'],
    ['ファミリー', 'famiri'],
    ['ファミリーマート', 'famiri mart'],
    ['トヨタ', 'toyota'],
    ['ホールディングス', 'holdings'],
  ])('kana %s -> %s (Hepburn)', (text, latin) => {
    expect(toLatin(text)).toBe(latin);
  });

  it.each([
    ['삼성', 'samseong'],
    ['현대', 'hyeondae'],
    ['한국어', 'hangugeo'],
    ['카카오', 'kakao'],
    ['서울', 'seoul'],
  ])('Hangul %s -> %s (Revised Romanization)', (text, latin) => {
    expect(toLatin(text)).toBe(latin);
  });

  it('reads Han as Mandarin, or as Japanese when the text is Japanese', () => {
    expect(toLatin('北京华为科技')).toBe('beijing huawei keji');
    expect(toLatin('上海贸易')).toBe('shanghai maoyi');
    expect(toLatin('中国国际电子集团')).toBe('zhongguo guoji dianzi jituan');
    expect(toLatin('華為')).toBe('huawei');
    expect(toLatin('三菱商事')).toBe('mitsubishi shoji');
    expect(toLatin('トヨタ自動車')).toBe('toyota jidosha');
    expect(toLatin('日本電気')).toBe('nihon denki');
    expect(toLatin('東京')).toBe('tokyo');
    expect(toLatin('日立製作所')).toBe('hitachi seisakusho');
  });

  it('reads common Japanese family names, places and trade words, and katakana loanwords in English', () => {
    // Without them a name read character by character in Mandarin (吉田 "jitian") never meets its romaji.
    expect(toLatin('吉田精機')).toBe('yoshida seiki');
    expect(toLatin('加藤技研工業')).toBe('kato giken kogyo');
    expect(toLatin('石川中央倉庫栃木')).toBe('ishikawa chuo soko tochigi');
    expect(toLatin('高橋技研テック')).toBe('takahashi giken tech');
    expect(toLatin('佐藤ソフト')).toBe('sato soft');
    expect(toLatin('中山华宇电子')).toBe('zhongshanhuayu dianzi');
  });

  it('reads the trade words of Chinese names by their meaning, in characters and in pinyin alike', () => {
    const sim = (a: string, b: string) => nameSimilarity(normaliseName(a), normaliseName(b)).score;
    expect(sim('Hangzhou Ruihui Import & Export Co., Ltd.', 'Hangzhou Ruihui Jinchukou Youxian Gongsi')).toBe(1);
    expect(sim("Xi'an Yonglong Import & Export Co., Ltd.", '西安永隆進出口有限公司')).toBe(1);
    expect(sim('DALIAN TIANYU PRECISION MANUFACTURING CO., LTD.', '大连天宇精密制造有限公司')).toBe(1);
    expect(sim('Guangzhou Tianhe Textile', '广州天和纺织有限公司')).toBe(1);
    expect(sim('Chengdu Zhongli Baozhuang Jituan Youxian Gongsi', 'Chengdu Zhongli Packaging Group Co., Ltd.')).toBe(
      0.98,
    );
  });

  it('passes Latin, Khmer and unknown Han characters through', () => {
    expect(toLatin('Société Générale')).toBe('Société Générale');
    expect(toLatin('អង្គរ')).toBe('អង្គរ');
    expect(toLatin('北京龘')).toBe('beijing 龘');
  });
});

describe('string similarity', () => {
  it.each([
    ['MARTHA', 'MARHTA', 0.944, 0.961],
    ['DWAYNE', 'DUANE', 0.822, 0.84],
    ['DIXON', 'DICKSONX', 0.767, 0.813],
    ['JELLYFISH', 'SMELLYFISH', 0.896, 0.896],
  ])('Jaro and Jaro-Winkler of %s / %s (published values)', (a, b, j, jw) => {
    expect(jaro(a, b)).toBeCloseTo(j, 3);
    expect(jaroWinkler(a, b)).toBeCloseTo(jw, 3);
  });

  it('Jaro-Winkler edge cases', () => {
    expect(jaroWinkler('', '')).toBe(1);
    expect(jaroWinkler('abc', '')).toBe(0);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
    expect(jaroWinkler('same', 'same')).toBe(1);
  });

  it('Levenshtein distance and ratio', () => {
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(levenshtein('', 'abc')).toBe(3);
    expect(levenshtein('flaw', 'lawn')).toBe(2);
    expect(levenshteinRatio('kitten', 'sitting')).toBeCloseTo(1 - 3 / 7, 6);
    expect(levenshteinRatio('', '')).toBe(1);
  });

  it('token-set ratio ignores order and words only one side has', () => {
    expect(tokenSetRatio('fuzzy was a bear', 'fuzzy fuzzy was a bear')).toBe(1);
    expect(tokenSetRatio('deutsche bank', 'bank deutsche ag')).toBe(1);
    expect(tokenSetRatio('new york mets', 'new york yankees')).toBeCloseTo(0.8, 1);
    expect(tokenSetRatio('abc', 'xyz')).toBe(0);
  });

  it('weighted edit distance: vowels and romanisation variants are cheap, other consonants are not', () => {
    expect(weightedEditDistance('qaeda', 'qaida')).toBe(0.5);
    expect(weightedEditDistance('gazprom', 'gasprom')).toBe(0.5);
    expect(weightedEditDistance('walmart', 'wallmart')).toBe(0.4);
    expect(weightedEditDistance('apple', 'appel')).toBe(0.8);
    expect(weightedEditDistance('hathaway', 'halloway')).toBe(2.5);
    expect(weightedEditDistance('chad', 'china')).toBeGreaterThan(1.8);
    expect(weightedEditDistance('abcdefgh', 'stuvwxyz', 1)).toBeGreaterThan(1);
  });

  it('weighted edit distance: an umlaut written out (ae, oe, ue) costs little', () => {
    expect(weightedEditDistance('muller', 'mueller')).toBeCloseTo(0.2, 10);
    expect(weightedEditDistance('hamalainen', 'haemaelaeinen')).toBeCloseTo(0.6, 10);
    // Only after a, o or u: any other e is an ordinary letter.
    expect(weightedEditDistance('mill', 'miell')).toBe(0.8);
    expect(weightedEditDistance('bell', 'bll')).toBe(0.8);
  });
});

describe('nameSimilarity', () => {
  const sim = (a: string, b: string) => nameSimilarity(normaliseName(a), normaliseName(b));

  it('scores the same words 1 whatever the case, punctuation and legal-form spelling', () => {
    expect(sim('Siemens AG', 'SIEMENS Aktiengesellschaft').score).toBe(1);
    expect(sim('JPMorgan Chase Bank, N.A.', 'JPMorgan Chase Bank NA').score).toBe(1);
    expect(sim('Procter & Gamble Co.', 'Procter and Gamble Company').score).toBe(1);
    expect(sim('The Coca-Cola Company', 'Coca Cola Co').score).toBe(1);
  });

  it('explains a transliterated match', () => {
    const r = sim('ООО «Ромашка»', 'Romashka LLC');
    expect(r.score).toBe(1);
    expect(r.reasons).toContain('transliterated Cyrillic matches Latin');
    expect(sim('トヨタ自動車株式会社', 'Toyota Jidosha K.K.').reasons).toContain(
      'transliterated Japanese matches Latin',
    );
    expect(sim('北京华为科技有限公司', 'Beijing Huawei Keji Co., Ltd.').score).toBe(1);
    const arabic = sim('شركة النخيل', 'Al Nakheel Company');
    expect(arabic.score).toBeGreaterThan(0.9);
    expect(arabic.reasons[0]).toMatch(/consonants of transliterated Arabic match Latin/);
  });

  it('keeps the same words with different legal forms a strong match, with the reason', () => {
    const r = sim('Deutsche Bank GmbH', 'Deutsche Bank AG');
    expect(r.score).toBeGreaterThanOrEqual(0.9);
    expect(r.reasons).toEqual(['legal form differs: GMBH vs AG']);
    expect(sim('Gazprom Neft JSC', 'Gazprom Neft OAO').score).toBeGreaterThan(0.95);
    expect(sim('Romashka OOO', 'Romashka LLC').score).toBe(1);
  });

  it('lowers the score for a different kind of entity', () => {
    expect(sim('ИП Иванов', 'ООО Иванов').score).toBeCloseTo(0.9, 6);
    const r = sim('ANO Iskusstvo Krasoty', 'Limited Liability Company Iskusstvo Krasoty');
    expect(r.score).toBeLessThan(DEFAULT_NAME_THRESHOLD);
    expect(r.reasons[0]).toMatch(/legal form differs: ANO vs LLC \(different kind of entity\)/);
  });

  it('tells a spelling variant from a different or an extra word', () => {
    expect(sim('Exxor Mobil Corporation', 'Exxon Mobil Corporation').reasons).toEqual([
      'spelling variant: exxor ~ exxon',
    ]);
    expect(sim('Bank of Chad', 'Bank of China').reasons).toEqual(['different word: chad vs china']);
    expect(sim('Deutsche Bank Trust Company', 'Deutsche Bank').reasons).toEqual(['extra word: trust']);
    expect(sim('Good Will Company', 'Goodwill Company').reasons).toEqual([
      'words joined or split: good will ~ goodwill',
    ]);
    expect(sim('PLA', 'People’s Liberation Army').reasons).toEqual(['initials: pla = peoples liberation army']);
  });

  it('reads umlauts written out as the same spelling', () => {
    expect(sim('Müller Bau GmbH', 'Mueller Bau GmbH').score).toBeGreaterThanOrEqual(0.99);
    expect(sim('Hämäläinen & Korhonen Oy', 'HAEMAELAEINEN & KORHONEN OY').score).toBeGreaterThanOrEqual(0.97);
    expect(sim('Ødegård Eiendom AS', 'Oedegaard Eiendom AS').score).toBeGreaterThanOrEqual(0.97);
  });

  it('keeps a misspelt legal form from counting as a word of the name', () => {
    expect(sim('Metalcar', 'Metalcar S.rr.l.').score).toBe(1);
    expect(sim('Heikkinen Logistiikka Oy', 'Heikkinen Logistiikka yO').score).toBe(1);
    expect(sim('Feinmechanik Dortmund GmbH & Co. KG', 'FEINMECHANIK DORTMUND GMBH & OC. KG').score).toBe(1);
  });

  it('reads a last word one slip from a legal form as that form, where a word is unlikely', () => {
    // One letter dropped or replaced in a form without vowels, or a two-letter form the other name has.
    expect(sim('Koch & Bauer GmH', 'Koch & Bauer').reasons).toEqual(['reads as a legal form: gmh (GMBH)']);
    expect(sim('Hartmann & Meyer G.m.v.H.', 'Hartmann & Meyer').score).toBeGreaterThanOrEqual(0.97);
    expect(sim('Kansai Chuo Toso JK', 'Kansai Chuo Toso Kabushiki Kaisha').reasons).toEqual([
      'reads as a legal form: jk (KK)',
    ]);
    expect(sim('Instalaciones Bilbao S.K.', 'INSTALACIONES BILBAO S.L.').score).toBeGreaterThanOrEqual(0.97);
    expect(sim('Nanjing Hongxing Packaging Compan Limited', 'Nanjing Hongxing Packaging').reasons).toEqual([
      'reads as a legal form: compan (CO)',
    ]);
    expect(sim('Taif Energy C.', 'Taif Energy Co').reasons).toEqual(['reads as a legal form: c (CO)']);
    expect(sim('Özkent Döküm A..', 'Özkent Döküm A.Ş.').score).toBeGreaterThanOrEqual(0.97);
    // Words that look like forms stay words: with vowels, too short, not last, or no form in the other name.
    expect(sim('Grand Inn', 'Grand').reasons).toEqual(['extra word: inn']);
    expect(sim('Acme UK', 'Acme').reasons).toEqual(['extra word: uk']);
    expect(sim('Acme JK', 'Acme').reasons).toEqual(['extra word: jk']);
    expect(sim('Acme Fund B', 'Acme Fund').reasons).toEqual(['extra word: b']);
    expect(sim('Acme Fund B', 'Acme Fund GmbH').reasons).toEqual(['extra word: b']);
    expect(sim('Acme Sk Trading', 'Acme Trading S.L.').score).toBeLessThan(0.85);
    expect(sim('Nordic Ltf', 'Nordic Ltd').reasons).toEqual(['reads as a legal form: ltf (LTD)']);
    expect(sim('Nordic Cora', 'Nordic').reasons).toEqual(['extra word: cora']);
  });

  it('reads Greek legal forms written in Latin letters at the end of a name', () => {
    expect(normaliseName('Makedoniki Energeiaki Athanasiou A.E.').legalForms).toEqual(['AE']);
    expect(sim('Makedoniki Energeiaki Athanasiou', 'Makedoniki Energeiaki Athanasiou AE').score).toBe(1);
    expect(sim('Georgiou Techniki EPE', 'Γεωργίου Τεχνική Ε.Π.Ε.').score).toBe(1);
    expect(normaliseName('AE Smith Ltd').tokens).toEqual(['ae', 'smith']);
  });

  it('reads a word shortened by dropping letters as an abbreviation', () => {
    expect(sim('Xiamen Jinde Trdg Co., Ltd.', 'Xiamen Jinde Trading').reasons).toEqual([
      'abbreviation: trdg = trading',
    ]);
    expect(sim('Eagle Indl Services', 'Eagle Industrial Services').reasons).toEqual([
      'abbreviation: indl = industrial',
    ]);
    expect(sim('Berger Maschb. GmbH', 'Berger Maschinenbau GmbH').score).toBeGreaterThanOrEqual(0.95);
    // A vowel after the shared beginning makes a word of its own.
    expect(sim('Acme Cars', 'Acme Chairs').reasons).not.toContain('abbreviation: cars = chairs');
    // Only beside a word the names share.
    expect(sim('Trdg', 'Trading').score).toBeLessThan(0.85);
  });

  it('marks the same words in another order, unless a comma says the name is written inverted', () => {
    const swapped = sim('King & Johnson Manufacturing', 'Johnson & King Manufacturing');
    expect(swapped.score).toBeCloseTo(0.94, 6);
    expect(swapped.reasons).toEqual(['words in another order: king johnson manufacturing']);
    // Below the merge threshold (0.97): by name alone, a steward decides.
    expect(sim('Strøm & Ødegård A/S', 'Ødegård & Strøm').score).toBeLessThan(0.97);
    expect(sim('Smith, John', 'John Smith').score).toBe(1);
  });

  it('compares initials exactly', () => {
    expect(sim('A.B.C. Company', 'ABC Co.').score).toBe(1);
    expect(sim('N.A.B.C. Company', 'A.B.C. Company').score).toBeLessThan(DEFAULT_NAME_THRESHOLD);
    expect(sim('C.B.A. Company', 'A.B.C. Company').score).toBeLessThan(DEFAULT_NAME_THRESHOLD);
  });

  it('is symmetric and bounded', () => {
    const names = [
      'Siemens AG',
      'Siemens Aktiengesellschaft',
      'Газпром',
      'Gazprom',
      'Bank of China',
      'PLA',
      'People’s Liberation Army',
      'トヨタ',
      '',
      'A',
    ];
    for (const a of names) {
      for (const b of names) {
        const ab = sim(a, b).score;
        expect(ab).toBeGreaterThanOrEqual(0);
        expect(ab).toBeLessThanOrEqual(1);
        expect(sim(b, a).score).toBeCloseTo(ab, 6);
      }
    }
  });
});

describe('bestNameScore (scoring without reasons, at volume)', () => {
  // Each kind of difference the scorer knows, across scripts: the score alone must be the explained one's.
  const pairs: [string, string][] = [
    ['Siemens AG', 'Siemens AG'],
    ['Exxon Mobil Corp', 'Exxor Mobil Corporation'],
    ['Good Will Trading GmbH', 'Goodwill Trading GmbH'],
    ['Bank of China', 'Bank of Chad'],
    ['Deutsche Bank Trust', 'Deutsche Bank'],
    ['ООО Газпром', 'Gazprom OOO'],
    ['トヨタ自動車株式会社', 'Toyota Jidosha KK'],
    ['Fund VII LP', 'Fund VIII LP'],
    ['Sales/Marketing Services Inc', 'Marketing Services Inc'],
    ['شركة المراعي', 'Almarai Company'],
    ['Alpha Tech Sol. Ltd', 'Alpha Technology Solutions Limited'],
    ['Acme', 'Zenith Holdings'],
  ];
  it.each(pairs)('%s / %s: the same score as bestNameSimilarity', (a, b) => {
    const x = nameAlternatives(a);
    const y = nameAlternatives(b);
    expect(bestNameScore(x, y)).toBe(bestNameSimilarity(x, y).score);
  });

  it.each(pairs.flat())('%s: one normalised name scores 1 against itself, without comparing', (name) => {
    const x = nameAlternatives(name);
    expect(bestNameScore(x, x)).toBe(1);
    expect(bestNameSimilarity(x, x).score).toBe(1);
  });
});

describe('nameMatchDecision', () => {
  it.each([
    ['Siemens Aktiengesellschaft', 'Siemens AG'],
    ['SiemensAG', 'Siemens AG'],
    ['Oboronnye Initsiativy OOO', 'OOO Oboronnye Initsiativy'],
    ['Газпром', 'Gazprom PAO'],
    ['Київстар', 'Kyivstar'],
    ['PricewaterhouseCoopers LLP', 'Pricewaterhouse Coopers LLP'],
    ['U.S. Department of State', 'United States Department of State'],
    ['Brigade Forty-Four', 'Brigade 44'],
    ['Nantahala Capital Offshore Fund, Ltd.', 'Nantahala Capital Offshore Fund I, Ltd.'],
    ['Al Qaeda', 'Al-Qaida/Islamic Army'],
    ['삼성전자 주식회사', 'Samsung Jeonja Co., Ltd.'],
    ['टाटा मोटर्स लिमिटेड', 'Tata Motors Limited'],
    ['三菱商事株式会社', 'Mitsubishi Shoji Kabushiki Kaisha'],
  ])('matches %s / %s', (a, b) => {
    expect(nameMatchDecision(a, b).match).toBe(true);
  });

  it.each([
    ['Volkswagen AG', 'Siemens AG'],
    ['Government of Estonia', 'Government of Ethiopia'],
    ['China Railway Construction Corporation', 'China Railroad Construction Corporation'],
    ['CRYSTALORD SYSTEMS LIMITED', 'CRYSTALORD LTD'],
    ['Bowne Global Solutions, Inc.', 'Bowne Global Solutions II, Inc.'],
    ['Bank of China (Hong Kong) Limited', 'Bank of China (Singapore) Limited'],
    ['ООО "БАЙ"', 'ООО "БАЙКАЛ"'],
    ['Foo e.V.', 'Foo GmbH'],
  ])('does not match %s / %s', (a, b) => {
    expect(nameMatchDecision(a, b).match).toBe(false);
  });

  it('honours an explicit threshold', () => {
    const pair = ['Exxor Mobil Corporation', 'Exxon Mobil Corporation'] as const;
    expect(nameMatchDecision(...pair).match).toBe(true);
    expect(nameMatchDecision(...pair, 0.99).match).toBe(false);
  });
});

describe('company-name benchmark', () => {
  it('parses quoted CSV fields', () => {
    expect(parseCsv('a,b,c\n"x, y","say ""hi""",\r\n1,2,3\n')).toEqual([
      ['a', 'b', 'c'],
      ['x, y', 'say "hi"', ''],
      ['1', '2', '3'],
    ]);
  });

  const present = fs.existsSync(COMPANY_NAME_PAIRS);
  const maybe = present ? it : it.skip;
  if (!present) {
    console.warn(`skipping the company-name accuracy test: ${COMPANY_NAME_PAIRS} is absent`);
  }
  maybe(
    'decides >= 95% of the labelled company pairs correctly (needs ../shared/reference/company-name-pairs.csv)',
    () => {
      const result = evaluateCompanyNames();
      expect(result.rows).toBeGreaterThan(200);
      expect(result.accuracy).toBeGreaterThanOrEqual(0.95);
      expect(result.falseMerges).toBeLessThanOrEqual(result.missedMatches);
    },
  );
});

/**
 * Romanisation of company names, so that a name written in one script can be compared with the
 * same name written in Latin letters ("Газпром" ~ "Gazprom", "삼성전자" ~ "Samsung Jeonja").
 *
 * Why these schemes: the Latin spelling a company uses is whatever its registrar or passport
 * office produced, so each script gets the romanisation most often seen in practice, not the
 * most reversible one:
 * - Cyrillic: Russian BGN/PCGN-style ("Oboronnye Initsiativy", х kh, ц ts, щ shch, ы y, й y),
 *   with Ukrainian (г h, и y, і i, ї yi, є ye) and Bulgarian (щ sht, ъ a) when the text shows
 *   letters of those languages, and the Serbian/Macedonian letters;
 * - Greek: ELOT 743 (ου ou, μπ b at the start of a word, χ ch);
 * - Arabic, Persian and Hebrew: consonantal (the scripts write few vowels), plus short vowels when
 *   they are marked. The article ال becomes "al-". The matcher compares abjad romanisations by
 *   consonant skeleton, so "النخيل" (al-nkhil) ~ "Al Nakheel";
 * - Devanagari: Hindi-style (inherent a, dropped at the end of a word: लिमिटेड limited; फ f, as
 *   in the loanwords company names are full of);
 * - kana: Hepburn without macrons (とうきょう tokyo, ちゃ cha, っ doubles the next consonant); the
 *   English words company names spell in katakana come back in English (ホールディングス holdings);
 * - Hangul: Revised Romanization, computed from the syllable's jamo (삼성 samseong);
 * - Han: see hanReadings.ts. Han characters are ambiguous between Chinese and Japanese; text with
 *   kana, or with a word only Japanese uses (株式会社, 製作所, ...), is read as Japanese, other Han
 *   text as Mandarin pinyin. Words come out separated by spaces, consecutive characters without
 *   a word entry are joined (华为 huawei). Characters in no table pass through unchanged;
 * - Khmer, Thai and other scripts pass through unchanged.
 * Latin text passes through unchanged (diacritics are folded later, by normaliseName).
 */

import { inArabicBlocks } from './arabicBlocks';
import { CHINESE_WORDS, JAPANESE_ON, JAPANESE_WORDS, PINYIN } from './hanReadings';

const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  // Ukrainian, Belarusian
  є: 'ye',
  і: 'i',
  ї: 'yi',
  ґ: 'g',
  ў: 'u',
  // Serbian, Macedonian
  ђ: 'dj',
  ј: 'j',
  љ: 'lj',
  њ: 'nj',
  ћ: 'c',
  џ: 'dz',
  ѓ: 'gj',
  ќ: 'kj',
  ѕ: 'dz',
};
const UKRAINIAN_MARKERS = /[єіїґ]/i;
const UKRAINIAN_INNER: Record<string, string> = { є: 'ie', ї: 'i', й: 'i', ю: 'iu', я: 'ia' };
/** A Bulgarian ъ is a vowel (between consonants, or at the end); a Russian one precedes е ё ю я. */
const BULGARIAN_MARKER = /ъ(?![еёюя])/i;

const GREEK: Record<string, string> = {
  α: 'a',
  β: 'v',
  γ: 'g',
  δ: 'd',
  ε: 'e',
  ζ: 'z',
  η: 'i',
  θ: 'th',
  ι: 'i',
  κ: 'k',
  λ: 'l',
  μ: 'm',
  ν: 'n',
  ξ: 'x',
  ο: 'o',
  π: 'p',
  ρ: 'r',
  σ: 's',
  ς: 's',
  τ: 't',
  υ: 'y',
  φ: 'f',
  χ: 'ch',
  ψ: 'ps',
  ω: 'o',
  ά: 'a',
  έ: 'e',
  ή: 'i',
  ί: 'i',
  ό: 'o',
  ύ: 'y',
  ώ: 'o',
  ϊ: 'i',
  ϋ: 'y',
  ΐ: 'i',
  ΰ: 'y',
};
const GREEK_DIGRAPHS: Record<string, string> = {
  ου: 'ou',
  ού: 'ou',
  αι: 'ai',
  αί: 'ai',
  ει: 'ei',
  εί: 'ei',
  οι: 'oi',
  οί: 'oi',
  γγ: 'ng',
  γκ: 'gk',
  γχ: 'nch',
  γξ: 'nx',
  μπ: 'mp',
  ντ: 'nt',
  τσ: 'ts',
  τζ: 'tz',
  αυ: 'av',
  αύ: 'av',
  ευ: 'ev',
  εύ: 'ev',
};

const ARABIC: Record<string, string> = {
  ا: 'a',
  أ: 'a',
  إ: 'i',
  آ: 'a',
  ٱ: 'a',
  ء: '',
  ؤ: '',
  ئ: '',
  ب: 'b',
  ت: 't',
  ث: 'th',
  ج: 'j',
  ح: 'h',
  خ: 'kh',
  د: 'd',
  ذ: 'dh',
  ر: 'r',
  ز: 'z',
  س: 's',
  ش: 'sh',
  ص: 's',
  ض: 'd',
  ط: 't',
  ظ: 'z',
  ع: '',
  غ: 'gh',
  ف: 'f',
  ق: 'q',
  ك: 'k',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ه: 'h',
  ة: 'a',
  و: 'w',
  ي: 'y',
  ى: 'a',
  // Persian, Urdu
  پ: 'p',
  چ: 'ch',
  ژ: 'zh',
  گ: 'g',
  ک: 'k',
  ی: 'y',
  ے: 'e',
  ٹ: 't',
  ڈ: 'd',
  ڑ: 'r',
  ں: 'n',
  ھ: 'h',
};
const ARABIC_VOWEL_SIGNS: Record<string, string> = {
  '\u064E': 'a',
  '\u064F': 'u',
  '\u0650': 'i',
  '\u064B': 'an',
  '\u064C': 'un',
  '\u064D': 'in',
  '\u0652': '',
  '\u0670': 'a',
};
const ARABIC_SHADDA = '\u0651';

const HEBREW: Record<string, string> = {
  א: '',
  ב: 'b',
  ג: 'g',
  ד: 'd',
  ה: 'h',
  ו: 'v',
  ז: 'z',
  ח: 'kh',
  ט: 't',
  י: 'y',
  כ: 'k',
  ך: 'kh',
  ל: 'l',
  מ: 'm',
  ם: 'm',
  נ: 'n',
  ן: 'n',
  ס: 's',
  ע: '',
  פ: 'p',
  ף: 'f',
  צ: 'ts',
  ץ: 'ts',
  ק: 'k',
  ר: 'r',
  ש: 'sh',
  ת: 't',
};

const DEVANAGARI_CONSONANTS: Record<string, string> = {
  क: 'k',
  ख: 'kh',
  ग: 'g',
  घ: 'gh',
  ङ: 'n',
  च: 'ch',
  छ: 'chh',
  ज: 'j',
  झ: 'jh',
  ञ: 'n',
  ट: 't',
  ठ: 'th',
  ड: 'd',
  ढ: 'dh',
  ण: 'n',
  त: 't',
  थ: 'th',
  द: 'd',
  ध: 'dh',
  न: 'n',
  प: 'p',
  फ: 'f',
  ब: 'b',
  भ: 'bh',
  म: 'm',
  य: 'y',
  र: 'r',
  ल: 'l',
  व: 'v',
  श: 'sh',
  ष: 'sh',
  स: 's',
  ह: 'h',
  क़: 'q',
  ख़: 'kh',
  ग़: 'gh',
  ज़: 'z',
  ड़: 'r',
  ढ़: 'rh',
  फ़: 'f',
  य़: 'y',
  ळ: 'l',
};
const DEVANAGARI_NUKTA: Record<string, string> = { क: 'q', ख: 'kh', ग: 'gh', ज: 'z', ड: 'r', ढ: 'rh', फ: 'f', य: 'y' };
const DEVANAGARI_VOWELS: Record<string, string> = {
  अ: 'a',
  आ: 'a',
  इ: 'i',
  ई: 'i',
  उ: 'u',
  ऊ: 'u',
  ऋ: 'ri',
  ए: 'e',
  ऐ: 'ai',
  ओ: 'o',
  औ: 'au',
  ऑ: 'o',
  ऍ: 'e',
};
const DEVANAGARI_SIGNS: Record<string, string> = {
  'ा': 'a',
  'ि': 'i',
  'ी': 'i',
  'ु': 'u',
  'ू': 'u',
  'ृ': 'ri',
  'े': 'e',
  'ै': 'ai',
  'ो': 'o',
  'ौ': 'au',
  'ॉ': 'o',
  'ॅ': 'e',
};
const DEVANAGARI_VIRAMA = '्';
const DEVANAGARI_NUKTA_SIGN = '़';
const DEVANAGARI_NASALS: Record<string, string> = { 'ं': 'n', 'ँ': 'n', 'ः': 'h' };

/** Hiragana to Hepburn; katakana is mapped onto hiragana first (same sounds, offset 0x60). */
const KANA: Record<string, string> = {
  あ: 'a',
  い: 'i',
  う: 'u',
  え: 'e',
  お: 'o',
  か: 'ka',
  き: 'ki',
  く: 'ku',
  け: 'ke',
  こ: 'ko',
  さ: 'sa',
  し: 'shi',
  す: 'su',
  せ: 'se',
  そ: 'so',
  た: 'ta',
  ち: 'chi',
  つ: 'tsu',
  て: 'te',
  と: 'to',
  な: 'na',
  に: 'ni',
  ぬ: 'nu',
  ね: 'ne',
  の: 'no',
  は: 'ha',
  ひ: 'hi',
  ふ: 'fu',
  へ: 'he',
  ほ: 'ho',
  ま: 'ma',
  み: 'mi',
  む: 'mu',
  め: 'me',
  も: 'mo',
  や: 'ya',
  ゆ: 'yu',
  よ: 'yo',
  ら: 'ra',
  り: 'ri',
  る: 'ru',
  れ: 're',
  ろ: 'ro',
  わ: 'wa',
  ゐ: 'i',
  ゑ: 'e',
  を: 'o',
  ん: 'n',
  が: 'ga',
  ぎ: 'gi',
  ぐ: 'gu',
  げ: 'ge',
  ご: 'go',
  ざ: 'za',
  じ: 'ji',
  ず: 'zu',
  ぜ: 'ze',
  ぞ: 'zo',
  だ: 'da',
  ぢ: 'ji',
  づ: 'zu',
  で: 'de',
  ど: 'do',
  ば: 'ba',
  び: 'bi',
  ぶ: 'bu',
  べ: 'be',
  ぼ: 'bo',
  ぱ: 'pa',
  ぴ: 'pi',
  ぷ: 'pu',
  ぺ: 'pe',
  ぽ: 'po',
  ゔ: 'vu',
  ぁ: 'a',
  ぃ: 'i',
  ぅ: 'u',
  ぇ: 'e',
  ぉ: 'o',
  ゎ: 'wa',
  ゕ: 'ka',
  ゖ: 'ke',
};
const SMALL_Y: Record<string, string> = { ゃ: 'a', ゅ: 'u', ょ: 'o' };
const SMALL_VOWEL: Record<string, string> = { ぁ: 'a', ぃ: 'i', ぅ: 'u', ぇ: 'e', ぉ: 'o' };
const SOKUON = 'っ';
const CHOONPU = 'ー';

/** Revised Romanization of the jamo of a Hangul syllable: initial, medial and final. */
const HANGUL_INITIAL = [
  'g',
  'kk',
  'n',
  'd',
  'tt',
  'r',
  'm',
  'b',
  'pp',
  's',
  'ss',
  '',
  'j',
  'jj',
  'ch',
  'k',
  't',
  'p',
  'h',
];
const HANGUL_MEDIAL = [
  'a',
  'ae',
  'ya',
  'yae',
  'eo',
  'e',
  'yeo',
  'ye',
  'o',
  'wa',
  'wae',
  'oe',
  'yo',
  'u',
  'wo',
  'we',
  'wi',
  'yu',
  'eu',
  'ui',
  'i',
];
/** Finals before a consonant or the end of a word. */
const HANGUL_FINAL = [
  '',
  'k',
  'k',
  'k',
  'n',
  'n',
  'n',
  't',
  'l',
  'k',
  'm',
  'l',
  'l',
  'l',
  'p',
  'l',
  'm',
  'p',
  'p',
  't',
  't',
  'ng',
  't',
  't',
  'k',
  't',
  'p',
  't',
];
/** Finals before a syllable that starts with a vowel: the consonant moves over (liaison). */
const HANGUL_FINAL_LIAISON = [
  '',
  'g',
  'kk',
  'ks',
  'n',
  'nj',
  'n',
  'd',
  'r',
  'lg',
  'lm',
  'lb',
  'ls',
  'lt',
  'lp',
  'l',
  'm',
  'b',
  'ps',
  's',
  'ss',
  'ng',
  'j',
  'ch',
  'k',
  't',
  'p',
  '',
];
const HANGUL_BASE = 0xac00;
const HANGUL_LAST = 0xd7a3;
const IEUNG_INITIAL = 11;

/**
 * Han text is read as Japanese when it has kana, a character only Japanese writes that way
 * (shinjitai forms such as 気 鉄 発 広, where Chinese writes 气/氣 铁/鐵 发/發 广/廣), or a word
 * of the Japanese table that the Chinese table lacks (東京, 株式会社, 商事, 製作所, ...).
 */
const JAPANESE_SIGNS =
  /[\u3041-\u30ff]|[気鉄発広売楽薬円県駅沢浜関団経険鉱実証総続対帯転伝読豊辺営労栄図単様済亜桜検験応拡蔵鋳歴穂歯児剤雑恵]/;

function readsAsJapanese(text: string): boolean {
  if (JAPANESE_SIGNS.test(text)) return true;
  const chars = Array.from(text);
  for (let i = 0; i < chars.length - 1; i++) {
    for (let len = 2; len <= 4 && i + len <= chars.length; len++) {
      const word = chars.slice(i, i + len).join('');
      if (JAPANESE_WORDS.has(word) && !CHINESE_WORDS.has(word)) return true;
    }
  }
  return false;
}

function isKana(code: number): boolean {
  return (code >= 0x3041 && code <= 0x30ff) || (code >= 0x31f0 && code <= 0x31ff) || code === 0x30fc;
}

function isHan(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0x20000 && code <= 0x2ffff) ||
    code === 0x3005
  );
}

function isLetterLike(ch: string | undefined): boolean {
  return ch !== undefined && ch.toLowerCase() !== ch.toUpperCase();
}

/** Keeps the case of the source: "Щука" -> "Shchuka", "ЩУКА" -> "SHCHUKA". */
function withCase(out: string, source: string, prev: string | undefined, next: string | undefined): string {
  if (out === '' || source === source.toLowerCase()) return out;
  const neighbourUpper =
    (isLetterLike(next) && next === next!.toUpperCase()) ||
    (isLetterLike(prev) && prev === prev!.toUpperCase() && !isLetterLike(next));
  return neighbourUpper ? out.toUpperCase() : out[0].toUpperCase() + out.slice(1);
}

function cyrillic(text: string): string {
  const ukrainian = UKRAINIAN_MARKERS.test(text);
  const bulgarian = !ukrainian && BULGARIAN_MARKER.test(text);
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const lower = ch.toLowerCase();
    let rom = CYRILLIC[lower];
    if (rom === undefined) {
      out += ch;
      continue;
    }
    if (ukrainian) {
      // Ukrainian national system (2010): є ї й ю я are ye yi y yu ya only at the start of a word.
      const wordStart = i === 0 || !isLetterLike(text[i - 1]);
      if (lower === 'г') rom = 'h';
      else if (lower === 'и') rom = 'y';
      else if (!wordStart && UKRAINIAN_INNER[lower] !== undefined) rom = UKRAINIAN_INNER[lower];
    } else if (bulgarian) {
      if (lower === 'щ') rom = 'sht';
      else if (lower === 'ъ') rom = 'a';
    } else if (lower === 'й' && out.endsWith('y') && text[i - 1]?.toLowerCase() === 'ы') {
      rom = ''; // ый -> y ("Krasnyy" is usually written "Krasny")
    }
    out += withCase(rom, ch, text[i - 1], text[i + 1]);
  }
  return out;
}

function greek(text: string): string {
  let out = '';
  const lower = text.toLowerCase();
  for (let i = 0; i < text.length; i++) {
    const pair = lower.slice(i, i + 2);
    let rom = GREEK_DIGRAPHS[pair];
    let width = 2;
    if (rom !== undefined) {
      const wordStart = i === 0 || !isLetterLike(text[i - 1]);
      if (wordStart && pair === 'μπ') rom = 'b';
      else if (wordStart && pair === 'ντ') rom = 'd';
      else if (wordStart && pair === 'γκ') rom = 'g';
    } else {
      rom = GREEK[lower[i]];
      width = 1;
    }
    if (rom === undefined) {
      out += text[i];
      continue;
    }
    out += withCase(rom, text[i], text[i - 1], text[i + width]);
    i += width - 1;
  }
  return out;
}

function isArabicLetter(ch: string | undefined): boolean {
  return ch !== undefined && ARABIC[ch] !== undefined;
}

function arabic(text: string): string {
  let out = '';
  // Where the last consonant ends in `out`, for shadda (doubling) written after a vowel sign.
  let consonant = '';
  let consonantEnd = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const wordStart = !isArabicLetter(text[i - 1]) && ARABIC_VOWEL_SIGNS[text[i - 1]] === undefined;
    if (wordStart && ch === 'ا' && text[i + 1] === 'ل' && isArabicLetter(text[i + 2]) && isArabicLetter(text[i + 3])) {
      out += 'al-';
      i += 1;
      continue;
    }
    const sign = ARABIC_VOWEL_SIGNS[ch];
    if (sign !== undefined) {
      out += sign;
      continue;
    }
    if (ch === ARABIC_SHADDA) {
      out = out.slice(0, consonantEnd) + consonant + out.slice(consonantEnd);
      consonantEnd += consonant.length;
      continue;
    }
    if (ch === '\u0640') continue; // tatweel
    let rom = ARABIC[ch];
    if (rom === undefined) {
      out += ch;
      continue;
    }
    // و and ي are consonants at the start of a word and long vowels inside one.
    if (!wordStart && (ch === 'و' || ch === 'ي' || ch === 'ی')) rom = ch === 'و' ? 'u' : 'i';
    if (!wordStart && (ch === 'ا' || ch === 'أ' || ch === 'آ')) rom = 'a';
    out += rom;
    consonant = rom.slice(-1);
    consonantEnd = out.length;
  }
  return out;
}

function hebrew(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const code = ch.charCodeAt(0);
    if (code >= 0x0591 && code <= 0x05c7) continue; // points and cantillation
    let rom = HEBREW[ch];
    if (rom === undefined) {
      out += ch;
      continue;
    }
    const wordStart = HEBREW[text[i - 1]] === undefined;
    if (ch === 'ו') {
      if (text[i + 1] === 'ו') {
        rom = 'v';
        i++;
      } else if (!wordStart) rom = 'o';
    } else if (ch === 'י' && !wordStart) rom = 'i';
    else if (ch === 'א' && wordStart) rom = 'a';
    out += rom;
  }
  return out;
}

function devanagari(text: string): string {
  let out = '';
  let pendingSchwa = false;
  /** The inherent vowel of the last consonant, now that something follows inside the word. */
  const flushSchwa = () => {
    if (pendingSchwa) out += 'a';
    pendingSchwa = false;
  };
  /** At the end of a word Hindi drops the inherent vowel (लिमिटेड limited), except in one-syllable words. */
  const endWord = () => {
    if (pendingSchwa && !/[aeiou]/.test(out.match(/[a-z]*$/)![0])) out += 'a';
    pendingSchwa = false;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    let consonant = DEVANAGARI_CONSONANTS[ch];
    if (consonant !== undefined) {
      flushSchwa();
      if (text[i + 1] === DEVANAGARI_NUKTA_SIGN) {
        consonant = DEVANAGARI_NUKTA[ch] ?? consonant;
        i++;
      }
      out += consonant;
      pendingSchwa = true;
      continue;
    }
    if (ch === DEVANAGARI_VIRAMA) {
      pendingSchwa = false;
      continue;
    }
    const sign = DEVANAGARI_SIGNS[ch];
    if (sign !== undefined) {
      pendingSchwa = false;
      out += sign;
      continue;
    }
    const nasal = DEVANAGARI_NASALS[ch];
    if (nasal !== undefined) {
      flushSchwa();
      out += nasal;
      continue;
    }
    const vowel = DEVANAGARI_VOWELS[ch];
    if (vowel !== undefined) {
      flushSchwa();
      out += vowel;
      continue;
    }
    endWord();
    if (ch >= '\u0966' && ch <= '\u096f') out += String.fromCharCode(ch.charCodeAt(0) - 0x0966 + 48);
    else if (ch === '।' || ch === '॥') out += '.';
    else out += ch;
  }
  endWord();
  return out;
}

function toHiragana(ch: string): string {
  const code = ch.charCodeAt(0);
  return code >= 0x30a1 && code <= 0x30f6 ? String.fromCharCode(code - 0x60) : ch;
}

/**
 * English words Japanese company names spell in katakana, given back in English: "ホールディングス"
 * is "holdings", not "horudingusu".
 */
const KATAKANA_LOANWORDS: readonly (readonly [string, string])[] = (
  [
    ['ホールディングス', 'holdings'],
    ['ホールディング', 'holding'],
    ['コーポレーション', 'corporation'],
    ['インターナショナル', 'international'],
    ['ジャパン', 'japan'],
    ['システムズ', 'systems'],
    ['システム', 'system'],
    ['テクノロジーズ', 'technologies'],
    ['テクノロジー', 'technology'],
    ['エンジニアリング', 'engineering'],
    ['サービシーズ', 'services'],
    ['サービス', 'service'],
    ['ソリューションズ', 'solutions'],
    ['ソリューション', 'solution'],
    ['パートナーズ', 'partners'],
    ['ファイナンス', 'finance'],
    ['キャピタル', 'capital'],
    ['トレーディング', 'trading'],
    ['マネジメント', 'management'],
    ['ネットワークス', 'networks'],
    ['ネットワーク', 'network'],
    ['ソフトウェア', 'software'],
    ['エレクトロニクス', 'electronics'],
    ['ファーマ', 'pharma'],
    ['メディカル', 'medical'],
    ['フーズ', 'foods'],
    ['マート', 'mart'],
    ['ストアーズ', 'stores'],
    ['ストア', 'store'],
    ['センター', 'center'],
    ['インダストリーズ', 'industries'],
    ['インダストリー', 'industry'],
    ['モーターズ', 'motors'],
    ['モーター', 'motor'],
    ['エナジー', 'energy'],
    ['コミュニケーションズ', 'communications'],
    ['デジタル', 'digital'],
    ['グローバル', 'global'],
    ['アジア', 'asia'],
    ['パシフィック', 'pacific'],
    ['ケミカル', 'chemical'],
    ['マテリアルズ', 'materials'],
    ['プロダクツ', 'products'],
    ['ロジスティクス', 'logistics'],
    ['リース', 'lease'],
    ['バンク', 'bank'],
    ['インベストメント', 'investment'],
    ['アセット', 'asset'],
    ['エンタテインメント', 'entertainment'],
    ['エンターテインメント', 'entertainment'],
    ['メディア', 'media'],
    ['ラボラトリーズ', 'laboratories'],
    ['リサーチ', 'research'],
    ['コンサルティング', 'consulting'],
    ['テクノ', 'techno'],
    ['テック', 'tech'],
    ['ソフト', 'soft'],
    ['プラスチック', 'plastic'],
    ['スチール', 'steel'],
    ['メタル', 'metal'],
    ['パッケージ', 'package'],
    ['デザイン', 'design'],
    ['オフィス', 'office'],
    ['ホーム', 'home'],
  ] as const
)
  .slice()
  .sort((x, y) => y[0].length - x[0].length);

/** Romanises a run of kana, giving known katakana loanwords back in English. */
function kanaWords(run: string): string {
  const parts: string[] = [];
  let pending = '';
  for (let i = 0; i < run.length;) {
    const loan = KATAKANA_LOANWORDS.find(([kana]) => run.startsWith(kana, i));
    if (!loan) {
      pending += run[i++];
      continue;
    }
    if (pending) parts.push(kanaRun(pending));
    pending = '';
    parts.push(loan[1]);
    i += loan[0].length;
  }
  if (pending) parts.push(kanaRun(pending));
  return parts.join(' ');
}

/** Romanises one run of kana. */
function kanaRun(run: string): string {
  let out = '';
  let geminate = false;
  for (let i = 0; i < run.length; i++) {
    const ch = toHiragana(run[i]);
    if (ch === SOKUON) {
      geminate = true;
      continue;
    }
    if (ch === CHOONPU) continue; // long vowel mark: long vowels are unmarked
    if (ch === 'ヽ' || ch === 'ゝ') continue;
    let rom = KANA[ch];
    if (rom === undefined) {
      out += ch;
      continue;
    }
    const next = toHiragana(run[i + 1] ?? '');
    if (SMALL_Y[next] !== undefined && rom.endsWith('i') && rom.length > 1) {
      const stem = rom.slice(0, -1);
      rom = (stem === 'sh' || stem === 'ch' || stem === 'j' ? stem : stem + 'y') + SMALL_Y[next];
      i++;
    } else if (
      SMALL_VOWEL[next] !== undefined &&
      ch !== 'ぁ' &&
      ch !== 'ぃ' &&
      ch !== 'ぅ' &&
      ch !== 'ぇ' &&
      ch !== 'ぉ'
    ) {
      const stem = rom === 'u' ? 'w' : rom.replace(/[aeiou]$/, '');
      rom = (stem === 'ts' ? 'ts' : stem) + SMALL_VOWEL[next];
      i++;
    }
    if (geminate) {
      out += rom.startsWith('ch') ? 't' : rom[0];
      geminate = false;
    }
    out += rom;
  }
  // Long vowels are written without macrons: とうきょう -> tokyo, おおさか -> osaka.
  return out.replace(/ou/g, 'o').replace(/oo/g, 'o').replace(/uu/g, 'u');
}

function hangulSyllables(run: string): string {
  let out = '';
  for (let i = 0; i < run.length; i++) {
    const index = run.charCodeAt(i) - HANGUL_BASE;
    const initial = Math.floor(index / 588);
    const medial = Math.floor((index % 588) / 28);
    const final = index % 28;
    out += HANGUL_INITIAL[initial] + HANGUL_MEDIAL[medial];
    if (final === 0) continue;
    const next = i + 1 < run.length ? run.charCodeAt(i + 1) - HANGUL_BASE : -1;
    const nextStartsWithVowel = next >= 0 && Math.floor(next / 588) === IEUNG_INITIAL;
    out += nextStartsWithVowel ? HANGUL_FINAL_LIAISON[final] : HANGUL_FINAL[final];
  }
  return out;
}

/** Reads a run of Han characters word by word (longest dictionary word first). */
function hanRun(run: string, japanese: boolean): string {
  const words = japanese ? JAPANESE_WORDS : CHINESE_WORDS;
  const singles = japanese ? JAPANESE_ON : PINYIN;
  const chars = Array.from(run);
  const parts: string[] = [];
  let joined = '';
  for (let i = 0; i < chars.length;) {
    let matched = 0;
    for (let len = Math.min(6, chars.length - i); len >= 2; len--) {
      const reading = words.get(chars.slice(i, i + len).join(''));
      if (reading !== undefined) {
        if (joined) parts.push(joined);
        joined = '';
        parts.push(reading);
        matched = len;
        break;
      }
    }
    if (matched) {
      i += matched;
      continue;
    }
    const ch = chars[i];
    const reading =
      ch === '々' ? (joined.match(/[a-z]+$/)?.[0] ?? '') : (singles.get(ch) ?? (japanese ? PINYIN.get(ch) : undefined));
    if (reading === undefined) {
      if (joined) parts.push(joined);
      joined = '';
      parts.push(ch);
    } else joined += reading;
    i++;
  }
  if (joined) parts.push(joined);
  return parts.join(' ');
}

function cjk(text: string): string {
  const japanese = readsAsJapanese(text);
  let out = '';
  let i = 0;
  const chars = Array.from(text);
  while (i < chars.length) {
    const code = chars[i].codePointAt(0)!;
    let j = i + 1;
    if (isHan(code)) {
      while (j < chars.length && isHan(chars[j].codePointAt(0)!)) j++;
      out += ` ${hanRun(chars.slice(i, j).join(''), japanese)} `;
    } else if (isKana(code)) {
      while (j < chars.length && isKana(chars[j].codePointAt(0)!)) j++;
      out += ` ${kanaWords(chars.slice(i, j).join(''))} `;
    } else if (code >= HANGUL_BASE && code <= HANGUL_LAST) {
      while (j < chars.length && chars[j].charCodeAt(0) >= HANGUL_BASE && chars[j].charCodeAt(0) <= HANGUL_LAST) j++;
      out += hangulSyllables(chars.slice(i, j).join(''));
    } else out += chars[i];
    i = j;
  }
  return out
    .replace(/ {2,}/g, ' ')
    .replace(/^ | $/g, '')
    .replace(/ ([,.)\]」』）])/g, '$1')
    .replace(/([([「『（]) /g, '$1');
}

type Block = 'latin' | 'cyrillic' | 'greek' | 'arabic' | 'hebrew' | 'devanagari' | 'cjk' | 'other';

function blockOf(code: number): Block {
  if (code < 0x0370) return 'latin';
  if (code < 0x0400) return 'greek';
  if (code < 0x0530) return 'cyrillic';
  if (code >= 0x0590 && code < 0x0600) return 'hebrew';
  if (inArabicBlocks(code)) return 'arabic';
  if (code >= 0x0900 && code < 0x0980) return 'devanagari';
  if (code >= 0x1e00 && code < 0x1f00) return 'latin';
  if (code >= 0x1f00 && code < 0x2000) return 'greek';
  if (
    (code >= 0x1100 && code < 0x1200) ||
    (code >= 0x3000 && code < 0xa000) ||
    (code >= 0xac00 && code < 0xd7b0) ||
    (code >= 0xf900 && code < 0xfb00) ||
    code >= 0x20000
  )
    return 'cjk';
  return 'other';
}

// eslint-disable-next-line no-control-regex -- the range starts at U+0000 on purpose: all of ASCII needs no romanising
const NEEDS_WORK = /[^\u0000-\u036f\u1e00-\u1eff\u2000-\u206f]/;
const ROMANISERS: Partial<Record<Block, (text: string) => string>> = {
  cyrillic,
  greek,
  arabic,
  hebrew,
  devanagari,
  cjk,
};

/**
 * Romanises `text`, script run by script run; Latin and unsupported scripts pass through.
 * Marks (Arabic vowel signs, Devanagari vowel signs, kana voicing marks) stay with their run.
 */
export function toLatin(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  const source = text.normalize('NFC');
  let out = '';
  let runStart = 0;
  let runBlock: Block | undefined;
  const flush = (end: number) => {
    if (runBlock === undefined || end <= runStart) return;
    const run = source.slice(runStart, end);
    const romaniser = ROMANISERS[runBlock];
    out += romaniser ? romaniser(run) : run;
  };
  for (let i = 0; i < source.length;) {
    const code = source.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    // Digits, spaces and punctuation join the current run (so words stay together).
    const neutral =
      code < 0x80 ? !((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) : code >= 0x2000 && code < 0x2070;
    const block = neutral && runBlock !== undefined ? runBlock : blockOf(code);
    if (block !== runBlock) {
      flush(i);
      runStart = i;
      runBlock = block;
    }
    i += width;
  }
  flush(source.length);
  return out;
}

/**
 * The other ways source systems write a Chinese company's name: in traditional characters (a
 * Hong Kong or Taiwan office, an older system) and in full pinyin, where the registered English
 * name translates the industry ("Shanghai Huafeng Trading Co., Ltd." is also "Shanghai Huafeng
 * Maoyi Youxian Gongsi"). Covers the characters and words companyNames.ts builds Chinese names from.
 */

/** Simplified characters of the demo's Chinese names that have a different traditional form. */
const TRADITIONAL: Readonly<Record<string, string>> = {
  广: '廣',
  苏: '蘇',
  汉: '漢',
  庆: '慶',
  岛: '島',
  宁: '寧',
  门: '門',
  东: '東',
  无: '無',
  锡: '錫',
  连: '連',
  长: '長',
  华: '華',
  国: '國',
  联: '聯',
  丰: '豐',
  达: '達',
  兴: '興',
  辉: '輝',
  诚: '誠',
  创: '創',
  发: '發',
  润: '潤',
  贸: '貿',
  电: '電',
  机: '機',
  实: '實',
  业: '業',
  设: '設',
  医: '醫',
  药: '藥',
  纺: '紡',
  织: '織',
  车: '車',
  术: '術',
  应: '應',
  链: '鏈',
  环: '環',
  制: '製',
  际: '際',
  进: '進',
  装: '裝',
  软: '軟',
  团: '團',
  厦: '廈',
};

/** The name in traditional characters. */
export function traditionalHan(simplified: string): string {
  return [...simplified].map((char) => TRADITIONAL[char] ?? char).join('');
}

/** Pinyin of the words the English form translates, longest first so a longer phrase wins. */
const PINYIN_OF_ENGLISH: readonly (readonly [english: string, pinyin: string])[] = (
  [
    ['Supply Chain Management', 'Gongyinglian Guanli'],
    ['Environmental Technology', 'Huanbao Keji'],
    ['Information Technology', 'Xinxi Jishu'],
    ['Precision Manufacturing', 'Jingmi Zhizao'],
    ['International Trading', 'Guoji Maoyi'],
    ['Electrical Appliances', 'Dianqi'],
    ['Import & Export', 'Jinchukou'],
    ['Pharmaceutical', 'Yiyao'],
    ['Construction', 'Jianshe'],
    ['Electronics', 'Dianzi'],
    ['Technology', 'Keji'],
    ['New Energy', 'Xinnengyuan'],
    ['Industrial', 'Shiye'],
    ['Auto Parts', 'Qiche Lingbujian'],
    ['Machinery', 'Jixie'],
    ['Logistics', 'Wuliu'],
    ['Packaging', 'Baozhuang'],
    ['Chemical', 'Huagong'],
    ['Software', 'Ruanjian'],
    ['Trading', 'Maoyi'],
    ['Textile', 'Fangzhi'],
    ['Food', 'Shipin'],
  ] as const
).toSorted(([a], [b]) => b.length - a.length);

/** The registered English name ("… Trading Group Co., Ltd.") written in pinyin throughout. */
export function pinyinName(englishLegalName: string): string {
  const industry = PINYIN_OF_ENGLISH.find(([english]) => englishLegalName.includes(` ${english} `));
  const translated = industry ? englishLegalName.replace(` ${industry[0]} `, ` ${industry[1]} `) : englishLegalName;
  return translated
    .replace(/ Group Co\., Ltd\.$/, ' Jituan Youxian Gongsi')
    .replace(/ Co\., Ltd\.$/, ' Youxian Gongsi');
}

/**
 * Readings for the Han characters (and character pairs) most common in company names.
 *
 * Why: "北京华为科技有限公司" has to meet "Beijing Huawei Technology Co., Ltd." and "三菱商事" has to
 * meet "Mitsubishi Shoji". A full Han dictionary is megabytes; the few hundred characters that
 * make up most Chinese and Japanese company names (places, industries, common surnames and
 * brand characters) cover most real names. Han characters are ambiguous between languages:
 * 東京 is Dōngjīng in Mandarin and Tōkyō in Japanese, and a single character often has several
 * readings even inside one language (行 xíng / háng). So:
 *
 * - CHINESE_WORDS / JAPANESE_WORDS give the reading of whole words, where the word fixes the
 *   reading (银行 yinhang, 重庆 chongqing, 東京 tokyo, 自動車 jidosha);
 * - PINYIN gives the usual Mandarin reading of single characters (simplified and traditional
 *   forms), tone marks dropped;
 * - JAPANESE_ON gives the usual Sino-Japanese (on'yomi) reading, Hepburn without macrons, for
 *   characters often read that way in company names.
 *
 * Characters in none of the tables pass through unchanged (see transliterate.ts).
 */

function table(source: string): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const entry of source.split(/\s+/)) {
    if (!entry) continue;
    const colon = entry.indexOf(':');
    const reading = entry.slice(colon + 1);
    const keys = entry.slice(0, colon);
    // "华華:hua" lists two single characters; "银行=:yinhang" (ending in '=') is one word.
    if (keys.endsWith('=')) map.set(keys.slice(0, -1), reading);
    else for (const key of keys) map.set(key, reading);
  }
  return map;
}

/** Mandarin readings of single characters: simplified and traditional forms share an entry. */
export const PINYIN: ReadonlyMap<string, string> = table(`
  同:tong 央:yang 嘉:jia 润潤:run 莞:guan 零:ling 包:bao 辉輝:hui 刷:shua 型:xing 纸紙:zhi
  药藥:yao 不:bu 群:qun 涂塗:tu 铁鐵:tie 清:qing 前:qian 若:ruo 昭:zhao 伊:yi 旭:xu 森:sen
  共:gong 荣榮:rong 池:chi 治:zhi 佐:zuo 阜:fu 岐:qi
  北:bei 京:jing 上:shang 海:hai 广廣:guang 州:zhou 深:shen 圳:zhen 天:tian 津:jin 重:zhong
  庆慶:qing 南:nan 西:xi 东東:dong 江:jiang 苏蘇:su 浙:zhe 杭:hang 成:cheng 都:du 武:wu 汉漢:han
  长長:chang 沙:sha 香:xiang 港:gang 台臺:tai 湾灣:wan 福:fu 建:jian 山:shan 河:he 湖:hu 安:an
  徽:hui 云雲:yun 贵貴:gui 四:si 川:chuan 陕陝:shan 甘:gan 肃肅:su 青:qing 宁寧:ning 夏:xia 新:xin
  疆:jiang 辽遼:liao 吉:ji 林:lin 黑:hei 龙龍:long 内內:nei 蒙:meng 古:gu 厦廈:xia 门門:men 大:da
  连連:lian 岛島:dao 无無:wu 锡錫:xi 波:bo 温溫:wen 合:he 肥:fei 济濟:ji 郑鄭:zheng 昆:kun 明:ming
  珠:zhu 澳:ao 佛:fo 中:zhong 国國:guo 华華:hua 亚亞:ya 洲:zhou 美:mei 欧歐:ou 日:ri 本:ben 韩韓:han
  英:ying 德:de 法:fa 俄:e 印:yin 泰:tai 越:yue 星:xing 加:jia 坡:po 马馬:ma 来來:lai 世:shi 界:jie
  环環:huan 球:qiu 全:quan 际際:ji 城:cheng 市:shi 省:sheng 县縣:xian 区區:qu 镇鎮:zhen 村:cun
  路:lu 街:jie 公:gong 司:si 有:you 限:xian 责責:ze 任:ren 股:gu 份:fen 集:ji 团團:tuan 控:kong
  投:tou 资資:zi 金:jin 融:rong 银銀:yin 行:xing 保:bao 险險:xian 证證:zheng 券:quan 基:ji 信:xin
  托:tuo 贷貸:dai 款:kuan 财財:cai 务務:wu 经經:jing 贸貿:mao 易:yi 商:shang 业業:ye 实實:shi
  工:gong 厂廠:chang 制製:zhi 造:zao 技:ji 术術:shu 科:ke 学學:xue 研:yan 究:jiu 发發:fa 展:zhan
  开開:kai 设設:she 计計:ji 筑築:zhu 程:cheng 房:fang 地:di 产產:chan 物:wu 流:liu 运運:yun
  输輸:shu 航:hang 空:kong 船:chuan 舶:bo 汽:qi 车車:che 电電:dian 子:zi 器:qi 机機:ji 械:xie
  备備:bei 网網:wang 络絡:luo 通:tong 讯訊:xun 息:xi 软軟:ruan 件:jian 数數:shu 据據:ju 智:zhi
  能:neng 源:yuan 石:shi 油:you 化:hua 气氣:qi 煤:mei 炭:tan 矿礦:kuang 钢鋼:gang 铁鐵:tie 铝鋁:lu
  铜銅:tong 材:cai 料:liao 医醫:yi 药藥:yao 生:sheng 健:jian 康:kang 食:shi 品:pin 饮飲:yin 酒:jiu
  茶:cha 农農:nong 牧:mu 渔漁:yu 服:fu 装裝:zhuang 纺紡:fang 织織:zhi 衣:yi 鞋:xie 文:wen 教:jiao
  育:yu 传傳:chuan 媒:mei 告:gao 影:ying 视視:shi 娱娛:yu 乐樂:le 体體:ti 旅:lu 游遊:you 店:dian
  餐:can 管:guan 理:li 咨:zi 询詢:xun 人:ren 力:li 节節:jie 创創:chuang 联聯:lian 协協:xie 会會:hui
  社:she 总總:zong 部:bu 分:fen 园園:yuan 心:xin 所:suo 院:yuan 局:ju 站:zhan 馆館:guan 进進:jin
  出:chu 口:kou 外:wai 销銷:xiao 售:shou 供:gong 应應:ying 链鏈:lian 仓倉:cang 储儲:chu 配:pei
  送:song 快:kuai 递遞:di 邮郵:you 政:zheng 家:jia 居:ju 具:ju 用:yong 光:guang 半:ban 导導:dao
  芯:xin 片:pian 微:wei 精:jing 密:mi 仪儀:yi 表:biao 自:zi 动動:dong 系:xi 统統:tong 全:quan
  防:fang 卫衛:wei 军軍:jun 兵:bing 核:he 水:shui 利:li 风風:feng 火:huo 太:tai 阳陽:yang 月:yue
  亮:liang 玉:yu 宝寶:bao 珍:zhen 为為:wei 阿:a 里:li 巴:ba 腾騰:teng 百:bai 度:du 小:xiao 米:mi
  想:xiang 尔爾:er 格:ge 的:de 比:bi 迪:di 城:cheng 奇:qi 瑞:rui 万萬:wan 达達:da 恒恆:heng 碧:bi
  桂:gui 平:ping 招:zhao 兴興:xing 民:min 浦:pu 交:jiao 宏:hong 伟偉:wei 强強:qiang 盛:sheng
  昌:chang 隆:long 顺順:shun 和:he 祥:xiang 富:fu 荣榮:rong 丰豐:feng 鑫:xin 鼎:ding 晨:chen
  春:chun 秋:qiu 冬:dong 永:yong 久:jiu 远遠:yuan 高:gao 博:bo 睿:rui 慧:hui 仁:ren 义義:yi
  礼禮:li 诚誠:cheng 正:zheng 宇:yu 宙:zhou 飞飛:fei 翔:xiang 鹏鵬:peng 凤鳳:feng 虎:hu 狮獅:shi
  鹰鷹:ying 一:yi 二:er 三:san 五:wu 六:liu 七:qi 八:ba 九:jiu 十:shi 千:qian 亿億:yi 第:di
  号號:hao 王:wang 李:li 张張:zhang 刘劉:liu 陈陳:chen 杨楊:yang 黄黃:huang 赵趙:zhao 吴吳:wu
  周:zhou 徐:xu 孙孫:sun 朱:zhu 胡:hu 郭:guo 何:he 罗羅:luo 梁:liang 宋:song 谢謝:xie 唐:tang
  许許:xu 冯馮:feng 邓鄧:deng 曹:cao 彭:peng 曾:zeng 萧蕭:xiao 田:tian 董:dong 潘:pan 袁:yuan
  蔡:cai 蒋蔣:jiang 余:yu 于:yu 杜:du 叶葉:ye 魏:wei 吕呂:lu 丁:ding 沈:shen 姚:yao 卢盧:lu
  钟鍾鐘:zhong 姜:jiang 崔:cui 谭譚:tan 陆陸:lu 范:fan 汪:wang 廖:liao 韦韋:wei 贾賈:jia 付:fu
  方:fang 邹鄒:zou 熊:xiong 白:bai 孟:meng 秦:qin 邱:qiu 侯:hou 尹:yin 薛:xue 段:duan 雷:lei
  黎:li 史:shi 陶:tao 贺賀:he 毛:mao 郝:hao 顾顧:gu 龚龔:gong 邵:shao 钱錢:qian 戴:dai 严嚴:yan
  莫:mo 孔:kong 向:xiang 常:chang 汤湯:tang 乔喬:qiao 赖賴:lai 牌:pai 特:te 种種:zhong 专專:zhuan
  职職:zhi 盟:meng 众眾:zhong 作:zuo 置:zhi 寿壽:shou 境:jing 疗療:liao 规規:gui 划劃:hua 问問:wen
  律:lu 师師:shi 事:shi 算:suan 属屬:shu 色:se 燃:ran 热熱:re 场場:chang 租:zu 赁賃:lin 担擔:dan
  额額:e 当當:dang 之:zhi 与與:yu 及:ji 株:zhu 式:shi 社:she 井:jing 菱:ling 住:zhu 友:you
  野:ye 村:cun 松:song 下:xia 田:tian 丸:wan 紅红:hong 竹:zhu 川:chuan 崎:qi 岡冈:gang 島:dao
  屋:wu 名:ming 横:heng 浜:bang 神:shen 戸户:hu 広:guang 札:zha 幌:huang 仙:xian 静靜:jing
  奈:nai 良:liang 道:dao 県:xian 芝:zhi 士:shi 味:wei 素:su 花:hua 王:wang 麒:qi 麟:lin 朝:chao
  鮮鲜:xian 現现:xian 代:dai 起:qi 亜:ya 星:xing 斗:dou 山:shan 成:cheng 乐:le 喜:xi 泉:quan
  邦:bang 振:zhen 鸿鴻:hong 海:hai 台:tai 积積:ji 联:lian 发:fa 友:you 达:da 宏:hong 碁:qi 纬緯:wei
  创:chuang 鸟鳥:niao 龟龜:gui 牛:niu 羊:yang 猪豬:zhu 鱼魚:yu 象:xiang 熊:xiong 猫貓:mao
  果:guo 树樹:shu 木:mu 竹:zhu 草:cao 叶:ye 花:hua 园:yuan 峰:feng 岭嶺:ling 峡峽:xia 谷:gu
  原:yuan 野:ye 洋:yang 湖:hu 滨濱:bin 岸:an 桥橋:qiao 塔:ta 楼樓:lou 宫宮:gong 殿:dian
`);

/** Mandarin readings of words whose reading differs from the characters' default or is fixed. */
export const CHINESE_WORDS: ReadonlyMap<string, string> = table(`
  北京=:beijing 上海=:shanghai 广州=:guangzhou 廣州=:guangzhou 深圳=:shenzhen 天津=:tianjin
  重庆=:chongqing 重慶=:chongqing 南京=:nanjing 西安=:xian 杭州=:hangzhou 成都=:chengdu
  武汉=:wuhan 武漢=:wuhan 长沙=:changsha 長沙=:changsha 香港=:xianggang 台湾=:taiwan 台灣=:taiwan
  台北=:taibei 厦门=:xiamen 廈門=:xiamen 大连=:dalian 大連=:dalian 青岛=:qingdao 青島=:qingdao
  苏州=:suzhou 蘇州=:suzhou 无锡=:wuxi 無錫=:wuxi 宁波=:ningbo 寧波=:ningbo 合肥=:hefei
  济南=:jinan 濟南=:jinan 郑州=:zhengzhou 鄭州=:zhengzhou 昆明=:kunming 珠海=:zhuhai 澳门=:aomen
  澳門=:aomen 佛山=:foshan 东莞=:dongguan 東莞=:dongguan 中国=:zhongguo 中國=:zhongguo
  国际=:guoji 國際=:guoji 集团=:jituan 集團=:jituan 科技=:keji 技术=:jishu 技術=:jishu
  贸易=:maoyi 貿易=:maoyi 电子=:dianzi 電子=:dianzi 发展=:fazhan 發展=:fazhan 实业=:shiye
  實業=:shiye 物流=:wuliu 银行=:yinhang 銀行=:yinhang 重工=:zhonggong 会计=:kuaiji 會計=:kuaiji
  投资=:touzi 投資=:touzi 控股=:konggu 有限=:youxian 公司=:gongsi 股份=:gufen 信息=:xinxi
  网络=:wangluo 網絡=:wangluo 软件=:ruanjian 軟件=:ruanjian 能源=:nengyuan 电力=:dianli
  電力=:dianli 电气=:dianqi 電氣=:dianqi 汽车=:qiche 汽車=:qiche 建设=:jianshe 建設=:jianshe
  工程=:gongcheng 设计=:sheji 設計=:sheji 咨询=:zixun 諮詢=:zixun 管理=:guanli 服务=:fuwu
  服務=:fuwu 文化=:wenhua 传媒=:chuanmei 傳媒=:chuanmei 教育=:jiaoyu 医药=:yiyao 醫藥=:yiyao
  生物=:shengwu 食品=:shipin 化工=:huagong 材料=:cailiao 机械=:jixie 機械=:jixie 设备=:shebei
  設備=:shebei 制造=:zhizao 製造=:zhizao 电器=:dianqi 電器=:dianqi 通信=:tongxin 通讯=:tongxun
  通訊=:tongxun 保险=:baoxian 保險=:baoxian 证券=:zhengquan 證券=:zhengquan 基金=:jijin
  信托=:xintuo 信託=:xintuo 资产=:zichan 資產=:zichan 房地产=:fangdichan 房地產=:fangdichan
  地产=:dichan 地產=:dichan 置业=:zhiye 置業=:zhiye 物业=:wuye 物業=:wuye 进出口=:jinchukou
  進出口=:jinchukou 供应链=:gongyinglian 供應鏈=:gongyinglian 航空=:hangkong 铁路=:tielu
  鐵路=:tielu 交通=:jiaotong 运输=:yunshu 運輸=:yunshu 石油=:shiyou 石化=:shihua 钢铁=:gangtie
  鋼鐵=:gangtie 矿业=:kuangye 礦業=:kuangye 金融=:jinrong 租赁=:zulin 租賃=:zulin 环保=:huanbao
  環保=:huanbao 新能源=:xinnengyuan 智能=:zhineng 数据=:shuju 數據=:shuju 半导体=:bandaoti
  半導體=:bandaoti 华为=:huawei 華為=:huawei 阿里巴巴=:alibaba 腾讯=:tengxun 騰訊=:tengxun
  百度=:baidu 小米=:xiaomi 联想=:lianxiang 聯想=:lianxiang 海尔=:haier 海爾=:haier
  比亚迪=:biyadi 比亞迪=:biyadi 吉利=:jili 长城=:changcheng 長城=:changcheng 万达=:wanda
  萬達=:wanda 平安=:pingan 招商=:zhaoshang 中信=:zhongxin 鸿海=:honghai 鴻海=:honghai
  台积电=:taijidian 台積電=:taijidian 富士康=:fushikang 国家=:guojia 國家=:guojia 中心=:zhongxin
  工业=:gongye 工業=:gongye 商贸=:shangmao 商貿=:shangmao 经贸=:jingmao 經貿=:jingmao
  精密=:jingmi 纺织=:fangzhi 紡織=:fangzhi 包装=:baozhuang 包裝=:baozhuang 零部件=:lingbujian
  汽配=:qipei 塑料=:suliao 五金=:wujin 家具=:jiaju 服装=:fuzhuang 服裝=:fuzhuang 建材=:jiancai
  照明=:zhaoming 光电=:guangdian 光電=:guangdian 印刷=:yinshua 陶瓷=:taoci 橡胶=:xiangjiao
  橡膠=:xiangjiao 金属=:jinshu 金屬=:jinshu 医疗=:yiliao 醫療=:yiliao 仪器=:yiqi 儀器=:yiqi
  农业=:nongye 農業=:nongye 饮料=:yinliao 飲料=:yinliao 餐饮=:canyin 餐飲=:canyin 广告=:guanggao
  廣告=:guanggao 自动化=:zidonghua 自動化=:zidonghua 电池=:dianchi 電池=:dianchi 光伏=:guangfu
  环境=:huanjing 環境=:huanjing 化学=:huaxue 化學=:huaxue
  人寿=:renshou 人壽=:renshou 财产=:caichan 財產=:caichan 律师=:lushi 律師=:lushi
  事务所=:shiwusuo 事務所=:shiwusuo 银泰=:yintai 中华=:zhonghua 中華=:zhonghua
`);

/** Japanese readings of words (Hepburn, long vowels unmarked): places, industries, groups. */
export const JAPANESE_WORDS: ReadonlyMap<string, string> = table(`
  東京=:tokyo 大阪=:osaka 京都=:kyoto 名古屋=:nagoya 横浜=:yokohama 横濱=:yokohama 神戸=:kobe
  福岡=:fukuoka 札幌=:sapporo 広島=:hiroshima 仙台=:sendai 北海道=:hokkaido 沖縄=:okinawa
  千葉=:chiba 埼玉=:saitama 静岡=:shizuoka 川崎=:kawasaki 日本=:nihon 三菱=:mitsubishi
  三井=:mitsui 住友=:sumitomo 日立=:hitachi 東芝=:toshiba 豊田=:toyota 本田=:honda 日産=:nissan
  松下=:matsushita 富士=:fuji 富士通=:fujitsu 野村=:nomura 大和=:daiwa 伊藤忠=:itochu
  丸紅=:marubeni 武田=:takeda 鹿島=:kajima 大林=:obayashi 清水=:shimizu 竹中=:takenaka
  石川島=:ishikawajima 播磨=:harima 味の素=:ajinomoto 花王=:kao 麒麟=:kirin 朝日=:asahi
  資生堂=:shiseido 任天堂=:nintendo 電気=:denki 電機=:denki 電力=:denryoku 電子=:denshi
  電工=:denko 電話=:denwa 電信=:denshin 電鉄=:dentetsu 工業=:kogyo 産業=:sangyo 興業=:kogyo
  重工業=:jukogyo 重工=:juko 化学=:kagaku 化成=:kasei 製薬=:seiyaku 薬品=:yakuhin
  製作所=:seisakusho 製鉄=:seitetsu 製鐵=:seitetsu 製紙=:seishi 製造=:seizo 銀行=:ginko
  信託=:shintaku 証券=:shoken 保険=:hoken 生命=:seimei 海上=:kaijo 火災=:kasai 商事=:shoji
  商社=:shosha 物産=:bussan 商会=:shokai 自動車=:jidosha 鉄道=:tetsudo 運輸=:unyu 航空=:koku
  海運=:kaiun 汽船=:kisen 郵船=:yusen 建設=:kensetsu 不動産=:fudosan 地所=:jisho 住宅=:jutaku
  通信=:tsushin 放送=:hoso 新聞=:shimbun 出版=:shuppan 印刷=:insatsu 食品=:shokuhin
  飲料=:inryo 酒造=:shuzo 百貨店=:hyakkaten 製菓=:seika 水産=:suisan 精機=:seiki 精工=:seiko
  光学=:kogaku 技研=:giken 研究所=:kenkyusho 開発=:kaihatsu 技術=:gijutsu 情報=:joho
  国際=:kokusai 総合=:sogo 中央=:chuo 第一=:daiichi 東洋=:toyo 関西=:kansai 関東=:kanto
  中部=:chubu 九州=:kyushu 四国=:shikoku 北陸=:hokuriku 東北=:tohoku 会社=:kaisha
  株式=:kabushiki 持株=:mochikabu 新日鉄=:shinnittetsu 新日本=:shinnihon 西日本=:nishinihon
  東日本=:higashinihon 金属=:kinzoku 鉱業=:kogyo 石油=:sekiyu 瓦斯=:gasu 倉庫=:soko
  物流=:butsuryu 商店=:shoten 工務店=:komuten 事務所=:jimusho 農業=:nogyo 協同組合=:kyodokumiai
  組合=:kumiai 大学=:daigaku 病院=:byoin 財団=:zaidan 法人=:hojin
  佐藤=:sato 鈴木=:suzuki 高橋=:takahashi 田中=:tanaka 伊藤=:ito 渡辺=:watanabe 渡邊=:watanabe
  山本=:yamamoto 中村=:nakamura 小林=:kobayashi 加藤=:kato 吉田=:yoshida 山田=:yamada
  佐々木=:sasaki 山口=:yamaguchi 松本=:matsumoto 井上=:inoue 木村=:kimura 斎藤=:saito 斉藤=:saito
  山崎=:yamazaki 池田=:ikeda 橋本=:hashimoto 阿部=:abe 石川=:ishikawa 山下=:yamashita
  中島=:nakajima 石井=:ishii 小川=:ogawa 前田=:maeda 岡田=:okada 長谷川=:hasegawa 藤田=:fujita
  後藤=:goto 近藤=:kondo 村上=:murakami 遠藤=:endo 青木=:aoki 坂本=:sakamoto 福田=:fukuda
  太田=:ota 西村=:nishimura 藤井=:fujii 金子=:kaneko 岡本=:okamoto 藤原=:fujiwara 中野=:nakano
  三浦=:miura 原田=:harada 中川=:nakagawa 松田=:matsuda 竹内=:takeuchi 小野=:ono 田村=:tamura
  和田=:wada 石田=:ishida 森田=:morita 上田=:ueda 内田=:uchida 柴田=:shibata 酒井=:sakai
  宮崎=:miyazaki 横山=:yokoyama 高木=:takagi 安藤=:ando 宮本=:miyamoto 大野=:ono 小島=:kojima
  谷口=:taniguchi 今井=:imai 工藤=:kudo 高田=:takada 増田=:masuda 丸山=:maruyama 杉山=:sugiyama
  村田=:murata 大塚=:otsuka 新井=:arai 小山=:koyama 平野=:hirano 藤本=:fujimoto 河野=:kono
  上野=:ueno 野口=:noguchi 松井=:matsui 岩崎=:iwasaki 木下=:kinoshita 久保=:kubo 佐野=:sano
  松尾=:matsuo 市川=:ichikawa 菅原=:sugawara 吉川=:yoshikawa 山内=:yamauchi 西田=:nishida
  新潟=:niigata 岡山=:okayama 東海=:tokai 北九州=:kitakyushu 長野=:nagano 群馬=:gunma
  栃木=:tochigi 茨城=:ibaraki 三重=:mie 岐阜=:gifu 滋賀=:shiga 奈良=:nara 和歌山=:wakayama
  兵庫=:hyogo 熊本=:kumamoto 鹿児島=:kagoshima 長崎=:nagasaki 宮城=:miyagi 福島=:fukushima
  浜松=:hamamatsu 姫路=:himeji 金沢=:kanazawa 富山=:toyama 高松=:takamatsu 大分=:oita
  青森=:aomori 秋田=:akita 山形=:yamagata 岩手=:iwate 信越=:shinetsu 山陰=:sanin 山陽=:sanyo
  京浜=:keihin 阪神=:hanshin 湘南=:shonan 東日本=:higashinihon 西日本=:nishinihon
  三和=:sanwa 昭和=:showa 大成=:taisei 若葉=:wakaba 太陽=:taiyo 明治=:meiji 東亜=:toa 日東=:nitto
  大同=:daido 共栄=:kyoei 平和=:heiwa 千代田=:chiyoda 新和=:shinwa 協和=:kyowa 日興=:nikko
  三協=:sankyo 丸善=:maruzen 精密=:seimitsu 機工=:kiko 紙業=:shigyo 金型=:kanagata 塗装=:toso
  鉄工=:tekko 電装=:denso 通商=:tsusho 貿易=:boeki 機械=:kikai 建材=:kenzai 工機=:koki
  設備=:setsubi 工事=:koji 興産=:kosan 化工=:kako 窯業=:yogyo 鋼材=:kozai 木材=:mokuzai
  運送=:unso 陸運=:rikuun 空調=:kucho 電設=:densetsu 土木=:doboku 繊維=:seni 紡績=:boseki
  医療=:iryo 計器=:keiki 計装=:keiso 商工=:shoko 乳業=:nyugyo 製粉=:seifun 冷蔵=:reizo
`);

/** Sino-Japanese (on'yomi) readings of single characters common in Japanese company names. */
export const JAPANESE_ON: ReadonlyMap<string, string> = table(`
  日:nichi 本:hon 東:to 京:kyo 大:dai 中:chu 国:koku 工:ko 業:gyo 電:den 気:ki 機:ki 社:sha
  会:kai 商:sho 事:ji 産:san 新:shin 光:ko 化:ka 学:gaku 製:sei 薬:yaku 品:hin 物:butsu 流:ryu
  通:tsu 信:shin 銀:gin 行:ko 鉄:tetsu 道:do 車:sha 自:ji 動:do 精:sei 密:mitsu 三:san 一:ichi
  二:ni 五:go 十:ju 百:hyaku 千:sen 万:man 第:dai 西:sai 南:nan 北:hoku 海:kai 洋:yo 興:ko
  開:kai 発:hatsu 技:gi 術:jutsu 研:ken 究:kyu 所:sho 総:so 合:go 央:o 建:ken 設:setsu 築:chiku
  運:un 輸:yu 送:so 航:ko 空:ku 船:sen 重:ju 金:kin 属:zoku 鋼:ko 材:zai 油:yu 石:seki 炭:tan
  紙:shi 繊:sen 維:i 食:shoku 飲:in 酒:shu 水:sui 農:no 林:rin 医:i 療:ryo 保:ho 険:ken 証:sho
  券:ken 託:taku 株:kabu 式:shiki 情:jo 報:ho 放:ho 送:so 映:ei 画:ga 楽:raku 器:ki 具:gu
  家:ka 住:ju 宅:taku 地:chi 所:sho 不:fu 動:do 産:san 貿:bo 易:eki 際:sai 関:kan 部:bu 店:ten
  庫:ko 倉:so 堂:do 館:kan 院:in 協:kyo 組:kumi 団:dan 法:ho 人:jin 財:zai 富:fu 士:shi 和:wa
  平:hei 成:sei 明:mei 治:ji 正:sho 昭:sho 亜:a 細:sai 米:bei 欧:o 英:ei 独:doku 仏:futsu
`);

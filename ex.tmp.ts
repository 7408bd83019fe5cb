import { nameMatchDecision, normaliseName } from './subgraphs/customer/matching/names';
const pairs: [string,string][] = [
 ['Газпром', 'Gazprom'], ['ООО «Ромашка»', 'Romashka LLC'], ['Общество с ограниченной ответственностью «Ромашка»', 'OOO Romashka'],
 ['ПАО «Сбербанк России»', 'Sberbank Rossii PJSC'], ['АО "Лаборатория Касперского"', 'Laboratoriya Kasperskogo JSC'],
 ['トヨタ自動車株式会社', 'Toyota Jidosha K.K.'], ['株式会社トヨタ', 'Toyota KK'], ['ソニー株式会社', 'Sony Corporation'],
 ['三菱商事株式会社', 'Mitsubishi Shoji Kabushiki Kaisha'], ['삼성전자 주식회사', 'Samsung Jeonja Co., Ltd.'], ['(주)카카오', 'Kakao Corp.'], ['㈜카카오', '카카오 주식회사'],
 ['北京华为科技有限公司', 'Beijing Huawei Keji Co., Ltd.'], ['北京华为科技有限公司', '北京華為科技有限公司'], ['上海贸易有限公司', 'Shanghai Maoyi Co Ltd'],
 ['شركة النخيل', 'Al Nakheel Company'], ['النخيل ذ.م.م', 'Nakheel LLC'], ['مجموعة بن لادن السعودية', 'Saudi Binladin Group'],
 ['टाटा मोटर्स लिमिटेड', 'Tata Motors Limited'], ['इन्फोसिस प्राइवेट लिमिटेड', 'Infosys Pvt Ltd'],
 ['Αθηναϊκή Ζυθοποιία Α.Ε.', 'Athinaiki Zythopoiia S.A.'], ['אל על נתיבי אויר לישראל בע"מ', 'El Al Israel Airlines Ltd'],
 ['Siemens AG', 'SIEMENS Aktiengesellschaft'], ['Müller GmbH', 'Mueller GmbH'], ['Nestlé S.A.', 'Nestle SA'],
 ['Acme Widgets International Ltd', 'ACME Widgets Intl. Limited'], ['ИП Иванов', 'ООО Иванов'], ['Київстар', 'Kyivstar'],
 ['Apple Inc', 'Orange SA'], ['Bank of China', 'Bank of Chile'], ['ABC Holdings', 'XYZ Holdings'],
];
for (const [a,b] of pairs) { const d = nameMatchDecision(a,b); console.log(d.match?'MATCH':'-----', d.score.toFixed(3), a, '|', b, '::', d.reasons.join('; ')); }
for (const n of ['トヨタ自動車株式会社','(주)카카오','北京华为科技有限公司','النخيل ذ.م.م','Αθηναϊκή Ζυθοποιία Α.Ε.','אל על נתיבי אויר לישראל בע"מ','FABERLIC EUROPE Sp. z o.o.', 'A.B.C. Company', 'Bowne Global Solutions (Ireland), Ltd.', 'H&M Hennes & Mauritz AB (publ)']) console.log(JSON.stringify(normaliseName(n)));

import { CJK_CHAR } from './context.js';
import type { NamedFieldKind } from './named-fields.js';

// Keys, labels and table headers in scripts other than Latin that name a person, an address, a city or a postal code
// (see named-fields.ts for the Latin ones).
//
// Chinese, Japanese and Korean are written without spaces, so a key names its kind by how it ends (`氏名`, `患者氏名`,
// `收货地址`, `郵便番号`): a person's name (Japanese 氏名, お名前, 名前, the kana reading フリガナ, 宛名 the addressee,
// 担当者 the person in charge; Chinese 姓名, 联系人 the contact, 收件人 and 收货人 the recipient; Korean 이름, 성명,
// 수령인), a free-text address (住所, 所在地, 地址, 住址, 주소), a city (市区町村, 城市, 도시), a postal code (郵便番号, 邮编,
// 邮政编码, 우편번호).
//
// Vietnamese is written in Latin letters, but its keys hold letters no other language read here has (`Họ và tên`,
// `Địa chỉ`, `Thành phố`): they are read whole, as the phrases below, with the head word first. A key with none of
// those letters (`Tên khách hàng`) cannot be told from another language's and is not read.
//
// Russian, Arabic and Hebrew put the head word first (`адрес доставки`, the address of delivery; `اسم المنتج`, the
// product's name): their keys are read whole, as the phrases below. `адрес электронной почты` is an e-mail address and
// `имя пользователя` a login, so neither is read.

/** The words searched for in text, per kind: the whole CJK words, the head words of the others. */
export const NON_LATIN_FIELD_WORDS = {
  person: [
    ...['氏名', '名前', 'フリガナ', 'ふりがな', '宛名', '担当者', '姓名', '联系人', '聯絡人', '收件人', '收货人'],
    ...['이름', '성명', '수령인'],
    ...['фамилия', 'отчество', 'фио', 'имя', 'اسم', 'الاسم', 'שם'],
    ...['họ và tên', 'họ tên', 'người nhận', 'tên bệnh nhân'],
  ],
  address: ['住所', '所在地', '地址', '住址', '주소', 'адрес', 'عنوان', 'العنوان', 'כתובת', 'địa chỉ'],
  city: [
    '市区町村',
    '市町村',
    '城市',
    '도시',
    'город',
    'населённый пункт',
    'населенный пункт',
    'المدينة',
    'مدينة',
    'עיר',
    'יישוב',
    'thành phố',
    'tỉnh',
  ],
  postal: ['郵便番号', '邮编', '邮政编码', '우편번호', 'индекс', 'الرمز البريدي', 'מיקוד'],
} as const satisfies Partial<Record<NamedFieldKind, readonly string[]>>;

// Whose name, whose address (a client's, a patient's, a recipient's, a sender's, an employee's, a buyer's, an owner's).
const RU_WHOSE = '(?: (?:клиента|пациента|получателя|отправителя|сотрудника|покупателя|владельца|заказчика))?';

/** The Chinese, Japanese and Korean words of a kind, as the ending of a key. */
function cjkEnding(words: readonly string[]): string {
  return `(?:${words.filter((word) => CJK_CHAR.test(word)).join('|')})$`;
}

/** Per kind, the keys that name it: a CJK key by its ending, the others whole. */
const NON_LATIN_FIELDS: readonly (readonly [NamedFieldKind, RegExp])[] = [
  [
    'person',
    new RegExp(
      `${cjkEnding(NON_LATIN_FIELD_WORDS.person)}|` +
        `^(?:фамилия|отчество|фио|имя|фамилия имя отчество|имя отчество)${RU_WHOSE}$|` +
        '^(?:ال)?اسم(?: (?:الكامل|الأول|الأخير|العائلة|العميل|المريض|المستلم))?$|' +
        '^שם(?: (?:מלא|פרטי|משפחה|הלקוח|המטופל))?$|' +
        '^(?:họ và tên|họ tên|người nhận|tên bệnh nhân)$',
    ),
  ],
  [
    'address',
    new RegExp(
      `${cjkEnding(NON_LATIN_FIELD_WORDS.address)}|` +
        '^(?:(?:фактический|почтовый|домашний|юридический) )?адрес' +
        `(?: (?:доставки|проживания|регистрации))?${RU_WHOSE}$|` +
        '^(?:ال)?عنوان(?: (?:الشحن|المنزل|التوصيل|العميل))?$|^כתובת(?: (?:מגורים|למשלוח|הלקוח))?$|' +
        '^địa chỉ(?: (?:giao hàng|nhà|thường trú|liên hệ))?$',
    ),
  ],
  [
    'city',
    new RegExp(
      `${cjkEnding(NON_LATIN_FIELD_WORDS.city)}|^(?:город|населённый пункт|населенный пункт|(?:ال)?مدينة|עיר|יישוב|thành phố|tỉnh)$`,
    ),
  ],
  ['postal', new RegExp(`${cjkEnding(NON_LATIN_FIELD_WORDS.postal)}|^(?:(?:почтовый )?индекс|الرمز البريدي|מיקוד)$`)],
];

/**
 * A letter of the scripts read here: kana, CJK ideographs, Hangul, Cyrillic, Arabic, Hebrew, and the Vietnamese
 * letters no other Latin alphabet has (`đ`, and the vowels with two marks or a dot below: `ọ`, `ị`, `ố`).
 */
const NON_LATIN = /[\u0400-\u04ff\u0590-\u05ff\u0600-\u06ff\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3\u0111\u1ea0-\u1ef9]/;

/** Whether a field name (lower-cased words joined by spaces) is written in a script read here. */
export function nonLatinField(name: string): boolean {
  return NON_LATIN.test(name);
}

/** The kind of entity a field name in a script read here names, or undefined. */
export function nonLatinFieldKind(name: string): NamedFieldKind | undefined {
  for (const [kind, field] of NON_LATIN_FIELDS) if (field.test(name)) return kind;
  return undefined;
}

/** Kana and CJK ideographs: Chinese and Japanese set no space between words (Korean does). */
const UNSPACED = /[\u3040-\u30ff\u4e00-\u9fff]/;

/** Whether a value holds Chinese or Japanese characters, which set no space between words (an address's parts). */
export function unspacedScript(value: string): boolean {
  return UNSPACED.test(value);
}

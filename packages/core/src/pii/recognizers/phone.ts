import type { CountryCode } from 'libphonenumber-js/max';
import { MaskError } from '../../errors/mask-error.js';
import { isFictionalPhone } from '../../tokens/formats/fictional-phone-ranges.js';
import { detachedCopy } from '../detached-copy.js';
import { validPhoneNumber } from '../phone-validity.js';
import type { Recognizer } from '../recognizer.js';
import { TextMemo } from '../text-memo.js';
import { isAlnum, isDigit } from '../validators/boundaries.js';
import { countDigits, digitsOf } from '../validators/checksums.js';

// `+CC ...` with separators, or national numbers written with at least one separator. A separator is a space, a
// dot or a dash, including the dashes word processors put for `-` (U+2010-U+2014, U+2212): Word and Outlook write
// phone numbers with non-breaking hyphens (U+2011) so that they never break across lines.
// A group in brackets is a whole pair (`+44 (0) 20 ...`, `+1 (415) ...`): a lone `)` after the number closes the
// prose around it (`(ana@example.com, +91 98765 43210)`), not a group.
const INTERNATIONAL = /\+\d{1,3}(?:[ .\u2010-\u2014\u2212-]?(?:\(\d{1,4}\)|\d{1,4})){1,6}/g;
// North American: area code and exchange each open with 2-9 (NANP numbering plan); `011 555 1234` (Johannesburg)
// and `347 123 4567` (an Italian mobile) are three-three-four too, but no North American number: national layouts.
const NANP =
  /(?:\([2-9]\d{2}\)[ .\u2010-\u2014\u2212-]?|\b[2-9]\d{2}[ .\u2010-\u2014\u2212-])[2-9]\d{2}[ .\u2010-\u2014\u2212-]\d{4}\b/g;
// Three to five groups; or two in the layouts that say "phone": a trunk 0 (`07911 123456`, `030 12345678`), an
// Indian mobile (`98765 43210`), a Brazilian one (`(11) 91234-5678`). Other pairs (`200 535524`, an HTTP status
// and a size in an access log) are not candidates. First, `00` for `+` (`0044 7911 123456`, `0033 1 42 68 53 00`:
// the international call prefix most of the world dials, ITU-T E.164), the country code a group of its own,
// validated as the `+` form (a space or a dot after the code: `0033-09-18T08:14` is a timestamp's year); here
// rather than beside INTERNATIONAL, whose `+` says phone on its own: a run of digits opening with 00 is as often a
// zero-padded id, so it needs a context word like other national layouts.
const NATIONAL =
  /(?:\b00[1-9]\d{0,2}[ .\u2010-\u2014\u2212](?:\(\d{1,4}\)|\d{1,4})(?:[ .\u2010-\u2014\u2212-]?(?:\(\d{1,4}\)|\d{1,4})){0,5}|(?:\(\d{2,5}\)[ .\u2010-\u2014\u2212-]?|\b\d{2,5}[ .\u2010-\u2014\u2212-])\d{2,4}(?:[ .\u2010-\u2014\u2212-]\d{2,4}){1,3}|\(\d{2,5}\)[ .-]?\d{4,5}-\d{4}|\b0\d{1,4}[ .\u2010-\u2014\u2212-]\d{4,8}|\b[6-9]\d{4} \d{5})\b/g;
const NANP_LAYOUT =
  /^(?:\([2-9]\d{2}\)[ .\u2010-\u2014\u2212-]?|[2-9]\d{2}[ .\u2010-\u2014\u2212-])[2-9]\d{2}[ .\u2010-\u2014\u2212-]\d{4}$/;
const US_ONLY: readonly CountryCode[] = ['US'];

const IPV4_LIKE = /^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;
const DATE_LIKE =
  /^(?:\d{4}[-. \u2010-\u2014\u2212]\d{1,2}[-. \u2010-\u2014\u2212]\d{1,2}|\d{1,2}[-. \u2010-\u2014\u2212]\d{1,2}[-. \u2010-\u2014\u2212]\d{4})$/;

/**
 * Default regions tried, in order, for numbers written without a `+` country code: the Americas' and Europe's
 * largest, India, and the countries whose labels the context words read (Italy, the Netherlands, Japan, Korea,
 * China, Russia, Turkey, Saudi Arabia, the Emirates, Israel), Australia and South Africa. A national layout is
 * tried only once a context word stands near it, and a verdict is kept: growing the list from eight regions left
 * the spans and the scan time of bench/detect's corpus and log as they were.
 */
export const DEFAULT_PHONE_REGIONS: readonly CountryCode[] = [
  'US',
  'GB',
  'ES',
  'MX',
  'DE',
  'FR',
  'IN',
  'BR',
  'IT',
  'NL',
  'AU',
  'ZA',
  'JP',
  'KR',
  'CN',
  'RU',
  'TR',
  'SA',
  'AE',
  'IL',
];

/** Whether the candidate is a valid phone number, by libphonenumber-js's rules (for each region in turn). */
function checkPhone(candidate: string, regions: readonly CountryCode[]): boolean {
  const digits = digitsOf(candidate);
  if (digits.length < 7 || digits.length > 15) return false;
  const idd = candidate.startsWith('00');
  if (idd || candidate.startsWith('+')) {
    const number = validPhoneNumber(idd ? `+${candidate.slice(2)}` : candidate);
    if (number === null || isFictionalPhone(number.countryCallingCode, number.nationalNumber)) return false;
    // After `00` the country code is the first group (`0044 7911 …`): a zero-padded id (`00123 4567 8901`)
    // reads as a number only by chance.
    return !idd || /^00(\d+)/.exec(candidate)?.[1] === number.countryCallingCode;
  }
  if (DATE_LIKE.test(candidate)) return false;
  // Ten digits in 555-01XX read as a North American (token) number, whatever region would also accept them.
  if (digits.length === 10 && isFictionalPhone('1', digits)) return false;
  for (const region of regions) {
    const number = validPhoneNumber(candidate, region);
    if (number !== null) return !isFictionalPhone(number.countryCallingCode, number.nationalNumber);
  }
  return false;
}

/**
 * `1-800-275-2273`: a North American number after its country code `1` and a dash, the `1` standing alone
 * (`1.234.567.8901` reads as a version). The number is reported without the `1-`, which says nothing about
 * the line.
 */
function afterCountryOne(text: string, start: number, value: string): boolean {
  const separator = text.charCodeAt(start - 1);
  if (separator !== 45 || text.charCodeAt(start - 2) !== 49) return false;
  const before = start >= 3 ? text.charCodeAt(start - 3) : -1;
  return (before === -1 || !(isAlnum(before) || before === 46 || before === 45)) && NANP_LAYOUT.test(value);
}

/** Options of {@link createPhoneRecognizer}. */
export interface PhoneRecognizerOptions {
  /** Regions tried for numbers without `+`. @default DEFAULT_PHONE_REGIONS */
  readonly regions?: readonly CountryCode[];
  /** Verdicts kept across scans, by candidate (see PatternScannerOptions.phoneVerdictCache). @default 10_000 */
  readonly verdictCache?: number;
}

/**
 * PHONE_NUMBER: any number libphonenumber-js (full metadata) calls valid. `+` numbers worldwide score 0.75,
 * North American numbers with separators 0.65, other national layouts 0.4 and bare 10-11 digit runs 0.3
 * (these two need a context word).
 */
export function createPhoneRecognizer(options: PhoneRecognizerOptions = {}): Recognizer {
  const regions = options.regions ?? DEFAULT_PHONE_REGIONS;
  const cacheSize = options.verdictCache ?? 10_000;
  if (!(Number.isInteger(cacheSize) && cacheSize >= 0)) {
    throw new MaskError('CONFIG_INVALID', 'phoneVerdictCache must be a whole number, 0 or more');
  }
  const cache = new Map<string, boolean>();
  // With no verdicts kept across scans, the scan's own repeats (a log's) are still parsed once.
  const scanVerdicts = new TextMemo(() => new Map<string, boolean>());
  return {
    name: 'phone',
    entity: 'PHONE_NUMBER',
    category: 'CONTACT',
    presidioEntity: 'PHONE_NUMBER',
    patterns: [
      // `+1 415 555 2671 2`: the number without the digit after it.
      { regex: INTERNATIONAL, score: 0.75, regroup: { separators: ' .-\u2010\u2011\u2012\u2013\u2014\u2212' } },
      { regex: NANP, score: 0.65 },
      { regex: NATIONAL, score: 0.4 },
    ],
    digitRuns: [{ min: 9, max: 11, score: 0.3 }],
    contextFirst: true,
    // A check takes 2-3 µs (10-100 µs by the library): none inside an SSN, NHS number or IBAN with a better score.
    validatesLast: true,
    shape: (value) => {
      const digits = countDigits(value);
      return digits >= 7 && digits <= 15 && !DATE_LIKE.test(value) && !IPV4_LIKE.test(value);
    },
    validate(value, match) {
      const { text, start, end } = match;
      const previous = start > 0 ? text.charCodeAt(start - 1) : -1;
      if (
        previous !== -1 &&
        (isAlnum(previous) || previous === 43 || previous === 46 || previous === 45 || previous === 47) &&
        !afterCountryOne(text, start, value)
      ) {
        // "(" opening the number is part of it; letters/digits/+/./-// before it glue it to something else.
        if (!(previous === 40 && value.startsWith('('))) return false;
      }
      const next = end < text.length ? text.charCodeAt(end) : -1;
      if (
        next !== -1 &&
        (isAlnum(next) || ((next === 46 || next === 45 || next === 47) && isDigit(text.charCodeAt(end + 1))))
      ) {
        return false;
      }
      // The national tail of an international number that failed validation is not a number of its own.
      if (
        !value.startsWith('+') &&
        /\+\d{1,3}[ .\u2010-\u2014\u2212-]?\(?$/.test(text.slice(Math.max(0, start - 6), start))
      )
        return false;
      // Ten bare digits starting with 1 are epoch seconds (2001-2033) far more often than a number written
      // without its trunk prefix; no North American area code starts with 1.
      if (value.length === 10 && value.charCodeAt(0) === 49 && /^\d{10}$/.test(value)) return false;
      const key = NANP_LAYOUT.test(value) ? `US:${value}` : value;
      const verdicts = cacheSize === 0 ? scanVerdicts.of(text) : cache;
      let verdict = verdicts.get(key);
      if (verdict === undefined) {
        // 3-3-4 layouts are North American; other regions reading them as valid would be a coincidence.
        verdict = checkPhone(value, key.startsWith('US:') ? US_ONLY : regions);
        if (cacheSize === 0) verdicts.set(key, verdict);
        else {
          if (cache.size >= cacheSize) cache.clear();
          cache.set(detachedCopy(key), verdict);
        }
      }
      return verdict;
    },
    context: {
      // `Ph: 98480 22338`, `Mob: 07911 123456`: the abbreviations of Indian and British records.
      // `I changed my number to 07842 615903`: a person's number is a phone's.
      en: [
        'phone',
        'tel',
        'telephone',
        'mobile',
        'cell',
        'call',
        'fax',
        'contact',
        'whatsapp',
        'sms',
        'ph',
        'mob',
        'my number',
        'new number',
        // `you can reach me at 3128672309`, as a voice agent's transcript writes the digits a caller said.
        'reach me',
      ],
      // `Tfno: 654 321 098`, `tlf 654…` (Spain), `mi cel es 55 3821 9047` (Mexico): the abbreviations of Spanish records.
      es: [
        'teléfono',
        'telefono',
        'tel',
        'tlf',
        'tfno',
        'telf',
        'móvil',
        'movil',
        'celular',
        'cel',
        'llamar',
        'llám',
        'llama',
        'contacto',
        'fax',
        // Bizum sends money to a mobile number: `BIZUM DE JAVIER RUIZ 612845390`.
        'bizum',
        // `Mi número es 644 812 337`.
        'mi número',
        'mi numero',
        'nuevo número',
      ],
      de: [
        'telefon',
        'tel',
        'handy',
        'mobil',
        'mobiltelefon',
        'festnetz',
        'rufnummer',
        'anrufen',
        'kontakt',
        'fax',
        // `Rückfragen unter 089 1234567`, `Ich bin unter 0171 1234567 erreichbar`.
        'rückfragen',
        'erreichbar',
      ],
      fr: ['téléphone', 'telephone', 'tél', 'tel', 'portable', 'mobile', 'appeler', 'joindre', 'contact', 'fax'],
      it: ['telefono', 'tel', 'cellulare', 'cell', 'chiamare', 'contatto', 'recapito', 'fax'],
      pt: ['telefone', 'tel', 'celular', 'telemóvel', 'telemovel', 'ligar', 'contato', 'contacto', 'fax'],
      nl: ['telefoon', 'telefoonnummer', 'tel', 'mobiel', 'bellen', 'contact', 'fax'],
      // Chinese, Japanese and Korean words count wherever they stand, in text and in keys: `电话` in `联系电话号码`.
      zh: ['电话', '联系方式', '手机', '座机', '传真', '電話', '手機'],
      ja: ['電話', '携帯', '連絡先', 'ファックス', 'ファクス'],
      ko: ['전화', '휴대폰', '핸드폰', '연락처', '팩스'],
      ru: ['телефон', 'тел', 'моб', 'мобильный', 'сотовый', 'номер телефона', 'факс'],
      ar: ['هاتف', 'الهاتف', 'جوال', 'الجوال', 'موبايل', 'فاكس'],
      he: ['טלפון', 'נייד', 'פלאפון', 'פקס'],
    },
    description: 'libphonenumber-js full metadata, worldwide with `+`, national for the configured regions',
  };
}

import { isWideDash } from '../ascii-codes.js';
import type { Candidate, Recognizer } from '../recognizer.js';
import { isAlnum } from '../validators/boundaries.js';
import { ibanChecksum } from '../validators/checksums.js';

/**
 * IBAN lengths per country: the SWIFT IBAN registry (with the territories it lists under France and Finland), and
 * the countries whose banks issue IBANs outside it (Iran, Algeria, Angola, Cape Verde, Comoros, Madagascar, Morocco,
 * Mozambique, Guinea-Bissau and the CFA franc countries). The same table
 * as ibantools' country specifications; a test keeps them equal.
 */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24,
  AE: 23,
  AL: 28,
  AO: 25,
  AT: 20,
  AX: 18,
  AZ: 28,
  BA: 20,
  BE: 16,
  BF: 28,
  BG: 22,
  BH: 22,
  BI: 27,
  BJ: 28,
  BL: 27,
  BR: 29,
  BY: 28,
  CF: 27,
  CG: 27,
  CH: 21,
  CI: 28,
  CM: 27,
  CR: 22,
  CV: 25,
  CY: 28,
  CZ: 24,
  DE: 22,
  DJ: 27,
  DK: 18,
  DO: 28,
  DZ: 26,
  EE: 20,
  EG: 29,
  ES: 24,
  FI: 18,
  FK: 18,
  FO: 18,
  FR: 27,
  GA: 27,
  GB: 22,
  GE: 22,
  GF: 27,
  GI: 23,
  GL: 18,
  GP: 27,
  GQ: 27,
  GR: 27,
  GT: 28,
  GW: 25,
  HN: 28,
  HR: 21,
  HU: 28,
  IE: 22,
  IL: 23,
  IQ: 23,
  IR: 26,
  IS: 26,
  IT: 27,
  JO: 30,
  KM: 27,
  KW: 30,
  KZ: 20,
  LB: 28,
  LC: 32,
  LI: 21,
  LT: 20,
  LU: 20,
  LV: 21,
  LY: 25,
  MA: 28,
  MC: 27,
  MD: 24,
  ME: 22,
  MF: 27,
  MG: 27,
  MK: 19,
  ML: 28,
  MN: 20,
  MQ: 27,
  MR: 27,
  MT: 31,
  MU: 30,
  MZ: 25,
  NC: 27,
  NE: 28,
  NI: 28,
  NL: 18,
  NO: 15,
  OM: 23,
  PF: 27,
  PK: 24,
  PL: 28,
  PM: 27,
  PS: 29,
  PT: 25,
  QA: 29,
  RE: 27,
  RO: 24,
  RS: 22,
  RU: 33,
  SA: 24,
  SC: 31,
  SD: 18,
  SE: 24,
  SI: 19,
  SK: 24,
  SM: 27,
  SN: 28,
  SO: 23,
  ST: 25,
  SV: 28,
  TD: 27,
  TF: 27,
  TG: 28,
  TL: 23,
  TN: 24,
  TR: 26,
  UA: 29,
  VA: 22,
  VG: 24,
  WF: 27,
  XK: 20,
  YE: 30,
  YT: 27,
};

/**
 * BBAN layout per country (as IBAN_LENGTHS, from the registry's and ibantools' BBAN formats), runs of `n` digits, `a` letters and `c` letters or digits:
 * `4a14n` is four letters, then fourteen digits. Upper-case IBANs are taken on length and mod-97 alone; an IBAN
 * written in lower or mixed case (`gb82 west 1234 5698 7654 32`) must fit this layout too, since lower-case text
 * holds far more words and identifiers than upper-case text does.
 */
export const BBAN_LAYOUTS: Readonly<Record<string, string>> = {
  AD: '8n12c',
  AE: '19n',
  AL: '8n16c',
  AO: '21n',
  AT: '16n',
  AX: '14n',
  AZ: '4a20c',
  BA: '16n',
  BE: '12n',
  BF: '2c22n',
  BG: '4a6n8c',
  BH: '4a14c',
  BI: '23n',
  BJ: '2c22n',
  BL: '10n11c2n',
  BR: '23n1a1c',
  BY: '4c4n16c',
  CF: '23n',
  CG: '23n',
  CH: '5n12c',
  CI: '1a23n',
  CM: '23n',
  CR: '18n',
  CV: '21n',
  CY: '8n16c',
  CZ: '20n',
  DE: '18n',
  DJ: '23n',
  DK: '14n',
  DO: '4c20n',
  DZ: '22n',
  EE: '16n',
  EG: '25n',
  ES: '20n',
  FI: '14n',
  FK: '2a12n',
  FO: '14n',
  FR: '10n11c2n',
  GA: '23n',
  GB: '4a14n',
  GE: '2a16n',
  GF: '10n11c2n',
  GI: '4a15c',
  GL: '14n',
  GP: '10n11c2n',
  GQ: '23n',
  GR: '7n16c',
  GT: '24c',
  GW: '2a19n',
  HN: '4a20n',
  HR: '17n',
  HU: '24n',
  IE: '4a14n',
  IL: '19n',
  IQ: '4a15n',
  IR: '22n',
  IS: '22n',
  IT: '1a10n12c',
  JO: '4a4n18c',
  KM: '23n',
  KW: '4a22c',
  KZ: '3n13c',
  LB: '4n20c',
  LC: '4a24c',
  LI: '5n12c',
  LT: '16n',
  LU: '3n13c',
  LV: '4a13c',
  LY: '21n',
  MA: '24n',
  MC: '10n11c2n',
  MD: '20c',
  ME: '18n',
  MF: '10n11c2n',
  MG: '23n',
  MK: '3n10c2n',
  ML: '2c22n',
  MN: '16n',
  MQ: '10n11c2n',
  MR: '23n',
  MT: '4a5n18c',
  MU: '4a19n3a',
  MZ: '21n',
  NC: '10n11c2n',
  NE: '2a22n',
  NI: '4a20n',
  NL: '4a10n',
  NO: '11n',
  OM: '3n16c',
  PF: '10n11c2n',
  PK: '4a16c',
  PL: '24n',
  PM: '10n11c2n',
  PS: '4a21c',
  PT: '21n',
  QA: '4a21c',
  RE: '10n11c2n',
  RO: '4a16c',
  RS: '18n',
  RU: '14n15c',
  SA: '2n18c',
  SC: '4a20n3a',
  SD: '14n',
  SE: '20n',
  SI: '15n',
  SK: '20n',
  SM: '1a10n12c',
  SN: '2a22n',
  SO: '19n',
  ST: '21n',
  SV: '4a20n',
  TD: '23n',
  TF: '10n11c2n',
  TG: '2a22n',
  TL: '19n',
  TN: '20n',
  TR: '6n16c',
  UA: '6n19c',
  VA: '18n',
  VG: '4a16n',
  WF: '10n11c2n',
  XK: '16n',
  YE: '4a4n18c',
  YT: '10n11c2n',
};

/** Whether the BBAN (upper-cased, after the four first characters) fits the country's layout. */
export function bbanFits(country: string, bban: string): boolean {
  const layout = BBAN_LAYOUTS[country];
  if (layout === undefined) return false;
  let index = 0;
  for (const [, count, kind] of layout.matchAll(/(\d+)([anc])/g)) {
    for (let end = index + Number(count); index < end; index++) {
      const code = bban.charCodeAt(index);
      const digit = code >= 48 && code <= 57;
      const letter = code >= 65 && code <= 90;
      if (kind === 'n' ? !digit : kind === 'a' ? !letter : !(digit || letter)) return false;
    }
  }
  return index === bban.length;
}

const START = /\b[A-Za-z]{2}\d{2}[ \u2010-\u2014\u2212-]?[A-Za-z0-9]/g;
const START_AT = new RegExp(START.source, 'y');

/**
 * From a `CCdd` start, consumes exactly the country's length of alphanumerics, allowing single spaces
 * between them, then requires a boundary: the candidate's end, or -1. It never swallows the next word.
 *
 * Groups joined by hyphens (`DE89-3704-0044-0532-0130-00`, as forms and some banks print them) are read the same
 * way, with one hyphen between groups of four only, and one separator throughout (a hyphen after a space, or a
 * space after a hyphen, ends the reading); a hyphen and a letter or digit right after the last group make the
 * IBAN part of a longer hyphenated token, which is no IBAN. A word processor's dash (`DE89–3704–…` with en dashes,
 * non-breaking hyphens: see isWideDash) is read as a hyphen, in any mix, as the phone and card patterns read it.
 *
 * Written in capitals, length and mod-97 decide. With a lower-case letter anywhere (`gb82 west 1234 5698 7654
 * 32`, `es91 2100 0418 4502 0005 1332`), which words, hashes and identifiers in code and logs have and printed
 * IBANs do not, more must hold: the BBAN fits the country's layout (digits where digits belong), its letters
 * are all of one case (a base62 token mixes them), and spaces fall only between groups of four.
 */
function ibanEnd(text: string, start: number): number {
  let lower = text.charCodeAt(start) >= 97 || text.charCodeAt(start + 1) >= 97;
  const country = text.slice(start, start + 2);
  const length = IBAN_LENGTHS[lower ? country.toUpperCase() : country];
  if (length === undefined) return -1;
  let count = 0;
  let index = start;
  let compact = '';
  // Letter cases seen in the BBAN (1 upper, 2 lower), and whether a space fell inside a group of four.
  let cases = 0;
  let ragged = false;
  // The separator between groups: 0 until one is seen, then a space (32) or a hyphen (45).
  let separator = 0;
  while (index < text.length && count < length) {
    const code = dashAsHyphen(text.charCodeAt(index));
    if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90)) {
      if (code >= 65 && count >= 4) cases |= 1;
      compact += text[index];
      count++;
      index++;
    } else if (code >= 97 && code <= 122) {
      if (count >= 4) cases |= 2;
      lower = true;
      compact += String.fromCharCode(code - 32);
      count++;
      index++;
    } else if (
      (code === 32 || code === 45) &&
      count >= 4 &&
      index + 1 < text.length &&
      isAlnum(text.charCodeAt(index + 1))
    ) {
      if (separator === 0) separator = code;
      else if (code !== separator) break;
      if (count % 4 !== 0) {
        if (code === 45) break;
        ragged = true;
      }
      index++;
    } else break;
  }
  const after = index < text.length ? dashAsHyphen(text.charCodeAt(index)) : -1;
  if (count !== length || isAlnum(after)) return -1;
  if (separator === 45 && after === 45 && index + 1 < text.length && isAlnum(text.charCodeAt(index + 1))) return -1;
  if (lower && (ragged || cases === 3 || !bbanFits(compact.slice(0, 2), compact.slice(4)))) return -1;
  return ibanChecksum(compact) ? index : -1;
}

/** A character's code, with a word processor's dash (see isWideDash) as `-`. */
function dashAsHyphen(code: number): number {
  return isWideDash(code) ? 45 : code;
}

/** Every candidate, from each `CCdd` start in text order (linear). */
function findIbans(text: string): Iterable<Candidate> {
  const candidates: Candidate[] = [];
  START.lastIndex = 0;
  let match: RegExpExecArray | null = START.exec(text);
  while (match !== null) {
    const start = match.index;
    const end = ibanEnd(text, start);
    if (end !== -1) candidates.push({ start, end, score: 0.95 });
    START.lastIndex = end === -1 ? start + 1 : end;
    match = START.exec(text);
  }
  return candidates;
}

/**
 * The candidates {@link findIbans} finds, looking only at the given places (ascending), which must include
 * every place where a candidate starts (the scanner passes the word runs that meet FINDER_STARTS): the
 * search over the whole text reaches exactly these candidates, as a match of START without a candidate only
 * moves it on by one character.
 */
export function findIbansAt(text: string, starts: readonly number[]): Candidate[] {
  const candidates: Candidate[] = [];
  let floor = 0;
  for (const start of starts) {
    if (start < floor) continue;
    START_AT.lastIndex = start;
    if (!START_AT.test(text)) continue;
    const end = ibanEnd(text, start);
    if (end === -1) continue;
    candidates.push({ start, end, score: 0.95 });
    floor = end;
  }
  return candidates;
}

/**
 * IBAN_CODE: per-country length, ISO 7064 mod 97-10; in lower or mixed case also the country's BBAN layout,
 * one case for the BBAN's letters and spaces between groups of four only; groups joined by hyphens (or a word
 * processor's dashes) too.
 */
export const ibanRecognizer: Recognizer = {
  name: 'iban',
  entity: 'IBAN_CODE',
  category: 'FINANCIAL',
  presidioEntity: 'IBAN_CODE',
  find: findIbans,
  context: { en: ['iban', 'bank', 'account', 'transfer'], es: ['iban', 'cuenta', 'banco', 'transferencia'] },
  description:
    'country code + length from the IBAN registry + mod-97 check digits, compact or in groups joined by spaces or hyphens (en dashes and other dashes too); lower case also fits the BBAN layout',
};

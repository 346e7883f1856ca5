import type { CountryCode } from 'libphonenumber-js/max';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import maxMetadata from 'libphonenumber-js/max/metadata';
import examples from 'libphonenumber-js/mobile/examples';
import type { ValidPhone } from '../src/pii/phone-validity.js';
import { compiledPhoneValidity } from '../src/pii/phone-validity.js';
import { DEFAULT_PHONE_REGIONS } from '../src/pii/recognizers/phone.js';

/**
 * Phone candidates in the shapes the phone recognizer produces, for comparing the compiled validity with
 * libphonenumber-js (phone-validity.test.ts, and longer runs by hand).
 */

interface MetadataJson {
  readonly country_calling_codes: Readonly<Record<string, readonly string[]>>;
  readonly countries: Readonly<Record<string, readonly unknown[]>>;
  readonly nonGeographic: Readonly<Record<string, readonly unknown[]>>;
}
const json = maxMetadata as unknown as MetadataJson;
const CALLING_CODES = [...Object.keys(json.country_calling_codes), ...Object.keys(json.nonGeographic)];
/** The library's example mobile number of each region, with its calling code and trunk prefix. */
export const EXAMPLES = Object.entries(examples as Record<string, string>).map(([region, national]) => ({
  region: region as CountryCode,
  callingCode: json.countries[region]?.[0] as string,
  prefix: (json.countries[region]?.[5] || '') as string,
  national,
}));
const SEPARATORS = [' ', ' ', '-', '.', '', '\u2011', '\u2013', '\u2212'];
/** Regions compared for numbers without `+`: the default ones, and some with transform rules or shared codes. */
export const COMPARED_REGIONS: readonly CountryCode[] = [...DEFAULT_PHONE_REGIONS, 'CA', 'AR', 'VI', 'RU', 'IT', 'AU'];

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const digits = (random: Random, count: number): string =>
  Array.from({ length: count }, () => Math.floor(random() * 10)).join('');

/** Digits cut into groups of 1-4 with one separator, sometimes the first group in brackets. */
function grouped(random: Random, value: string): string {
  const separator = pick(random, SEPARATORS);
  const groups: string[] = [];
  for (let at = 0; at < value.length; ) {
    const size = 1 + Math.floor(random() * 4);
    groups.push(value.slice(at, at + size));
    at += size;
  }
  if (groups.length > 1 && random() < 0.15) groups[0] = `(${groups[0]})`;
  return groups.join(separator);
}

/** A near miss: a digit changed, dropped or added, or the tail redrawn. */
function mutated(random: Random, value: string): string {
  const at = Math.floor(random() * value.length);
  switch (Math.floor(random() * 5)) {
    case 0:
      return value.slice(0, at) + digits(random, 1) + value.slice(at + 1);
    case 1:
      return value.slice(0, at) + value.slice(at + 1);
    case 2:
      return value.slice(0, at) + digits(random, 1) + value.slice(at);
    case 3:
      return value.slice(0, Math.max(1, value.length - 4)) + digits(random, Math.min(4, value.length - 1));
    default:
      return value;
  }
}

/** A candidate, and whether to compare it with no region (`+` numbers, as the recognizer does) or per region. */
export function phoneCandidate(random: Random): string {
  const example = pick(random, EXAMPLES);
  const national = random() < 0.7 ? mutated(random, example.national) : example.national;
  switch (Math.floor(random() * 10)) {
    case 0: // `+CC` and a sample example number
      return `+${example.callingCode} ${grouped(random, national)}`;
    case 1: // any calling code, random national digits
      return `+${pick(random, CALLING_CODES)}${pick(random, SEPARATORS)}${grouped(random, digits(random, 4 + Math.floor(random() * 10)))}`;
    case 2: // a national number with its trunk prefix
      return grouped(random, example.prefix + national);
    case 3: // a national number without it
      return grouped(random, national);
    case 4: {
      // North American 3-3-4
      const area = `${2 + Math.floor(random() * 8)}${digits(random, 2)}`;
      const line = `${digits(random, 3)}${pick(random, ['-', '.', ' ', '\u2011'])}${digits(random, 4)}`;
      return random() < 0.3 ? `(${area}) ${line}` : `${area}${pick(random, ['-', '.', ' '])}${line}`;
    }
    case 5: // the calling code written without `+`, or after an international prefix
      return grouped(random, pick(random, ['', '', '', '00', '011', '01']) + example.callingCode + national);
    case 6: // random digits, with or without `+`
      return `${random() < 0.5 ? '+' : ''}${digits(random, 6 + Math.floor(random() * 10))}`;
    case 7: // random digits in groups
      return grouped(random, digits(random, 6 + Math.floor(random() * 10)));
    case 8: // a trunk prefix and random digits
      return grouped(random, `0${digits(random, 6 + Math.floor(random() * 9))}`);
    default: // `+` and the example with its trunk prefix (`+44 (0) 20 ...` written without the brackets)
      return `+${example.callingCode}${pick(random, SEPARATORS)}${grouped(random, example.prefix + national)}`;
  }
}

/** The library's verdict: what phone.ts read from it before the compiled validity. */
export function libraryVerdict(candidate: string, region?: CountryCode): ValidPhone | null {
  const number =
    region === undefined ? parsePhoneNumberFromString(candidate) : parsePhoneNumberFromString(candidate, region);
  return number?.isValid()
    ? { countryCallingCode: number.countryCallingCode, nationalNumber: number.nationalNumber }
    : null;
}

/** Counts of one comparison run; `mismatches` lists the first few differences. */
export interface Comparison {
  compared: number;
  valid: number;
  delegated: number;
  mismatches: string[];
  mismatchCount: number;
}

export function emptyComparison(): Comparison {
  return { compared: 0, valid: 0, delegated: 0, mismatches: [], mismatchCount: 0 };
}

/** Compares one candidate for one region (undefined: none), adding to the counts. */
export function compare(comparison: Comparison, candidate: string, region?: CountryCode): void {
  comparison.compared++;
  const compiled = compiledPhoneValidity(candidate, region);
  if (compiled === undefined) {
    comparison.delegated++;
    return;
  }
  const expected = libraryVerdict(candidate, region);
  if (expected !== null) comparison.valid++;
  const same =
    expected === null
      ? compiled === null
      : compiled !== null &&
        compiled.countryCallingCode === expected.countryCallingCode &&
        compiled.nationalNumber === expected.nationalNumber;
  if (!same) {
    comparison.mismatchCount++;
    if (comparison.mismatches.length < 20) {
      comparison.mismatches.push(
        `${JSON.stringify(candidate)} ${region ?? '-'}: ${JSON.stringify(compiled)} vs ${JSON.stringify(expected)}`,
      );
    }
  }
}

/** Compares a candidate as the recognizer asks: with no region if it starts with `+`, else for each region. */
export function compareCandidate(comparison: Comparison, candidate: string, regions: readonly CountryCode[]): void {
  if (candidate.startsWith('+')) compare(comparison, candidate);
  else for (const region of regions) compare(comparison, candidate, region);
}

import type { CountryCode } from 'libphonenumber-js/max';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import maxMetadata from 'libphonenumber-js/max/metadata';

/**
 * libphonenumber-js's verdict on a phone candidate (`parsePhoneNumberFromString(candidate, region)?.isValid()`),
 * worked out from the library's own metadata with each pattern compiled once. The library builds a `RegExp` from
 * its metadata patterns on every call (10-100 µs a candidate); the rules below are the ones its parse and
 * `isValid` apply (version-4 metadata), for candidates made of ASCII digits, spaces, dots, dashes and brackets
 * with an optional leading `+`. Anything else (other characters, an international dialling prefix written
 * without `+`, another metadata version) is handed to the library itself. The differential test holds the two
 * to the same verdicts.
 */

/** A valid number: what the fictional-range check reads. */
export interface ValidPhone {
  readonly countryCallingCode: string;
  readonly nationalNumber: string;
}

type Lengths = readonly number[] | 0;
type NumberType = readonly [pattern: string, lengths?: Lengths] | 0;
// A numbering plan as stored: [calling code, IDD prefix, national pattern, possible lengths, formats, national
// prefix, prefix formatting rule, national prefix for parsing, transform rule, prefix optional, leading digits,
// types (fixed line, mobile, toll free, premium, personal, voicemail, UAN, pager, VoIP, shared cost)].
type Plan = readonly [
  string,
  string | 0,
  string,
  Lengths,
  unknown,
  string | 0,
  unknown,
  string | 0,
  string | 0,
  unknown,
  string | 0,
  readonly NumberType[] | 0,
];
interface MetadataJson {
  readonly version: unknown;
  readonly country_calling_codes: Readonly<Record<string, readonly string[]>>;
  readonly countries: Readonly<Record<string, Plan>>;
  readonly nonGeographic?: Readonly<Record<string, Plan>>;
}

// Characters the library reads as punctuation between digits: nothing here is an extension, a URI or a `+`.
const PLAIN = /^\+?[\d ().\u2010-\u2014\u2212-]+$/;
const NON_DIGITS = /\D/g;

let metadataJson: MetadataJson | null | undefined;
function metadata(): MetadataJson | null {
  if (metadataJson === undefined) {
    // The object the library's max entry reads (the same module, in ESM and CommonJS alike).
    const json = maxMetadata as unknown as MetadataJson;
    metadataJson = json.version === 4 && json.nonGeographic ? json : null;
  }
  return metadataJson;
}

const whole = new Map<string | 0, RegExp>();
const leading = new Map<string | 0, RegExp>();

/** The library's `matchesEntirely`, with the pattern compiled once. */
function matches(value: string, pattern: string | 0): boolean {
  let regex = whole.get(pattern);
  if (regex === undefined) {
    regex = new RegExp(`^(?:${pattern})$`);
    whole.set(pattern, regex);
  }
  return regex.test(value);
}

/** The pattern anchored at the start only (`value.search(pattern) === 0`, a prefix match). */
function atStart(pattern: string): RegExp {
  let regex = leading.get(pattern);
  if (regex === undefined) {
    regex = new RegExp(`^(?:${pattern})`);
    leading.set(pattern, regex);
  }
  return regex;
}

/** The regions of a calling code, or none for a non-geographic one (`001`). */
function regionsOf(json: MetadataJson, callingCode: string): readonly string[] | undefined {
  const regions = json.country_calling_codes[callingCode];
  return regions && !(regions.length === 1 && regions[0]?.length === 3) ? regions : undefined;
}

/** The plan `selectNumberingPlan(callingCode)` picks: the code's main region, else its non-geographic plan. */
function planOf(json: MetadataJson, callingCode: string): Plan | undefined {
  const main = regionsOf(json, callingCode)?.[0];
  return main === undefined ? json.nonGeographic?.[callingCode] : json.countries[main];
}

// The last answer of hasType: the parse asks it again when a shared code's region was found by its types. Let go
// at the end of each call (compiledPhoneValidity), so that no number outlives its check.
let typedNational = '';
let typedPlan: Plan | undefined;
let typed = false;

/** Whether `getNumberType` finds a type: the national pattern, then any type's lengths and pattern. */
function hasType(national: string, plan: Plan): boolean {
  if (plan !== typedPlan || national !== typedNational) {
    typedNational = national;
    typedPlan = plan;
    typed = findsType(national, plan);
  }
  return typed;
}

function findsType(national: string, plan: Plan): boolean {
  const types = plan[11];
  if (!(types && types.length > 0 && matches(national, plan[2]))) return false;
  for (let index = 0; index < 10; index++) {
    const type = types[index];
    if (type === 0 || !type?.[0]) continue;
    const lengths = type[1] || plan[3];
    if (lengths && !lengths.includes(national.length)) continue;
    if (matches(national, type[0])) return true;
  }
  return false;
}

/** `isValid`: a type when the plan has types, else the national pattern. */
function isValid(national: string, plan: Plan): boolean {
  const types = plan[11];
  return types && types.length > 0 ? hasType(national, plan) : matches(national, plan[2]);
}

interface SharedRegion {
  readonly region: string;
  readonly plan: Plan;
  readonly leading: RegExp | undefined;
}
const sharedRegions = new Map<string, readonly SharedRegion[]>();

/** `getCountryByCallingCode`: the only region, or the first whose leading digits (else types) fit. */
function regionOf(json: MetadataJson, callingCode: string, national: string): string | undefined {
  const regions = regionsOf(json, callingCode);
  if (regions === undefined || regions.length === 1) return regions?.[0];
  let shared = sharedRegions.get(callingCode);
  if (shared === undefined) {
    shared = regions.map((region) => {
      const plan = json.countries[region] as Plan;
      return { region, plan, leading: plan[10] ? atStart(plan[10]) : undefined };
    });
    sharedRegions.set(callingCode, shared);
  }
  for (const { region, plan, leading } of shared) {
    if (leading !== undefined) {
      if (national && leading.test(national)) return region;
    } else if (hasType(national, plan)) return region;
  }
  return undefined;
}

/** `checkNumberLength` is neither TOO_SHORT nor INVALID_LENGTH (too long passes). */
function possibleIncomplete(national: string, lengths: Lengths): boolean {
  if (!lengths) return true;
  const length = national.length;
  const shortest = lengths[0] as number;
  if (shortest === length) return true;
  if (shortest > length) return false;
  return (lengths[lengths.length - 1] as number) < length || lengths.indexOf(length, 1) >= 0;
}

/** `extractNationalNumber`: the national prefix stripped (or transformed) when the rest still looks right. */
function nationalOf(json: MetadataJson, number: string, plan: Plan): string {
  const prefix = plan[7] || plan[5];
  if (!(number && prefix)) return number;
  const pattern = atStart(prefix);
  const match = pattern.exec(number);
  if (match === null) return number;
  const groups = match.length - 1;
  const rule = plan[8];
  const stripped = rule && groups > 0 && match[groups] ? number.replace(pattern, rule) : number.slice(match[0].length);
  if (stripped === number) return number;
  if (matches(number, plan[2]) && !matches(stripped, plan[2])) return number;
  if (plan[3]) {
    const region = regionOf(json, plan[0], stripped);
    const lengths = region === undefined ? plan[3] : (json.countries[region] as Plan)[3];
    if (!possibleIncomplete(stripped, lengths)) return number;
  }
  return stripped;
}

/** The parse from the calling code on (`region`: the default region when no code was written). */
function verdict(
  json: MetadataJson,
  callingCode: string,
  number: string,
  plan: Plan,
  region?: string,
): ValidPhone | null {
  if (number === '') return null;
  const national = nationalOf(json, number, plan);
  const exact = regionOf(json, callingCode, national) ?? region;
  if (national.length < 2 || national.length > 17) return null;
  const planned = exact === undefined ? plan : (json.countries[exact] as Plan);
  return isValid(national, planned) ? { countryCallingCode: callingCode, nationalNumber: national } : null;
}

/**
 * The library's verdict without calling it: the valid number, `null` when it is not valid, `undefined` when the
 * candidate is outside what is worked out here (then only the library can tell).
 */
export function compiledPhoneValidity(candidate: string, region?: CountryCode): ValidPhone | null | undefined {
  const json = metadata();
  if (json === null || candidate.length > 250 || !PLAIN.test(candidate)) return undefined;
  try {
    return compiled(json, candidate, region);
  } finally {
    typedNational = '';
    typedPlan = undefined;
  }
}

function compiled(json: MetadataJson, candidate: string, region?: CountryCode): ValidPhone | null | undefined {
  const digits = candidate.replace(NON_DIGITS, '');
  if (digits.length < 3) return undefined;
  if (candidate.charCodeAt(0) === 43) {
    if (digits.charCodeAt(0) === 48) return null;
    for (let length = 1; length <= 3 && length <= digits.length; length++) {
      const callingCode = digits.slice(0, length);
      const plan = planOf(json, callingCode);
      if (plan !== undefined) return verdict(json, callingCode, digits.slice(length), plan);
    }
    return null;
  }
  if (region === undefined) return null;
  if (!Object.hasOwn(json.countries, region)) return undefined;
  const plan = json.countries[region] as Plan;
  // An international dialling prefix (`011`, `00`): the library reads the rest as `+…`.
  if (!plan[1] || atStart(plan[1]).test(digits)) return undefined;
  // The region's calling code written without `+` (`1 415 555 2671` in the US), when the library takes it so.
  const callingCode = plan[0];
  if (digits.startsWith(callingCode)) {
    const shorter = digits.slice(callingCode.length);
    const national = nationalOf(json, digits, plan);
    if (
      (!matches(national, plan[2]) && matches(nationalOf(json, shorter, plan), plan[2])) ||
      (plan[3] && national.length > (plan[3][plan[3].length - 1] as number))
    ) {
      const main = planOf(json, callingCode);
      return main === undefined ? undefined : verdict(json, callingCode, shorter, main);
    }
  }
  return verdict(json, callingCode, digits, plan, region);
}

/** Whether libphonenumber-js (max metadata) calls the candidate valid, and the number it read. */
export function validPhoneNumber(candidate: string, region?: CountryCode): ValidPhone | null {
  const compiled = compiledPhoneValidity(candidate, region);
  if (compiled !== undefined) return compiled;
  const number =
    region === undefined ? parsePhoneNumberFromString(candidate) : parsePhoneNumberFromString(candidate, region);
  return number?.isValid() ? number : null;
}

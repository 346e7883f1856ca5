import { CITIES } from './data/cities.generated.js';
import { COMMON_WORDS } from './data/common-words.generated.js';
import { COUNTRIES } from './data/countries.generated.js';
import { FIRST_NAMES } from './data/first-names.generated.js';
import { LAST_NAMES } from './data/last-names.generated.js';
import { ORGANIZATIONS } from './data/organizations.generated.js';
import { foldKey } from './fold.js';

// What a folded key is, as bits: a key may be several things (`florence` is a given name and a city).
export const FIRST_NAME = 1;
export const LAST_NAME = 2;
export const CITY = 4;
export const COUNTRY = 8;
export const COMMON_WORD = 16;
export const ORGANIZATION = 32;
/** A proper word prefix of a multi-word place (`saint`, `saint kitts`, `saint kitts and`). */
export const PLACE_PREFIX = 64;
/** The gazetteers whose words are no person's name when no name list holds them: words, places and firms. */
export const NOT_A_NAME = COMMON_WORD | CITY | COUNTRY | ORGANIZATION;

/** Membership in one gazetteer. */
export interface KeySet {
  has(key: string): boolean;
}

/** Cities and countries: a name that is both is a country. */
export interface PlaceMap extends KeySet {
  get(key: string): 'city' | 'country' | undefined;
}

/**
 * The gazetteers of the local engine, folded (lower case, no accents), built once on first use. They share
 * one table, so asking a key's every gazetteer costs one hash lookup ({@link Lexicon.kinds}); the per-gazetteer
 * views ask the same table.
 */
export interface Lexicon {
  /** Every gazetteer holding the folded key, as the bits above (0: none). */
  kinds(key: string): number;
  readonly firstNames: KeySet;
  readonly lastNames: KeySet;
  /** Cities and countries, keyed by their folded multi-word form. */
  readonly places: PlaceMap;
  /** Longest place name in words. */
  readonly maxPlaceWords: number;
  /** Every proper word prefix of a multi-word place (`saint`, `saint kitts`, `saint kitts and`). */
  readonly placePrefixes: KeySet;
  /** Ordinary English words (compromise's lexicon minus names and places). */
  readonly commonWords: KeySet;
  /** Well-known organisations, by their folded multi-word form. */
  readonly organizations: KeySet;
}

let lexicon: Lexicon | undefined;

export function loadLexicon(): Lexicon {
  if (lexicon) return lexicon;
  const table = new Map<string, number>();
  const addKey = (key: string, bit: number) => {
    const bits = table.get(key);
    table.set(key, bits === undefined ? bit : bits | bit);
  };
  const add = (keys: readonly string[], bit: number) => {
    for (let index = 0; index < keys.length; index++) addKey(keys[index]!, bit);
  };
  const cities = CITIES.split('\n');
  const countries = COUNTRIES.split('\n');
  add(cities, CITY);
  add(countries, COUNTRY);
  let maxPlaceWords = 1;
  for (const places of [cities, countries]) {
    for (const place of places) {
      let words = 1;
      for (let at = place.indexOf(' '); at >= 0; at = place.indexOf(' ', at + 1)) words++;
      if (words > maxPlaceWords) maxPlaceWords = words;
    }
  }
  for (const word of NOT_PLACES) {
    const bits = table.get(word);
    if (bits !== undefined) table.set(word, bits & ~(CITY | COUNTRY));
  }
  add(FIRST_NAMES.split('\n'), FIRST_NAME);
  add(LAST_NAMES.split('\n'), LAST_NAME);
  add(COMMON_WORDS.split('\n'), COMMON_WORD);
  add(ORGANIZATIONS.split('\n'), ORGANIZATION);
  // Proper word prefixes of the places (the NOT_PLACES are single words: they have none).
  for (const places of [cities, countries]) {
    for (const place of places) {
      for (let at = place.indexOf(' '); at > 0; at = place.indexOf(' ', at + 1)) {
        addKey(place.slice(0, at), PLACE_PREFIX);
      }
    }
  }

  // The rules ask several gazetteers about one key in a row (`firstNames`, `lastNames`, `places`): the last
  // answer is kept.
  let lastKey = '';
  let lastKinds = table.get('') ?? 0;
  const kinds = (key: string): number => {
    if (key !== lastKey) {
      lastKey = key;
      // `ß` folds to nothing else (NFD keeps it), and the gazetteers spell it `ss` (`Weiß` is the surname `weiss`).
      lastKinds = table.get(key) ?? (key.includes('ß') ? table.get(key.replaceAll('ß', 'ss')) : undefined) ?? 0;
    }
    return lastKinds;
  };
  const view = (bits: number): KeySet => ({ has: (key) => (kinds(key) & bits) !== 0 });
  lexicon = {
    kinds,
    firstNames: view(FIRST_NAME),
    lastNames: view(LAST_NAME),
    places: {
      has: (key) => (kinds(key) & (CITY | COUNTRY)) !== 0,
      get: (key) => {
        const bits = kinds(key);
        return bits & COUNTRY ? 'country' : bits & CITY ? 'city' : undefined;
      },
    },
    maxPlaceWords,
    placePrefixes: view(PLACE_PREFIX),
    commonWords: view(COMMON_WORD),
    organizations: view(ORGANIZATION),
  };
  return lexicon;
}

// City names that are far more often ordinary words in running text.
const NOT_PLACES = ['of', 'mobile', 'split', 'nice', 'bath', 'reading', 'university', 'police', 'ede', 'union'].map(
  foldKey,
);

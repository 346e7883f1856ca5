import { CITIES } from './data/cities.generated.js';
import { COUNTRIES } from './data/countries.generated.js';
import { FIRST_NAMES } from './data/first-names.generated.js';
import { LAST_NAMES } from './data/last-names.generated.js';
import { foldKey } from './fold.js';

/** The gazetteers of the local engine, folded (lower case, no accents), built once on first use. */
export interface Lexicon {
  readonly firstNames: ReadonlySet<string>;
  readonly lastNames: ReadonlySet<string>;
  /** Cities and countries, keyed by their folded multi-word form. */
  readonly places: ReadonlyMap<string, 'city' | 'country'>;
  /** Longest place name in words. */
  readonly maxPlaceWords: number;
  /** Every proper word prefix of a multi-word place (`saint`, `saint kitts`, `saint kitts and`). */
  readonly placePrefixes: ReadonlySet<string>;
}

let lexicon: Lexicon | undefined;

export function loadLexicon(): Lexicon {
  if (lexicon) return lexicon;
  const places = new Map<string, 'city' | 'country'>();
  let maxPlaceWords = 1;
  for (const city of CITIES.split('\n')) {
    places.set(city, 'city');
    maxPlaceWords = Math.max(maxPlaceWords, city.split(' ').length);
  }
  for (const country of COUNTRIES.split('\n')) {
    places.set(country, 'country');
    maxPlaceWords = Math.max(maxPlaceWords, country.split(' ').length);
  }
  for (const word of NOT_PLACES) places.delete(word);
  const firstNames = new Set(FIRST_NAMES.split('\n'));
  const lastNames = new Set(LAST_NAMES.split('\n'));
  const placePrefixes = new Set<string>();
  for (const place of places.keys()) {
    let at = place.indexOf(' ');
    while (at > 0) {
      placePrefixes.add(place.slice(0, at));
      at = place.indexOf(' ', at + 1);
    }
  }
  lexicon = { firstNames, lastNames, places, maxPlaceWords, placePrefixes };
  return lexicon;
}

// City names that are far more often ordinary words in running text.
const NOT_PLACES = ['of', 'mobile', 'split', 'nice', 'bath', 'reading', 'university', 'police', 'ede', 'union'].map(
  foldKey,
);

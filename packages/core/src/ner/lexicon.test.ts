import { describe, expect, it } from 'vitest';
import { CITIES } from './data/cities.generated.js';
import { COMMON_WORDS } from './data/common-words.generated.js';
import { COUNTRIES } from './data/countries.generated.js';
import { FIRST_NAMES } from './data/first-names.generated.js';
import { LAST_NAMES } from './data/last-names.generated.js';
import { ORGANIZATIONS } from './data/organizations.generated.js';
import { COMMON_WORD, COUNTRY, FIRST_NAME, LAST_NAME, loadLexicon } from './lexicon.js';

/** The gazetteers as separate sets and one place map, as they were before they shared a table. */
function referenceLexicon() {
  const places = new Map<string, 'city' | 'country'>();
  for (const city of CITIES.split('\n')) places.set(city, 'city');
  for (const country of COUNTRIES.split('\n')) places.set(country, 'country');
  for (const word of ['of', 'mobile', 'split', 'nice', 'bath', 'reading', 'university', 'police', 'ede', 'union'])
    places.delete(word);
  const placePrefixes = new Set<string>();
  for (const place of places.keys()) {
    let at = place.indexOf(' ');
    while (at > 0) {
      placePrefixes.add(place.slice(0, at));
      at = place.indexOf(' ', at + 1);
    }
  }
  return {
    firstNames: new Set(FIRST_NAMES.split('\n')),
    lastNames: new Set(LAST_NAMES.split('\n')),
    common: new Set(COMMON_WORDS.split('\n')),
    organizations: new Set(ORGANIZATIONS.split('\n')),
    places,
    placePrefixes,
  };
}

describe('loadLexicon', () => {
  it('answers every gazetteer question as the separate sets did, for every key of every list', () => {
    const reference = referenceLexicon();
    const lexicon = loadLexicon();
    const keys = new Set<string>();
    for (const list of [CITIES, COUNTRIES, FIRST_NAMES, LAST_NAMES, COMMON_WORDS, ORGANIZATIONS]) {
      for (const key of list.split('\n')) keys.add(key);
    }
    for (const key of reference.placePrefixes) keys.add(key);
    for (const key of ['', 'zzqx', 'saint kitts and', 'maria lopez', 'constructor', '__proto__']) keys.add(key);
    expect(keys.size).toBeGreaterThan(80_000);
    let mismatches = 0;
    for (const key of keys) {
      const same =
        lexicon.firstNames.has(key) === reference.firstNames.has(key) &&
        lexicon.lastNames.has(key) === reference.lastNames.has(key) &&
        lexicon.commonWords.has(key) === reference.common.has(key) &&
        lexicon.organizations.has(key) === reference.organizations.has(key) &&
        lexicon.places.has(key) === reference.places.has(key) &&
        lexicon.places.get(key) === reference.places.get(key) &&
        lexicon.placePrefixes.has(key) === reference.placePrefixes.has(key);
      if (!same) mismatches++;
    }
    expect(mismatches).toBe(0);
    expect(lexicon.maxPlaceWords).toBe(
      Math.max(...[...CITIES.split('\n'), ...COUNTRIES.split('\n')].map((place) => place.split(' ').length)),
    );
  });

  it('gives every gazetteer of a key in one answer, the same when asked again', () => {
    const lexicon = loadLexicon();
    expect(lexicon.kinds('maria') & FIRST_NAME).toBe(FIRST_NAME);
    expect(lexicon.kinds('smith') & LAST_NAME).toBe(LAST_NAME);
    expect(lexicon.kinds('spain') & COUNTRY).toBe(COUNTRY);
    expect(lexicon.kinds('the') & COMMON_WORD).toBe(COMMON_WORD);
    expect(lexicon.kinds('nice')).toBe(lexicon.kinds('nice'));
    expect(lexicon.places.has('nice')).toBe(false);
    expect(lexicon.kinds('zzqx')).toBe(0);
  });

  it('reads a German sharp s as the double s the gazetteers spell (Weiß, Strauß), and only where it stands', () => {
    const lexicon = loadLexicon();
    expect(lexicon.kinds('weiß') & LAST_NAME).toBe(LAST_NAME);
    expect(lexicon.kinds('weiß')).toBe(lexicon.kinds('weiss'));
    expect(lexicon.kinds('strauß')).toBe(lexicon.kinds('strauss'));
    // A key the gazetteers hold with its sharp s is answered as written.
    expect(lexicon.places.get('weißenfels')).toBe('city');
    expect(lexicon.kinds('zzqß')).toBe(0);
  });
});

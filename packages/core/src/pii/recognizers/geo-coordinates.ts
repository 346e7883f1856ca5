import type { Candidate, MatchContext, Recognizer, ValidatorResult } from '../recognizer.js';
import { isAlnum } from '../validators/boundaries.js';

// Latitude and longitude (HIPAA: geographic subdivisions smaller than a state; GDPR: location data). Three decimal
// places put a point within about 110 m, a street; fewer name a town or less and are left alone. A pair of decimals
// is as often a score, a price or a vector, so a pair counts only near a word about places (`geo`, `gps`,
// `coordinates`); a single value only under its own key (`"lat": 40.7128`). Not near `coords` alone: games,
// screens and textures have them too (`uv coords 0.125, 0.500`), and the bench's harmless texts hold
// `coords 37.0024, -101.4255` as no place.
//
// A pair whose first value is beyond ±90 can only be a longitude first, the order of GeoJSON (`"coordinates":
// [lng, lat]`), MongoDB and Elasticsearch's arrays; people and GPS units write the latitude first. So such a pair
// counts only where that order is stated: a longitude word or key near it (`lng`, `lon`, `longitude`, `lng,lat`,
// `lon/lat`, `long/lat`), GeoJSON's `coordinates`, or an array (`[151.2093, -33.8688]`) under `location`, `geo`,
// `gps` or `ubicación`. Decided: `position` alone never says it. A game's, a robot's or a layout's `position: 120.123,
// 45.678` is a point of its own space; a pair whose first value may be a latitude (`Position: 37.7749, -122.4194`)
// is still read under it.

// A decimal of 1-3 integer digits and 3-15 decimals.
const DEGREES = '-?\\d{1,3}\\.\\d{3,15}';

/**
 * Two decimals joined by a comma (`37.7749,-122.4194`, `(37.7749, -122.4194)`), not inside a run of three or more
 * such decimals: an embedding, a colour or a 3-D position is a vector, not a place.
 */
const COORDINATE_PAIR = new RegExp(
  `(?<![\\w.-]|\\.\\d{3,15}[ \\t]{0,2},[ \\t]{0,2})${DEGREES}[ \\t]{0,2},[ \\t]{0,2}${DEGREES}(?![\\w.]|[ \\t]{0,2},[ \\t]{0,2}-?\\d{1,3}\\.\\d{3})`,
  'g',
);

// A latitude or longitude key in any case (lat, latitude, latitud, lng, lon, long, longitude, longitud), alone
// or ending a snake_case or camelCase name (`dropoff_latitude`, `pickupLng`); not the end of a word (`epsilon`).
const COORDINATE_KEY =
  '(?:[A-Za-z0-9]{1,24}_){0,3}(?:[Ll][Aa][Tt](?:[Ii][Tt][Uu][Dd][Ee]?)?|[Ll][Nn][Gg]|[Ll][Oo][Nn](?:[Gg](?:[Ii][Tt][Uu][Dd][Ee]?)?)?)|[a-z0-9]{1,24}(?:L[Aa][Tt](?:[Ii][Tt][Uu][Dd][Ee]?)?|L[Nn][Gg]|L[Oo][Nn](?:[Gg](?:[Ii][Tt][Uu][Dd][Ee]?)?)?)';

/**
 * One value (group 1) under a latitude or longitude key: JSON, YAML, a query string, XML (`"lat": 40.7128`,
 * `lng=-74.0060`, `<lat>40.7128</lat>`). Not a value followed by another decimal (`lat/lng: 40.7128,-74.0060`: the
 * pair is read whole).
 */
const COORDINATE_FIELD = new RegExp(
  `\\b(?:${COORDINATE_KEY})(?![\\w])(?:\\\\?["'])?[ \\t]{0,3}(?:=>|[:=>])[ \\t]{0,3}\\\\?["']?(${DEGREES})(?![\\w%]|\\.\\d|[ \\t]{0,2},[ \\t]{0,2}-?\\d)`,
  'g',
);

const LATITUDE_KEY_BEFORE = /[Ll][Aa][Tt][A-Za-z]{0,5}(?:\\?["'])?[ \t]{0,3}(?:=>|[:=>])[ \t]{0,3}\\?["']?$/;

// A word that puts the longitude first: a longitude word or key, whole or ending a snake_case or camelCase key
// (`lng`, `lon`, `longitude`, `longitud`, `pickup_lng`, `LngLat`; not `long`, `lone`, `London`), `long` right
// before `lat` (`long/lat`), and GeoJSON's `coordinates` (`coordenadas`).
const LONGITUDE_FIRST =
  /(?<![A-Za-z])(?:lng|lon|longitude|longitud|coordinates|coordenadas)(?![a-z])|(?<![A-Z])(?:Lng|Lon|Longitude|Longitud|Coordinates|Coordenadas)(?![a-z])|(?<![A-Za-z])(?:LNG|LON|LONGITUDE|LONGITUD|COORDINATES|COORDENADAS)(?![A-Za-z])|(?<![A-Za-z])(?:long|Long|LONG)(?=[ _/,-]{0,3}(?:lat|Lat|LAT))/;
// An array's `[` right before the pair, and a place word before it (`"location": [151.2093, -33.8688]`).
const ARRAY_OPEN = /\[[ \t]*$/;
const ARRAY_PLACE_WORD = /location|geo|gps|ubicaci[oó]n/i;

/**
 * Whether the text around the pair at [start, end) says its longitude comes first (see the note at the top): a
 * longitude word or `coordinates` in the context window (48 characters before, 20 after), or an array under a place
 * word other than `position`.
 */
function longitudeFirst(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 48), start);
  if (LONGITUDE_FIRST.test(before) || LONGITUDE_FIRST.test(text.slice(end, end + 20))) return true;
  return ARRAY_OPEN.test(before) && ARRAY_PLACE_WORD.test(before);
}

/**
 * A pair: one value a latitude (within ±90) and the other a longitude (within ±180), in either order: GeoJSON
 * writes the longitude first, and a first value beyond ±90 counts only where that order is stated
 * (longitudeFirst). A keyed value: within ±90 under a latitude key, ±180 under a longitude key.
 */
function coordinatesVerdict(value: string, match: MatchContext): ValidatorResult {
  const comma = value.indexOf(',');
  if (comma !== -1) {
    const first = Math.abs(Number(value.slice(0, comma)));
    const second = Math.abs(Number(value.slice(comma + 1)));
    if (first <= 90) return second <= 180;
    return first <= 180 && second <= 90 && longitudeFirst(match.text, match.start, match.end);
  }
  const degrees = Math.abs(Number(value));
  const before = match.text.slice(Math.max(0, match.start - 24), match.start);
  return degrees <= (LATITUDE_KEY_BEFORE.test(before) ? 90 : 180);
}

/**
 * LOCATION_COORDINATES: a latitude / longitude pair near a word about places, or a latitude or a longitude under
 * its key.
 */
export const geoCoordinatesRecognizer: Recognizer = {
  name: 'geo-coordinates',
  entity: 'LOCATION_COORDINATES',
  category: 'PERSONAL',
  patterns: [
    // A pair needs a context word.
    { regex: COORDINATE_PAIR, score: 0.3 },
    { regex: COORDINATE_FIELD, score: 0.85, group: 1 },
  ],
  validate: coordinatesVerdict,
  context: {
    en: ['lat', 'lng', 'lon', 'latitude', 'longitude', 'coordinates', 'geo', 'location', 'gps', 'position'],
    es: ['latitud', 'longitud', 'coordenadas', 'ubicación', 'ubicacion'],
  },
  description:
    'a latitude / longitude pair (3 or more decimals each) near lat, lng, coordinates, geo, location, gps or position, or one under a lat / lng key',
};

// Coordinates in degrees, as maps, GPS receivers and Wikipedia write them: `40°26′46″N 79°58′56″W` (degrees, minutes,
// seconds), `40° 26.767′ N 79° 58.933′ W` (decimal minutes), `40.446° N, 79.982° W` (decimal degrees). The
// hemisphere letters make a pair unmistakable, so it counts on sight; a lone latitude (`49°00′00″N`, a parallel) is
// no place and an angle or a temperature (`45°`, `40°C`) has no hemisphere.

const DEGREE_SIGN = 0xb0;
/** Minute marks: the prime, the apostrophe and the right single quote that word processors put in its place. */
const MINUTE_MARKS = new Set([0x2032, 0x27, 0x2019]);
/** Second marks: the double prime, the ASCII and the right double quote. */
const SECOND_MARKS = new Set([0x2033, 0x22, 0x201d]);

/** Length of the second mark at `at` (2 for `\\"`, a JSON string's escaped quote), or 0. */
function secondMarkAt(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (SECOND_MARKS.has(code)) return 1;
  return code === 92 && text.charCodeAt(at + 1) === 34 ? 2 : 0;
}

/** A number read at a position: its value, where it ends, and how many decimals it has. */
interface Reading {
  readonly value: number;
  readonly end: number;
  readonly decimals: number;
}

const isDigitAt = (text: string, at: number): boolean => {
  const code = text.charCodeAt(at);
  return code >= 48 && code <= 57;
};

/** 1 to `integers` digits, maybe a dot and 1 to 15 decimals; undefined when no digit opens it. */
function readNumber(text: string, at: number, integers: number): Reading | undefined {
  let end = at;
  while (end - at < integers && isDigitAt(text, end)) end++;
  if (end === at || isDigitAt(text, end)) return undefined;
  let decimals = 0;
  if (text.charCodeAt(end) === 46 && isDigitAt(text, end + 1)) {
    while (decimals < 15 && isDigitAt(text, end + 1 + decimals)) decimals++;
    if (isDigitAt(text, end + 1 + decimals)) return undefined;
    end += 1 + decimals;
  }
  return { value: Number(text.slice(at, end)), end, decimals };
}

/** Past up to two spaces or tabs (a no-break space too) at `at`. */
function skipSpaces(text: string, at: number): number {
  let end = at;
  while (end - at < 2) {
    const code = text.charCodeAt(end);
    if (code !== 32 && code !== 9 && code !== 0xa0) break;
    end++;
  }
  return end;
}

/**
 * One half of a pair at `at`: degrees and the degree sign, then minutes and seconds with their marks (each only
 * after a whole number of the unit before), then the hemisphere letter, which no letter or digit may follow. Its end,
 * or -1 when it is no such half, when minutes or seconds reach 60, when it exceeds `limit` degrees, or when it is
 * coarser than about 200 m: seconds, decimal minutes or 3 decimals of a degree, as decimal pairs need 3 decimals.
 */
function readHalf(text: string, at: number, hemispheres: string, limit: number): number {
  const degrees = readNumber(text, at, 3);
  if (degrees === undefined || text.charCodeAt(degrees.end) !== DEGREE_SIGN) return -1;
  let end = degrees.end + 1;
  let total = degrees.value;
  let precise = degrees.decimals >= 3;
  if (degrees.decimals === 0) {
    const minutes = readNumber(text, skipSpaces(text, end), 2);
    if (minutes !== undefined && MINUTE_MARKS.has(text.charCodeAt(minutes.end))) {
      if (minutes.value >= 60) return -1;
      total += minutes.value / 60;
      end = minutes.end + 1;
      precise = minutes.decimals >= 1;
      const seconds = minutes.decimals === 0 ? readNumber(text, skipSpaces(text, end), 2) : undefined;
      const mark = seconds === undefined ? 0 : secondMarkAt(text, seconds.end);
      if (seconds !== undefined && mark > 0) {
        if (seconds.value >= 60) return -1;
        total += seconds.value / 3600;
        end = seconds.end + mark;
        precise = true;
      }
    }
  }
  end = skipSpaces(text, end);
  if (!hemispheres.includes(text[end] as string) || isAlnum(text.charCodeAt(end + 1))) return -1;
  return precise && total <= limit ? end + 1 : -1;
}

/** Words that may name the longitude between the halves (`Lat 51°28′38″N, Long 0°0′5″W`). */
const LONGITUDE_WORDS = new Set(['lon', 'long', 'lng', 'longitude', 'longitud']);

/** Past a longitude word at `at` and its `:` or `=` (`lon: `, `Long `); `at` itself when none is there. */
function skipLongitudeWord(text: string, at: number): number {
  let end = at;
  while (end - at < 10 && /[A-Za-z]/.test(text[end] ?? '')) end++;
  if (end === at || !LONGITUDE_WORDS.has(text.slice(at, end).toLowerCase())) return at;
  const code = text.charCodeAt(end);
  return skipSpaces(text, code === 58 || code === 61 ? end + 1 : end);
}

/**
 * Each latitude in degrees with N or S followed by a longitude with E or W (maybe after a comma, a semicolon or a
 * slash, and a longitude word), found from the degree signs: a text without one costs a single search.
 */
function findDegreePairs(text: string): Candidate[] {
  const candidates: Candidate[] = [];
  let sign = text.indexOf('\u00b0');
  while (sign !== -1) {
    let start = sign;
    while (sign - start < 19 && (isDigitAt(text, start - 1) || text.charCodeAt(start - 1) === 46)) start--;
    const before = text.charCodeAt(start - 1);
    const latitudeEnd =
      isAlnum(before) || before === 46 || before === 45 || before === DEGREE_SIGN
        ? -1
        : readHalf(text, start, 'NS', 90);
    let end = -1;
    if (latitudeEnd !== -1) {
      let next = skipSpaces(text, latitudeEnd);
      const separator = text.charCodeAt(next);
      if (separator === 44 || separator === 59 || separator === 47) next = skipSpaces(text, next + 1);
      end = readHalf(text, skipLongitudeWord(text, next), 'EW', 180);
    }
    if (end !== -1) candidates.push({ start, end, score: 0.85 });
    sign = text.indexOf('\u00b0', end === -1 ? sign + 1 : end);
  }
  return candidates;
}

/** LOCATION_COORDINATES: a latitude and a longitude in degrees with their hemisphere letters, on sight. */
export const geoDegreesRecognizer: Recognizer = {
  name: 'geo-coordinates-degrees',
  entity: 'LOCATION_COORDINATES',
  category: 'PERSONAL',
  find: findDegreePairs,
  description:
    'a latitude (N / S) then a longitude (E / W) in degrees: degrees-minutes-seconds, decimal minutes or decimal degrees, ranges checked',
};

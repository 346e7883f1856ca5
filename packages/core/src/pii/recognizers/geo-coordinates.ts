import type { MatchContext, Recognizer, ValidatorResult } from '../recognizer.js';

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

import type { MatchContext, Recognizer, ValidatorResult } from '../recognizer.js';

// Latitude and longitude (HIPAA: geographic subdivisions smaller than a state; GDPR: location data). Three decimal
// places put a point within about 110 m, a street; fewer name a town or less and are left alone. A pair of decimals
// is as often a score, a price or a vector, so a pair counts only near a word about places (`geo`, `gps`,
// `coordinates`); a single value only under its own key (`"lat": 40.7128`). Not near `coords` alone: games,
// screens and textures have them too (`uv coords 0.125, 0.500`), and the bench's harmless texts hold
// `coords 37.0024, -101.4255` as no place.

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

/**
 * A pair: one value a latitude (within ±90) and the other a longitude (within ±180), in either order: GeoJSON
 * writes the longitude first. A keyed value: within ±90 under a latitude key, ±180 under a longitude key.
 */
function coordinatesVerdict(value: string, match: MatchContext): ValidatorResult {
  const comma = value.indexOf(',');
  if (comma !== -1) {
    const first = Math.abs(Number(value.slice(0, comma)));
    const second = Math.abs(Number(value.slice(comma + 1)));
    return (first <= 90 && second <= 180) || (first <= 180 && second <= 90);
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

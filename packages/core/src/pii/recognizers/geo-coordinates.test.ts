import { describe, expect, it } from 'vitest';
import { PatternScanner } from '../pattern-scanner.js';

const scanner = new PatternScanner();

/** The coordinates found in `text`, as their values. */
function coordinates(text: string): string[] {
  return scanner
    .scanSync(text)
    .filter((span) => span.type === 'LOCATION_COORDINATES')
    .map((span) => text.slice(span.start, span.end));
}

describe('LOCATION_COORDINATES: a pair whose first value is no latitude', () => {
  it('needs the longitude-first order stated: position and other place words alone do not', () => {
    expect(coordinates('position: 120.123, 45.678')).toEqual([]);
    expect(coordinates('"position": [120.123, 45.678]')).toEqual([]);
    expect(coordinates('location 151.2093, -33.8688')).toEqual([]);
    expect(coordinates('GPS fix (151.2093, -33.8688)')).toEqual([]);
    expect(coordinates('geo 120.123,45.678 and lat')).toEqual([]);
  });

  it('finds it under a longitude word or key, GeoJSON coordinates, or as an array under a place word', () => {
    expect(coordinates('"geometry": {"type": "Point", "coordinates": [151.2093, -33.8688]}')).toEqual([
      '151.2093, -33.8688',
    ]);
    expect(coordinates('"coordinates": [[151.2093, -33.8688], [151.2100, -33.8700]]')).toEqual([
      '151.2093, -33.8688',
      '151.2100, -33.8700',
    ]);
    expect(coordinates('lng,lat: 151.2093, -33.8688')).toEqual(['151.2093, -33.8688']);
    expect(coordinates('lon/lat 151.2093,-33.8688')).toEqual(['151.2093,-33.8688']);
    expect(coordinates('long/lat 151.2093,-33.8688')).toEqual(['151.2093,-33.8688']);
    expect(coordinates('"pickup_lng_lat": "151.2093, -33.8688"')).toEqual(['151.2093, -33.8688']);
    expect(coordinates('"location": [151.2093, -33.8688]')).toEqual(['151.2093, -33.8688']);
    expect(coordinates('position 151.2093, -33.8688 (lng, lat)')).toEqual(['151.2093, -33.8688']);
  });

  it('keeps a pair whose first value may be a latitude, position included', () => {
    expect(coordinates('position: 45.678, 120.123')).toEqual(['45.678, 120.123']);
    expect(coordinates('Position: 37.7749, -122.4194')).toEqual(['37.7749, -122.4194']);
    expect(coordinates('"coordinates": [-122.4194, 37.7749]')).toEqual(['-122.4194, 37.7749']);
    expect(coordinates('Location: -33.8688, 151.2093')).toEqual(['-33.8688, 151.2093']);
  });
});

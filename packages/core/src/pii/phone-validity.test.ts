import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../test/helpers.js';
import {
  COMPARED_REGIONS,
  compare,
  compareCandidate,
  EXAMPLES,
  emptyComparison,
  libraryVerdict,
  phoneCandidate,
} from '../../test/phone-candidates.js';
import { compiledPhoneValidity, validPhoneNumber } from './phone-validity.js';

describe('compiled phone validity', () => {
  it('gives libphonenumber-js verdicts, calling codes and national numbers on generated candidates', () => {
    const random = seededRandom(20_251_107);
    const comparison = emptyComparison();
    for (let index = 0; index < 12_000; index++) compareCandidate(comparison, phoneCandidate(random), COMPARED_REGIONS);
    expect(comparison.mismatches).toEqual([]);
    // Both verdicts are exercised, and few candidates are left to the library.
    expect(comparison.valid).toBeGreaterThan(comparison.compared / 20);
    expect(comparison.compared - comparison.valid - comparison.delegated).toBeGreaterThan(comparison.compared / 2);
    expect(comparison.delegated).toBeLessThan(comparison.compared / 20);
  });

  it('gives them on North American 3-3-4 numbers read as US only', () => {
    const random = seededRandom(7);
    const comparison = emptyComparison();
    for (let index = 0; index < 3_000; index++) {
      const area = 200 + Math.floor(random() * 800);
      const exchange = Math.floor(random() * 1000);
      const line = Math.floor(random() * 10_000);
      compare(comparison, `${area}-${String(exchange).padStart(3, '0')}-${String(line).padStart(4, '0')}`, 'US');
    }
    expect(comparison.mismatches).toEqual([]);
    expect(comparison.valid).toBeGreaterThan(1_000);
  });

  it('gives them on the example number of every region, with and without its calling code', () => {
    const comparison = emptyComparison();
    for (const { region, callingCode, prefix, national } of EXAMPLES) {
      compare(comparison, `+${callingCode} ${national}`);
      compare(comparison, `${prefix}${national}`, region);
    }
    expect(comparison.mismatches).toEqual([]);
    expect(comparison.valid).toBeGreaterThan(comparison.compared * 0.9);
  });

  it('gives them on every calling code, known or not', () => {
    const random = seededRandom(11);
    const comparison = emptyComparison();
    for (let code = 1; code < 1000; code++) {
      for (let index = 0; index < 8; index++) {
        const digits = String(Math.floor(random() * 1e12)).slice(0, 6 + Math.floor(random() * 7));
        compare(comparison, `+${code} ${digits}`);
      }
    }
    expect(comparison.mismatches).toEqual([]);
    expect(comparison.valid).toBeGreaterThan(100);
  });

  it('gives them where national prefixes, carrier codes and transform rules apply', () => {
    const comparison = emptyComparison();
    for (const candidate of [
      '011 15-2345-6789', // Argentina: a mobile's 15 after the area code, rewritten to 9
      '0343 15-555-1212',
      '0 21 11 91234-5678', // Brazil: a carrier code after the trunk 0
      '0 15 (11) 3456-7890',
      '693-1234', // US Virgin Islands: seven digits, the 340 area code put in front
      '8 800 555-35-35', // Russia: trunk 8
      '06 6982 1234', // Italy: the leading 0 is part of the number
      '07624 369230', // Isle of Man under the GB calling code
      '1 (415) 555-2671', // the calling code written without +
      '44 20 7946 0958',
      '91 98765 43210',
      '55 11 91234-5678',
      '0044 20 7946 0958',
    ]) {
      for (const region of COMPARED_REGIONS) compare(comparison, candidate, region);
      compare(comparison, `+${candidate}`);
    }
    expect(comparison.mismatches).toEqual([]);
    expect(comparison.valid).toBeGreaterThan(10);
  });

  it('reads the number the fictional-range check reads', () => {
    expect(compiledPhoneValidity('+1 415 555 2671')).toEqual({ countryCallingCode: '1', nationalNumber: '4155552671' });
    expect(compiledPhoneValidity('020 7946 0958', 'GB')).toEqual({
      countryCallingCode: '44',
      nationalNumber: '2079460958',
    });
    expect(compiledPhoneValidity('1 415 555 2671', 'US')).toEqual(libraryVerdict('1 415 555 2671', 'US'));
    expect(compiledPhoneValidity('+0 415 555 2671')).toBeNull();
    expect(compiledPhoneValidity('415 555 2671')).toBeNull();
  });

  it('leaves to the library what it does not work out itself', () => {
    // International prefixes, characters other than digits and separators, unknown regions.
    for (const [candidate, region] of [
      ['011 44 20 7946 0958', 'US'],
      ['00 44 20 7946 0958', 'GB'],
      ['415 555 2671 ext. 12', 'US'],
      ['+1 415 555 2671 x12', undefined],
      ['(+44) 20 7946 0958', undefined],
      ['+١٤١٥٥٥٥٢٦٧١', undefined],
      ['415 555 2671', 'ZZ'],
    ] as const) {
      expect(compiledPhoneValidity(candidate, region as never)).toBeUndefined();
      const number = validPhoneNumber(candidate, region as never);
      const expected = libraryVerdict(candidate, region as never);
      expect(
        number && { countryCallingCode: number.countryCallingCode, nationalNumber: number.nationalNumber },
      ).toEqual(expected);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../test/helpers.js';
import { asciiCodes } from './ascii-codes.js';
import { isoTimestampEnd } from './iso-timestamps.js';
import { PatternScanner } from './pattern-scanner.js';
import { PATTERN_STARTS } from './pattern-starts.js';
import { builtinRecognizers } from './registry.js';

function endAt(text: string, start = 0): number {
  return isoTimestampEnd(text, asciiCodes(text, undefined), text.length, start);
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** A random ISO timestamp, not at midnight: fractions of 0-12 digits, `Z`, an offset or nothing. */
function timestamp(next: () => number): string {
  const int = (below: number): number => Math.floor(next() * below);
  const hour = int(24);
  let minute = int(60);
  if (hour === 0 && minute === 0) minute = 1 + int(59);
  const fraction = next() < 0.6 ? `.${[...Array(1 + int(12))].map(() => int(10)).join('')}` : '';
  const zone = ['Z', 'Z', '', '+01:00', '-05:00', '+0000'][int(6)] as string;
  const year = next() < 0.5 ? 1900 + int(140) : int(10000);
  return `${pad(year, 4)}-${pad(1 + int(12), 2)}-${pad(1 + int(31), 2)}T${pad(hour, 2)}:${pad(minute, 2)}:${pad(int(60), 2)}${fraction}${zone}`;
}

// What may stand around a log timestamp: line starts, JSON, keys (a birth date's too), values glued after it.
const BEFORE = [
  '',
  ' ',
  '\n',
  '"ts":"',
  'dob=',
  'date_of_birth: ',
  '[',
  '4111 1111 1111 1111 ',
  '+',
  '(',
  '%',
  '-',
  '.',
];
const AFTER = [
  '',
  ' ',
  '"',
  ' INFO',
  ',4111111111111111',
  ' 192.168.1.20',
  '.',
  ':',
  '-',
  ' 123-45-6789',
  ']',
  ':00:1A:2B:3C:4D:5E',
  '-00-1a-2b-3c',
  '/24',
  '.5 4111 1111 1111 1111',
  '.07:23',
];

// Every built-in regex that runs windowed, as a sticky copy.
const WINDOWED = builtinRecognizers()
  .flatMap((recognizer) => recognizer.patterns ?? [])
  .map(({ regex }) => regex)
  .filter((regex) => PATTERN_STARTS.has(`${regex.flags}/${regex.source}`))
  .map((regex) => new RegExp(regex.source, `${regex.flags.replace('g', '')}y`));

describe('isoTimestampEnd', () => {
  it('steps over a log timestamp closed by Z to its end', () => {
    expect(endAt('2026-11-22T15:32:40.407Z INFO')).toBe(24);
    expect(endAt('2026-11-22T15:32:40Z')).toBe(20);
    expect(endAt('2026-11-22T15:32:40.123456Z,')).toBe(27);
    expect(endAt('x 2026-11-22T15:32:40Z', 2)).toBe(22);
  });

  it('stops at the minutes when they or the seconds may open a phone number, a MAC or a Spanish NIF', () => {
    // A bare fraction, an offset, a space, more colon groups: the minutes and seconds runs are read as before.
    expect(endAt('2026-11-22T15:32:40.123456+01:00')).toBe(14);
    expect(endAt('2026-11-22T15:32:40-05:00')).toBe(14);
    expect(endAt('2026-11-22T15:32:40 123-45-6789')).toBe(14);
    expect(endAt('2026-11-22T15:32:40:00:1A:2B:3C:4D:5E')).toBe(14);
    // Seven digits and more: `29727198Z` has a NIF's shape.
    expect(endAt('2026-11-22T15:32:40.1234567Z')).toBe(14);
    expect(endAt('2026-11-22T15:32:40.29727198Z')).toBe(14);
    expect(endAt('2026-11-22T15:32:40Zabc')).toBe(14);
    expect(endAt('2026-11-22T15:32:40.407Z_')).toBe(14);
    expect(endAt('2026-11-22T15:32:40.')).toBe(14);
  });

  it('reads no byte past the text (a scratch array keeps an earlier, longer text after it)', () => {
    const text = 'tel 2026-11-22T15:32:03.375370';
    const stale = asciiCodes(`${text}Z`, undefined);
    expect(isoTimestampEnd(text, stale, text.length, 4)).toBe(18);
    // The scan that reuses the array: the seconds still open a phone number.
    const scanner = new PatternScanner();
    scanner.scanSync(`${text}Z`);
    expect(scanner.scanSync(text).map((span) => text.slice(span.start, span.end))).toEqual(['03.375370']);
  });

  it('leaves a timestamp after +, ( or % to the pass (a match may start on that character)', () => {
    expect(endAt('+2026-11-22T15:32:40Z', 1)).toBe(-1);
    expect(endAt('(2026-11-22T15:32:40Z', 1)).toBe(-1);
    expect(endAt('%2026-11-22T15:32:40Z', 1)).toBe(-1);
    expect(endAt('=2026-11-22T15:32:40Z', 1)).toBe(21);
  });

  it('leaves midnight, other dashes and other layouts to the pass', () => {
    expect(endAt('1985-03-14T00:00:00.000Z')).toBe(-1);
    expect(endAt('2026\u201311\u201322T15:32:40Z')).toBe(-1);
    expect(endAt('2026-11-22 15:32:40')).toBe(-1);
    expect(endAt('2026-11-22T15:32')).toBe(-1);
    expect(endAt('2026-1-22T15:32:40Z')).toBe(-1);
  });

  it('steps over no position where a built-in windowed regex matches', () => {
    expect(WINDOWED.length).toBeGreaterThan(55);
    const next = seededRandom(20261123);
    const hits: string[] = [];
    let stepped = 0;
    for (let round = 0; round < 1500; round++) {
      const before = BEFORE[Math.floor(next() * BEFORE.length)] as string;
      const text = `${before}${timestamp(next)}${AFTER[Math.floor(next() * AFTER.length)]}`;
      const end = endAt(text, before.length);
      if (end === -1) continue;
      stepped++;
      for (let position = before.length; position < end; position++) {
        for (const regex of WINDOWED) {
          regex.lastIndex = position;
          if (regex.test(text)) hits.push(`${regex.source.slice(0, 40)} at ${position} of ${JSON.stringify(text)}`);
        }
      }
    }
    expect(hits.slice(0, 5)).toEqual([]);
    expect(stepped).toBeGreaterThan(1000);
  });

  it('keeps midnight, where the birth-date regex does match', () => {
    // Why midnight is left to the pass: stepping over it would lose this match.
    const text = 'born 1985-03-14T00:00:00.000Z';
    const matched = WINDOWED.some((regex) => {
      regex.lastIndex = 5;
      return regex.test(text);
    });
    expect(matched).toBe(true);
  });

  it('is not taken while a digit-run listener takes runs as short as a year', () => {
    // A custom recognizer reading four-digit runs: the year is read as before.
    const years = new PatternScanner({
      builtins: false,
      recognizers: [
        { name: 'year', entity: 'YEAR', category: 'PERSONAL', digitRuns: [{ min: 4, max: 4, score: 0.9 }] },
      ],
    });
    const text = 'at 2026-11-22T15:32:40.407Z';
    expect(years.scanSync(text).map((span) => text.slice(span.start, span.end))).toEqual(['2026']);
  });

  it('changes no finding next to timestamps', () => {
    const scanner = new PatternScanner();
    const found = (text: string) => scanner.scanSync(text).map((span) => [span.type, text.slice(span.start, span.end)]);
    expect(found('born 1985-03-14T00:00:00.000Z')).toEqual([['DATE_OF_BIRTH', '1985-03-14']]);
    expect(found('{"dob":"1985-03-13T23:00:00.000Z"}')).toEqual([['DATE_OF_BIRTH', '1985-03-13']]);
    expect(found('dob=1985-03-14T08:30:00Z')).toEqual([['DATE_OF_BIRTH', '1985-03-14']]);
    expect(found('2026-11-22T15:32:40.407Z card 4111 1111 1111 1111 from 82.55.216.88')).toEqual([
      ['CREDIT_CARD', '4111 1111 1111 1111'],
      ['IP_ADDRESS', '82.55.216.88'],
    ]);
    expect(found('2026-11-22T15:32:40.123456 ssn=733-39-3292')).toEqual([['US_SSN', '733-39-3292']]);
  });
});

import { describe, expect, it } from 'vitest';
import { PatternScanner } from '../pattern-scanner.js';

const scanner = new PatternScanner();

/** The ages found in `text`, as their values. */
function ages(text: string): string[] {
  return scanner
    .scanSync(text)
    .filter((span) => span.type === 'AGE')
    .map((span) => text.slice(span.start, span.end));
}

describe('AGE over 89 (HIPAA Safe Harbor)', () => {
  it('finds 90 to 120 before year words or after an age label, English and Spanish', () => {
    expect(ages('A 92-year-old woman presented with chest pain')).toEqual(['92']);
    expect(ages('Patient, 93 years old, admitted')).toEqual(['93']);
    expect(ages('93 y/o M, history of falls')).toEqual(['93']);
    expect(ages('age: 95')).toEqual(['95']);
    expect(ages('aged 90, she lives alone')).toEqual(['90']);
    expect(ages('at the age of 97')).toEqual(['97']);
    expect(ages('edad: 96')).toEqual(['96']);
    expect(ages('paciente de 94 años, edad: 94')).toEqual(['94', '94']);
    expect(ages('a la edad de 92')).toEqual(['92']);
  });

  it('reads an age under its key (deepEncode: `{"age": 101}` reads as `age: 101`)', () => {
    const keyed = (value: string, field: string) =>
      scanner.scanSync(value, { field }).map((span) => [span.type, value.slice(span.start, span.end)]);
    expect(keyed('101', 'age')).toEqual([['AGE', '101']]);
    expect(keyed('93', 'patientAge')).toEqual([['AGE', '93']]);
    expect(keyed('64', 'age')).toEqual([]);
  });

  it('keeps ages up to 89, numbers past any human age, and numbers that are no age', () => {
    expect(ages('He is 89 years old')).toEqual([]);
    expect(ages('aged 150')).toEqual([]);
    expect(ages('page 93 of 120')).toEqual([]);
    expect(ages('usage 95%')).toEqual([]);
    expect(ages('Cache-Control: public, max-age=120')).toEqual([]);
    expect(ages('cache_age: 95')).toEqual([]);
    expect(ages('the 90 yr warranty')).toEqual([]);
    expect(ages('95 years of history')).toEqual([]);
    expect(ages('1993 years old')).toEqual([]);
    expect(ages('age: 95.5')).toEqual([]);
  });
});

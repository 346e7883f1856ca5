import { describe, expect, it } from 'vitest';
import { PatternScanner } from './pattern-scanner.js';
import { holdsSpokenDate, spokenDatesReading } from './spoken-dates.js';

const scanner = new PatternScanner();

/** The spans of `text`, as [type, value]. */
function found(text: string): [string, string][] {
  return scanner.scanSync(text).map((span) => [span.type, text.slice(span.start, span.end)]);
}

describe('spoken dates of birth', () => {
  it('reads a date said with no digit word of the spoken digits (review: `twenty twenty`, `tres`, `one` leaked)', () => {
    expect(found('date of birth: December first, twenty twenty')).toEqual([
      ['DATE_OF_BIRTH', 'December first, twenty twenty'],
    ]);
    expect(found('Fecha de nacimiento: tres de abril de mil novecientos noventa')).toEqual([
      ['DATE_OF_BIRTH', 'tres de abril de mil novecientos noventa'],
    ]);
    expect(found('CVV is three one 7')).toEqual([['CARD_SECURITY_CODE', 'three one 7']]);
    // No date: a year alone after `born in`.
    expect(found('born in twenty twenty we moved')).toEqual([]);
  });

  it("writes a date said as words near a birth word as figures, each at the spoken date's offsets", () => {
    const text = 'Agent: And your date of birth?\nCaller: March third, nineteen eighty-seven.';
    const reading = spokenDatesReading(text);
    expect(reading?.text).toBe('Agent: And your date of birth?\nCaller: March 3, 1987.');
    const start = text.indexOf('March');
    expect(reading?.offsets[start]).toBe(start);
    expect(reading?.offsets[start + 'March 3, 1987'.length]).toBe(text.length - 1);
    expect(reading && holdsSpokenDate(reading, start, start + 13)).toBe(true);
    expect(reading && holdsSpokenDate(reading, start, start + 5)).toBe(false);
    expect(spokenDatesReading('Agent: date of birth?\nCaller: oh-four, seventeen, sixty-six.')?.text).toBe(
      'Agent: date of birth?\nCaller: 04/17/66.',
    );
    expect(spokenDatesReading('I was born on the fifth of June, nineteen ninety.')?.text).toBe(
      'I was born on the 5 June 1990.',
    );
    expect(spokenDatesReading('nací el cinco de marzo de mil novecientos ochenta y ocho')?.text).toBe(
      'nací el 5 de marzo de 1988',
    );
    expect(spokenDatesReading('DOB is June twenty-first, two thousand and three')?.text).toBe('DOB is June 21, 2003');
    expect(spokenDatesReading('born March 3rd, nineteen oh five')?.text).toBe('born March 3, 1905');
    expect(spokenDatesReading('fecha de nacimiento: treinta y uno de enero de dos mil dos')?.text).toBe(
      'fecha de nacimiento: 31 de enero de 2002',
    );
  });

  it('masks a birth date said as words after a birth question or a birth word', () => {
    expect(found('Agent: And your date of birth?\nCaller: March third, nineteen eighty-seven.')).toEqual([
      ['DATE_OF_BIRTH', 'March third, nineteen eighty-seven'],
    ]);
    expect(found('Agent: date of birth?\nCaller: oh-four, seventeen, sixty-six.')).toEqual([
      ['DATE_OF_BIRTH', 'oh-four, seventeen, sixty-six'],
    ]);
    expect(found('I was born on the fifth of June, nineteen ninety.')).toEqual([
      ['DATE_OF_BIRTH', 'fifth of June, nineteen ninety'],
    ]);
    expect(found('nací el cinco de marzo de mil novecientos ochenta y ocho')).toEqual([
      ['DATE_OF_BIRTH', 'cinco de marzo de mil novecientos ochenta y ocho'],
    ]);
  });

  it('reads no date into years, counts, times and prices, nor a spoken date with no birth word near', () => {
    for (const text of [
      'in nineteen eighty-seven we moved to Ohio',
      'I have three kids and two dogs',
      'see you at nine thirty',
      'it is twenty nine ninety nine',
      'one two three, testing one two three',
      'the meeting is on March third, nineteen eighty-seven',
      'oh-four, seventeen, sixty-six',
    ]) {
      expect(found(text), text).toEqual([]);
    }
    // Near a birth word, numbers that make no date: a year alone, a price, a time, a longer number.
    for (const text of [
      'I was born in nineteen eighty-seven',
      'my birthday cake cost twenty nine ninety nine',
      'the birthday party starts at nine thirty',
      'date of birth? uh, my number is four one five, eight six seven, two three zero nine',
      'born with three kids and two dogs',
    ]) {
      expect(spokenDatesReading(text), text).toBeUndefined();
    }
    // A birthday as an event keeps its date (the birth-date recognizer's own rule).
    expect(found('her birthday party is on March third, twenty twenty-four')).toEqual([]);
  });
});

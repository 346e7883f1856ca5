import { describe, expect, it } from 'vitest';
import { PatternScanner } from './pattern-scanner.js';
import { spokenCodesReading } from './spoken-codes.js';

const scanner = new PatternScanner();

/** The spans of `text`, as [type, value]. */
function found(text: string): [string, string][] {
  return scanner.scanSync(text).map((span) => [span.type, text.slice(span.start, span.end)]);
}

describe('spoken codes after their label', () => {
  it('writes a code said after its label as its recognizer reads it, each digit at its word', () => {
    const text = 'Caller: expiration oh nine twenty eight, CVV three one seven.';
    const reading = spokenCodesReading(text);
    expect(reading?.text).toBe('Caller: expiration oh nine twenty eight, CVV 317.');
    const code = reading?.codes[0];
    expect(code && reading?.offsets[code.start]).toBe(text.indexOf('three'));
    expect(code && reading?.offsets[code.end]).toBe(text.length - 1);
    expect(spokenCodesReading('Patient: M R N, zero zero seven seven three four five one two.')?.text).toBe(
      'Patient: MRN 007734512.',
    );
    expect(spokenCodesReading('mi DNI es cuatro ocho tres nueve dos cero uno siete, letra V.')?.text).toBe(
      'mi DNI 48392017V.',
    );
  });

  it('masks a CVV, an MRN and a DNI said as words (red team: voice transcripts)', () => {
    expect(found('Caller: expiration oh nine twenty eight, CVV three one seven.')).toEqual([
      ['CARD_SECURITY_CODE', 'three one seven'],
    ]);
    expect(found('the security code is four two one one')).toEqual([['CARD_SECURITY_CODE', 'four two one one']]);
    expect(found('Patient: M R N, zero zero seven seven three four five one two.')).toEqual([
      ['MEDICAL_RECORD_NUMBER', 'zero zero seven seven three four five one two'],
    ]);
    expect(found('Cliente: Sí, mi DNI es cuatro ocho tres nueve dos cero uno siete, letra V.')).toEqual([
      ['ES_NIF', 'cuatro ocho tres nueve dos cero uno siete, letra V'],
    ]);
  });

  it('reads no code of the wrong length, a wrong letter, or words that are no code', () => {
    for (const text of [
      'CVV three one',
      'CVV three one seven six five',
      'mi DNI es cuatro ocho tres nueve dos cero uno ocho, letra V.',
      'mi DNI es cuatro ocho tres nueve dos cero uno siete.',
      'the security code review is at nine thirty',
      'CVV check failed three times',
      'M R N, two three',
    ]) {
      expect(found(text), text).toEqual([]);
    }
    expect(spokenCodesReading('CVV 317 and MRN 1234567')).toBeUndefined();
  });
});

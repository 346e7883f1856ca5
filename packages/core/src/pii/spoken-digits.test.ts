import { describe, expect, it } from 'vitest';
import { testKey } from '../../test/helpers.js';
import { MaskClient } from '../client/mask-client.js';
import { PatternScanner } from './pattern-scanner.js';
import { crossesRemovedSpace, spokenDigitsReading } from './spoken-digits.js';

const scanner = new PatternScanner();

/** The spans of `text`, as [type, value]. */
function found(text: string): [string, string][] {
  return scanner.scanSync(text).map((span) => [span.type, text.slice(span.start, span.end)]);
}

describe('spoken digits', () => {
  it('closes up runs of five single digits or more, and maps each character back', () => {
    const text = 'call 2 0 6 8 6 7 5 3 0 9, ok';
    const reading = spokenDigitsReading(text);
    expect(reading?.text).toBe('call 2068675309, ok');
    expect(reading?.offsets.length).toBe((reading?.text.length ?? 0) + 1);
    expect(reading?.offsets[5]).toBe(5);
    expect(reading?.offsets[6]).toBe(7);
    expect(reading?.offsets[15]).toBe(24);
    expect(reading?.offsets[reading.text.length]).toBe(text.length);
    expect(reading && crossesRemovedSpace(reading, 5, 15)).toBe(true);
    expect(reading && crossesRemovedSpace(reading, 0, 5)).toBe(false);
  });

  it('leaves shorter runs, digits glued to words or decimals, and longer spaced numbers', () => {
    for (const text of ['1 2 3 4', 'v1 2 3 4 5 6', '1 2 3 4 5.5', 'at 12 3 4 5 6 7', '0.1 2 3 4 5', '1 2 3 4 5x']) {
      expect(spokenDigitsReading(text), text).toBeUndefined();
    }
  });

  it('finds an SSN, a card, a phone number and an account number read out digit by digit', () => {
    expect(found('my social is 5 3 6 2 2 1 1 8 7')).toEqual([['US_SSN', '5 3 6 2 2 1 1 8 7']]);
    expect(found('card 4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 exp')).toEqual([
      ['CREDIT_CARD', '4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1'],
    ]);
    expect(found('call me at 2 0 6 8 6 7 5 3 0 9')).toEqual([['PHONE_NUMBER', '2 0 6 8 6 7 5 3 0 9']]);
    expect(found('my account number is 7 7 2 1 9 0 0 4 3, thanks')).toEqual([['US_BANK_NUMBER', '7 7 2 1 9 0 0 4 3']]);
  });

  it('reads digits read out in groups a comma apart (red team: a callback number reached the model)', () => {
    const text = 'yeah my callback number is 4 1 5, 8 6 7, 2 3 0 9.';
    expect(spokenDigitsReading(text)?.text).toBe('yeah my callback number is 4158672309.');
    expect(found(text)).toEqual([['PHONE_NUMBER', '4 1 5, 8 6 7, 2 3 0 9']]);
    // A list's single digits a comma apart are no group, and four digits in all are too few.
    expect(spokenDigitsReading('[4, 1, 5, 8, 6, 7, 2, 3, 0, 9]')).toBeUndefined();
    expect(spokenDigitsReading('codes 1 2, 3 4 and more')).toBeUndefined();
  });

  it('reads nothing into digits that hold no identifier', () => {
    expect(found('scores 1 2 3 4 5 6 7 8 9 10')).toEqual([]);
    expect(found('matrix 0 0 1 0 1 1 0 1')).toEqual([]);
    expect(found('ratings: 5 4 5 5 3 4 5')).toEqual([]);
  });

  it('masks a transcript and gives the tool every number back', async () => {
    const client = new MaskClient({ env: { MASK_MASTER_KEY: testKey() }, logger: { warn: () => undefined } });
    const transcript =
      'my social is 5 3 6 2 2 1 1 8 7 and card 4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1, call me at 2 0 6 8 6 7 5 3 0 9';
    const encoded = (await client.deepEncode(transcript)) as string;
    for (const value of ['5 3 6 2 2 1 1 8 7', '4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1', '2 0 6 8 6 7 5 3 0 9']) {
      expect(encoded).not.toContain(value);
    }
    expect(await client.deepDecode(encoded)).toBe(transcript);
  });

  it('reads digits spoken as words, in English and Spanish, with `double` and each word at its own offset', () => {
    const text = 'SSN is five two three, eight one, four seven nine zero.';
    const reading = spokenDigitsReading(text);
    expect(reading?.text).toBe('SSN is 523814790.');
    expect(reading?.offsets[7]).toBe(7);
    expect(reading?.offsets[8]).toBe(12);
    expect(reading?.offsets[reading.text.length - 1]).toBe(text.length - 1);
    expect(spokenDigitsReading('double seven oh-two Nine one')?.text).toBe('770291');
    expect(spokenDigitsReading('es seis cinco cuatro, tres dos uno')?.text).toBe('es 654321');
    // Words glued to letters, figures or a hyphen before them, four words, or other separators: no run.
    for (const other of [
      'xfive two three eight one',
      '5-two three eight one four',
      'five two three eight',
      'five; two; three; eight; one',
      'Five Two Three - Eight One',
    ]) {
      expect(spokenDigitsReading(other), other).toBeUndefined();
    }
    // Only the digits read out one by one when the caller leaves words out (see SPOKEN_WORD_TRIGGERS).
    expect(spokenDigitsReading('five two three eight one', false)).toBeUndefined();
  });

  it('finds an SSN, a phone number, a card and an account number spoken as words', () => {
    expect(found('SSN is five two three, eight one, four seven nine zero')).toEqual([
      ['US_SSN', 'five two three, eight one, four seven nine zero'],
    ]);
    expect(found('call me on four one five, two nine three, six six one zero')).toEqual([
      ['PHONE_NUMBER', 'four one five, two nine three, six six one zero'],
    ]);
    expect(found('card four one one one, one one one one, one one one one, one one one one')).toEqual([
      ['CREDIT_CARD', 'four one one one, one one one one, one one one one, one one one one'],
    ]);
    expect(found('mi teléfono es seis cinco cuatro, tres dos uno, cero nueve ocho')).toEqual([
      ['PHONE_NUMBER', 'seis cinco cuatro, tres dos uno, cero nueve ocho'],
    ]);
    expect(found('account number double seven two one nine oh oh four three')).toEqual([
      ['US_BANK_NUMBER', 'double seven two one nine oh oh four three'],
    ]);
    // Asked for one type, the scanner has no trigger walk: the words are searched for in every text.
    const cards = new PatternScanner();
    const text = 'card four one one one, one one one one, one one one one, one one one one';
    expect(cards.scanSync(text, { entities: ['CREDIT_CARD'] }).map((span) => span.type)).toEqual(['CREDIT_CARD']);
  });

  it('finds a phone number said after `reach me` (red team: a voice transcript)', () => {
    expect(found('you can reach me at three one two eight six seven two three zero nine, thanks.')).toEqual([
      ['PHONE_NUMBER', 'three one two eight six seven two three zero nine'],
    ]);
    expect(found('you can reach me at 3128672309, thanks.')).toEqual([['PHONE_NUMBER', '3128672309']]);
    expect(found('you can reach me at the office after nine thirty')).toEqual([]);
  });

  it('reads nothing into counting, lists and words that hold no identifier', () => {
    expect(found('one two three four five, here we go')).toEqual([]);
    expect(found('I have two, three or four of them, maybe five or six')).toEqual([]);
    expect(found('seven eight nine ten, a big fat hen')).toEqual([]);
  });

  it('masks a spoken SSN in a transcript and gives the tool the words back', async () => {
    const client = new MaskClient({ env: { MASK_MASTER_KEY: testKey() }, logger: { warn: () => undefined } });
    const transcript = 'Agent: and your social? Caller: five two three, eight one, four seven nine zero.';
    const encoded = (await client.deepEncode(transcript)) as string;
    expect(encoded).not.toContain('five two three');
    expect(encoded).not.toContain('four seven nine zero');
    expect(await client.deepDecode(encoded)).toBe(transcript);
  });
});

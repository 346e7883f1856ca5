import { describe, expect, it } from 'vitest';
import { testKey } from '../../../test/helpers.js';
import { MaskClient } from '../../client/mask-client.js';
import { PatternScanner } from '../pattern-scanner.js';

const scanner = new PatternScanner();

/** The A-numbers found in `text`, as their values. */
function aNumbers(text: string): string[] {
  return scanner
    .scanSync(text)
    .filter((span) => span.type === 'US_ALIEN_REGISTRATION_NUMBER')
    .map((span) => text.slice(span.start, span.end));
}

describe('US_ALIEN_REGISTRATION_NUMBER', () => {
  it('reads an A-number after its label, in its usual layouts', () => {
    expect(aNumbers('my A-number is A212-845-309')).toEqual(['A212-845-309']);
    expect(aNumbers('A#: 212845309')).toEqual(['212845309']);
    expect(aNumbers('A #212845309')).toEqual(['212845309']);
    expect(aNumbers('Alien Registration Number: A-212-845-309')).toEqual(['A-212-845-309']);
    expect(aNumbers('Alien number A 212 845 309 on the I-797.')).toEqual(['A 212 845 309']);
    expect(aNumbers('alien reg no. A12345678')).toEqual(['A12345678']);
    expect(aNumbers('USCIS #: A212845309')).toEqual(['A212845309']);
    expect(aNumbers('USCIS Number 212-845-309')).toEqual(['212-845-309']);
    expect(aNumbers('{"a_number":"A212845309"}')).toEqual(['A212845309']);
    expect(aNumbers('A_NUMBER=212845309')).toEqual(['212845309']);
    expect(aNumbers('Su número A212845309 figura en la tarjeta.')).toEqual(['A212845309']);
    expect(aNumbers('Número de registro de extranjero: 212845309')).toEqual(['212845309']);
    expect(aNumbers('my a number is A212845309')).toEqual(['A212845309']);
  });

  it('leaves numbers without the label, of another length or the article `a number` alone', () => {
    expect(aNumbers('order A212845309 shipped')).toEqual([]);
    expect(aNumbers('212-845-309')).toEqual([]);
    expect(aNumbers('A-number: A2128453')).toEqual([]);
    expect(aNumbers('A-number: A2128453091')).toEqual([]);
    expect(aNumbers('A-number: 212845309.5')).toEqual([]);
    expect(aNumbers('A-number: 111111111')).toEqual([]);
    expect(aNumbers('call a number 212845309 for help')).toEqual([]);
    expect(aNumbers('Plan A: 212845309')).toEqual([]);
    expect(aNumbers('data_number: 212845309')).toEqual([]);
    expect(aNumbers('número 212845309')).toEqual([]);
    expect(aNumbers('the alien ship 212845309')).toEqual([]);
    // The article before a colon, and `alien` without a number word after it.
    expect(aNumbers('Please enter a number: 123456789')).toEqual([]);
    expect(aNumbers('alien 212845309')).toEqual([]);
  });

  it('is masked and restored by the client, in text and under its key', async () => {
    const client = new MaskClient({ key: testKey(), scanner, env: {}, logger: { warn: () => undefined } });
    const input = { note: 'my A-number is A212-845-309', a_number: 'A212845309', alienNumber: 'A21284' };
    const encoded = await client.deepEncode(input);
    expect(encoded.note).toMatch(/^my A-number is \[US_ALIEN_REGISTRATION_NUMBER_\d+\]$/);
    expect(encoded.a_number).toMatch(/^\[US_ALIEN_REGISTRATION_NUMBER_\d+\]$/);
    // Too short for the recognizer: under its key it is the record's A-number all the same.
    expect(encoded.alienNumber).toMatch(/^\[US_ALIEN_REGISTRATION_NUMBER_\d+\]$/);
    expect(await client.deepDecode(encoded)).toEqual(input);
  });
});

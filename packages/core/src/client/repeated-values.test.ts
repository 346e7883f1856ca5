import { describe, expect, it } from 'vitest';
import { testKey } from '../../test/helpers.js';
import { PatternScanner } from '../pii/pattern-scanner.js';
import { MaskClient } from './mask-client.js';

const mask = () =>
  new MaskClient({ key: testKey(), scanner: new PatternScanner(), env: {}, logger: { warn: () => undefined } });

describe('a labelled value given again without its label', () => {
  it('is masked wherever it stands whole in the text, with the same token (red team: the repeat leaked)', async () => {
    const client = mask();
    const note = 'Date of Service: 02/09/2026\nElectronically signed by the attending on 02/09/2026 16:22';
    const encoded = await client.tokenizeText(note);
    expect(encoded.text).not.toContain('02/09/2026');
    const [first, second] = encoded.entities;
    expect(first?.type).toBe('CLINICAL_DATE');
    expect(second?.type).toBe('CLINICAL_DATE');
    expect(second?.token).toBe(first?.token);
    expect(await client.detokenizeText(encoded.text)).toBe(note);
    const password = await client.tokenizeText('password: Sunshine!2024 and later I tried Sunshine!2024 again');
    expect(password.text).not.toContain('Sunshine');
  });

  it("is masked in the structure's other strings, and not inside a longer number or word", async () => {
    const client = mask();
    const input = { mrn: '10448271', note: 'Chart 10448271 reviewed; order 110448271, ref 10448271X' };
    const encoded = await client.deepEncode(input);
    expect(encoded.note).toMatch(/^Chart \[MEDICAL_RECORD_NUMBER_\d+\] reviewed; order 110448271, ref 10448271X$/);
    expect(await client.deepDecode(encoded)).toEqual(input);
  });

  it('finds every repeat of hundreds of values, and the repeats of values read under their keys (review)', async () => {
    const client = mask();
    const records = Array.from({ length: 300 }, (_, index) => {
      const mrn = String(52000000 + index * 7919);
      return { header: `MRN: ${mrn}`, footer: `Chart ${mrn} page 1` };
    });
    const encoded = await client.deepEncode(records);
    // Before, repeats past the 256th value were not looked for.
    expect(JSON.stringify(encoded)).not.toMatch(/Chart \d/);
    const keyed = await client.deepEncode({
      user: 'jsmith',
      message: 'Login failed for jsmith',
      msisdn: '447911123456',
      sms: 'Delivery to 447911123456 failed',
    });
    expect(keyed.message).toMatch(/^Login failed for \[PERSON_\d+\]$/);
    expect(keyed.sms).not.toContain('447911123456');
  });

  it('leaves a password of one kind of characters to itself: `postgres` under `password` is also a word', async () => {
    const client = mask();
    const input = { password: 'postgres', note: 'Install postgres 16 first' };
    const encoded = await client.deepEncode(input);
    expect(encoded.password).not.toBe('postgres');
    expect(encoded.note).toBe(input.note);
  });

  it('leaves a short value and a type its recognizer validates to themselves', async () => {
    const client = mask();
    // A CVV of three digits is too short to look for again; an SSN's own recognizer finds it again.
    const encoded = await client.tokenizeText('CVV: 317, room 317');
    expect(encoded.text).toMatch(/^CVV: \[CARD_SECURITY_CODE_\d+\], room 317$/);
  });
});

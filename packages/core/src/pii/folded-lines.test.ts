import { describe, expect, it } from 'vitest';
import { testKey } from '../../test/helpers.js';
import { MaskClient } from '../client/mask-client.js';
import { crossesFold, type UnfoldedReading, unfoldedReading } from './folded-lines.js';
import { PatternScanner } from './pattern-scanner.js';

const scanner = new PatternScanner();
const QP = 'Content-Type: text/plain\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n';

/** The spans of `text` as [type, value]. */
function found(text: string): [string, string][] {
  return scanner.scanSync(text).map((span) => [span.type, text.slice(span.start, span.end)]);
}

describe('unfoldedReading', () => {
  it('takes out soft breaks and decodes escapes in a quoted-printable part, mapping each character back', () => {
    const text = `${QP}card 4111 1111 11=\r\n11 1111, Jos=C3=A9, x=3D1 =ZZ`;
    const reading = unfoldedReading(text) as UnfoldedReading;
    expect(reading.text).toBe(`${QP}card 4111 1111 1111 1111, José, x=1 =ZZ`);
    const { offsets } = reading;
    expect(offsets[reading.text.indexOf('é')]).toBe(text.indexOf('=C3'));
    expect(offsets[offsets.length - 1]).toBe(text.length);
    const card = reading.text.indexOf('4111');
    expect(crossesFold(reading, card, card + 19)).toBe(true);
    expect(crossesFold(reading, 0, 10)).toBe(false);
  });

  it('unfolds a vCard or an iCalendar line, and leaves every other text alone', () => {
    const card = 'BEGIN:VCARD\nFN:Wanjiru Okon\n kwo\nEND:VCARD';
    expect(unfoldedReading(card)?.text).toBe('BEGIN:VCARD\nFN:Wanjiru Okonkwo\nEND:VCARD');
    // No declaration, no fold: soft breaks, `=XX` and indented lines of other texts are what they say.
    expect(unfoldedReading('total=\n100 and x=3D1')).toBeUndefined();
    expect(unfoldedReading('items:\n  - a\n  - b')).toBeUndefined();
    expect(unfoldedReading(`${QP}nothing folded here`)).toBeUndefined();
  });
});

describe('folded values in a scan', () => {
  it('finds a value a soft break or a fold cuts, the span holding the fold', () => {
    expect(found(`${QP}SSN 536-=\r\n22-1187 on file`)).toEqual([['US_SSN', '536-=\r\n22-1187']]);
    expect(found(`${QP}Please charge card 4111 1111 11=\n11 1111.`)).toEqual([
      ['CREDIT_CARD', '4111 1111 11=\n11 1111'],
    ]);
    expect(found('BEGIN:VCARD\r\nTEL:+1 415 555\r\n 2671\r\nEND:VCARD')).toEqual([
      ['PHONE_NUMBER', '+1 415 555\r\n 2671'],
    ]);
    expect(found('BEGIN:VCALENDAR\nATTENDEE;CN=Team:mailto:wanjiru.okon\n kwo@example.com\nEND:VCALENDAR')).toEqual([
      ['EMAIL_ADDRESS', 'wanjiru.okon\n kwo@example.com'],
    ]);
  });

  it('gives the tool the folded text back exactly', async () => {
    const client = new MaskClient({ env: { MASK_MASTER_KEY: testKey() }, logger: { warn: () => undefined } });
    const body = `${QP}Please charge card 4111 1111 11=\r\n11 1111 today.`;
    const { text } = await client.tokenizeText(body);
    expect(text).not.toContain('4111');
    expect(text).not.toContain('11 1111');
    expect(await client.detokenizeText(text)).toBe(body);
  });
});

import { describe, expect, it } from 'vitest';
import { crossesDecoded, decodedAgain, decodedReading, MAX_DECODED_RUN } from './escaped-runs.js';
import { PatternScanner } from './pattern-scanner.js';

const encode = encodeURIComponent;

describe('decodedReading', () => {
  it('decodes each run of non-white-space that holds an escape in place, the rest as it is', () => {
    const text = 'GET /pay?card=4111%201111 200 and /x?q=a+b plain+text';
    const reading = decodedReading(text);
    expect(reading?.text).toBe('GET /pay?card=4111 1111 200 and /x?q=a b plain+text');
    const at = (part: string): number => reading?.text.indexOf(part) as number;
    // `4111 1111`: the space came from `%20`, three characters of the text.
    expect(text.slice(reading?.offsets[at('4111')], reading?.offsets[at('4111') + 9])).toBe('4111%201111');
    expect(text.slice(reading?.offsets[at('and')], reading?.offsets[at('and') + 3])).toBe('and');
    expect(reading?.offsets[reading.text.length]).toBe(text.length);
    expect([...(reading?.decoded ?? [])].filter((flag) => flag === 1)).toHaveLength(2);
    expect(crossesDecoded(reading as NonNullable<typeof reading>, at('4111'), at('4111') + 9)).toBe(true);
    expect(crossesDecoded(reading as NonNullable<typeof reading>, at('and'), at('and') + 3)).toBe(false);
  });

  it('reads a run whole when a mark before the decodable one decodes nothing', () => {
    expect(decodedReading('x phone=+1&card=4111%201111')?.text).toBe('x phone=+1&card=4111 1111');
  });

  it('reads runs far apart as far apart, and neighbours as the text unencoded would', () => {
    const scanner = new PatternScanner();
    const found = (text: string): string[] => scanner.scanSync(text).map((span) => span.type);
    // The second request on its own names no SSN; 200 lines above, the first lends it no context.
    expect(found(`GET /docs?topic=ssn%20format 200\n${'x\n'.repeat(200)}GET /orders?id=123%2045%206789 200`)).toEqual(
      [],
    );
    const lines = '"GET /export?fields=user%2Cpassword" 200\n"GET /search?q=ana%2CXk9%21mQ2vL" 200';
    expect(found(lines)).toEqual(found(decodeURIComponent(lines)));
  });

  it('decodes a second level where an escape decoded to `%` or `+`, at the offsets of the text', () => {
    const again = (text: string) => {
      const first = decodedReading(text);
      return first === undefined ? undefined : decodedAgain(first);
    };
    const text = `next=${encode('/pay?card=4111%201111')}`;
    expect(decodedReading(text)?.text).toBe('next=/pay?card=4111%201111');
    const reading = again(text);
    expect(reading?.text).toBe('next=/pay?card=4111 1111');
    const at = reading?.text.indexOf('4111 1111') as number;
    expect(text.slice(reading?.offsets[at], reading?.offsets[at + 9])).toBe('4111%25201111');
    expect(reading?.offsets[reading.text.length]).toBe(text.length);
    // Decoded: what the second level decoded, not the first (`/pay?card=` is the first's).
    expect(crossesDecoded(reading as NonNullable<typeof reading>, at, at + 9)).toBe(true);
    expect(crossesDecoded(reading as NonNullable<typeof reading>, 0, at)).toBe(false);
    expect(again(`next=${encode('/s?q=red+shoes')}`)?.text).toBe('next=/s?q=red shoes');
    // Not a third: what a `%25` left after two levels stays as it is.
    expect(again('q=%25252541bc')?.text).toBe('q=%2541bc');
    expect(again(`next=${encode('/pay?card=4111 1111')}`)).toBeUndefined();
  });

  it('leaves escapes of other bytes, a `+` before any `=`, and runs longer than MAX_DECODED_RUN alone', () => {
    expect(decodedReading('caf%C3%A9 1+1 +34')).toBeUndefined();
    expect(decodedReading(`blob=${'a%20'.repeat(MAX_DECODED_RUN)}`)).toBeUndefined();
  });
});

describe('the scanner reads escaped text decoded too', () => {
  const scanner = new PatternScanner();
  const found = (text: string): string[] =>
    scanner.scanSync(text).map((span) => `${span.type} ${text.slice(span.start, span.end)}`);

  it('finds values whose separators are escapes or a form’s `+`, spans holding the escapes', () => {
    expect(found(`GET /pay?card=${encode('4111 1111 1111 1111')}&exp=12%2F27 200`)).toEqual([
      'CREDIT_CARD 4111%201111%201111%201111',
    ]);
    expect(found('card=4111+1111+1111+1111&exp=1227')).toEqual(['CREDIT_CARD 4111+1111+1111+1111']);
    expect(found(`POST /signup phone=${encode('+1 415 555 2671')}&plan=pro`)).toEqual([
      'PHONE_NUMBER %2B1%20415%20555%202671',
    ]);
    expect(found(`GET /profile?dob=${encode('03/14/1985')}`)).toEqual(['DATE_OF_BIRTH 03%2F14%2F1985']);
    expect(found(`GET /device?mac=${encode('a5:9c:b0:47:05:4b')}`)).toEqual([
      'MAC_ADDRESS a5%3A9c%3Ab0%3A47%3A05%3A4b',
    ]);
    expect(found(`GET /wire?iban=${encode('GB82 WEST 1234 5698 7654 32')}`)).toEqual([
      'IBAN_CODE GB82%20WEST%201234%205698%207654%2032',
    ]);
    // A query string inside a redirect parameter, encoded once more.
    expect(found(`GET /login?next=${encode('/pay?card=4111 1111 1111 1111')}`)).toEqual([
      'CREDIT_CARD 4111%201111%201111%201111',
    ]);
    // The same query string encoded before it was carried: two levels (`%2520`, a form's `+` as `%2B`).
    expect(found(`GET /login?next=${encode(`/pay?card=${encode('4111 1111 1111 1111')}`)}`)).toEqual([
      'CREDIT_CARD 4111%25201111%25201111%25201111',
    ]);
    expect(found(`GET /login?next=${encode('/pay?card=4111+1111+1111+1111')}`)).toEqual([
      'CREDIT_CARD 4111%2B1111%2B1111%2B1111',
    ]);
    expect(found(`GET /login?next=${encode(`/signup?phone=${encode('+1 415 555 2671')}`)}`)).toEqual([
      'PHONE_NUMBER %252B1%2520415%2520555%25202671',
    ]);
  });

  it('keeps what one level of decoding finds where the second finds less (a `+` may be a plus sign)', () => {
    expect(found(`GET /login?next=${encode('/cb?user=ana&password=Xk9+mQ2vL7p')} 200`)).toEqual([
      'PASSWORD Xk9%2BmQ2vL7p',
    ]);
    expect(found(`POST /login body=${encode('user=ana&password=hunter2+hunter2')}`)).toEqual([
      'PASSWORD hunter2%2Bhunter2',
    ]);
    expect(found('GET /u?email=ana%2Btag%40example%2Ecom 200')).toEqual(['EMAIL_ADDRESS ana%2Btag%40example%2Ecom']);
    expect(found('aws_secret_access_key=wJalrXUtnFEMI%2FK7MDENG%2BbPxRfiCYEXAMPLEKEY')).toEqual([
      'AWS_SECRET_KEY wJalrXUtnFEMI%2FK7MDENG%2BbPxRfiCYEXAMPLEKEY',
    ]);
  });

  it("finds addresses hidden with HTML character references or JSON's \\u escapes", () => {
    expect(found('Contact: ana&#64;example.com')).toEqual(['EMAIL_ADDRESS ana&#64;example.com']);
    expect(found('Contact: ana&#x40;example&#46;com today')).toEqual(['EMAIL_ADDRESS ana&#x40;example&#46;com']);
    expect(found('write to ana&commat;example&period;com')).toEqual(['EMAIL_ADDRESS ana&commat;example&period;com']);
    expect(found('{"email": "ana\\u0040example.com"}')).toEqual(['EMAIL_ADDRESS ana\\u0040example.com']);
    expect(found('Tom &amp; Jerry, a &#64; b, {"note": "caf\\u00e9 \\u0041BC"}')).toEqual([]);
  });

  it('adds nothing where decoding changes nothing found, and keeps what the plain reading found', () => {
    expect(found('GET /search?q=c%2B%2B+tutorial 200')).toEqual([]);
    expect(found('GET /img/a%20b.png 200')).toEqual([]);
    expect(found(`GET /login?next=${encode('/search?q=red+shoes&size=9&sort=4111')}`)).toEqual([]);
    expect(found('call +1 415 555 2671, then x=1+2')).toEqual(['PHONE_NUMBER +1 415 555 2671']);
    expect(found(`GET /u?email=${encode('ana.lopez@example.com')}`)).toEqual(['EMAIL_ADDRESS ana.lopez%40example.com']);
  });
});

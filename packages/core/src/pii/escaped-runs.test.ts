import { describe, expect, it } from 'vitest';
import { crossesDecoded, decodedRuns, joinRuns, MAX_DECODED_RUN } from './escaped-runs.js';
import { PatternScanner } from './pattern-scanner.js';

const encode = encodeURIComponent;

describe('decodedRuns', () => {
  it('decodes each run of non-white-space that holds an escape, with the offsets of what it decoded', () => {
    const text = 'GET /pay?card=4111%201111 200 and /x?q=a+b plain+text';
    const runs = decodedRuns(text);
    expect(runs.map((run) => run.text)).toEqual(['/pay?card=4111 1111', '/x?q=a b']);
    const [pay] = runs;
    // `4111 1111`: the space came from `%20`, three characters of the text.
    const at = pay?.text.indexOf('4111') as number;
    expect(text.slice(pay?.offsets[at], pay?.offsets[at + 9])).toBe('4111%201111');
    expect([...(pay?.decoded ?? [])].filter((flag) => flag === 1)).toHaveLength(1);
  });

  it('reads a run whole when a mark before the decodable one decodes nothing', () => {
    expect(decodedRuns('x phone=+1&card=4111%201111').map((run) => run.text)).toEqual(['phone=+1&card=4111 1111']);
  });

  it('joins runs one per line, and counts a span only within one run that crosses a decoded character', () => {
    const text = 'GET /a?x=1%202 and /b?y=3%204';
    const reading = joinRuns(decodedRuns(text));
    expect(reading.text).toBe('/a?x=1 2\n/b?y=3 4');
    const at = (part: string): number => reading.text.indexOf(part);
    expect(crossesDecoded(reading, at('1 2'), at('1 2') + 3)).toBe(true);
    expect(crossesDecoded(reading, at('/a'), at('x='))).toBe(false);
    // Across the break between the runs: never, though both sides hold decoded characters.
    expect(crossesDecoded(reading, at('1 2'), at('3 4') + 3)).toBe(false);
    expect(text.slice(reading.offsets[at('3 4')], reading.offsets[at('3 4') + 3])).toBe('3%204');
  });

  it('leaves escapes of other bytes, a `+` before any `=`, and runs longer than MAX_DECODED_RUN alone', () => {
    expect(decodedRuns('caf%C3%A9 1+1 +34')).toEqual([]);
    expect(decodedRuns(`blob=${'a%20'.repeat(MAX_DECODED_RUN)}`)).toEqual([]);
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
    expect(found('call +1 415 555 2671, then x=1+2')).toEqual(['PHONE_NUMBER +1 415 555 2671']);
    expect(found(`GET /u?email=${encode('ana.lopez@example.com')}`)).toEqual(['EMAIL_ADDRESS ana.lopez%40example.com']);
  });
});

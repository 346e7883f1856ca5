import { describe, expect, it } from 'vitest';
import { PatternScanner } from '../pattern-scanner.js';

const scanner = new PatternScanner();

/** The spans of `text`, as [type, value]. */
function found(text: string): [string, string][] {
  return scanner.scanSync(text).map((span) => [span.type, text.slice(span.start, span.end)]);
}

describe('magnetic stripe tracks (ISO/IEC 7813)', () => {
  it("reads track 1's cardholder and both tracks' expiry, service code and discretionary data, not only the card", () => {
    const swipe =
      '%B4111111111111111^DOE/JOHN A^2512101000000000000000000000000?;4111111111111111=25121010000000000000?';
    expect(found(`card swipe raw: ${swipe}`)).toEqual([
      ['CREDIT_CARD', '4111111111111111'],
      ['PERSON', 'DOE/JOHN A'],
      ['CARD_SECURITY_CODE', '2512101000000000000000000000000'],
      ['CREDIT_CARD', '4111111111111111'],
      ['CARD_SECURITY_CODE', '25121010000000000000'],
    ]);
  });

  it('reads no track data without its end sentinel, its seven digits of expiry and service code, or its card', () => {
    expect(found('%B4111111111111111^DOE/JOHN^2512101').map(([type]) => type)).toEqual(['CREDIT_CARD', 'PERSON']);
    expect(found('x;4111111111111111=2512?')).toEqual([['CREDIT_CARD', '4111111111111111']]);
    expect(found('%B4111111111111111^^2512101?')).toEqual([['CREDIT_CARD', '4111111111111111']]);
    expect(found('ratio;12345678901234=1234567?')).toEqual([]);
    expect(found('50%B off^SALE^2025 only?')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { PatternScanner } from '../pattern-scanner.js';

const scanner = new PatternScanner();

function found(text: string): { type: string; value: string }[] {
  return scanner.scanSync(text).map((span) => ({ type: span.type, value: text.slice(span.start, span.end) }));
}

// RFC 6749 4.1.2's example code, a Google-style one (percent-encoded `4/`) and a GitHub-style one (20 hex digits).
const RFC_CODE = 'SplxlOBeZQQYbYS6WxSbIA';
const GOOGLE_CODE = '4%2F0AfJohXkP2Yb8sQeE9mN3tVzW1aR5uLcD7gH';
const GITHUB_CODE = 'a1b2c3d4e5f60718293a';

describe('OAuth authorization codes outside a scheme URL', () => {
  it('masks the code of a callback in an access log request line', () => {
    const line = `10.0.0.1 - - [23/Nov/2026:10:00:00 +0000] "GET /oauth/callback?code=${GOOGLE_CODE}&scope=email HTTP/1.1" 302 0`;
    expect(found(line)).toEqual([
      { type: 'IP_ADDRESS', value: '10.0.0.1' },
      { type: 'API_SECRET', value: GOOGLE_CODE },
    ]);
  });

  it('masks a code next to its state or issuer, in any order, on any path', () => {
    expect(found(`GET /done?state=xyz&code=${RFC_CODE} HTTP/1.1`)).toEqual([{ type: 'API_SECRET', value: RFC_CODE }]);
    expect(found(`Location: /app?code=${GITHUB_CODE}&iss=https%3A%2F%2Fid.example`)).toEqual([
      { type: 'API_SECRET', value: GITHUB_CODE },
    ]);
    expect(found(`path=/auth/cb?code=${RFC_CODE}`)).toEqual([{ type: 'API_SECRET', value: RFC_CODE }]);
    expect(found(`GET /signin-oidc?code=${RFC_CODE}`)).toEqual([{ type: 'API_SECRET', value: RFC_CODE }]);
  });

  it("reads HTML's `&amp;` between the parameters as `&`", () => {
    const code = '4/0AX4XfWh7sd8fh3k2j3h4k5';
    expect(found(`<a href="/cb?state=xyz&amp;code=${code}">Continue</a>`)).toEqual([
      { type: 'API_SECRET', value: code },
    ]);
    expect(found(`<a href="/done?code=${RFC_CODE}&amp;state=xyz">`)).toEqual([{ type: 'API_SECRET', value: RFC_CODE }]);
    const url = `https://app.example.com/cb?state=xyz&amp;code=${code}`;
    expect(found(`<a href="${url}">`)).toEqual([{ type: 'URL_CREDENTIALS', value: url }]);
    // Still no product code, nor a code after a `;` that no `&amp` opens.
    expect(found(`<a href="/shop?ref=a&amp;code=${RFC_CODE}">`)).toEqual([]);
    expect(found(`GET /callback;code=${RFC_CODE}&state=x HTTP/1.1`)).toEqual([]);
  });

  it('leaves a URL with a scheme to the URL finder, which masks it whole', () => {
    const url = `https://app.example.com/oauth/callback?code=${RFC_CODE}&state=xyz`;
    expect(found(`redirect to ${url}`)).toEqual([{ type: 'URL_CREDENTIALS', value: url }]);
  });

  it('leaves codes that are no authorization response alone', () => {
    // No state, issuer, scope or callback path: a product or discount code.
    expect(found(`GET /checkout?code=${RFC_CODE} HTTP/1.1`)).toEqual([]);
    // A word in one case is a label; a short value is no code; `code=` after a space is a status.
    expect(found('GET /callback?code=verification_required&state=x HTTP/1.1')).toEqual([]);
    expect(found('GET /callback?code=ABC123&state=x HTTP/1.1')).toEqual([]);
    expect(found(`exit code=${RFC_CODE} state=done in /callback`)).toEqual([]);
    // `promo_code` and `error_code` are other parameters.
    expect(found(`GET /callback?promo_code=${RFC_CODE}&state=x HTTP/1.1`)).toEqual([]);
  });
});

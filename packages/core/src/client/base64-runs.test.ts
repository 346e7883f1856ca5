import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { type Base64Run, base64Runs, encodeBase64Text, rewriteRun } from './base64-runs.js';

const TEXT = 'Please call me at +1 415 555 2671 tomorrow, and write to maria.garcia@example.com.';

describe('base64Runs', () => {
  it('finds base64 and base64url of text, with their alphabet and padding', () => {
    const standard = Buffer.from(`${TEXT}?>`).toString('base64');
    const url = Buffer.from(`${TEXT}?>`).toString('base64url');
    expect(standard).toMatch(/[+/]/);
    const runs = base64Runs(`a: ${standard}\nb: "${url}"`);
    expect(runs.map((run) => [run.decoded, run.format.urlSafe, run.format.padded, run.format.width])).toEqual([
      [`${TEXT}?>`, false, true, 0],
      [`${TEXT}?>`, true, false, 0],
    ]);
    expect(runs[0]?.start).toBe(3);
  });

  it('joins the lines of a run wrapped at 76 columns, not the MIME boundary after it', () => {
    const wrapped = Buffer.from(TEXT.repeat(3))
      .toString('base64')
      .replace(/.{76}(?=.)/g, '$&\r\n');
    const text = `Content-Transfer-Encoding: base64\r\n\r\n${wrapped}\r\n--boundary42--\r\n`;
    const [run, ...rest] = base64Runs(text);
    expect(rest).toEqual([]);
    expect(run?.decoded).toBe(TEXT.repeat(3));
    expect(run?.format).toEqual({ urlSafe: false, padded: true, width: 76, lineBreak: '\r\n' });
    expect(text.slice(run?.start, run?.end)).toBe(wrapped);
    expect(encodeBase64Text(TEXT.repeat(3), run?.format ?? ({} as never))).toBe(wrapped);
  });

  it('leaves binary, hashes, ids, keys, paths, JWT parts and short runs unread', () => {
    const png = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), randomBytes(64)]);
    const header = Buffer.from('{"alg":"HS256","typ":"JWT"}').toString('base64url');
    const payload = Buffer.from('{"email":"maria.garcia@example.com"}').toString('base64url');
    const samples = [
      png.toString('base64'),
      createHash('sha256').update(TEXT).digest('base64'),
      createHash('sha256').update(TEXT).digest('hex'),
      randomUUID(),
      randomBytes(30).toString('base64url'),
      `ghp_${randomBytes(27).toString('base64url')}`,
      '/usr/local/lib/node_modules/some-package/dist/index',
      `${header}.${payload}.${randomBytes(32).toString('base64url')}`,
      Buffer.from('hi maria').toString('base64'),
      `${Buffer.from(TEXT.slice(0, 20)).toString('base64')}AAAA`,
    ];
    for (const sample of samples) expect(base64Runs(`value: ${sample} end`)).toEqual([]);
  });

  it('reads a run of digits only (a card number) as the text it is', () => {
    const [run] = base64Runs(Buffer.from('4111111111111111').toString('base64'));
    expect(run?.decoded).toBe('4111111111111111');
  });
});

describe('rewriteRun', () => {
  it('writes masked text in the run format, or nothing when the run would not read back exactly', () => {
    const written = Buffer.from(TEXT).toString('base64url');
    const run = base64Runs(written)[0] as Base64Run;
    const masked = TEXT.replace('maria.garcia@example.com', '[EMAIL_ADDRESS_1]');
    const rewritten = rewriteRun(written, run, masked);
    expect(Buffer.from(rewritten ?? '', 'base64url').toString()).toBe(masked);
    expect(rewritten).toMatch(/^[A-Za-z0-9_-]+$/);
    // A run whose unused bits are set decodes to the same text, but nothing writes it back.
    expect(written.endsWith('Lg')).toBe(true);
    const loose = `${written.slice(0, -1)}h`;
    const [looseRun] = base64Runs(loose);
    expect(looseRun?.decoded).toBe(TEXT);
    expect(rewriteRun(loose, looseRun as Base64Run, masked)).toBeUndefined();
  });
});

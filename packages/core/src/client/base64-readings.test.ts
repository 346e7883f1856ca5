import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { testKey } from '../../test/helpers.js';
import type { Span } from '../scanner/span.js';
import { MemoryVault } from '../vault/memory-vault.js';
import { readBase64Documents, settleReadings } from './base64-readings.js';
import { MaskClient } from './mask-client.js';
import type { MaskClientOptions } from './mask-client-options.js';

// End to end with the real client, the built-in scanner and a memory vault: what a run of base64 holds is masked
// as if it were written out, and written back in the run's own format (see base64-readings.ts).

const silent = { warn: () => undefined };
const client = (options: MaskClientOptions = {}) =>
  new MaskClient({ key: testKey(), vault: new MemoryVault(), env: {}, logger: silent, ...options });

const PHONE = '+1 415 555 2671';
const CARD = '4111 1111 1111 1111';
const EMAIL = 'maria.garcia@example.com';
const PII = [PHONE, CARD, EMAIL];
const BODY = `Hi team,\r\n\r\nplease call me at ${PHONE} about the refund to card ${CARD}.\r\nReply to ${EMAIL}.\r\n`;
const HTML = `<div>Please call me at ${PHONE}, or write to <a href="mailto:${EMAIL}">${EMAIL}</a>.</div>`;

const base64url = (text: string) => Buffer.from(text).toString('base64url');
const fromBase64 = (data: string) => Buffer.from(data.replace(/\s/g, ''), 'base64').toString('utf8');

const expectMasked = (decoded: string, tokens: readonly string[]) => {
  for (const value of PII) expect(decoded).not.toContain(value);
  expect(tokens.length).toBeGreaterThan(0);
  expect(tokens.some((token) => decoded.includes(token))).toBe(true);
};

/** A Gmail API users.messages.get result (format=FULL): bodies in base64url without padding. */
const gmailMessage = () => ({
  id: '18c2f1a9b3d4e5f6',
  threadId: '18c2f1a9b3d4e5f6',
  labelIds: ['INBOX', 'UNREAD'],
  snippet: 'Hi team, please call me',
  payload: {
    mimeType: 'multipart/alternative',
    headers: [{ name: 'Subject', value: 'Refund' }],
    body: { size: 0 },
    parts: [
      { partId: '0', mimeType: 'text/plain', body: { size: BODY.length, data: base64url(BODY) } },
      { partId: '1', mimeType: 'text/html', body: { size: HTML.length, data: base64url(HTML) } },
    ],
  },
});

/** An RFC 822 message whose text part is base64, wrapped at 76 columns with CRLF (as MIME writes it). */
const mimeMessage = () => {
  const part = Buffer.from(`${BODY}${BODY}${BODY}`)
    .toString('base64')
    .replace(/.{76}(?=.)/g, '$&\r\n');
  return [
    'From: Maria <sender@example.org>',
    'Subject: Refund',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="b1"',
    '',
    '--b1',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: base64',
    '',
    part,
    '--b1--',
    '',
  ].join('\r\n');
};

/** The base64 part of a MIME message (the lines after the blank line that follows its headers). */
const mimePart = (message: string) =>
  (/base64\r\n\r\n([\s\S]*?)\r\n--b1--/.exec(message) as RegExpExecArray)[1] as string;

describe('base64 readings', () => {
  it('masks the bodies of a Gmail API message, keeps its shape and format, and deepDecode restores it exactly', async () => {
    const mask = client();
    const message = gmailMessage();
    const safe = await mask.deepEncode(message);
    const tokens = [...mask.issuedTokens()];
    expect(safe.id).toBe(message.id);
    expect(safe.payload.parts.map((part) => part.mimeType)).toEqual(['text/plain', 'text/html']);
    for (const part of safe.payload.parts) {
      expect(part.body.data).toMatch(/^[A-Za-z0-9_-]+$/);
      expectMasked(Buffer.from(part.body.data, 'base64url').toString('utf8'), tokens);
    }
    const plain = Buffer.from(safe.payload.parts[0]?.body.data as string, 'base64url').toString('utf8');
    // Masked as the same text would be, with the same tokens.
    expect(plain).toBe(await mask.scanAndTokenize(BODY));
    expect(await mask.deepDecode(safe)).toEqual(message);
  });

  it('masks a MIME part wrapped at 76 columns, in a raw message and in a Gmail raw (base64url of it)', async () => {
    const mask = client();
    const message = mimeMessage();
    const safe = await mask.scanAndTokenize(message);
    const tokens = [...mask.issuedTokens()];
    expect(safe).toContain('Content-Transfer-Encoding: base64\r\n\r\n');
    const part = mimePart(safe);
    for (const line of part.split('\r\n')) expect(line.length).toBeLessThanOrEqual(76);
    expect(part.split('\r\n')[0]).toHaveLength(76);
    expectMasked(fromBase64(part), tokens);
    expect(await mask.detokenizeText(safe)).toBe(message);

    // format=RAW: the message itself base64url, its part base64 inside (two readings deep).
    const raw = { id: 'r1', raw: base64url(message) };
    const safeRaw = await mask.deepEncode(raw);
    const inner = Buffer.from(safeRaw.raw, 'base64url').toString('utf8');
    for (const value of PII) expect(inner).not.toContain(value);
    expectMasked(fromBase64(mimePart(inner)), tokens);
    expect(await mask.deepDecode(safeRaw)).toEqual(raw);
  });

  it('masks a text data URI and restores it', async () => {
    const mask = client();
    const uri = `data:text/plain;base64,${Buffer.from(BODY).toString('base64')}`;
    const result = await mask.tokenizeText(`Attachment: ${uri} (1 file)`);
    const start = 'Attachment: data:text/plain;base64,'.length;
    const written = /base64,([A-Za-z0-9+/=]+) \(1 file\)$/.exec(result.text)?.[1] as string;
    expectMasked(fromBase64(written), [...mask.issuedTokens()]);
    expect(result.entities.every((entity) => entity.decodedFrom === 'base64' && entity.start === start)).toBe(true);
    expect(await mask.detokenizeText(result.text)).toBe(`Attachment: ${uri} (1 file)`);
  });

  it("masks a webhook's base64 JSON payload (a Pub/Sub push) and leaves base64 of text without values as it was", async () => {
    const mask = client();
    const payload = JSON.stringify({ emailAddress: EMAIL, historyId: 9876543, note: `call ${PHONE}` });
    const quiet = Buffer.from('The quarterly report is attached; see section four for the summary.').toString('base64');
    const push = { message: { data: Buffer.from(payload).toString('base64'), messageId: '2070443601311540' }, quiet };
    const safe = await mask.deepEncode(push);
    expect(safe.quiet).toBe(quiet);
    expect(safe.message.messageId).toBe(push.message.messageId);
    const decoded = JSON.parse(Buffer.from(safe.message.data, 'base64').toString('utf8'));
    expectMasked(JSON.stringify(decoded), [...mask.issuedTokens()]);
    expect(decoded.historyId).toBe(9876543);
    expect(await mask.deepDecode(safe)).toEqual(push);
  });

  it('puts values back into base64 the model wrote with tokens in it', async () => {
    const mask = client();
    const masked = await mask.scanAndTokenize(`Call ${PHONE} or write to ${EMAIL}.`);
    const args = await mask.deepDecode({ to: 'me', raw: base64url(`Subject: fwd\r\n\r\n${masked}`) });
    expect(Buffer.from(args.raw, 'base64url').toString('utf8')).toBe(
      `Subject: fwd\r\n\r\nCall ${PHONE} or write to ${EMAIL}.`,
    );
  });

  it('applies the decode policy and strictness to tokens inside base64', async () => {
    const mask = client();
    const masked = await mask.scanAndTokenize(`Call ${PHONE} or write to ${EMAIL}.`);
    const data = base64url(masked);
    const result = await mask.detokenize(`raw: ${data}`, { allow: ({ type }) => type !== 'EMAIL_ADDRESS' });
    expect(result.refused.map((ref) => ref.type)).toEqual(['EMAIL_ADDRESS']);
    expect(result.decoded.map((ref) => ref.type)).toEqual(['PHONE_NUMBER']);
    const decoded = Buffer.from(result.text.slice(5), 'base64url').toString('utf8');
    expect(decoded).toContain(PHONE);
    expect(decoded).not.toContain(EMAIL);
    const smuggled = base64url('Please send the file to [PERSON_987] today.');
    await expect(mask.detokenize(smuggled, { strict: true })).rejects.toMatchObject({ code: 'TOKEN_UNKNOWN' });
  });

  it('leaves binary, a hash, a JWT and an API key to the scanner, and plain text as it was', async () => {
    const mask = client();
    const png = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), randomBytes(40)]).toString(
      'base64',
    );
    const sha = createHash('sha256').update(EMAIL).digest('base64');
    const jwt = [
      base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' })),
      base64url(JSON.stringify({ sub: '1234567890', email: EMAIL, name: 'Maria Garcia' })),
      randomBytes(32).toString('base64url'),
    ].join('.');
    const key = `sk-proj-${randomBytes(36).toString('base64url')}`;
    const safe = await mask.deepEncode({ png, sha, token: jwt, apiKey: key, text: 'file: hello.png, size 40 KB' });
    expect(safe.png).toBe(png);
    expect(safe.sha).toBe(sha);
    expect(safe.token).not.toContain(jwt.split('.')[1]);
    expect(safe.apiKey).not.toContain(key.slice(8));
    expect(safe.text).toBe('file: hello.png, size 40 KB');
    expect(await mask.deepDecode(safe)).toEqual({
      png,
      sha,
      token: jwt,
      apiKey: key,
      text: 'file: hello.png, size 40 KB',
    });
  });

  it('masks a text without base64 exactly as with readBase64 off', async () => {
    const vault = new MemoryVault();
    const key = testKey();
    const text = `Order 1234567890abcdef1234 for ${EMAIL}, id 550e8400-e29b-41d4-a716-446655440000, call ${PHONE}`;
    const on = await client({ vault, key }).tokenizeText(text);
    const off = await client({ vault, key, readBase64: false }).tokenizeText(text);
    expect(on).toEqual(off);
    expect(on.text).toContain('550e8400-e29b-41d4-a716-446655440000');
  });

  it('with readBase64 off, leaves base64 to the scanner as characters', async () => {
    const mask = client({ readBase64: false });
    const data = base64url(BODY);
    expect(await mask.deepEncode({ data })).toEqual({ data });
  });

  it('masks a run whole when its masked text cannot be written back exactly, and restores it', async () => {
    const mask = client();
    // The last character's low bits are not zero: decoders ignore them, so no rewrite gives this text back.
    const exact = Buffer.from(`write to ${EMAIL} today!`).toString('base64');
    expect(exact.endsWith('==')).toBe(true);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    const last = alphabet[alphabet.indexOf(exact.at(-3) as string) + 1] as string;
    const data = `${exact.slice(0, -3)}${last}==`;
    expect(Buffer.from(data, 'base64').toString('utf8')).toContain(EMAIL);
    const result = await mask.tokenizeText(`body: ${data}`);
    expect(result.text).toMatch(/^body: \[EMAIL_ADDRESS_\w+\]$/);
    expect(result.entities).toEqual([
      expect.objectContaining({ type: 'EMAIL_ADDRESS', start: 6, end: 6 + data.length }),
    ]);
    expect(await mask.detokenizeText(result.text)).toBe(`body: ${data}`);
  });

  it('masks a run inside a Gmail raw message whole when it cannot be rewritten, and restores the raw exactly', async () => {
    const mask = client();
    const exact = Buffer.from(`Reply to ${EMAIL} by Friday.`).toString('base64');
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    const padding = exact.length - exact.replace(/=+$/, '').length;
    expect(padding).toBeGreaterThan(0);
    const at = exact.length - padding - 1;
    const loose = `${exact.slice(0, at)}${alphabet[alphabet.indexOf(exact[at] as string) + 1]}${'='.repeat(padding)}`;
    const message = `Subject: hi\r\nContent-Transfer-Encoding: base64\r\n\r\n${loose}\r\n`;
    const raw = { raw: base64url(message) };
    const result = await mask.tokenizeText(JSON.stringify(raw));
    const inner = Buffer.from(JSON.parse(result.text).raw, 'base64url').toString('utf8');
    expect(inner).toMatch(/\r\n\r\n\[EMAIL_ADDRESS_\w+\]\r\n$/);
    expect(result.entities).toContainEqual(
      expect.objectContaining({ type: 'EMAIL_ADDRESS', recognizer: 'base64-reading', decodedFrom: 'base64' }),
    );
    expect(await mask.detokenizeText(result.text)).toBe(JSON.stringify(raw));
  });

  it('writes no value in the clear to the audit log', async () => {
    const audit: string[] = [];
    const mask = client({ audit: { sink: (lines) => void audit.push(...lines) } });
    const safe = await mask.deepEncode(gmailMessage());
    await mask.deepDecode(safe);
    await mask.close();
    const logged = audit.join('\n');
    expect(logged).toContain('EMAIL_ADDRESS');
    for (const value of [...PII, base64url(BODY)]) expect(logged).not.toContain(value);
  });
});

const encoded = (text: string) => Buffer.from(text).toString('base64');
const RUN_A = encoded('Hello Maria, your parcel ships on Monday morning.');
const RUN_B = encoded('Reply to this mail to change the delivery address.');
const TEXT = `a: ${RUN_A} b: ${RUN_B} end`;
const A = { start: 3, end: 3 + RUN_A.length };
const B = { start: A.end + 4, end: A.end + 4 + RUN_B.length };
const span = (type: string, start: number, end: number): Span => ({ type, start, end, score: 0.9, recognizer: 't' });

/** Settles the readings of TEXT given the spans of its plain scan (its readings found nothing). */
const settle = (spans: Span[]) => {
  const documents = readBase64Documents([TEXT]);
  expect(documents).toHaveLength(3);
  return settleReadings(
    documents,
    documents.map((_, index) => (index === 0 ? spans : [])),
  );
};

describe('settleReadings', () => {
  it('reads runs no span touches, and drops a name guessed on base64 characters', () => {
    const { spans, read } = settle([span('EMAIL_ADDRESS', 0, 1), span('ORGANIZATION', A.start, A.end)]);
    expect(read).toEqual([true, true, true]);
    expect(spans[0]).toEqual([span('EMAIL_ADDRESS', 0, 1)]);
  });

  it("keeps a guess's characters outside a run, as parts, also between two runs", () => {
    const { spans, read } = settle([span('PERSON', 0, A.start + 5), span('LOCATION', A.end - 2, B.start + 2)]);
    expect(read).toEqual([true, true, true]);
    expect(spans[0]).toEqual([
      { ...span('PERSON', 0, A.start), part: true },
      { ...span('LOCATION', A.end, B.start), part: true },
    ]);
  });

  it('leaves a run a finding covers whole to that finding, even across two runs', () => {
    const secret = span('API_SECRET', A.start, B.end);
    const { spans, read } = settle([secret]);
    expect(read).toEqual([true, false, false]);
    expect(spans[0]).toEqual([secret]);
  });

  it('widens a finding over a part of a run to the run, as one placeholder, and reads the other run', () => {
    const { spans, read } = settle([span('PHONE_NUMBER', A.start + 4, A.start + 12)]);
    expect(read).toEqual([true, false, true]);
    expect(spans[0]).toEqual([{ ...span('PHONE_NUMBER', A.start, A.end), part: true }]);
  });
});

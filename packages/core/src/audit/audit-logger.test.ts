import { describe, expect, it } from 'vitest';
import { FixtureScanner, testKey } from '../../test/helpers.js';
import { MaskClient } from '../client/mask-client.js';
import { AuditLogger, verifyAuditChain } from './audit-logger.js';

const signingKey = new Uint8Array(32).fill(3);

describe('AuditLogger', () => {
  it('writes chained JSON lines that verify, and detects an edited, removed or reordered line', async () => {
    const lines: string[] = [];
    const audit = new AuditLogger({ sink: (batch) => void lines.push(...batch), signingKey });
    for (let index = 0; index < 5; index++) audit.record({ kind: 'encode', entities: { PERSON: index } });
    await audit.flush();
    expect(lines).toHaveLength(5);
    expect(verifyAuditChain(lines, signingKey)).toEqual({ valid: true });
    const edited = [...lines];
    edited[2] = (edited[2] as string).replace('"PERSON":2', '"PERSON":9');
    expect(verifyAuditChain(edited, signingKey)).toEqual({ valid: false, brokenAt: 2 });
    expect(verifyAuditChain([...lines.slice(0, 1), ...lines.slice(2)], signingKey).valid).toBe(false);
    expect(verifyAuditChain([lines[1] as string, lines[0] as string], signingKey).valid).toBe(false);
    expect(verifyAuditChain(lines, new Uint8Array(32)).valid).toBe(false);
  });

  it('forces a flush at the buffer bound and, while the sink fails, keeps a bounded buffer and reports drops', async () => {
    let failing = true;
    const lines: string[] = [];
    const audit = new AuditLogger({
      sink: (batch) => {
        if (failing) throw new Error('disk full');
        lines.push(...batch);
      },
      signingKey,
      maxBufferSize: 3,
    });
    for (let index = 0; index < 10; index++) audit.record({ kind: 'encode' });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(audit.pending).toBeLessThanOrEqual(4);
    failing = false;
    audit.record({ kind: 'decode' });
    await audit.flush();
    expect(lines.some((line) => /"dropped":\d+/.test(line))).toBe(true);
  });

  it('a client audits encode, decode, dedup and policy refusals without plaintext', async () => {
    const lines: string[] = [];
    const client = new MaskClient({
      key: testKey(),
      scanner: new FixtureScanner(),
      env: {},
      audit: { sink: (batch) => void lines.push(...batch) },
      logger: { warn: () => undefined },
    });
    const token = await client.encode('maria@acme.com');
    await client.encode('maria@acme.com');
    const text = await client.scanAndTokenize('Mr. Ana Ruiz 536-90-4399');
    await client.detokenize(text, { allow: (ref) => ref.type !== 'US_SSN', source: 'send_email' });
    await client.recordAuditEvent({ kind: 'error', code: 'POLICY_DENIED', source: 'adapter' });
    await client.decode(token);
    await client.close();
    const kinds = lines.map((line) => JSON.parse(line).kind);
    expect(kinds).toEqual(expect.arrayContaining(['encode', 'dedup', 'decode', 'policy_denied', 'error']));
    expect(lines.find((line) => line.includes('policy_denied'))).toContain('"source":"send_email"');
    const all = lines.join('\n');
    for (const secret of ['maria@acme.com', 'Ana Ruiz', '536-90-4399']) expect(all).not.toContain(secret);
  });
});

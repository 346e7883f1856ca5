import { describe, expect, it } from 'vitest';
import { PII, runMask } from './helpers.js';

const lines = (text: string) =>
  text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);

interface Entity {
  type: string;
  start: number;
  end: number;
  score: number;
}

describe('mask detect (JSON-lines contract)', () => {
  it('writes one line per input, in input order, with UTF-16 offsets', async () => {
    const texts = [
      `👋🏽 écrivez à ${PII.email} s'il vous plaît`,
      'nothing sensitive here',
      `card ${PII.card} and IBAN ${PII.iban}`,
    ];
    const input = texts.map((text, index) => JSON.stringify({ id: `doc-${index}`, text })).join('\n');
    const result = await runMask(['detect'], { input: `${input}\n` });
    expect(result.code).toBe(0);
    const records = lines(result.stdout);
    expect(records.map((record) => record.id)).toEqual(['doc-0', 'doc-1', 'doc-2']);
    const first = records[0]?.entities as Entity[];
    expect(first).toHaveLength(1);
    expect(first[0]?.type).toBe('EMAIL_ADDRESS');
    // Offsets count UTF-16 code units: the emoji with its modifier is 4 of them.
    expect(texts[0]?.slice(first[0]?.start, first[0]?.end)).toBe(PII.email);
    expect(records[1]?.entities).toEqual([]);
    const third = records[2]?.entities as Entity[];
    expect(third.map((entity) => entity.type).sort()).toEqual(['CREDIT_CARD', 'IBAN_CODE']);
    for (const entity of third) {
      expect(Object.keys(entity).sort()).toEqual(['end', 'score', 'start', 'type']);
      expect(entity.score).toBeGreaterThan(0);
      expect(entity.score).toBeLessThanOrEqual(1);
    }
    expect(texts[2]?.slice(third[0]?.start, third[0]?.end)).toBe(PII.card);
  });

  it('handles thousands of lines in one process and keeps their order', async () => {
    const count = 3000;
    const input = Array.from({ length: count }, (_, index) =>
      JSON.stringify({ id: String(index), text: index % 3 === 0 ? `mail u${index}@example.org now` : `row ${index}` }),
    ).join('\n');
    const result = await runMask(['detect'], { input });
    expect(result.code).toBe(0);
    const records = lines(result.stdout);
    expect(records).toHaveLength(count);
    records.forEach((record, index) => {
      expect(record.id).toBe(String(index));
      expect((record.entities as Entity[]).length).toBe(index % 3 === 0 ? 1 : 0);
    });
  });

  it('reports invalid lines with their line number, keeps going, and exits 1', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: `ssn ${PII.ssn}` }),
      `{"id": "b", "text": "${PII.email}`, // truncated: not JSON
      '',
      JSON.stringify({ id: 'c' }),
      JSON.stringify(['not', 'an', 'object']),
      JSON.stringify({ id: 'd', text: `call ${PII.phone}` }),
    ].join('\n');
    const result = await runMask(['detect'], { input });
    expect(result.code).toBe(1);
    const records = lines(result.stdout);
    expect(records).toHaveLength(5); // the blank line is not a record
    expect(records[0]).toMatchObject({ id: 'a', entities: [{ type: 'US_SSN' }] });
    expect(records[1]).toMatchObject({ id: null, line: 2, error: { code: 'INVALID_INPUT' } });
    expect(records[2]).toMatchObject({ id: 'c', line: 4, error: { code: 'INVALID_INPUT' } });
    expect(records[3]).toMatchObject({ id: null, line: 5 });
    expect(records[4]).toMatchObject({ id: 'd', entities: [{ type: 'PHONE_NUMBER' }] });
    expect(result.stderr).toContain('stdin:2: invalid JSON');
    expect(result.stderr).toContain('stdin:4:');
    // The broken line held an e-mail address: it must not be echoed anywhere.
    expect(result.stderr + result.stdout).not.toContain(PII.email);
  });

  it('filters by entity type and reads a file', async () => {
    const input = JSON.stringify({ id: 'x', text: `${PII.email} ${PII.card}` });
    const result = await runMask(['detect', '--entities', 'credit_card'], { input });
    expect(lines(result.stdout)[0]).toMatchObject({ entities: [{ type: 'CREDIT_CARD' }] });
    const missing = await runMask(['detect', 'no-such-file.jsonl']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read no-such-file.jsonl: no such file or directory');
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EntityType } from '../scanner/span.js';
import { PatternScanner } from './pattern-scanner.js';

// Values from @faker-js/faker, a generator others wrote from their own reading of each format's rules, in seven kinds
// of text: bench/detect/corpus/independent.jsonl (written by bench/detect/generate-independent.mjs, which says what
// it leaves out and why). The recognizers' own cases derive from the rules the recognizers implement; these values
// do not share that reading, so a rule Mask got wrong shows here. Beside them, faker's values that are no one's
// data (ids, hashes, ISBNs, versions, prices, timestamps, user agents, URLs, paths), which none may be reported in.

interface LabelledText {
  readonly text: string;
  readonly entities: readonly { readonly type: EntityType; readonly start: number; readonly end: number }[];
}

function read<T>(name: string): T[] {
  return readFileSync(new URL(`../../../../bench/detect/corpus/${name}`, import.meta.url), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
}

const records = read<LabelledText>('independent.jsonl');
const harmless = read<{ readonly text: string }>('independent-harmless.jsonl');

describe('values from an independent generator (@faker-js/faker)', () => {
  const scanner = new PatternScanner();

  it('are each found whole, as their type, in JSON, logs, prose, CSV, markdown, query strings and HTML', () => {
    expect(records.length).toBeGreaterThanOrEqual(1000);
    const types = new Set(records.flatMap((record) => record.entities.map((entity) => entity.type)));
    expect(types.size).toBeGreaterThanOrEqual(12);
    const missed = records.filter(({ text, entities }) => {
      const spans = scanner.scanSync(text);
      return !entities.every((entity) =>
        spans.some((span) => span.type === entity.type && span.start === entity.start && span.end === entity.end),
      );
    });
    expect(missed.map((record) => record.text)).toEqual([]);
  });

  it('and the same values with a check digit changed are not taken (cards, IBANs, routing numbers, VINs)', () => {
    const checked: EntityType[] = ['CREDIT_CARD', 'IBAN_CODE', 'ABA_ROUTING_NUMBER', 'VIN'];
    const changed: [EntityType, string][] = [];
    for (const { text, entities } of records) {
      const entity = entities[0];
      if (entity === undefined || !checked.includes(entity.type)) continue;
      const value = text.slice(entity.start, entity.end);
      // IBANs carry theirs in third and fourth place, VINs in ninth, the others last.
      const at = entity.type === 'IBAN_CODE' ? 3 : entity.type === 'VIN' ? 8 : value.length - 1;
      const digit = value[at] as string;
      const other =
        digit === 'X' ? '0' : digit === '9' ? (entity.type === 'VIN' ? 'X' : '0') : String(Number(digit) + 1);
      changed.push([entity.type, `${value.slice(0, at)}${other}${value.slice(at + 1)}`]);
    }
    expect(changed.length).toBeGreaterThan(400);
    const taken = changed.filter(([type, value]) =>
      scanner.scanSync(`Record: ${value} (see attached)`).some((span) => span.type === type),
    );
    expect(taken).toEqual([]);
  });

  it("report nothing in texts of faker's values that are no one's data", () => {
    expect(harmless.length).toBeGreaterThanOrEqual(1000);
    const flagged = harmless.filter(({ text }) => scanner.scanSync(text).length > 0).map(({ text }) => text);
    expect(flagged).toEqual([]);
  });
});

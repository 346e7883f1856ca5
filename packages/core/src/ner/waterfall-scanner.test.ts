import { describe, expect, it } from 'vitest';
import { MaskError } from '../errors/mask-error.js';
import { PatternScanner } from '../pii/pattern-scanner.js';
import type { ScanOptions } from '../scanner/scanner.js';
import type { Span } from '../scanner/span.js';
import { LocalNerEngine } from './local-ner-engine.js';
import type { NerEngine } from './ner-engine.js';
import { WaterfallScanner } from './waterfall-scanner.js';

const scanner = new WaterfallScanner({ tier0: new PatternScanner(), engines: [new LocalNerEngine()] });

function found(text: string, spans: readonly Span[]): [string, string][] {
  return spans.map((span) => [span.type, text.slice(span.start, span.end)]);
}

/** An engine that records the text it was given. */
class RecordingEngine implements NerEngine {
  readonly name = 'recording';
  seen: string[] = [];
  async detect(text: string): Promise<Span[]> {
    this.seen.push(text);
    return [];
  }
}

describe('WaterfallScanner', () => {
  it("reads a quoted-printable e-mail's names decoded and unfolded (red team: `Mar=C3=ADa Jos=C3=A9 …` leaked)", async () => {
    const mail =
      'Content-Transfer-Encoding: quoted-printable\n\nTe paso los datos: Mar=C3=ADa Jos=C3=A9 Pe=C3=B1a=\n Ib=C3=A1=C3=B1ez.';
    expect(found(mail, await scanner.scan(mail))).toEqual([
      ['PERSON', 'Mar=C3=ADa Jos=C3=A9 Pe=C3=B1a=\n Ib=C3=A1=C3=B1ez'],
    ]);
    // A vCard's folded line, unfolded: the engine reads the note's name across the fold.
    const card = 'BEGIN:VCARD\nNOTE:Called back by Maria Lo\n pez today\nEND:VCARD';
    expect(found(card, await scanner.scan(card))).toContainEqual(['PERSON', 'Maria Lo\n pez']);
  });

  it("runs no NER engine on a brand's name under a product's field (brand, make, sku), and still the pattern tier", async () => {
    // Before, `Stanley` was a person and `Toyota` a firm: a catalogue's and a fleet's records lost their brands.
    expect(found('Stanley', await scanner.scan('Stanley', { field: 'brand' }))).toEqual([]);
    expect(found('Toyota', await scanner.scan('Toyota', { field: 'vehicleMake' }))).toEqual([]);
    expect(found('Hudson & Pearl', await scanner.scan('Hudson & Pearl', { field: 'marca' }))).toEqual([]);
    const card = 'PX 4111 1111 1111 1111';
    expect(found(card, await scanner.scan(card, { field: 'sku' }))).toEqual([['CREDIT_CARD', '4111 1111 1111 1111']]);
    // A phrase or a sentence under such a key, a key that only ends in such a word, and any other field: read.
    const phrase = 'M - for Shaniqua Thompson';
    expect(found(phrase, await scanner.scan(phrase, { field: 'size' }))).toEqual([['PERSON', 'Shaniqua Thompson']]);
    expect(found('Maria Lopez', await scanner.scan('Maria Lopez', { field: 'role_model' }))).toEqual([
      ['PERSON', 'Maria Lopez'],
    ]);
    expect(found('Maria Lopez', await scanner.scan('Maria Lopez', { field: 'model' }))).toEqual([
      ['PERSON', 'Maria Lopez'],
    ]);
    expect(found('Stanley Okafor', await scanner.scan('Stanley Okafor', { field: 'owner' }))).toEqual([
      ['PERSON', 'Stanley Okafor'],
    ]);
  });

  it('reads a large text of many names without running out of stack', async () => {
    const text = 'Ana Lopez. '.repeat(220000);
    const spans = await scanner.scan(text);
    expect(spans.length).toBeGreaterThan(200000);
  });

  it('finds Tier 0 and Tier 1 entities in one pass with UTF-16 offsets', async () => {
    const text = '🙂 Dr. María López (maria.lopez@example.com) flew from Valencia to meet Acme Corp.';
    expect(found(text, await scanner.scan(text))).toEqual([
      ['PERSON', 'María López'],
      ['EMAIL_ADDRESS', 'maria.lopez@example.com'],
      ['LOCATION', 'Valencia'],
      ['ORGANIZATION', 'Acme Corp.'],
    ]);
  });

  it('excises Tier 0 finds and tokens with same-length filler before Tier 1 runs', async () => {
    const recording = new RecordingEngine();
    const waterfall = new WaterfallScanner({ tier0: new PatternScanner(), engines: [recording] });
    const text = 'Mail ana.garcia@example.com or [PERSON_1], card 9912 3456 7890 1238.';
    await waterfall.scan(text);
    const seen = recording.seen[0]!;
    expect(seen).toHaveLength(text.length);
    expect(seen).not.toContain('ana.garcia');
    expect(seen).not.toContain('PERSON_1');
    expect(seen.startsWith('Mail ')).toBe(true);
  });

  it('reads a display name before an address Tier 0 found (the address blanked, its brackets kept)', async () => {
    const text = 'From: Wanjiru Okonkwo <w.okonkwo@gmail.com>';
    expect(found(text, await scanner.scan(text))).toEqual([
      ['PERSON', 'Wanjiru Okonkwo'],
      ['EMAIL_ADDRESS', 'w.okonkwo@gmail.com'],
    ]);
  });

  it('never re-scans tokens, even when an engine flags them', async () => {
    const greedy: NerEngine = {
      name: 'greedy',
      detect: async (text) => [{ type: 'PERSON', start: 0, end: text.length, score: 1, recognizer: 'greedy' }],
    };
    const waterfall = new WaterfallScanner({ engines: [greedy] });
    expect(await waterfall.scan('Hello [PERSON_1] and [LOCATION_2]')).toEqual([]);
    const tokensOnly = await scanner.scan('[PERSON_1] met [PERSON_2] in [LOCATION_1] at [ORGANIZATION_3].');
    expect(tokensOnly).toEqual([]);
  });

  it('keeps names next to a token apart from it', async () => {
    const text = 'Maria [PERSON_1] Lopez';
    expect(found(text, await scanner.scan(text))).toEqual([
      ['PERSON', 'Maria'],
      ['PERSON', 'Lopez'],
    ]);
  });

  it('matches caller-supplied known entities and lets them win overlaps', async () => {
    const text = 'Wire it to the Northwind Opportunities Fund II, attention jose nunez.';
    const spans = await scanner.scan(text, {
      knownEntities: [
        { type: 'FUND', value: 'Northwind Opportunities Fund II' },
        { type: 'PERSON', value: 'José Núñez' },
      ],
    });
    expect(found(text, spans)).toEqual([
      ['FUND', 'Northwind Opportunities Fund II'],
      ['PERSON', 'jose nunez'],
    ]);
  });

  it('keeps the known-entity dictionary away from Tier 0 (one linear pass here)', async () => {
    const seen: unknown[] = [];
    const tier0 = {
      name: 'spy',
      scan: async (_text: string, options?: ScanOptions) => {
        seen.push(options?.knownEntities);
        return [];
      },
    };
    const waterfall = new WaterfallScanner({ tier0, engines: [] });
    const text = 'ask ACME capital';
    const spans = await waterfall.scan(text, { knownEntities: [{ type: 'ORGANIZATION', value: 'Acme Capital' }] });
    expect(found(text, spans)).toEqual([['ORGANIZATION', 'ACME capital']]);
    expect(seen).toEqual([undefined]);
  });

  it('applies entities, categories and allowList filters', async () => {
    const text = 'Maria Lopez from Valencia works at Acme Corp.';
    expect(found(text, await scanner.scan(text, { entities: ['LOCATION'] }))).toEqual([['LOCATION', 'Valencia']]);
    expect(found(text, await scanner.scan(text, { categories: ['CORPORATE'] }))).toEqual([
      ['ORGANIZATION', 'Acme Corp.'],
    ]);
    expect(found(text, await scanner.scan(text, { allowList: ['Valencia', 'Acme Corp.'] }))).toEqual([
      ['PERSON', 'Maria Lopez'],
    ]);
  });

  it('trims whitespace and punctuation from engine spans', async () => {
    const sloppy: NerEngine = {
      name: 'sloppy',
      detect: async () => [{ type: 'PERSON', start: 5, end: 18, score: 0.9, recognizer: 'sloppy' }],
    };
    const text = 'Call "Ana Sousa", now';
    expect(found(text, await new WaterfallScanner({ engines: [sloppy] }).scan(text))).toEqual([
      ['PERSON', 'Ana Sousa'],
    ]);
  });

  it('fails closed when any engine fails, without leaking the text', async () => {
    const broken: NerEngine = {
      name: 'broken',
      detect: async (text) => {
        throw new Error(`cannot parse ${text}`);
      },
    };
    const waterfall = new WaterfallScanner({ engines: [new LocalNerEngine(), broken] });
    const error = await waterfall.scan('Maria Lopez').catch((caught: unknown) => caught);
    expect(MaskError.isInstance(error)).toBe(true);
    expect((error as MaskError).code).toBe('SCAN_FAILED');
    expect((error as MaskError).message).not.toContain('Maria');
    expect((error as MaskError).cause).toBeUndefined();
  });

  it('accepts a Scanner as a Tier 1 engine and closes its children', async () => {
    let closed = 0;
    const child = {
      name: 'child',
      scan: async () => [{ type: 'PERSON', start: 0, end: 3, score: 0.9, recognizer: 'child' }],
      close: async () => {
        closed++;
      },
    };
    const waterfall = new WaterfallScanner({ engines: [child] });
    expect(found('Ana', await waterfall.scan('Ana'))).toEqual([['PERSON', 'Ana']]);
    await waterfall.close();
    expect(closed).toBe(1);
  });

  it('rejects non-string input and aborted calls', async () => {
    await expect(scanner.scan(42 as unknown as string)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(scanner.scan('Ana', { signal: AbortSignal.abort() })).rejects.toMatchObject({ code: 'SCAN_FAILED' });
  });
});

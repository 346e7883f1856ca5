import { describe, expect, it } from 'vitest';
import { testKey } from '../../../test/helpers.js';
import { MaskClient } from '../../client/mask-client.js';
import { PatternScanner } from '../pattern-scanner.js';

const scanner = new PatternScanner();
const found = (text: string): [string, string][] =>
  scanner.scanSync(text).map((span) => [span.type, text.slice(span.start, span.end)]);

describe('PERSON spelled out letter by letter', () => {
  it('reads the letters when they spell the word before them or follow a word about spelling (red team)', () => {
    expect(found("Caller: it's DeMarcus, D-E-M-A-R-C-U-S.")).toEqual([['PERSON', 'D-E-M-A-R-C-U-S']]);
    expect(found('my last name is spelled O-K-A-F-O-R')).toEqual([['PERSON', 'O-K-A-F-O-R']]);
    expect(found('mi apellido se escribe E-T-X-E-B-E-R-R-I-A')).toEqual([['PERSON', 'E-T-X-E-B-E-R-R-I-A']]);
  });

  it('leaves lists of letters, acronyms written with hyphens, three letters and words with hyphens', () => {
    expect(found('pick options A-B-C-D')).toEqual([]);
    expect(found('the T-M-I-S unit')).toEqual([]);
    expect(found('Ana, A-N-A')).toEqual([]);
    expect(found('an e-mail to a co-worker')).toEqual([]);
  });

  it('masks the spelling in a transcript and gives it back', async () => {
    const client = new MaskClient({ env: { MASK_MASTER_KEY: testKey() }, logger: { warn: () => undefined } });
    const transcript = "Agent: can you spell that? Caller: it's Okafor, O-K-A-F-O-R.";
    const encoded = (await client.deepEncode(transcript)) as string;
    expect(encoded).not.toContain('O-K-A-F-O-R');
    expect(await client.deepDecode(encoded)).toBe(transcript);
  });
});

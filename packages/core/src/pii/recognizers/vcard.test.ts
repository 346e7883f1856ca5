import { describe, expect, it } from 'vitest';
import { testKey } from '../../../test/helpers.js';
import { MaskClient } from '../../client/mask-client.js';
import { PatternScanner } from '../pattern-scanner.js';

const scanner = new PatternScanner();

/** The spans of `text` as [type, value]. */
function found(text: string): [string, string][] {
  return scanner.scanSync(text).map((span) => [span.type, text.slice(span.start, span.end)]);
}

const CARD = [
  'BEGIN:VCARD',
  'VERSION:3.0',
  'N:Gump;Forrest;;Mr.;',
  'FN:Forrest Gump',
  'item1.ADR;TYPE="HOME,pref":;;42 Plantation St.;Baytown;LA;30314;United States of America',
  'BDAY:1944-06-06',
  'NOTE:prefers mornings',
  'END:VCARD',
].join('\r\n');

describe('vCards', () => {
  it("reads N's names, FN, ADR's street, locality and postal code, and BDAY, each component its own span", () => {
    expect(found(CARD)).toEqual([
      ['PERSON', 'Gump'],
      ['PERSON', 'Forrest'],
      ['PERSON', 'Forrest Gump'],
      ['LOCATION', '42 Plantation St.'],
      ['LOCATION', 'Baytown'],
      ['LOCATION', '30314'],
      ['DATE_OF_BIRTH', '1944-06-06'],
    ]);
  });

  it('leaves prefixes, regions, countries, a birthday without its year, impossible dates and lines outside a card', () => {
    const card = 'begin:vcard\nN:;;;Dr.;PhD\nADR:;;;;CA;;Canada\nBDAY:--0606\nend:vcard\nBDAY:1944-02-30';
    expect(found(`${card}\nBEGIN:VCARD\nBDAY:19441301\nEND:VCARD\nN:Outside;Card`)).toEqual([]);
  });

  it('keeps escaped semicolons inside a component', () => {
    expect(found('BEGIN:VCARD\nADR:;;Flat 2\\; 9 Elm Row;Leith;;EH7 4AA;\nEND:VCARD')).toEqual([
      ['LOCATION', 'Flat 2\\; 9 Elm Row'],
      ['LOCATION', 'Leith'],
      ['LOCATION', 'EH7 4AA'],
    ]);
  });

  it('masks a contact export and gives the tool the card back exactly', async () => {
    const client = new MaskClient({ env: { MASK_MASTER_KEY: testKey() }, logger: { warn: () => undefined } });
    const encoded = (await client.deepEncode(CARD)) as string;
    for (const value of ['Gump', 'Forrest', 'Plantation', 'Baytown', '30314', '1944-06-06']) {
      expect(encoded).not.toContain(value);
    }
    expect(encoded).toMatch(/\r\nN:\[PERSON_\d+\];\[PERSON_\d+\];;Mr\.;\r\n/);
    expect(await client.deepDecode(encoded)).toBe(CARD);
  });
});

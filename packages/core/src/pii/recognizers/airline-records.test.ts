import { describe, expect, it } from 'vitest';
import { testKey } from '../../../test/helpers.js';
import { MaskClient } from '../../client/mask-client.js';
import { PatternScanner } from '../pattern-scanner.js';

const scanner = new PatternScanner();

/** The spans of `text`, as [type, value]. */
function found(text: string): [string, string][] {
  return scanner.scanSync(text).map((span) => [span.type, text.slice(span.start, span.end)]);
}

const BOOKING = [
  'RP/SFO1S2195/SFO1S2195            AA/SU  22NOV26/1041Z   ZX7KQ2',
  '  1.OKONKWO/WANJIRU MS  2.OKONKWO/CHIDI EMEKA MR',
  '  3  UA 123 Y 14DEC 1 SFOLAX HK2  0700 0830',
  '  8 SSR DOCS UA HK1 P/USA/548491635/USA/14MAR87/F/12JUN30/OKONKWO/WANJIRU',
].join('\n');

describe('airline bookings, travel documents and boarding passes', () => {
  it("reads a booking's name elements without their titles, and its DOCS element's document, birth date and name", () => {
    expect(found(BOOKING).filter(([type]) => type !== 'LOCATION')).toEqual([
      ['PERSON', 'OKONKWO/WANJIRU'],
      ['PERSON', 'OKONKWO/CHIDI EMEKA'],
      ['PASSPORT', '548491635'],
      ['DATE_OF_BIRTH', '14MAR87'],
      ['PERSON', 'OKONKWO/WANJIRU'],
    ]);
    expect(found('1.1OKONKWO/WANJIRU\n2.1ADEYEMI/TOBI MSTR')).toEqual([
      ['PERSON', 'OKONKWO/WANJIRU'],
      ['PERSON', 'ADEYEMI/TOBI'],
    ]);
    // A slash after the status code, as some systems write one (`HK1/P/…`): the whole element leaked.
    expect(found('SSR DOCS BA HK1/P/GBR/548271936/GBR/14MAR83/M/15AUG31/OKONKWO/CHIDI EMEKA')).toEqual([
      ['PASSPORT', '548271936'],
      ['DATE_OF_BIRTH', '14MAR83'],
      ['PERSON', 'OKONKWO/CHIDI EMEKA'],
    ]);
    // An identity card in DOCS is no passport.
    expect(found('SSR DOCS YY HK1 I/FRA/X4RTBPFW4/FRA/02FEB80/M//DUPONT/JEAN').slice(0, 1)).toEqual([
      ['ID_DOCUMENT_NUMBER', 'X4RTBPFW4'],
    ]);
  });

  it("reads a boarding pass barcode's name field (IATA BCBP)", () => {
    const pass = 'M1OKONKWO/WANJIRU     EZX7KQ2 SFOLAXUA 0123 348Y012A0042 147>5180      B1A';
    expect(found(pass)).toEqual([['PERSON', 'OKONKWO/WANJIRU']]);
  });

  it('reads no name in a slash between capitals outside these layouts', () => {
    expect(found('Supports TCP/IP and AND/OR, route SFO/LAX, pair EUR/USD.')).toEqual([]);
    expect(found('version 1.2 of TCP/IP, step 3.4TCP/IP9')).toEqual([]);
    expect(found('M1 Mac with AB/CD  E1234567 SFOLAX')).toEqual([]);
    expect(found('DOCS/README/2024/x')).toEqual([]);
  });

  it('gives the same passenger one token across the layouts, and the booking back to the tool', async () => {
    const client = new MaskClient({ env: { MASK_MASTER_KEY: testKey() }, logger: { warn: () => undefined } });
    const result = { pnr: BOOKING, boardingPass: 'M1OKONKWO/WANJIRU     EZX7KQ2 SFOLAXUA 0123 348Y012A0042 1' };
    const safe = (await client.deepEncode(result)) as typeof result;
    expect(JSON.stringify(safe)).not.toMatch(/OKONKWO|548491635|14MAR87/);
    const token = /\[PERSON_\d+\]/.exec(safe.boardingPass)?.[0] as string;
    expect(safe.pnr.split(token).length - 1).toBe(2);
    expect(await client.deepDecode(safe)).toEqual(result);
  });
});

import { describe, expect, it } from 'vitest';
import { testKey } from '../../../test/helpers.js';
import { MaskClient } from '../../client/mask-client.js';
import { PatternScanner } from '../pattern-scanner.js';

const scanner = new PatternScanner();

/** The spans of `text`, as [type, value]. */
function found(text: string): [string, string][] {
  return scanner.scanSync(text).map((span) => [span.type, text.slice(span.start, span.end)]);
}

// A licence's barcode data as a scanner decodes it (AAMVA 2016 layout: the header, the DL subfile, one element a line).
const LICENCE = [
  '@',
  '\u001e\rANSI 636014080002DL00410278ZC03190008DLDAQD1234562',
  'DCSMARTINEZ',
  'DACSOFIA',
  'DADELENA',
  'DBD08152020',
  'DBB03141987',
  'DBA03142028',
  'DBC2',
  'DAYBRO',
  'DAU064 in',
  'DAG1234 ELM STREET',
  'DAISACRAMENTO',
  'DAJCA',
  'DAK958230000',
  'DCF00/00/0000NNNAN/ANFD/YY',
  'DCGUSA',
].join('\n');

describe("driver's licence barcode data (AAMVA DL/ID)", () => {
  it('reads the names, licence number, birth date, address and discriminator by their element ids', () => {
    expect(found(LICENCE)).toEqual([
      ['US_DRIVER_LICENSE', 'D1234562'],
      ['PERSON', 'MARTINEZ'],
      ['PERSON', 'SOFIA'],
      ['PERSON', 'ELENA'],
      ['DATE_OF_BIRTH', '03141987'],
      ['LOCATION', '1234 ELM STREET'],
      ['LOCATION', 'SACRAMENTO'],
      ['LOCATION', '958230000'],
      ['ID_DOCUMENT_NUMBER', '00/00/0000NNNAN/ANFD/YY'],
    ]);
  });

  it('reads a Canadian birth date (CCYYMMDD) and no impossible one; nothing in a text with fewer than three elements', () => {
    expect(found('DAQ123456789\nDCSROE\nDBB19870314')).toEqual([
      ['US_DRIVER_LICENSE', '123456789'],
      ['PERSON', 'ROE'],
      ['DATE_OF_BIRTH', '19870314'],
    ]);
    expect(found('DAQ123456789\nDCSROE\nDBB13401987').map(([type]) => type)).not.toContain('DATE_OF_BIRTH');
    expect(found('DCSMARTINEZ\nDAC')).toEqual([]);
    expect(found('status DCS ok\nDAQ queue drained\nDAC loaded')).toEqual([]);
  });

  it('keeps the holder from the model and gives the data back to the tool', async () => {
    const client = new MaskClient({ env: { MASK_MASTER_KEY: testKey() }, logger: { warn: () => undefined } });
    const result = { barcode: LICENCE };
    const safe = JSON.stringify(await client.deepEncode(result));
    for (const value of ['MARTINEZ', 'SOFIA', 'D1234562', '03141987', 'ELM STREET', 'SACRAMENTO']) {
      expect(safe).not.toContain(value);
    }
    expect(await client.deepDecode(JSON.parse(safe))).toEqual(result);
  });
});

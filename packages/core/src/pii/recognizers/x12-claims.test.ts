import { describe, expect, it } from 'vitest';
import { testKey } from '../../../test/helpers.js';
import { MaskClient } from '../../client/mask-client.js';
import { PatternScanner } from '../pattern-scanner.js';

const scanner = new PatternScanner();

/** The spans of `text`, as [type, value]. */
function found(text: string): [string, string][] {
  return scanner.scanSync(text).map((span) => [span.type, text.slice(span.start, span.end)]);
}

// An 837P claim's subscriber and patient loops, a billing provider and a rendering provider, as the implementation
// guide writes them (`*` between elements, `~` after each segment).
const CLAIM = [
  'ST*837*0001*005010X222A1',
  'NM1*85*2*SUNRISE MEDICAL GROUP*****XX*1234567893',
  'N3*500 HOSPITAL WAY',
  'N4*CHICAGO*IL*60601',
  'NM1*IL*1*OKONKWO*WANJIRU*A***MI*XYZ123456789',
  'N3*742 EVERGREEN TER*APT 2',
  'N4*SPRINGFIELD*IL*62704',
  'DMG*D8*19700314*F',
  'REF*SY*536221187',
  'NM1*QC*1*OKONKWO*TADEUSZ****MI*ABC987654321',
  'DMG*D8*20120230*M',
  'NM1*82*1*SMITH*ROBERT****XX*1234567893',
  'SE*12*0001',
].join('~');

describe('X12 health care transactions (837, 835, 270/271)', () => {
  it("reads the subscriber's and the patient's names, ids, address and birth date by their elements", () => {
    expect(found(CLAIM)).toEqual([
      ['PERSON', 'OKONKWO'],
      ['PERSON', 'WANJIRU'],
      ['PERSON', 'A'],
      ['HEALTH_PLAN_ID', 'XYZ123456789'],
      ['LOCATION', '742 EVERGREEN TER'],
      ['LOCATION', 'APT 2'],
      ['LOCATION', 'SPRINGFIELD'],
      ['LOCATION', '62704'],
      ['DATE_OF_BIRTH', '19700314'],
      ['US_SSN', '536221187'],
      ['PERSON', 'OKONKWO'],
      ['PERSON', 'TADEUSZ'],
      ['HEALTH_PLAN_ID', 'ABC987654321'],
    ]);
  });

  it("leaves providers, payers, the state, dates that do not exist and other segments' elements", () => {
    const spans = found(CLAIM).map(([, value]) => value);
    for (const value of ['SUNRISE MEDICAL GROUP', '500 HOSPITAL WAY', 'CHICAGO', '60601', 'SMITH', 'ROBERT', 'IL']) {
      expect(spans, value).not.toContain(value);
    }
    expect(spans).not.toContain('20120230');
    // An organisation as subscriber (NM102 = 2), and segments without a person's loop before them.
    expect(found('NM1*IL*2*ACME HOLDINGS*****MI*XYZ123456789~N3*1 MAIN ST~')).toEqual([]);
    expect(found('N3*123 MAIN ST~N4*SPRINGFIELD*IL*62701~DMG*D8*19700101*M~')).toEqual([]);
  });

  it('masks a claim and gives the tool it back, line breaks between segments too', async () => {
    const client = new MaskClient({ env: { MASK_MASTER_KEY: testKey() }, logger: { warn: () => undefined } });
    const claim = CLAIM.replaceAll('~', '~\n');
    const encoded = (await client.deepEncode(claim)) as string;
    for (const value of ['OKONKWO', 'WANJIRU', 'XYZ123456789', '742 EVERGREEN TER', '19700314', '536221187']) {
      expect(encoded).not.toContain(value);
    }
    expect(encoded).toContain('N4*[LOCATION_');
    expect(encoded).toContain('*IL*');
    expect(await client.deepDecode(encoded)).toBe(claim);
  });
});

import { describe, expect, it } from 'vitest';
import { testKey } from '../../../test/helpers.js';
import { MaskClient } from '../../client/mask-client.js';
import { PatternScanner } from '../pattern-scanner.js';

const scanner = new PatternScanner();

/** The PERSON and LOCATION spans of `text`, as [type, value]. */
function found(text: string): [string, string][] {
  return scanner
    .scanSync(text)
    .filter((span) => span.type === 'PERSON' || span.type === 'LOCATION')
    .map((span) => [span.type, text.slice(span.start, span.end)]);
}

const MSH = 'MSH|^~\\&|ADT1|GOOD HEALTH HOSPITAL|GHH LAB|GHH|20240314083000||ADT^A01|MSG00001|P|2.5';
const MESSAGE = `${MSH}\rPID|1||12345^^^MRN||OKONKWO^WANJIRU^A||19610412|F|||742 EVERGREEN TER^^SPRINGFIELD^IL^62704||(217)555-2671\rNK1|1|OKONKWO^TADEUSZ|SPO`;
const MESSAGE_SPANS: [string, string][] = [
  ['PERSON', 'OKONKWO'],
  ['PERSON', 'WANJIRU'],
  ['PERSON', 'A'],
  ['LOCATION', '742 EVERGREEN TER'],
  ['LOCATION', 'SPRINGFIELD'],
  ['LOCATION', '62704'],
  ['PERSON', 'OKONKWO'],
  ['PERSON', 'TADEUSZ'],
];

describe('PERSON and LOCATION in HL7 v2 fields (hl7-name, hl7-address)', () => {
  it("reads the patient's and the next of kin's names and the patient's street, city and ZIP, each component", () => {
    expect(found(MESSAGE)).toEqual(MESSAGE_SPANS);
    expect(found(MESSAGE.replaceAll('\r', '\n'))).toEqual(MESSAGE_SPANS);
    expect(found(MESSAGE.replaceAll('\r', '\r\n'))).toEqual(MESSAGE_SPANS);
  });

  it('reads the same message in a JSON string, segments split by an escaped \\r', () => {
    expect(found(JSON.stringify({ hl7: MESSAGE }))).toEqual(MESSAGE_SPANS);
    expect(found(`{"log":"received","hl7":${JSON.stringify(MESSAGE)}}`)).toEqual(MESSAGE_SPANS);
    // In JSON an escape's backslashes are doubled (`O\\T\\NEIL`) and stay inside the span.
    const escaped = JSON.stringify({ hl7: `${MSH}\rPID|1||1||O\\T\\NEIL^MARY` });
    expect(found(escaped)).toEqual([
      ['PERSON', 'O\\\\T\\\\NEIL'],
      ['PERSON', 'MARY'],
    ]);
    // A message quoted in prose ends at its closing quote, not at HL7's null (`""`) inside it.
    expect(found(`raw: "PID|1||1||DOE^""^ANN|""|||||1 A ST^^X^MA^01001"`)).toEqual([
      ['PERSON', 'DOE'],
      ['PERSON', 'ANN'],
      ['LOCATION', '1 A ST'],
      ['LOCATION', 'X'],
      ['LOCATION', '01001'],
    ]);
  });

  it('reads every XPN and XAD field named: mother, alias, guarantor, insured, their addresses, the county', () => {
    const pid =
      'PID|1||12345^^^MRN||DOE^JANE|SMITH^MARY|19850314|F|DOE^JAY||1 MAIN ST^APT 4B^BOSTON^MA^02118^USA^H^^SUFFOLK';
    expect(found(`${MSH}\r${pid}`)).toEqual([
      ['PERSON', 'DOE'],
      ['PERSON', 'JANE'],
      ['PERSON', 'SMITH'],
      ['PERSON', 'MARY'],
      ['PERSON', 'DOE'],
      ['PERSON', 'JAY'],
      ['LOCATION', '1 MAIN ST'],
      ['LOCATION', 'APT 4B'],
      ['LOCATION', 'BOSTON'],
      ['LOCATION', '02118'],
      ['LOCATION', 'SUFFOLK'],
    ]);
    expect(found(`${MSH}\rNK1|1|ROE^ANN^B|MTH|9 ELM RD^^SALEM^OR^97301`)).toEqual([
      ['PERSON', 'ROE'],
      ['PERSON', 'ANN'],
      ['PERSON', 'B'],
      ['LOCATION', '9 ELM RD'],
      ['LOCATION', 'SALEM'],
      ['LOCATION', '97301'],
    ]);
    expect(found(`${MSH}\rGT1|1|G-1|PAYNE^PAUL||5 OAK AVE^^AUSTIN^TX^73301`)).toEqual([
      ['PERSON', 'PAYNE'],
      ['PERSON', 'PAUL'],
      ['LOCATION', '5 OAK AVE'],
      ['LOCATION', 'AUSTIN'],
      ['LOCATION', '73301'],
    ]);
    // GT1-16 and GT1-17: the guarantor's employer, a name and an address Safe Harbor removes too.
    const gt1 = `GT1|1|G-1|PAYNE^PAUL${'|'.repeat(13)}MORALES^ROSA|12 ELM ST^^WACO^TX^76701`;
    expect(found(`${MSH}\r${gt1}`)).toEqual([
      ['PERSON', 'PAYNE'],
      ['PERSON', 'PAUL'],
      ['PERSON', 'MORALES'],
      ['PERSON', 'ROSA'],
      ['LOCATION', '12 ELM ST'],
      ['LOCATION', 'WACO'],
      ['LOCATION', '76701'],
    ]);
    const in1 = `IN1|1|PLAN1|INS01|ACME INSURANCE|100 BROAD ST^^HARTFORD^CT^06103${'|'.repeat(11)}LEE^SAM|SEL|19700101|7 PINE CT^^DOVER^DE^19901`;
    expect(found(`${MSH}\r${in1}`)).toEqual([
      ['PERSON', 'LEE'],
      ['PERSON', 'SAM'],
      ['LOCATION', '7 PINE CT'],
      ['LOCATION', 'DOVER'],
      ['LOCATION', '19901'],
    ]);
  });

  it('leaves the suffix, prefix, degree and type codes, the state and the country, and the doctors (PV1)', () => {
    expect(found(`${MSH}\rPID|1||12345||DOE^JOHN^Q^JR^DR^MD^L||||||1 MAIN ST^^BOSTON^MA^02118^USA^H`)).toEqual([
      ['PERSON', 'DOE'],
      ['PERSON', 'JOHN'],
      ['PERSON', 'Q'],
      ['LOCATION', '1 MAIN ST'],
      ['LOCATION', 'BOSTON'],
      ['LOCATION', '02118'],
    ]);
    expect(found(`${MSH}\rPV1|1|I|2000^2012^01||||004777^LEBAUER^SIDNEY^J.|||SUR`)).toEqual([]);
  });

  it('keeps escape sequences inside a component, skips empty ones and nulls, reads every repetition', () => {
    expect(found(`${MSH}\rPID|1||1||O\\T\\NEIL^MARY\\S\\ANN^^||||||12\\F\\14 ELM ST^^^^""`)).toEqual([
      ['PERSON', 'O\\T\\NEIL'],
      ['PERSON', 'MARY\\S\\ANN'],
      ['LOCATION', '12\\F\\14 ELM ST'],
    ]);
    expect(found(`${MSH}\rPID|1||1||^^||||||^^^^`)).toEqual([]);
    expect(found(`${MSH}\rPID|1||1||""||||||""`)).toEqual([]);
    expect(found(`${MSH}\rPID|1||1||DOE^JANE~SMITH^JANE^^^^^M||||||1 A ST^^X^MA^01001~PO BOX 9^^Y^MA^01002`)).toEqual([
      ['PERSON', 'DOE'],
      ['PERSON', 'JANE'],
      ['PERSON', 'SMITH'],
      ['PERSON', 'JANE'],
      ['LOCATION', '1 A ST'],
      ['LOCATION', 'X'],
      ['LOCATION', '01001'],
      ['LOCATION', 'PO BOX 9'],
      ['LOCATION', 'Y'],
      ['LOCATION', '01002'],
    ]);
    // A segment cut short ends the walk: the text's end closes the last component.
    expect(found(`${MSH}\rPID|1||1||DOE^JA`)).toEqual([
      ['PERSON', 'DOE'],
      ['PERSON', 'JA'],
    ]);
  });

  it('reads no other field: sex, race codes, facility names, observation values', () => {
    expect(found(`${MSH}\rPID|1||1||||19610412|F^FEMALE^HL70001||2106-3^WHITE^CDCREC`)).toEqual([]);
    expect(found(MSH)).toEqual([]);
    expect(found(`${MSH}\rOBX|1|XPN|NAME^Name||KAPOOR^RAVI||||||F`)).toEqual([]);
    // Field 5 of another segment is none of these.
    expect(found(`${MSH}\rEVN|A01|20240314||||OKONKWO^WANJIRU`)).toEqual([]);
  });

  it('reads no pipe table or segment id inside a field', () => {
    // A `ps` listing piped into columns: its header's field 1 is a word, not a Set ID.
    expect(
      found('PID|USER|%CPU|%MEM|VSZ|RSS|TTY|STAT|START|TIME|COMMAND\n1234|root|0.0|0.1|1000|200|?|S|09:00|0:00|init'),
    ).toEqual([]);
    expect(found('The PID|USER|CMD columns of ps')).toEqual([]);
    // A segment id inside a field (a note quoting a message) opens no segment.
    expect(found(`${MSH}\rNTE|1||copied from PID|1||1||DOE^JOHN`)).toEqual([]);
    expect(found(`${MSH}\rOBX|1|ST|X||raw=PID|1||1||DOE^JOHN`)).toEqual([]);
    // Capitals glued to the id (XPID|) open none either.
    expect(found(`${MSH}\rZPID|1||1||DOE^JOHN`)).toEqual([]);
  });
});

describe('HL7 v2 names and addresses through MaskClient', () => {
  for (const type of ['rules_only', 'default'] as const) {
    it(`masks them and restores the message exactly (${type})`, async () => {
      const env: Record<string, string> = { MASK_MASTER_KEY: testKey() };
      if (type === 'rules_only') env.MASK_SCANNER_TYPE = 'rules_only';
      const client = new MaskClient({ env, logger: { warn: () => undefined } });
      const encoded = (await client.deepEncode(MESSAGE)) as string;
      for (const value of ['OKONKWO', 'WANJIRU', 'TADEUSZ', '742 EVERGREEN TER', 'SPRINGFIELD', '62704']) {
        expect(encoded).not.toContain(value);
      }
      expect(encoded).toMatch(/\|\[PERSON_\d+\]\^\[PERSON_\d+\]\^\[PERSON_\d+\]\|/);
      expect(encoded).toContain('^IL^');
      expect(await client.deepDecode(encoded)).toBe(MESSAGE);
      const json = JSON.stringify({ hl7: MESSAGE });
      const encodedJson = (await client.deepEncode(json)) as string;
      expect(encodedJson).not.toContain('WANJIRU');
      expect(await client.deepDecode(encodedJson)).toBe(json);
    });
  }
});

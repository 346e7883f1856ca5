import { describe, expect, it } from 'vitest';
import { testKey } from '../../../test/helpers.js';
import { MaskClient } from '../../client/mask-client.js';
import { PatternScanner } from '../pattern-scanner.js';

const scanner = new PatternScanner();

/** The PERSON spans of `text`, as their values. */
function people(text: string): string[] {
  return scanner
    .scanSync(text)
    .filter((span) => span.type === 'PERSON')
    .map((span) => text.slice(span.start, span.end));
}

describe('names written family name first after a person label', () => {
  it('reads Family, Given after patient, member, insured and like labels, in any case, English and Spanish', () => {
    expect(people('Patient: Nakamura, Hiro   Sex: M   Age: 40 Y')).toEqual(['Nakamura, Hiro']);
    expect(people('Member: ALVAREZ, JUAN C  Member ID: W9876543210')).toEqual(['ALVAREZ, JUAN C']);
    expect(people('PATIENT: DOE, JANE A.')).toEqual(['DOE, JANE A.']);
    expect(people("Insured: O'Neil, Mary-Kate")).toEqual(["O'Neil, Mary-Kate"]);
    expect(people('paciente: García López, María')).toEqual(['García López, María']);
    expect(people('Patient: Li, Wei')).toEqual(['Li, Wei']);
  });

  it("reads a name before the next field's label as the name alone, not Family, Given", () => {
    expect(people('Pt: Zephyrine Kowalczyk-Abara, DOB 04/17/1952, MRN 00482913.')).toEqual([
      'Zephyrine Kowalczyk-Abara',
    ]);
    expect(people('Patient: Dolores Whitcombe, MRN 00482913')).toEqual(['Dolores Whitcombe']);
    expect(people('PATIENT: DOE, JANE A.')).toEqual(['DOE, JANE A.']);
  });

  it('leaves clinical words, companies, places and names without their label', () => {
    expect(people('Patient: stable, afebrile')).toEqual([]);
    expect(people('Member: Acme, Inc')).toEqual([]);
    expect(people('Patient: Portland, OR 97214')).toEqual([]);
    expect(people('Ordered: Nakamura, Hiro')).toEqual([]);
    expect(people('Patient Portal: Settings, Help')).toEqual([]);
  });

  it('masks a lab report header and gives the tool it back', async () => {
    const client = new MaskClient({ env: { MASK_MASTER_KEY: testKey() }, logger: { warn: () => undefined } });
    const report = 'Patient: Nakamura, Hiro   Sex: M\nMember: ALVAREZ, JUAN C';
    const encoded = (await client.deepEncode(report)) as string;
    for (const value of ['Nakamura', 'Hiro', 'ALVAREZ', 'JUAN']) expect(encoded).not.toContain(value);
    expect(await client.deepDecode(encoded)).toBe(report);
  });
});

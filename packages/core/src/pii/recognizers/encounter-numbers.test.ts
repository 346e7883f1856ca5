import { describe, expect, it } from 'vitest';
import { PatternScanner } from '../pattern-scanner.js';

const scanner = new PatternScanner();

/** The encounter numbers found in `text` (MEDICAL_RECORD_NUMBER spans of the encounter-number recognizer). */
function encounters(text: string): string[] {
  return scanner
    .scanSync(text)
    .filter((span) => span.recognizer === 'encounter-number')
    .map((span) => text.slice(span.start, span.end));
}

describe('MEDICAL_RECORD_NUMBER: encounter numbers', () => {
  it("reads Epic's CSN beside a clinical word, and encounter numbers after their label", () => {
    expect(encounters('Patient: Hernandez, Luis A.   MRN: 10448271   CSN: 2024118873')).toEqual(['2024118873']);
    expect(encounters('Encounter CSN 2024118873 closed')).toEqual(['2024118873']);
    expect(encounters('Discharge summary, CSN #: 2024118873')).toEqual(['2024118873']);
    expect(encounters('{"patient": "on file", "csn_id": "2024118873"}')).toEqual(['2024118873']);
    expect(encounters('contact serial number: 2024118873')).toEqual(['2024118873']);
    expect(encounters('Patient seen. Encounter #: 20241188')).toEqual(['20241188']);
    expect(encounters('encounter_id=987654321 admit_date=2026-01-02')).toEqual(['987654321']);
    expect(
      scanner.scanSync('MRN: 10448271 CSN: 2024118873').map((span) => [span.type, span.recognizer]),
    ).toContainEqual(['MEDICAL_RECORD_NUMBER', 'encounter-number']);
  });

  it('leaves CSN in other senses, short or lettered values and repeated digits alone', () => {
    expect(encounters('CSN: see the notes')).toEqual([]);
    // No clinical word: a card serial number, a change sequence number.
    expect(encounters('CSN: 2024118873')).toEqual([]);
    expect(encounters('replica csn=2024118873 applied')).toEqual([]);
    expect(encounters('patient seen, CSN: A2024118873')).toEqual([]);
    expect(encounters('patient seen, CSN: 12345')).toEqual([]);
    expect(encounters('patient seen, CSN: 2024118873.5')).toEqual([]);
    expect(encounters('patient seen, CSN: 1111111111')).toEqual([]);
    // A game's boss encounter (review: a game's `encounter_id` was read).
    expect(encounters('encounterId: 2902 (Raszageth)')).toEqual([]);
    expect(encounters('{"encounter_id": "123456", "boss": "Raszageth", "difficulty": "mythic"}')).toEqual([]);
    expect(encounters('a random encounter 12345678')).toEqual([]);
    expect(encounters('token ghp_ZxxXzCusyt3gUc99CSNafK0WWymvfLWrnPmi patient')).toEqual([]);
  });
});

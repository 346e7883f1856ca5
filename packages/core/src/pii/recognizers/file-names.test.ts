import { describe, expect, it } from 'vitest';
import { PatternScanner } from '../pattern-scanner.js';

const scanner = new PatternScanner();
const persons = (text: string): string[] =>
  scanner
    .scanSync(text)
    .filter((span) => span.type === 'PERSON')
    .map((span) => text.slice(span.start, span.end));

describe('PERSON in a document file name', () => {
  it('reads a known given name and a family name apart by `_`, a space or ` - ` before an extension (red team)', () => {
    // Before: the NER engine leaves words glued to `_` or an extension alone, and each name reached the model.
    expect(persons('Attached: Medical_Records_Shaniqua_Thompson_2025.pdf')).toEqual(['Shaniqua_Thompson']);
    expect(persons('passport scan - Olumide Balogun.jpg')).toEqual(['Olumide Balogun']);
    expect(persons('Tamika_Jefferson-Hayes_Resume_2026.pdf')).toEqual(['Tamika_Jefferson-Hayes']);
    expect(persons('/uploads/kyc/Ngozi.Okafor.PNG')).toEqual(['Ngozi.Okafor']);
  });

  it('leaves file names of things: ordinary words, places, firms, no extension, a name in capitals', () => {
    expect(persons('Quarterly_Report_Final_v2.pdf')).toEqual([]);
    expect(persons('Grace_Period_Policy.docx')).toEqual([]);
    expect(persons('New_York_Office_Plan.pdf')).toEqual([]);
    expect(persons('Jordan_Brand_Catalog.pdf')).toEqual([]);
    expect(persons('Madison_Crossbody_Bag.pdf')).toEqual([]);
    expect(persons('Medical_Records_Shaniqua_Thompson_2025')).toEqual([]);
    expect(persons('README_JOHN_SMITH.txt')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { PatternScanner } from './pattern-scanner.js';
import { defineRecognizer, type Recognizer } from './recognizer.js';
import { builtinRecognizers } from './registry.js';

// A cheap recognizer whose spans cover candidates of a dear one (as an SSN or NHS number covers a phone candidate).
const cover = defineRecognizer({
  name: 'cover',
  entity: 'COVER',
  category: 'CORPORATE',
  patterns: [{ regex: /\bCOV-\d{3}-\d{4}\b/g, score: 0.9 }],
});

/** A dear recognizer (validatesLast or not) and the values its validator was asked about. */
function dear(validatesLast: boolean): { recognizer: Recognizer; asked: string[] } {
  const asked: string[] = [];
  const recognizer = defineRecognizer({
    name: 'dear',
    entity: 'DEAR',
    category: 'CORPORATE',
    patterns: [
      { regex: /\b\d{3}-\d{4}\b/g, score: 0.6 },
      // `12 34 56 78 90`: the longest cut the validator accepts (at most 8 characters).
      { regex: /\b\d{2}(?: \d{2}){2,6}\b/g, score: 0.6, regroup: { separators: ' ' } },
    ],
    validate: (value) => {
      asked.push(value);
      return value.length <= 8;
    },
    context: { en: ['dial'] },
    validatesLast,
  });
  return { recognizer, asked };
}

function scan(validatesLast: boolean, text: string) {
  const { recognizer, asked } = dear(validatesLast);
  const spans = new PatternScanner({ builtins: false, recognizers: [recognizer, cover] }).scanSync(text);
  return { spans, asked };
}

describe('recognizers that validate last', () => {
  const texts = [
    'COV-123-4567 and 555-1234',
    'dial COV-123-4567 now',
    'ref 12 34 56 78 90, COV-555-1234 then 987-6543',
    'COV-123-4567-8901',
    '',
  ];

  it('find what they find when they validate in place', () => {
    for (const text of texts) expect(scan(true, text).spans, text).toEqual(scan(false, text).spans);
  });

  it('are not asked about a candidate that a better span found covers', () => {
    // `123-4567` sits inside COV-123-4567 (0.9), and can score 0.6 at best: never validated.
    expect(scan(true, 'COV-123-4567 and 555-1234').asked).toEqual(['555-1234']);
    expect(scan(false, 'COV-123-4567 and 555-1234').asked).toEqual(['123-4567', '555-1234']);
    // With `dial` near, it could score 0.95 and win: validated.
    expect(scan(true, 'dial COV-123-4567 now').asked).toEqual(['123-4567']);
    expect(scan(true, 'dial COV-123-4567 now').spans.map((span) => span.type)).toEqual(['COVER', 'DEAR']);
  });

  it('are asked when the covering span only ties at their best score and is not longer', () => {
    // A cover of the same length and score as the candidate's best (0.95 with `dial` near): not outranked.
    const same = defineRecognizer({
      name: 'same',
      entity: 'SAME',
      category: 'CORPORATE',
      patterns: [{ regex: /\b\d{3}-\d{4}\b/g, score: 0.95 }],
    });
    const { recognizer, asked } = dear(true);
    const spans = new PatternScanner({ builtins: false, recognizers: [recognizer, same] }).scanSync('dial 555-1234');
    expect(asked).toEqual(['555-1234']);
    // The tie goes to the type name (DEAR before SAME), as without deferral.
    expect(spans.map((span) => span.type)).toEqual(['DEAR']);
  });

  it('read a number from their validator as a pass at the pattern score', () => {
    const scored = defineRecognizer({ ...dear(true).recognizer, validate: () => 0.99 });
    expect(new PatternScanner({ builtins: false, recognizers: [scored] }).scanSync('call 555-1234')).toEqual([
      { type: 'DEAR', start: 5, end: 13, score: 0.6, recognizer: 'dear' },
    ]);
  });

  it('leave the built-in phone recognizer finding what it found validating in place, SSNs, NHS numbers and IBANs around', () => {
    const inPlace = builtinRecognizers().map((recognizer) =>
      recognizer.name === 'phone' ? { ...recognizer, validatesLast: false } : recognizer,
    );
    const deferring = new PatternScanner();
    const notDeferring = new PatternScanner({ builtins: false, recognizers: inPlace });
    const texts = [
      'SSN 536-22-1234, tel 415-555-2671',
      'NHS number 943 476 5919, call (212) 736-5000',
      'IBAN DE89 3704 0044 0532 0130 00 phone +49 30 29071048',
      '+1 415 555 2671 4111 1111 1111 1111',
      'ssn: 917-88-1335\nphone: 917 881 3350\nnhs: 401 023 2137',
      'tel. 030 12345678, móvil 612 345 678, fax +33 1 42 68 53 00',
    ];
    for (const text of texts) expect(deferring.scanSync(text), text).toEqual(notDeferring.scanSync(text));
  });

  it('regroup a held-back match as before: the longest accepted cut, asked in order', () => {
    const { spans, asked } = scan(true, 'ref 12 34 56 78 90');
    expect(asked).toEqual(['12 34 56 78 90', '12 34 56 78', '12 34 56']);
    expect(spans).toEqual([{ type: 'DEAR', start: 4, end: 12, score: 0.6, recognizer: 'dear' }]);
  });
});

import { describe, expect, it } from 'vitest';
import { PatternScanner } from '../pattern-scanner.js';

const scanner = new PatternScanner();

/** The identifier spans of `text` (no names, places, dates or phones), as [type, value]. */
function ids(text: string): [string, string][] {
  return scanner
    .scanSync(text)
    .filter((span) => ['MEDICAL_RECORD_NUMBER', 'US_DRIVER_LICENSE', 'US_SSN'].includes(span.type))
    .map((span) => [span.type, text.slice(span.start, span.end)]);
}

describe("an HL7 v2 patient's account number and driver's licence", () => {
  it('reads the account number (PID-18) and the licence number (PID-20) by their places, not the state or expiry', () => {
    const pid =
      'PID|1||4471829^^^HOSP^MR||DOE^JOHN||19870314|F|||742 EVERGREEN TER^^SPRINGFIELD^OR^97403||(415)555-2671' +
      '|||||4471829311|536-22-8811|D1234562^CA^20280314|';
    expect(ids(pid)).toEqual([
      ['MEDICAL_RECORD_NUMBER', '4471829'],
      ['MEDICAL_RECORD_NUMBER', '4471829311'],
      ['US_SSN', '536-22-8811'],
      ['US_DRIVER_LICENSE', 'D1234562'],
    ]);
  });

  it('reads no licence in another field, another segment or a value with no digit', () => {
    expect(ids('PID|1||||||||||||||||||||D1234562^CA|').map(([type]) => type)).not.toContain('US_DRIVER_LICENSE');
    expect(ids('NK1|1|||||||||||||||||||D1234562^CA|').map(([type]) => type)).not.toContain('US_DRIVER_LICENSE');
    expect(ids('PID|1|||||||||||||||||||UNKNOWN^CA|').map(([type]) => type)).not.toContain('US_DRIVER_LICENSE');
  });
});

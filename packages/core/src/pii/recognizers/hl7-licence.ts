import type { Candidate, Recognizer } from '../recognizer.js';
import { hl7LicenceNumbers } from './hl7.js';

// The patient's driver's licence in an HL7 v2 message: PID-20 (`…|4471829311|536-22-8811|D1234562^CA^20280314|`),
// its first component the number (the issuing state and the expiry stay). No word says what `D1234562` is; its
// place does, as for the patient's other identifiers (see hl7.ts).

const LICENCE = /^[A-Za-z0-9][A-Za-z0-9-]{3,19}$/;
const HAS_DIGIT = /\d/;

function* hl7LicenceCandidates(text: string): Iterable<Candidate> {
  for (const [start, end] of hl7LicenceNumbers(text)) {
    const value = text.slice(start, end);
    if (LICENCE.test(value) && HAS_DIGIT.test(value)) yield { start, end, score: 0.85 };
  }
}

/** US_DRIVER_LICENSE: the number of an HL7 v2 patient's driver's licence field (PID-20). */
export const hl7DriverLicenseRecognizer: Recognizer = {
  name: 'driver-license-hl7',
  entity: 'US_DRIVER_LICENSE',
  category: 'IDENTITY_US',
  triggers: ['PID|'],
  find: hl7LicenceCandidates,
  description: "the number of an HL7 v2 patient's driver's licence field (PID-20)",
};

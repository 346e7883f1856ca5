/**
 * Fake but well-formed personal data the conformance suite feeds through agent loops. Every value is one that
 * Tier 0 recognizers detect without context words (checksums and formats hold).
 */
export const PII = {
  email: 'maria.garcia@acme-health.org',
  ssn: '536-22-8726',
  phone: '+1 415-867-5309',
  card: '4111 1111 1111 1111',
  iban: 'DE89 3704 0044 0532 0130 00',
  ip: '203.0.113.42',
} as const;

/** Every spelling of the fixture values that must never reach the model side. */
export const PLAINTEXT_FORMS: readonly string[] = [
  ...Object.values(PII),
  // compact spellings, so a format change does not hide a leak
  PII.ssn.replaceAll('-', ''),
  PII.card.replaceAll(' ', ''),
  PII.iban.replaceAll(' ', ''),
  '415-867-5309',
  '4158675309',
];

/** Finds an email address (a real one or a format-preserving token) in text. */
export function findEmail(text: string): string | undefined {
  return /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/.exec(text)?.[0];
}

/** Finds an SSN-shaped string (real or token: NNN-NN-NNNN). */
export function findSsn(text: string): string | undefined {
  return /\b\d{3}-\d{2}-\d{4}\b/.exec(text)?.[0];
}

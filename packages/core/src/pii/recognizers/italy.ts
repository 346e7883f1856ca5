import type { Recognizer } from '../recognizer.js';
import { standsAlone } from '../validators/boundaries.js';

// Values of characters in odd positions (1st, 3rd, ...), digits 0-9 then letters A-Z (Agenzia delle Entrate).
const ODD = [
  1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22,
  25, 24, 23,
];

function charValue(char: string, odd: boolean): number {
  const code = char.charCodeAt(0);
  const index = code <= 57 ? code - 48 : code - 65 + 10;
  if (odd) return ODD[index] as number;
  return code <= 57 ? code - 48 : code - 65;
}

/** Codice fiscale check character (position 16); omocodia letters (LMNPQRSTUV for digits) allowed. */
export function codiceFiscaleValid(value: string): boolean {
  const code = value.toUpperCase();
  if (!/^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/.test(code)) {
    return false;
  }
  let sum = 0;
  for (let index = 0; index < 15; index++) sum += charValue(code[index] as string, index % 2 === 0);
  return String.fromCharCode(65 + (sum % 26)) === code[15];
}

/** IT_FISCAL_CODE: Italian codice fiscale (Presidio IT_FISCAL_CODE). */
export const itFiscalCodeRecognizer: Recognizer = {
  name: 'it-fiscal-code',
  entity: 'IT_FISCAL_CODE',
  category: 'IDENTITY_INTL',
  presidioEntity: 'IT_FISCAL_CODE',
  patterns: [
    {
      regex: /\b[A-Za-z]{6}[0-9LMNPQRSTUV]{2}[A-Za-z][0-9LMNPQRSTUV]{2}[A-Za-z][0-9LMNPQRSTUV]{3}[A-Za-z]\b/g,
      score: 0.9,
    },
  ],
  validate: (value, match) => standsAlone(match.text, match.start, match.end) && codiceFiscaleValid(value),
  context: {
    en: ['fiscal code', 'codice fiscale', 'tax code', 'italian'],
    es: ['código fiscal', 'codice fiscale'],
  },
  description: '16 characters, month letter, check character (odd/even tables)',
};

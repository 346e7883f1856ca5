import type { Recognizer } from '../recognizer.js';
import { standsAlone } from '../validators/boundaries.js';
import { ean13 } from '../validators/checksums.js';

/** Swiss AHV / AVS number (since 2008): thirteen digits, 756 (Switzerland's GS1 prefix) first, an EAN-13 check digit. */
export function ahvValid(value: string): boolean {
  const digits = value.replace(/\./g, '');
  return digits.startsWith('756') && ean13(digits);
}

/** CH_AHV: Swiss social security (old-age and survivors' insurance) number (Presidio has none). */
export const chAhvRecognizer: Recognizer = {
  name: 'ch-ahv',
  entity: 'CH_AHV',
  category: 'IDENTITY_INTL',
  patterns: [
    // Written as issued, 756.XXXX.XXXX.XX with its dots and check digit, the number stands for itself: no other
    // identifier is written so, and it reports without a context word. Thirteen bare digits from 756 are also an
    // EAN-13 barcode's shape (products registered in Switzerland): those need the word.
    { regex: /\b756\.\d{4}\.\d{4}\.\d{2}\b/g, score: 0.85 },
  ],
  digitRuns: [{ min: 13, max: 13, first: '7', score: 0.35 }],
  validate: (value, match) => standsAlone(match.text, match.start, match.end) && ahvValid(value),
  context: {
    en: ['ahv', 'avs', 'ahv-nr', 'ahvn13', 'social security', 'sozialversicherungsnummer', 'numéro avs'],
    es: ['ahv', 'avs', 'seguridad social', 'seguro social'],
    de: ['ahv', 'ahv-nummer', 'sozialversicherungsnummer', 'versichertennummer'],
    fr: ['avs', 'numéro avs', 'numéro d’assuré', 'assurance sociale'],
    it: ['avs', 'numero avs', 'assicurazione sociale'],
  },
  description: '756.XXXX.XXXX.XX on its own; 13 bare digits from 756 with a context word; EAN-13 check digit',
};

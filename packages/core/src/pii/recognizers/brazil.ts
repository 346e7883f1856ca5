import type { Recognizer } from '../recognizer.js';
import { standsAlone } from '../validators/boundaries.js';
import { allSame, weightedSum } from '../validators/checksums.js';

function mod11Digit(sum: number): number {
  const remainder = sum % 11;
  return remainder < 2 ? 0 : 11 - remainder;
}

/** CPF: 11 digits, two mod-11 check digits (weights 10..2 then 11..2); repeated digits invalid. */
export function cpfValid(value: string): boolean {
  const digits = value.replace(/[.\-/ ]/g, '');
  if (!/^\d{11}$/.test(digits) || allSame(digits)) return false;
  const first = mod11Digit(weightedSum(digits, [10, 9, 8, 7, 6, 5, 4, 3, 2]));
  const second = mod11Digit(weightedSum(digits, [11, 10, 9, 8, 7, 6, 5, 4, 3, 2]));
  return first === Number(digits[9]) && second === Number(digits[10]);
}

/** CNPJ: 14 digits, two mod-11 check digits (weights 5..2,9..2 then 6..2,9..2). */
export function cnpjValid(value: string): boolean {
  const digits = value.replace(/[.\-/ ]/g, '');
  if (!/^\d{14}$/.test(digits) || allSame(digits)) return false;
  const first = mod11Digit(weightedSum(digits, [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]));
  const second = mod11Digit(weightedSum(digits, [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]));
  return first === Number(digits[12]) && second === Number(digits[13]);
}

/** BR_CPF: Brazilian individual taxpayer number. */
export const brCpfRecognizer: Recognizer = {
  name: 'br-cpf',
  entity: 'BR_CPF',
  category: 'IDENTITY_INTL',
  patterns: [{ regex: /\b\d{3}\.\d{3}\.\d{3}-\d{2}\b/g, score: 0.85 }],
  digitRuns: [{ min: 11, max: 11, score: 0.35 }],
  validate: (value, match) => standsAlone(match.text, match.start, match.end) && cpfValid(value),
  context: {
    en: ['cpf', 'brazil', 'taxpayer'],
    es: ['cpf', 'brasil', 'contribuyente'],
    pt: ['cpf', 'cadastro de pessoas'],
  },
  description: '11 digits, two mod-11 check digits',
};

/** BR_CNPJ: Brazilian company number. */
export const brCnpjRecognizer: Recognizer = {
  name: 'br-cnpj',
  entity: 'BR_CNPJ',
  category: 'CORPORATE',
  patterns: [{ regex: /\b\d{2}\.\d{3}\.\d{3}\/\d{4}-\d{2}\b/g, score: 0.85 }],
  digitRuns: [{ min: 14, max: 14, score: 0.35 }],
  validate: (value, match) => standsAlone(match.text, match.start, match.end) && cnpjValid(value),
  context: { en: ['cnpj', 'company', 'brazil'], es: ['cnpj', 'empresa', 'brasil'], pt: ['cnpj', 'empresa'] },
  description: '14 digits, two mod-11 check digits',
};

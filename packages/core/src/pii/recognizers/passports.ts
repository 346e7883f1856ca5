import type { Recognizer } from '../recognizer.js';
import { standsAlone } from '../validators/boundaries.js';

/**
 * A passport book number as ICAO Doc 9303 writes it in the machine-readable zone: up to nine capital letters and
 * digits. Six to nine here, with two digits or more and one letter or more (nine digits alone are the US pattern):
 * India's K1234567, Germany's C01X00T47, Spain's PAA123456, France's 12AB34567, Canada's AB123456, China's
 * E12345678. The lookaheads read at most nine characters each, so a long run costs a bounded step per position.
 */
const BOOK_NUMBER = /\b(?=[A-Z0-9]{0,8}[0-9][A-Z0-9]{0,8}[0-9])(?=[0-9]{0,8}[A-Z])[A-Z0-9]{6,9}\b/g;

/**
 * PASSPORT: another country's passport number near a passport word, in the languages of the books most often
 * handled (travel bookings, KYC). No country's number carries a check digit of its own (the zone's check digit is
 * printed apart), so the word is required: near the number, or heading its table column, as for US_PASSPORT.
 * Scored under US_PASSPORT and UK_PASSPORT, whose layouts keep their types on the same value. The recognizer runs
 * only on texts holding one of the words.
 */
export const passportRecognizer: Recognizer = {
  name: 'passport',
  entity: 'PASSPORT',
  category: 'IDENTITY_INTL',
  patterns: [{ regex: BOOK_NUMBER, score: 0.15 }],
  validate: (_value, match) => standsAlone(match.text, match.start, match.end),
  context: {
    en: ['passport', 'passport no', 'passport number', 'passeport', 'reisepass', 'passaporto', 'paspoort', 'paszport'],
    es: ['pasaporte', 'número de pasaporte', 'passaporte'],
  },
  caseInsensitiveTriggers: ['passport', 'pasaport', 'passeport', 'reisepass', 'passaport', 'paspoort', 'paszport'],
  description:
    'six to nine capital letters and digits (two digits or more, one letter or more) near a passport word in English, Spanish, French, German, Italian, Dutch, Polish or Portuguese',
};

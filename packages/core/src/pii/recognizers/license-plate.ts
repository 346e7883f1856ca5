import type { Recognizer } from '../recognizer.js';
import { labelledValue } from './labelled-value.js';
import { US_STATES } from './street-address.js';

// Vehicle licence plates (HIPAA identifier 12, vehicle identifiers and serial numbers). Every country and state
// has its own formats and none has a checksum, so a plate is one only after its label.
//
// Labels: licence / license plate (number), plate number, number / registration / reg plate, a vehicle's registration
// (`vehicle registration`, `vehicle reg`, British `car reg`), licence / vehicle / car tag; Spanish matrícula, placa, patente. A bare `plate` only
// as a key (`"plate": "7ABC123"`, `plate=…`): in a lab's text `plate 3` is a well plate. Not a bare `tag` (an image's,
// a release's or an asset's) nor a bare `registration number` (a company's, a student's).

// 2-8 letters and digits, maybe in two groups joined by one space or `-` (`7ABC123`, `ABC-1234`, `AB12 CDE`);
// plateShape counts them.
const PLATE_VALUE = '[A-Za-z0-9]{1,8}(?:[ -][A-Za-z0-9]{1,8})?';
const NUMBER_WORD = '(?:number|num|nbr|no)';
const PLATE_LABEL = [
  `licen[cs]e[ _-]?(?:plate|tag)(?:[ _-]?${NUMBER_WORD})?`,
  `(?:number|registration|reg)[ _-]?plate`,
  `plate[ _-]?${NUMBER_WORD}`,
  `(?:vehicle[ _-]?(?:registration|reg|tag)|(?:car|auto|truck)[ _-]?registration|car[ _-](?:reg|tag))(?:[ _-]?(?:${NUMBER_WORD}|mark))?`,
  'registration[ _-]?mark',
  'plate(?=(?:\\\\?["\'])?[ \\t]{0,3}[:=])',
  'matr[ií]cula|placa|patente',
].join('|');
const PLATE_LABELLED = labelledValue(PLATE_LABEL, PLATE_VALUE);

const UPPER_OR_DIGIT = /^[A-Z0-9]+$/;

/**
 * 2-8 letters and digits, one a digit, 4 or more when there are only digits (`plate no. 12` counts wells or
 * figures); a second group after a space holds a digit or capitals only (`AB12 CDE`, not the next word of
 * `plate 7AB and`). A US state's code may come first (`CA 7XYZ123`).
 */
export function plateShape(value: string): boolean {
  // A state's code before the plate (`CA 7XYZ123`, as a plate is cited with its issuing state): the plate decides.
  const stated = /^([A-Z]{2})[ -](?=\S+$)/.exec(value);
  if (stated !== null && US_STATES.has(stated[1] as string)) return plateShape(value.slice(3));
  const groups = value.split(/[ -]/);
  const letters = groups.join('');
  if (letters.length < 2 || letters.length > 8) return false;
  const digits = letters.replace(/\D/g, '').length;
  if (digits === 0 || (digits === letters.length && digits < 4)) return false;
  return !value.includes(' ') || groups.every((group) => /\d/.test(group) || UPPER_OR_DIGIT.test(group));
}

/** LICENSE_PLATE: a vehicle's plate after its label. */
export const licensePlateRecognizer: Recognizer = {
  name: 'license-plate',
  entity: 'LICENSE_PLATE',
  category: 'VEHICLE',
  // When the second group is the next word (`7ABC123 issued`), the plate is what comes before it.
  patterns: [{ regex: PLATE_LABELLED, score: 0.85, group: 1, regroup: { separators: ' ' } }],
  shape: plateShape,
  // Every label holds one of these (`matr` for matrícula: a non-ASCII trigger would lower-case every text). `car reg`
  // and `car tag` whole, with each separator the label takes: a bare `reg` or `tag` is in too many texts.
  caseInsensitiveTriggers: [
    'plate',
    'licen',
    'registration',
    'vehicle',
    'matr',
    'placa',
    'patente',
    'car reg',
    'car_reg',
    'car-reg',
    'car tag',
    'car_tag',
    'car-tag',
  ],
  description:
    'a licence plate (2-8 letters and digits, one a digit) after licence plate, plate number, number or reg plate, vehicle registration, car reg, car tag, matrícula, placa or patente',
};

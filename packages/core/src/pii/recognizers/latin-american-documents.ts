import type { MatchContext, Recognizer, ValidatorResult } from '../recognizer.js';
import { labelledValue } from './labelled-value.js';

// The identity document numbers of Latin America that carry no check digit: Peru's and Argentina's DNI (eight digits,
// Argentina's seven for older holders, often grouped by dots: `31.478.293`), Colombia's cédula de ciudadanía (`CC`,
// `C.C.`: six to ten digits), and the cédula de identidad of Venezuela, Uruguay, Bolivia and Paraguay (`C.I.`,
// `V-12345678`). A bare number is never one: only a number right after its label is read, as a medical record
// number is. Spain's DNI has its letter and is ES_NIF's (`DNI 12345678Z`): a number glued to a letter is not read
// here.

const DOCUMENT_LABEL =
  'dni|d\\.n\\.i\\.?|c[eé]dula(?:[ _-]de[ _-](?:ciudadan[ií]a|identidad))?|c\\.[ ]?c\\.?|cc|c\\.[ ]?i\\.?|' +
  'documento(?:[ _-](?:de[ _-])?identidad)?|n[uú]mero[ _-]de[ _-]documento|nro\\.?[ _-]?(?:de[ _-])?documento';
// Six to ten digits, bare or grouped by dots in thousands, maybe after Venezuela's `V-` or `E-`.
const DOCUMENT_VALUE = '(?:[VvEe]-?)?(?:\\d{1,3}(?:\\.\\d{3}){1,3}|\\d{6,10})';
const DOCUMENT_LABELLED = labelledValue(DOCUMENT_LABEL, DOCUMENT_VALUE, '(?:n[º°o]\\.?|#)');

/** A label `CC` in capitals only: in lower case it is an e-mail's copy line or a unit (`cc`, `250 cc`). */
function documentVerdict(_value: string, match: MatchContext): ValidatorResult {
  const before = match.text.slice(Math.max(0, match.start - 12), match.start);
  const cc = /(cc)["']?[ \t]{0,3}[:=]?[ \t]{0,3}["']?$/i.exec(before);
  return cc === null || cc[1] === 'CC';
}

/** ID_DOCUMENT_NUMBER: a Latin American DNI or cédula number after its label. */
export const latinAmericanDocumentRecognizer: Recognizer = {
  name: 'latin-american-document',
  entity: 'ID_DOCUMENT_NUMBER',
  category: 'IDENTITY_INTL',
  patterns: [{ regex: DOCUMENT_LABELLED, score: 0.7, group: 1 }],
  validate: documentVerdict,
  // Every label holds one of these (`dula` of cédula and cedula); `CC` after a space, a line break, a quote or a sign,
  // as a label stands: `cc ` and `cc"` alone end a hex id in most lines of a log (`…a0cc"`), and ran the regex over
  // nearly every 64 KB document of bench/detect's log (1.9% of its time). A text that opens with `CC` (no field, no
  // label before it) is not read.
  caseInsensitiveTriggers: [
    'dni',
    'd.n.i',
    'dula',
    'c.c',
    'c. c',
    ' cc',
    '\ncc',
    '\tcc',
    '"cc',
    "'cc",
    '(cc',
    ':cc',
    '|cc',
    '>cc',
    'c.i',
    'c. i',
    'documento',
  ],
  description:
    'a DNI (Peru, Argentina) or cédula (Colombia CC, Venezuela, Uruguay, Bolivia, Paraguay C.I.) number of 6-10 digits right after its label',
};

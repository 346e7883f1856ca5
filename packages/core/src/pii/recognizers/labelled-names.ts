import type { Recognizer } from '../recognizer.js';

// A person's name written family name first, after a label that says whose it is: `Patient: Nakamura, Hiro`,
// `Member: ALVAREZ, JUAN C`, `Insured: O'Neil, Mary-Kate`. Lab reports, explanations of benefits, claims and
// EHR exports write names so. The NER engine reads `Family, Given` as two one-word chunks without a sign of a
// person (the comma splits them, and capitals hide them from its gazetteers), and both reached the model. The label
// decides, as a key does under deepEncode (see named-fields.ts). Only the inverted form with its comma is read
// here: `Patient: Hiro Nakamura` is the NER engine's (a role before a name).

// Labels of the people a record is about (HIPAA Safe Harbor: the individual, relatives, household members), in
// English and Spanish, before a colon; in lower case, capitalised or in capitals (the names after them are read
// case-sensitively: `Patient: stable, afebrile` names no one).
const LABELS = [
  'patient',
  'pt',
  'patient name',
  'member',
  'member name',
  'subscriber',
  'insured',
  'guarantor',
  'policyholder',
  'beneficiary',
  'dependent',
  'next of kin',
  'paciente',
  'asegurado',
  'asegurada',
  'titular',
  'beneficiario',
  'beneficiaria',
];
const PERSON_LABEL = `(?:${LABELS.flatMap((label) => [label, label[0]?.toUpperCase() + label.slice(1), label.toUpperCase()]).join('|')})`;
// A family name (maybe two, or hyphenated), a comma, a given name and maybe a middle name or initial.
const NAME_WORD = "[A-ZÁÉÍÓÚÑÄÖÜ][A-Za-záéíóúñäöüçãõ'’-]{1,30}";
// The given name is no state's code (`Patient: Portland, OR` is a place).
const INVERTED_NAME = `${NAME_WORD}(?: ${NAME_WORD})?, ?(?![A-Z]{2}\\b)${NAME_WORD}(?: (?:${NAME_WORD}|[A-Z]\\.?))?`;
// Not a company's name (`Member: Acme, Inc`) nor a place (`Patient: Portland, OR` would need two capitals after the
// comma, which no given name is).
const LABELLED_INVERTED_NAME = new RegExp(
  `\\b${PERSON_LABEL}[ \\t]{0,3}:[ \\t]{0,3}(${INVERTED_NAME})(?![\\w'’-])(?<!, ?(?:Inc|Ltd|LLC|Corp|Co|PLC|GmbH|SA|SL|AG|NV|BV|LLP)\\.?)`,
  'g',
);

// A name in the given-name-first order, then a comma and the next field's label in capitals (`Pt: Dolores Whitcombe,
// DOB 04/17/1952`, `Patient: Zephyrine Kowalczyk-Abara, MRN …`): the name alone.
const LABELLED_NAME_BEFORE_FIELD = new RegExp(
  `\\b${PERSON_LABEL}[ \\t]{0,3}:[ \\t]{0,3}(${NAME_WORD}(?: ${NAME_WORD}){0,2})(?=, ?[A-Z]{3,5}\\b)`,
  'g',
);

/**
 * Whether `Family, Given` is written in one case: a given name in capitals after a family name that is not
 * (`Pt: Dolores Whitcombe, DOB 04/17/1952`) is the next field's label, not a given name.
 */
function oneCase(value: string): boolean {
  const comma = value.indexOf(',');
  const given = (
    value
      .slice(comma + 1)
      .trim()
      .split(' ')[0] as string
  ).replace(/['’-]/g, '');
  if (given.length < 2 || given !== given.toUpperCase()) return true;
  const family = value.slice(0, comma);
  return family === family.toUpperCase();
}

/** PERSON: `Family, Given` after a label that names the person a record is about (`Patient: Nakamura, Hiro`). */
export const labelledNameRecognizer: Recognizer = {
  name: 'labelled-name',
  entity: 'PERSON',
  category: 'PERSONAL',
  patterns: [
    { regex: LABELLED_INVERTED_NAME, score: 0.85, group: 1 },
    { regex: LABELLED_NAME_BEFORE_FIELD, score: 0.85, group: 1 },
  ],
  // A name before the next field's label is written in mixed case (the label in capitals).
  validate: (value) => (value.includes(',') ? oneCase(value) : value !== value.toUpperCase()),
  caseInsensitiveTriggers: [
    'patient',
    'pt:',
    'member',
    'subscriber',
    'insured',
    'guarantor',
    'policyholder',
    'beneficiar',
    'dependent',
    'next of kin',
    'paciente',
    'asegurad',
    'titular',
  ],
  description:
    "a name written family name first (Nakamura, Hiro; ALVAREZ, JUAN C) after a label naming the record's person: patient, member, subscriber, insured, guarantor, policyholder, beneficiary, dependent, next of kin / paciente, asegurado, titular",
};

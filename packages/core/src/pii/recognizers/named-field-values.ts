import { CJK_FIELD_WORDS } from '../named-fields.js';
import type { Candidate, Recognizer } from '../recognizer.js';
import { namedCellsOf, ROLE_WORDS } from './named-columns.js';
import { namedPairsOf } from './named-key-values.js';

// Values a field names a person or a place by, in text: the cells of a table's name and place columns (see
// named-columns.ts) and the values under such keys (see named-key-values.ts), as deepEncode reads them under its keys
// (see named-fields.ts). One recognizer per type reads both: on a long text each recognizer's triggers cost a search.

function* fieldValuesOf(text: string, entity: 'PERSON' | 'LOCATION'): Iterable<Candidate> {
  yield* namedCellsOf(text, entity);
  yield* namedPairsOf(text, entity);
}

/** PERSON: a name column's cells and a name key's values (`last_name,first_name`, `Nachname:`, `<family>`). */
export const nameFieldRecognizer: Recognizer = {
  name: 'name-field',
  entity: 'PERSON',
  category: 'PERSONAL',
  patterns: [],
  find: (text) => fieldValuesOf(text, 'PERSON'),
  caseInsensitiveTriggers: [
    'name',
    'nom',
    'naam',
    'nazwisk',
    'apellido',
    'holder',
    'user',
    'login',
    'given',
    'family',
    ...ROLE_WORDS.split(' '),
    'next of kin',
    'ship to',
    'bill to',
    'sold to',
    'deliver to',
  ],
  description:
    "a name column's cells and a name key's values in text (CSV/TSV, pipe, drawn and aligned tables; YAML, logfmt, JSON kept as text, query strings, form labels, XML elements): the name keys of deepEncode",
};

/** LOCATION: a street, address, city or postal code column's cells and such a key's values (`city=`, `PLZ;Ort`). */
export const placeFieldRecognizer: Recognizer = {
  name: 'place-field',
  entity: 'LOCATION',
  category: 'PERSONAL',
  patterns: [],
  find: (text) => fieldValuesOf(text, 'LOCATION'),
  caseInsensitiveTriggers: [
    'street',
    'calle',
    'strasse',
    'strada',
    'straat',
    'address',
    'adress',
    'adresse',
    'anschrift',
    'indirizzo',
    'direcci',
    'domicilio',
    'morada',
    'endere',
    'logradouro',
    'city',
    'town',
    'village',
    'county',
    'locality',
    'ciudad',
    'localidad',
    'municipio',
    'poblaci',
    'stadt',
    'ville',
    'commune',
    'citt',
    'comune',
    'localit',
    'plaats',
    'gemeente',
    'cidade',
    'bairro',
    'concelho',
    'miasto',
    'miejscowo',
    'ulica',
    'pocztow',
    'zip',
    'postal',
    'postcode',
    'post code',
    'plz',
    'postleitzahl',
    'digo',
  ],
  description:
    "a street, address, city or postal code column's cells and such a key's values in text (tables; YAML, logfmt, JSON kept as text, query strings, form labels, XML elements): the place keys of deepEncode",
};

// Chinese, Japanese and Korean keys and headers (`氏名：`, `"住所": …`, `姓名,地址`) are read by the same finders, in
// recognizers of their own: their words have no case, and a recognizer runs only when its case-sensitive triggers and
// its case-insensitive ones are both in the text (see TriggerWalk). The same values, memoised per text, are not read
// twice where both run.

/** PERSON: the values of a Chinese, Japanese or Korean name key or column (`氏名：山田 太郎`, `姓名,地址`). */
export const cjkNameFieldRecognizer: Recognizer = {
  name: 'name-field-cjk',
  entity: 'PERSON',
  category: 'PERSONAL',
  patterns: [],
  find: (text) => fieldValuesOf(text, 'PERSON'),
  triggers: [...CJK_FIELD_WORDS.person],
  description: "a Chinese, Japanese or Korean name key's values and column's cells in text (氏名, 姓名, 이름)",
};

/** LOCATION: the values of a Chinese, Japanese or Korean address, city or postal code key or column (`住所：…`). */
export const cjkPlaceFieldRecognizer: Recognizer = {
  name: 'place-field-cjk',
  entity: 'LOCATION',
  category: 'PERSONAL',
  patterns: [],
  find: (text) => fieldValuesOf(text, 'LOCATION'),
  triggers: [...CJK_FIELD_WORDS.address, ...CJK_FIELD_WORDS.city, ...CJK_FIELD_WORDS.postal],
  description:
    "a Chinese, Japanese or Korean address, city or postal code key's values and column's cells in text (住所, 地址, 주소)",
};

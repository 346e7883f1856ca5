import { NON_LATIN_FIELD_WORDS } from '../non-latin-fields.js';
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
    'district',
    'suburb',
    'neighbo',
    'borough',
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
    // ISO 20022 (`<StrtNm>`, `<AdrLine>`, `<TwnNm>`, `<TwnLctnNm>`, `<DstrctNm>`, `<PstCd>`).
    'strtnm',
    'adrline',
    'twnnm',
    'twnlctnnm',
    'dstrctnm',
    'pstcd',
  ],
  description:
    "a street, address, city or postal code column's cells and such a key's values in text (tables; YAML, logfmt, JSON kept as text, query strings, form labels, XML elements): the place keys of deepEncode",
};

// Keys and headers in other scripts (`氏名：`, `"住所": …`, `ФИО: …`, `Адрес,Город`; see non-latin-fields.ts) are read by
// the same finders, in recognizers of their own: a built-in recognizer's case-insensitive triggers are ASCII, which
// the scan's one trigger walk relies on (see TriggerWalk), so these carry their words as written, in lower case,
// capitalised and in capitals. The values, memoised per text, are not read twice where both run.

/** A word as keys and labels write it: in lower case, capitalised and in capitals (one spelling for a caseless script). */
function spellings(words: readonly string[]): string[] {
  const all = words.flatMap((word) => [word, word.charAt(0).toUpperCase() + word.slice(1), word.toUpperCase()]);
  return [...new Set(all)];
}

/** PERSON: the values of a name key or column in another script (`氏名：山田 太郎`, `ФИО: …`, `姓名,地址`). */
export const nonLatinNameFieldRecognizer: Recognizer = {
  name: 'name-field-non-latin',
  entity: 'PERSON',
  category: 'PERSONAL',
  patterns: [],
  find: (text) => fieldValuesOf(text, 'PERSON'),
  triggers: spellings(NON_LATIN_FIELD_WORDS.person),
  description: "a name key's values and column's cells in text in other scripts (氏名, 姓名, 이름, ФИО, الاسم, שם)",
};

/** LOCATION: the values of an address, city or postal code key or column in another script (`住所：…`, `Адрес: …`). */
export const nonLatinPlaceFieldRecognizer: Recognizer = {
  name: 'place-field-non-latin',
  entity: 'LOCATION',
  category: 'PERSONAL',
  patterns: [],
  find: (text) => fieldValuesOf(text, 'LOCATION'),
  triggers: spellings([
    ...NON_LATIN_FIELD_WORDS.address,
    ...NON_LATIN_FIELD_WORDS.city,
    ...NON_LATIN_FIELD_WORDS.postal,
  ]),
  description:
    "an address, city or postal code key's values and column's cells in text in other scripts (住所, 地址, 주소, адрес, العنوان, כתובת)",
};

import { foldKey } from '../../ner/fold.js';
import { loadLexicon } from '../../ner/lexicon.js';
import { cellText, findColumnCells, isCellChar } from '../column-cells.js';
import { namedKindOf } from '../field-context.js';
import { NAMED_FIELD_ENTITY, type NamedFieldKind, namedValue, personNameReading } from '../named-fields.js';
import { NON_LATIN_FIELD_WORDS } from '../non-latin-fields.js';
import type { Candidate } from '../recognizer.js';
import { TextMemo } from '../text-memo.js';
import { wordAlternation } from '../word-alternation.js';

// The cells of a table's name, street, address, city and postal code columns (CSV/TSV, pipe, drawn and
// space-aligned tables): what a key names in a JSON record (see named-fields.ts), a column's header names in an
// export. `last_name,first_name,street,zip` then `Okonkwo-Baptiste,Wanjiru,742 Evergreen Terrace,62704` left every
// name the NER gazetteers do not know, every street and every ZIP code in the clear. Each cell is read as the value
// of a field named by its header: the same kinds, the same checks (a plain `name` column's cell must read as a
// person's name, a postal code must have a postal code's shape).

/**
 * The words of the parts people play (see named-fields' role fields), read where they head a column or key a value
 * (`Assignee: …`, `customer,amount`); `kin`, `ship to` and the like as phrases, below.
 */
export const ROLE_WORDS =
  'customer patient contact client employee member beneficiary recipient sender applicant guardian mother father ' +
  'spouse physician doctor nurse practitioner passenger traveler traveller guest insured subscriber policyholder ' +
  'cardholder person student candidate signer signatory requester requestor reporter assignee attendee caller ' +
  'addressee cliente paciente titular contacto empleado owner payee guarantor witness author attn attention ' +
  'landlord ansprechpartner kontaktperson';

// Words one of a table's name or place headers holds (a gate: the header's kind decides, and every column of the
// header line is read): names and handles, streets, addresses, cities and postal codes in the languages
// named-fields reads (HL7's and FHIR's `given` and `family` too). `cp`, `via`, `rue` and `Ort` are too short to be
// searched for (`true`, `report`): such a column is read when its header line holds another of these words
// (`PLZ;Ort`).
export const HEADER_WORDS = new RegExp(
  wordAlternation(
    (
      'name nom naam nazwisk apellido holder user login given family street calle strasse straße strada straat address ' +
      'adresse adrese anschrift indirizzo direcci domicilio city town village county locality district suburb ' +
      'neighbo borough ciudad localidad ' +
      'municipio poblaci stadt ville commune citt comune localit plaats gemeente zip postal postcode plz ' +
      'postleitzahl codigo código morada endere logradouro cidade bairro concelho miasto miejscowo ulica pocztow ' +
      // ISO 20022's postal address elements (`<StrtNm>`, `<TwnNm>`, `<PstCd>`).
      'strtnm adrline twnnm twnlctnnm dstrctnm pstcd ' +
      ROLE_WORDS
    )
      .split(' ')
      .concat('post code', 'next of kin', 'ship to', 'bill to', 'sold to', 'deliver to')
      // Chinese, Japanese, Korean, Russian, Arabic and Hebrew keys (see non-latin-fields.ts).
      .concat(Object.values(NON_LATIN_FIELD_WORDS).flat()),
  ),
  'gi',
);
// A header is looked for in a text's first 1,024 characters, as a password column's is: `name` and `user` stand in
// many lines of a log.
const HEADER_REACH = 1024;
/**
 * The score of a value its field names: that of a value its own recognizer checked and found labelled (0.85), so
 * that the whole value wins over a part another recognizer reads (a street line inside an address); a postal code
 * just below, so that a UK postcode keeps its type (UK_POSTCODE), as under a key (see PatternScanner's whole-value
 * readings).
 */
export function namedScore(kind: NamedFieldKind): number {
  return kind === 'postal' ? 0.8 : 0.85;
}

interface NamedCell extends Candidate {
  readonly entity: 'PERSON' | 'LOCATION';
}

/** Kinds whose cell must read as a person's name (see namedValue): the column's other cells may vouch for it. */
const VOUCHED_KINDS: ReadonlySet<NamedFieldKind> = new Set(['name', 'name-part', 'role']);

/**
 * How a cell of a plain `name` (or role) column reads: `named` when it is the field's value (namedValue), `known` when
 * the gazetteers know it as a name alone (`Rahul`: the NER engine's to report), `shaped` when it has a name's shape
 * only (`Priyanka`, one capitalised word or more no gazetteer knows), undefined when it is no name. A shaped cell is
 * a name when the column's other cells read as names (MIN_VOUCHERS or more, and twice as many as the shaped ones).
 * Before, `Priyanka` under `Name` beside `Rahul` and `Deepak` reached the model; a product column (`Zorblax`,
 * `Quintar`) or a mixed one (`Wireless Mouse`, `Zorblax`, `Ana Lopez`), which too few known names vouch for, stays.
 */
function vouchedReading(cell: string, kind: NamedFieldKind): 'named' | 'known' | 'shaped' | undefined {
  // One word a `name` or a role takes only with others (two at least): a given name or a family name the gazetteers
  // know is `known` at once (most cells of a table's name column), without the whole reading.
  if (kind !== 'name-part' && ONE_WORD.test(cell)) {
    const lexicon = loadLexicon();
    const key = ASCII_WORD.test(cell) ? cell.toLowerCase() : foldKey(cell);
    if (lexicon.firstNames.has(key) || lexicon.lastNames.has(key)) return 'known';
  }
  if (namedValue(cell, kind)) return 'named';
  return personNameReading(cell, 1);
}

/** One capitalised word of letters; of ASCII letters (folded by lower-casing it). */
const ONE_WORD = /^\p{Lu}\p{Ll}{1,24}$/u;
const ASCII_WORD = /^[A-Za-z]+$/;

/**
 * A cell's text keyed by its column's header: the same text may read as a name in one column (a FHIR-like `given`)
 * and by shape only in another (`name`), and only the latter waits for its column's vouchers.
 */
function columnCell(header: string, cell: string): string {
  return `${header}\u0000${cell}`;
}

/** Cells read as names by the gazetteers (alone: `Rahul`) a column needs before its other cells count by shape. */
const MIN_VOUCHERS = 2;

/** The cells (trimmed) of the text's name and place columns that are such a value: one reading for both types. */
function namedCells(text: string): NamedCell[] {
  // A table is a header line and a row: most texts with a name word (`"name": …` in JSON, `hostname=` in a log
  // line) are one line.
  const firstBreak = text.indexOf('\n');
  if (firstBreak === -1 || firstBreak === text.length - 1) return [];
  const cells: NamedCell[] = [];
  // Per vouched column (by its header): how many of its cells vouch for it (read as names: namedValue, or known to the
  // gazetteers alone, `Rahul`, which the NER engine reports), and its cells read by shape only (see vouchedReading).
  // Known cells are only counted (findColumnCells hands on none of them), as they were turned down before.
  let vouchers: Map<string, number> | undefined;
  let shapedCells: Set<string> | undefined;
  const wanted = (header: string, value: string): boolean => {
    const kind = namedKindOf(header);
    if (kind === undefined) return false;
    if (value === '') return true;
    const cell = cellText(value).trim();
    if (cell.length === 0) return false;
    if (!VOUCHED_KINDS.has(kind)) return namedValue(cell, kind);
    const reading = vouchedReading(cell, kind);
    if (reading === 'named' || reading === 'known') {
      vouchers ??= new Map();
      vouchers.set(header, (vouchers.get(header) ?? 0) + 1);
    }
    if (reading === 'shaped') {
      shapedCells ??= new Set();
      shapedCells.add(columnCell(header, cell));
    }
    return reading === 'named' || reading === 'shaped';
  };
  let shaped: Map<string, NamedCell[]> | undefined;
  for (const { start: cellStart, end: cellEnd, header } of findColumnCells(
    text,
    HEADER_WORDS,
    wanted,
    isCellChar,
    HEADER_REACH,
  )) {
    const value = cellText(text.slice(cellStart, cellEnd));
    const start = cellStart + (value.length - value.trimStart().length);
    const kind = namedKindOf(header) as NamedFieldKind;
    const entity = NAMED_FIELD_ENTITY[kind];
    const cell: NamedCell = { start, end: cellStart + value.trimEnd().length, score: namedScore(kind), entity };
    if (shapedCells?.has(columnCell(header, value.trim())) === true) {
      shaped ??= new Map();
      const column = shaped.get(header);
      if (column === undefined) shaped.set(header, [cell]);
      else column.push(cell);
    } else cells.push(cell);
  }
  if (shaped === undefined) return cells;
  let added = false;
  for (const [header, column] of shaped) {
    const count = vouchers?.get(header) ?? 0;
    if (count < MIN_VOUCHERS || count < 2 * column.length) continue;
    cells.push(...column);
    added = true;
  }
  return added ? cells.sort((a, b) => a.start - b.start) : cells;
}

const NAMED_CELLS = new TextMemo(namedCells);

/** The cells of the text's name (PERSON) or place (LOCATION) columns that are such a value. */
export function* namedCellsOf(text: string, entity: 'PERSON' | 'LOCATION'): Iterable<Candidate> {
  for (const { start, end, score, entity: type } of NAMED_CELLS.of(text))
    if (type === entity) yield { start, end, score };
}

// HL7 v2 messages (`MSH|^~\&|…`, `PID|1||12345^^^MRN||DOE^JOHN||19850314|M|…`) name no field: a value's meaning
// is its place in the segment. These helpers tell the recognizers which field a candidate fills, so a bare birth
// date or SSN in its field counts as one without a context word.

import { isAlnum } from '../validators/boundaries.js';

/** Fields holding a birth date (TS/DTM: YYYYMMDD, maybe a time): patient, next of kin, guarantor (at most 16). */
const BIRTH_DATE_FIELDS: Readonly<Record<string, number>> = { PID: 7, NK1: 16, GT1: 8 };
/** Fields holding a clinical date (TS/DTM): PID-29 (Patient Death Date and Time), PV1-44 / PV1-45 (Admit / Discharge). */
const CLINICAL_DATE_FIELDS: Readonly<Record<string, readonly number[]>> = { PID: [29], PV1: [44, 45] };
/** Fields holding an SSN: PID-19 (SSN Number - Patient), NK1-37 (Contact Person SSN), GT1-12 (Guarantor SSN). */
const SSN_FIELDS: Readonly<Record<string, number>> = { PID: 19, NK1: 37, GT1: 12 };

/** Most characters looked at back from a value. */
const MAX_LOOKBACK = 4096;

function isUpperOrDigit(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

/**
 * Whether a segment id ends at `end` (the three characters before a `|`) and opens a segment: it follows the
 * start of the text, a line break, an escaped one (`\r` inside a JSON string) or a character that is neither a
 * letter or digit nor an HL7 delimiter (`"`, a space, `=`). A field's last three capitals (`12345^^^MRN|`) are no
 * segment id.
 */
function segmentIdAt(text: string, end: number): boolean {
  const start = end - 3;
  if (start < 0) return false;
  const first = text.charCodeAt(start);
  if (!(first >= 65 && first <= 90 && isUpperOrDigit(text.charCodeAt(start + 1)))) return false;
  if (!isUpperOrDigit(text.charCodeAt(start + 2))) return false;
  if (start === 0) return true;
  const before = text.charCodeAt(start - 1);
  if (before === 114 || before === 110) return text.charCodeAt(start - 2) === 92;
  // ^ ~ \ & | and letters or digits glue the id to a field.
  return !(isAlnum(before) || before === 94 || before === 126 || before === 92 || before === 38 || before === 124);
}

/**
 * The HL7 v2 field a value starting at `start` opens, as `[segment, field]` (`['PID', 7]`), when `start` follows
 * a `|` and a segment id is found back within `maxField` separators on the same segment; else undefined. Looks
 * back at most MAX_LOOKBACK characters and stops at a line break, escaped or not, so a value is never counted
 * into the segment before its own.
 */
export function hl7Field(text: string, start: number, maxField: number): readonly [string, number] | undefined {
  if (start === 0 || text.charCodeAt(start - 1) !== 124) return undefined;
  let fields = 0;
  const floor = Math.max(0, start - MAX_LOOKBACK);
  for (let index = start - 1; index >= floor; index--) {
    const code = text.charCodeAt(index);
    if (code === 13 || code === 10) return undefined;
    if ((code === 114 || code === 110) && index > 0 && text.charCodeAt(index - 1) === 92) return undefined;
    if (code !== 124) continue;
    fields++;
    if (segmentIdAt(text, index)) return [text.slice(index - 3, index), fields];
    if (fields === maxField) return undefined;
  }
  return undefined;
}

/** Whether the field ends at `end`: a field, component or repetition separator, a line break or the text's end. */
export function hl7FieldEnds(text: string, end: number): boolean {
  if (end === text.length) return true;
  const code = text.charCodeAt(end);
  return code === 124 || code === 94 || code === 126 || code === 13 || code === 10 || code === 92;
}

/** Whether the value at `start` opens a birth-date field: PID-7, NK1-16 or GT1-8 (the caller checks its end). */
export function inHl7BirthDateField(text: string, start: number): boolean {
  const field = hl7Field(text, start, 16);
  return field !== undefined && BIRTH_DATE_FIELDS[field[0]] === field[1];
}

/** Whether the value at `start` opens a clinical-date field: PID-29, PV1-44 or PV1-45 (the caller checks its end). */
export function inHl7ClinicalDateField(text: string, start: number): boolean {
  const field = hl7Field(text, start, 45);
  return field !== undefined && CLINICAL_DATE_FIELDS[field[0]]?.includes(field[1]) === true;
}

/** Whether the value at [start, end) is a whole SSN field: PID-19, NK1-37 or GT1-12. */
export function inHl7SsnField(text: string, start: number, end: number): boolean {
  if (!hl7FieldEnds(text, end)) return false;
  const field = hl7Field(text, start, 37);
  return field !== undefined && SSN_FIELDS[field[0]] === field[1];
}

/**
 * Fields holding patient identifiers (CX: the ID, then check digit, authority, type, ...): PID-2, PID-3, PID-4, the
 * patient account number PID-18 (an account number, one of Safe Harbor's identifiers), MRG-1.
 */
const PATIENT_ID_FIELDS: Readonly<Record<string, readonly number[]>> = { PID: [2, 3, 4, 18], MRG: [1] };
/** The patient's driver's licence (DLN: the number, then the issuing state and the expiry): PID-20. */
const LICENCE_FIELDS: Readonly<Record<string, readonly number[]>> = { PID: [20] };

/**
 * The IDs of the patient identifier fields of every PID and MRG segment (PID-3 is the patient identifier list:
 * `PID|1||123456^^^HOSP^MR~…`), as [start, end]: the first component of each repetition, maybe empty.
 */
export function hl7PatientIds(text: string): Generator<readonly [number, number]> {
  return firstComponents(text, PATIENT_ID_FIELDS);
}

/** The numbers of the patient's driver's licence fields (PID-20), as [start, end]. */
export function hl7LicenceNumbers(text: string): Generator<readonly [number, number]> {
  return firstComponents(text, LICENCE_FIELDS);
}

/**
 * The first component of each repetition of the given fields of every segment named, as [start, end], maybe
 * empty. Each segment is walked forward once to its last such field and no further than its line.
 */
function* firstComponents(
  text: string,
  fieldsBySegment: Readonly<Record<string, readonly number[]>>,
): Generator<readonly [number, number]> {
  for (const segment of Object.keys(fieldsBySegment)) {
    const fields = fieldsBySegment[segment] as readonly number[];
    const last = fields[fields.length - 1] as number;
    for (let at = text.indexOf(`${segment}|`); at !== -1; at = text.indexOf(`${segment}|`, at + 4)) {
      if (!segmentIdAt(text, at + 3)) continue;
      let index = at + 3;
      for (let field = 1; field <= last && text.charCodeAt(index) === 124; field++) {
        const wanted = fields.includes(field);
        let start = index + 1;
        let first = true;
        for (index = start; index < text.length; index++) {
          const code = text.charCodeAt(index);
          if (code === 124 || code === 13 || code === 10) break;
          if (code === 92 && /[rn]/.test(text.charAt(index + 1))) break;
          if (code === 94 || code === 126) {
            if (wanted && first) yield [start, index];
            first = code === 126;
            start = index + 1;
          }
        }
        if (wanted && first) yield [start, index];
      }
    }
  }
}

/**
 * How a segment opens its line (see segmentOpening): `none`, not at all (no segment id, or one inside another
 * segment's field); `line`, after the text's start or a line break, ending at the next one; `quoted`, inside a
 * string (after an escaped line break, as in a JSON string, or a quote), where a bare `"` ends it too.
 */
type SegmentOpening = 'none' | 'line' | 'quoted';

/**
 * How the segment id ending at `end` opens its line (see segmentIdAt): right after the text's start, a line break,
 * an escaped one or a quote, or with no `|` between it and them: a segment id inside another segment's field
 * (`NTE|1||copied from PID|1||…`) opens none. Looks back at most MAX_LOOKBACK characters.
 */
function segmentOpening(text: string, end: number): SegmentOpening {
  if (!segmentIdAt(text, end)) return 'none';
  const before = end - 4;
  if (before < 0) return 'line';
  if (text.charCodeAt(before) === 34) return 'quoted';
  const floor = Math.max(0, before - MAX_LOOKBACK);
  for (let index = before; index >= floor; index--) {
    const code = text.charCodeAt(index);
    if (code === 13 || code === 10) return 'line';
    if ((code === 114 || code === 110) && index > 0 && text.charCodeAt(index - 1) === 92) return 'quoted';
    if (code === 34) return 'quoted';
    if (code === 124) return 'none';
  }
  return 'line';
}

/**
 * Whether the segment opening at `at` (its id) has a Set ID in field 1: digits or nothing, then `|`. PID, NK1, GT1
 * and IN1 all open with one; a pipe table's header (`PID|USER|%CPU|…`, a `ps` listing) has a word there.
 */
function setIdFollows(text: string, at: number): boolean {
  let index = at + 4;
  while (index < text.length && text.charCodeAt(index) >= 48 && text.charCodeAt(index) <= 57) index++;
  return text.charCodeAt(index) === 124;
}

/** Component numbers wanted (from 1), by field number, by segment id. */
export type Hl7ComponentsWanted = Readonly<Record<string, Readonly<Record<number, readonly number[]>>>>;

/**
 * The components `wanted` names of every segment of its types that opens a line and has a Set ID, as [start, end]
 * with the spaces around trimmed; each repetition (`~`) of a field counts its components from 1 again, and an
 * empty component or HL7's explicit null (`""`) yields nothing. A component ends only at `^`, `~`, `|` or the
 * segment's end, so an escape sequence (`\S\`, `\T\`, `\F\`) stays inside it and sub-components (`&`) are one
 * value. Each segment is walked forward once to its last wanted field and no further than its line (a line break,
 * or an escaped one in a JSON string; in a string, the closing quote: `{"hl7": "…PID|1||1||DOE^JANE"}`).
 */
export function* hl7Components(text: string, wanted: Hl7ComponentsWanted): Generator<readonly [number, number]> {
  for (const segment of Object.keys(wanted)) {
    const fields = wanted[segment] as Readonly<Record<number, readonly number[]>>;
    const last = Math.max(...Object.keys(fields).map(Number));
    for (let at = text.indexOf(`${segment}|`); at !== -1; at = text.indexOf(`${segment}|`, at + 4)) {
      const opening = segmentOpening(text, at + 3);
      if (opening === 'none' || !setIdFollows(text, at)) continue;
      const quoted = opening === 'quoted';
      let index = at + 3;
      for (let field = 1; field <= last && text.charCodeAt(index) === 124; field++) {
        const components = fields[field];
        let start = index + 1;
        let component = 1;
        for (index = start; index <= text.length; index++) {
          const code = index === text.length ? 124 : text.charCodeAt(index);
          const segmentEnds =
            code === 13 ||
            code === 10 ||
            (code === 92 && /[rn]/.test(text.charAt(index + 1))) ||
            (quoted && code === 34 && text.charCodeAt(index - 1) !== 92 && !inHl7Null(text, index));
          if (code !== 124 && code !== 94 && code !== 126 && !segmentEnds) continue;
          if (components?.includes(component) === true) {
            const trimmed = trimmedComponent(text, start, index);
            if (trimmed !== undefined) yield trimmed;
          }
          if (code !== 94 && code !== 126) break;
          component = code === 126 ? 1 : component + 1;
          start = index + 1;
        }
        if (index >= text.length) break;
      }
    }
  }
}

/** Whether the `"` at `index` is one of HL7's explicit null, `""` filling a whole field or component. */
function inHl7Null(text: string, index: number): boolean {
  const opens = text.charCodeAt(index + 1) === 34 ? index : index - 1;
  if (text.charCodeAt(opens) !== 34 || text.charCodeAt(opens + 1) !== 34) return false;
  return isHl7Delimiter(text.charCodeAt(opens - 1)) && isHl7Delimiter(text.charCodeAt(opens + 2));
}

/** `|`, `^`, `~` or `&`. */
function isHl7Delimiter(code: number): boolean {
  return code === 124 || code === 94 || code === 126 || code === 38;
}

/** [start, end) without the spaces around it, or undefined when nothing or HL7's explicit null (`""`) is left. */
function trimmedComponent(text: string, start: number, end: number): readonly [number, number] | undefined {
  let from = start;
  let to = end;
  while (from < to && text.charCodeAt(from) === 32) from++;
  while (to > from && text.charCodeAt(to - 1) === 32) to--;
  if (from === to || (to - from === 2 && text.startsWith('""', from))) return undefined;
  return [from, to];
}

import { layoutFinders } from '../layout-values.js';
import type { Recognizer } from '../recognizer.js';
import { compactDateValid } from './date-of-birth.js';

// The parties of a SWIFT MT payment message (MT103, MT101, MT202 COV), as a payments agent reads them from a bank's
// API or a message archive:
//
//   :50K:/DE89370400440532013000        the ordering customer: an account, then name and address lines
//   HANS MUELLER
//   HAUPTSTRASSE 5
//   10115 BERLIN
//   :59:/GB29NWBK60161331926819          the beneficiary, the same way
//   OLIVIA HARTWELL
//   12 ACACIA AVENUE
//
// No word says what `HANS MUELLER` is; its line does. Options K (`:50K:`, `:59:`) give the name on the first line
// after the account and the address on up to three more; option F (`:50F:`, `:59F:`) numbers its lines: `1/` the
// name, `2/` an address line, `3/` the country and town, `4/` the birth date (YYYYMMDD, ordering customer only).
// The account is the IBAN recognizer's (or stays: a bare account number is no person's without its name). The
// institutions' fields (`:52A:`, `:57A:`, BICs) name no person and are left.

type MtKind = 'name' | 'place' | 'birth';

/** The fields read: the ordering customer and the beneficiary, options K (no letter for `:59:`) and F. */
const PARTY_FIELD = /(?:^|[\n\r]):(50K|50F|59|59F):/g;
/** A line of an MT field: at most 35 characters (the standard's `4*35x`), here up to the next line break. */
const MAX_LINE = 35;
/** Lines of a party field after its account: name and address (option K), or numbered lines (option F). */
const MAX_LINES = 4;

/** The values of the party fields of `text`, in text order. */
function* partyValues(text: string): Iterable<[number, number, MtKind]> {
  PARTY_FIELD.lastIndex = 0;
  for (let match = PARTY_FIELD.exec(text); match !== null; match = PARTY_FIELD.exec(text)) {
    const numbered = (match[1] as string).endsWith('F');
    let at = match.index + match[0].length;
    let named = false;
    for (let read = 0; read <= MAX_LINES && at < text.length; read++) {
      let end = at;
      while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
      const value = text.slice(at, end);
      // The next field (`:59:`, `:70:`) or the block's end (`-}`) closes this one.
      if (/^:\d\d[A-Z]?:/.test(value) || value.startsWith('-}') || end - at > MAX_LINE + 2) break;
      // The first line may be the account (option K) or the party identifier (option F): `/DE89…`.
      const account = read === 0 && value.startsWith('/');
      if (!account && numbered) {
        const found = numberedValue(value, at);
        if (found !== undefined) yield found;
      } else if (!account && value.trim().length > 0) {
        yield [at, at + value.trimEnd().length, named ? 'place' : 'name'];
        named = true;
      }
      at = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
    }
  }
}

/**
 * An option F line's value at `at`: `1/` the name, `2/` an address line, `3/` the town after its country code
 * (`3/GB/LONDON`), `4/` an existing birth date (YYYYMMDD); undefined for other lines.
 */
function numberedValue(value: string, at: number): [number, number, MtKind] | undefined {
  const line = /^([1-4])\/(.+)$/.exec(value);
  if (line === null) return undefined;
  const number = line[1] as string;
  const rest = line[2] as string;
  const end = at + value.length;
  if (number === '1') return [at + 2, end, 'name'];
  if (number === '4') return /^\d{8}$/.test(rest) && compactDateValid(rest) ? [at + 2, end, 'birth'] : undefined;
  const country = number === '3' ? (/^[A-Z]{2}\//.exec(rest)?.[0].length ?? 0) : 0;
  return [at + 2 + country, end, 'place'];
}

/** Score of a value read by its line: the field says what it is, as for HL7 and X12. */
const FIELD_SCORE = 0.85;

// The three recognizers below read the same fields: the text is searched once per scan.
const candidatesOf = layoutFinders(partyValues, FIELD_SCORE);

// `:59:` alone is in every timestamp of a log's 59th minute (`12:59:03`): a beneficiary's field opens a line, and
// option K's account line starts with `/`.
const MT_TRIGGERS = [':50K:', ':50F:', ':59F:', ':59:/', '\n:59:'];
const MT_DESCRIPTION = "of a SWIFT MT payment's ordering customer and beneficiary (:50K:, :50F:, :59:, :59F:)";

export const swiftMtNameRecognizer: Recognizer = {
  name: 'swift-mt-name',
  entity: 'PERSON',
  category: 'PERSONAL',
  triggers: MT_TRIGGERS,
  find: candidatesOf('name'),
  description: `the name line ${MT_DESCRIPTION}`,
};

export const swiftMtAddressRecognizer: Recognizer = {
  name: 'swift-mt-address',
  entity: 'LOCATION',
  category: 'PERSONAL',
  triggers: MT_TRIGGERS,
  find: candidatesOf('place'),
  description: `the address lines and town ${MT_DESCRIPTION}`,
};

export const swiftMtBirthDateRecognizer: Recognizer = {
  name: 'swift-mt-birth-date',
  entity: 'DATE_OF_BIRTH',
  category: 'PERSONAL',
  triggers: MT_TRIGGERS,
  find: candidatesOf('birth'),
  description: `the ordering customer's birth date (option F, line 4/) ${MT_DESCRIPTION}`,
};

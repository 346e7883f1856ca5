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
    const option = match[1] as string;
    const numbered = option.endsWith('F');
    let at = match.index + match[0].length;
    let line = 0;
    for (let read = 0; read <= MAX_LINES && at < text.length; read++) {
      let end = at;
      while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
      const value = text.slice(at, end);
      // The next field (`:59:`, `:70:`) or the block's end (`-}`) closes this one.
      if (/^:\d\d[A-Z]?:/.test(value) || value.startsWith('-}') || end - at > MAX_LINE + 2) break;
      if (read === 0 && value.startsWith('/')) {
        // The account line (option K), or option F's party identifier.
      } else if (numbered) {
        const numberedLine = /^([1-4])\/(.+)$/.exec(value);
        if (numberedLine !== null) {
          const from = at + 2;
          const kind: MtKind = numberedLine[1] === '1' ? 'name' : numberedLine[1] === '4' ? 'birth' : 'place';
          // `3/GB/LONDON`: the country stays, the town is read.
          const skip =
            numberedLine[1] === '3' ? ((/^[A-Z]{2}\//.exec(numberedLine[2] as string)?.[0].length ?? 0) as number) : 0;
          if (kind !== 'birth' || compactDateValid(numberedLine[2] as string)) yield [from + skip, end, kind];
        }
      } else if (value.trim().length > 0) {
        yield [at, at + value.trimEnd().length, line === 0 ? 'name' : 'place'];
        line++;
      }
      at = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
    }
  }
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

import { MaskError } from '../errors/mask-error.js';
import { datePartOfWord, prefixedDatePart } from '../pii/birth-date-parts.js';
import { dicomTagField, dicomValueKey } from '../pii/dicom-fields.js';
import {
  fhirContactPointField,
  fhirExtensionField,
  fhirIdentifierField,
  isFhirExtensionValueKey,
} from '../pii/fhir-fields.js';
import { namedKindOf } from '../pii/field-context.js';
import { MESSAGE_PARTY_FIELD, messagePartyKey } from '../pii/message-parties.js';
import { isNamedValueKey, namedEntryField, typedAnswerKey } from '../pii/named-entries.js';
import { keyUnder, namePartField, personRecord } from '../pii/named-fields.js';
import { isTypedNumberKey, typedNumberField } from '../pii/typed-numbers.js';

/** A string leaf and where it sits (object keys are reported with the path of their object). */
export interface StringLeaf {
  readonly value: string;
  readonly path: readonly (string | number)[];
  /**
   * The name of the field the string is the value of: its object key or Map key, or that of the array or Set
   * holding it (`{ "phones": ["..."] }`). Undefined for keys themselves, top-level strings and error texts.
   */
  readonly field?: string;
}

/** Options of {@link deepMapStrings}. */
export interface DeepMapOptions {
  /**
   * Deepest nesting walked. Deeper data raises `DEPTH_LIMIT_EXCEEDED`: it is never passed through unscanned.
   * @default 64
   */
  readonly maxDepth?: number;
  /** Map object keys and Map keys too. @default true */
  readonly keys?: boolean;
  /** The field `value` itself is the value of (its key where it came from), for the leaves that have no other. */
  readonly field?: string;
}

type Path = readonly (string | number)[];
type Build = (mapped: readonly string[]) => unknown;

/**
 * Rebuilds `value` with every string replaced through one batched `mapper` call, never mutating the input.
 *
 * - Plain objects, arrays, Maps and Sets are copied; shared references and cycles keep their shape.
 * - Strings holding JSON objects or arrays are parsed, walked and re-serialized (compactly) when changed.
 * - Errors keep their class; message, stack text and cause are mapped. URLs are rebuilt from the mapped href
 *   (returned as text when it no longer parses). A boxed `new String(...)` is mapped as its string.
 * - Objects with `toJSON` (other than Date) are walked as what they serialize to; other class instances keep
 *   their prototype and have their own enumerable fields mapped.
 * - Whole numbers of seven digits or more (up to 2^53) are mapped as their decimal text: a card, phone or SSN
 *   sent as a JSON number is one. A result of digits only comes back as a number, any other as a string. So are
 *   numbers of any size under a key naming a secret, an MRN (`{"pin": 4821}`), a latitude / longitude
 *   (`{"lat": 40.7128}`) or a postal code (`{"zip": 62704}`).
 * - Dates, other numbers, booleans, bigints, symbols, functions, binary data (ArrayBuffer and views) and
 *   WeakMaps/WeakSets are left intact: they hold no text to scan.
 * - A Promise or other thenable raises `INVALID_INPUT`: what it resolves to was never scanned, and whoever
 *   awaits the copy would get it in the clear. Await it first.
 * - A string holding JSON with a duplicate key, or a number that would not come back as written (beyond 2^53,
 *   `1.50`, `1e400`), is scanned as text: parsing keeps only the last value of a key, and rounds such numbers.
 * - A string's field is its key; under a generic key (`value`, `data`) the key above, and in `{ name, value }`
 *   or a `[name, value]` pair, the name; in a row of a table written as rows (see tableHeader), its column's
 *   label; in a FHIR Identifier or ContactPoint, what its system names (`ssn`, `passport number`, `phone`), and
 *   in a FHIR Extension, its url's last part (`patient-birthTime`; see fhir-fields.ts). A `name` inside a person (`customer: { name }`, `{ name, email }`), a
 *   `line` inside an address (FHIR `address: [{ line: [...] }]`) and a `first` inside a `name` take the key above
 *   too (`customer name`, `person name`, `address line`, `first name`: see keyUnder).
 */
export async function deepMapStrings<T>(
  value: T,
  mapper: (leaves: readonly StringLeaf[]) => Promise<readonly string[]>,
  options: DeepMapOptions = {},
): Promise<T> {
  const maxDepth = options.maxDepth ?? 64;
  const mapKeys = options.keys ?? true;
  const leaves: StringLeaf[] = [];
  const built = new Map<object, unknown>();
  const planned = new Set<object>();

  const leaf = (text: string, path: Path, field?: string): Build => {
    const index = leaves.push(field === undefined ? { value: text, path } : { value: text, path, field }) - 1;
    return (mapped) => mapped[index];
  };

  const planString = (text: string, path: Path, depth: number, field?: string): Build => {
    const json = parseJsonContainer(text);
    if (json === undefined) return leaf(text, path, field);
    const from = leaves.length;
    const inner = plan(json, path, depth + 1, field);
    const to = leaves.length;
    return (mapped) => {
      for (let index = from; index < to; index++) {
        if (mapped[index] !== leaves[index]?.value) return JSON.stringify(inner(mapped));
      }
      return text;
    };
  };

  const planNumber = (input: number, path: Path, field?: string): Build => {
    const text = String(input);
    const mapped = leaf(text, path, field);
    return (all) => {
      const out = mapped(all) as string;
      if (out === text) return input;
      return /^[1-9]\d*$/.test(out) && Number.isSafeInteger(Number(out)) ? Number(out) : out;
    };
  };

  const planPair = (pair: [string, unknown], path: Path, depth: number, field?: string): Build => {
    if (planned.has(pair)) return () => built.get(pair);
    planned.add(pair);
    const name = planString(pair[0], [...path, 0], depth + 1, field);
    const value = plan(pair[1], [...path, 1], depth + 1, pair[0]);
    return (mapped) => {
      const copy = [name(mapped), value(mapped)];
      built.set(pair, copy);
      return copy;
    };
  };

  const plan = (input: unknown, path: Path, depth: number, field?: string): Build => {
    if (depth > maxDepth) {
      throw new MaskError('DEPTH_LIMIT_EXCEEDED', `Data is nested deeper than ${maxDepth} levels`);
    }
    if (typeof input === 'string') return planString(input, path, depth, field);
    if (
      typeof input === 'number' &&
      (mayIdentify(input) || namesSecretNumber(field) || namesCoordinate(field) || namesPostalCode(field))
    ) {
      return planNumber(input, path, field);
    }
    if (typeof input !== 'object' || input === null) return () => input;
    if (isThenable(input)) {
      throw new MaskError('INVALID_INPUT', 'Cannot scan a Promise or thenable: await it and pass its value');
    }
    if (planned.has(input)) return () => built.get(input);
    if (isOpaque(input)) return () => input;
    planned.add(input);

    if (Array.isArray(input)) return planArray(input, path, depth, field);
    if (input instanceof Map) {
      const entries = [...input].map(([key, item]) => {
        const keyPath = [...path, typeof key === 'string' ? key : String(key)];
        const itemField = typeof key === 'string' ? key : undefined;
        return [
          mapKeys ? plan(key, keyPath, depth + 1) : () => key,
          plan(item, keyPath, depth + 1, itemField),
        ] as const;
      });
      return (mapped) => {
        const copy = new Map();
        built.set(input, copy);
        for (const [key, item] of entries) copy.set(key(mapped), item(mapped));
        return copy;
      };
    }
    if (input instanceof Set) {
      const items = [...input].map((item, index) => plan(item, [...path, index], depth + 1, field));
      return (mapped) => {
        const copy = new Set();
        built.set(input, copy);
        for (const item of items) copy.add(item(mapped));
        return copy;
      };
    }
    // Boxed primitives are mapped as their primitive (their fields would otherwise be copied: none for a Number).
    if (input instanceof String) return planString(input.valueOf(), path, depth, field);
    if (input instanceof Number || input instanceof Boolean || input instanceof BigInt) {
      return plan(input.valueOf(), path, depth, field);
    }
    if (input instanceof URL) {
      const href = leaf(input.href, path, field);
      return (mapped) => {
        // A placeholder in the user info or host is no valid URL: the encoded href is then returned as text.
        const text = href(mapped) as string;
        const copy = URL.canParse(text) ? new URL(text) : text;
        built.set(input, copy);
        return copy;
      };
    }
    if (input instanceof Error) return planError(input, path, depth);
    if (typeof (input as { toJSON?: unknown }).toJSON === 'function') {
      const inner = plan((input as { toJSON: () => unknown }).toJSON(), path, depth + 1, field);
      return (mapped) => {
        const copy = inner(mapped);
        built.set(input, copy);
        return copy;
      };
    }
    return planObject(input, path, depth, field);
  };

  /**
   * An array's items, each under the array's field, or under its column's label in a row of a table (`columns`).
   * Not for an array already planned (see plan).
   */
  const planArray = (
    input: unknown[],
    path: Path,
    depth: number,
    field?: string,
    columns?: readonly string[],
  ): Build => {
    // A list of [name, value] pairs (Object.entries, header lists): each name is the field of its value. A lone
    // two-item array is no pair (`required: ["new_password", "user_id"]` in a schema).
    const pairs = columns === undefined && input.length > 0 && input.every(isNamedPair);
    // A table written as rows (the Google Sheets API's `values`, a CSV parsed to arrays): each cell of a row under
    // its column's label, as a CSV text's cells are read under its header.
    const header = pairs || columns !== undefined ? undefined : tableHeader(input);
    const items = input.map((item, index) => {
      const itemPath = [...path, index];
      if (pairs) return planPair(item as [string, unknown], itemPath, depth + 1, field);
      if (header !== undefined && index > 0 && !planned.has(item as unknown[])) {
        planned.add(item as unknown[]);
        return planArray(item as unknown[], itemPath, depth + 1, field, header);
      }
      const label = columns?.[index];
      return plan(item, itemPath, depth + 1, label === undefined || label.length === 0 ? field : label);
    });
    return (mapped) => {
      // Holes of a sparse array stay holes (map and forEach skip them).
      const copy: unknown[] = new Array(items.length);
      built.set(input, copy);
      items.forEach((item, index) => {
        copy[index] = item(mapped);
      });
      return copy;
    };
  };

  const planObject = (input: object, path: Path, depth: number, field?: string): Build => {
    const record = input as Record<string, unknown>;
    // `{ name: "DB_PASSWORD", value: "..." }` (environment lists, headers, tags, form answers; see named-entries.ts):
    // the name is the field of the value. FHIR's Identifier, ContactPoint and Extension (see fhir-fields.ts): the
    // system says which identifier or contact the value is, the url what the extension's `value[x]` is.
    const extension = fhirExtensionField(record);
    const named =
      namedEntryField(record) ?? fhirIdentifierField(record, field) ?? fhirContactPointField(record) ?? extension;
    const answerKey = typedAnswerKey(record);
    // `{ type: "DNI", number: "..." }`, `{ type: "mobile", number }` (see typed-numbers.ts): the type says what the
    // number is.
    const typed = named === undefined ? typedNumberField(record) : undefined;
    // A WhatsApp message's `from`, a status's `recipient_id` (see message-parties.ts): a number.
    const party = messagePartyKey(record);
    const keys = Object.keys(input);
    // A `name` (`displayName`, `nombre`) beside an e-mail, a phone or a birth date is a person's (`{ name, email }`,
    // a calendar attendee's `{ email, displayName }`).
    const nameKeys = keys.filter((key) => typeof record[key] === 'string' && plainNameKey(key));
    const nameField = nameKeys.length > 0 && personRecord(keys) ? 'person name' : undefined;
    const fields = keys.map((key) => {
      const fieldPath = [...path, key];
      // A generic key (`value`, `data`) says less than the field above it: `{ password: { value: "..." } }`.
      // A key inside a person or an address says more with it: `customer: { name }`, FHIR `address: [{ line }]`.
      const childField =
        key === party
          ? MESSAGE_PARTY_FIELD
          : named !== undefined &&
              (isNamedValueKey(key) || key === answerKey || (extension !== undefined && isFhirExtensionValueKey(key)))
            ? named
            : typed !== undefined && isTypedNumberKey(key)
              ? typed
              : GENERIC_KEYS.has(key) || (field !== undefined && dicomValueKey(record, key))
                ? (field ?? key)
                : nameField !== undefined && nameKeys.includes(key)
                  ? nameField
                  : (dicomTagField(key, record[key]) ?? namePartField(record, keys, key) ?? keyUnder(field, key));
      return [
        mapKeys ? planString(key, path, depth + 1) : () => key,
        plan(record[key], fieldPath, depth + 1, childField),
      ] as const;
    });
    const symbols = Object.getOwnPropertySymbols(input)
      .filter((symbol) => Object.prototype.propertyIsEnumerable.call(input, symbol))
      .map((symbol) => [symbol, plan((input as Record<symbol, unknown>)[symbol], path, depth + 1)] as const);
    const parts = planDateParts(record, path, field);
    return (mapped) => {
      const copy = Object.create(Object.getPrototypeOf(input)) as Record<string | symbol, unknown>;
      built.set(input, copy);
      for (const [key, field] of fields) setOwn(copy, key(mapped) as string, field(mapped));
      for (const [symbol, field] of symbols) copy[symbol] = field(mapped);
      return parts === undefined ? copy : parts(mapped, copy);
    };
  };

  /**
   * A birth date as an object of its parts under a birth-date key (`{ dob: { day: 3, month: 4, year: 1985 } }`,
   * Stripe's shape): no part alone is anything, so the parts are also read together, as one leaf of JSON text
   * under the key (`{"day":"3","month":"4","year":"1985"}`). Each part the mapper changed takes the mapped string
   * (a token); the rest keep their values.
   */
  const planDateParts = (
    record: Record<string, unknown>,
    path: Path,
    field: string | undefined,
  ): ((mapped: readonly string[], copy: Record<string | symbol, unknown>) => unknown) | undefined => {
    const keys = datePartKeys(record, field);
    if (keys === undefined) return undefined;
    const text = JSON.stringify(Object.fromEntries(keys.map((key) => [key, String(record[key])])));
    const mapped = leaf(text, path, field);
    return (all, copy) => {
      const out = mapped(all) as string;
      if (out === text) return copy;
      let parsed: unknown;
      try {
        parsed = JSON.parse(out);
      } catch {
        // Never the parts in the clear: the object becomes what the mapper made of them.
        return out;
      }
      for (const key of keys) {
        const value = (parsed as Record<string, unknown> | null)?.[key];
        if (typeof value !== 'string') return out;
        if (value !== String(record[key])) setOwn(copy as Record<string, unknown>, key, value);
      }
      return copy;
    };
  };

  const planError = (input: Error, path: Path, depth: number): Build => {
    const message = leaf(input.message, [...path, 'message']);
    const stack = input.stack === undefined ? undefined : leaf(input.stack, [...path, 'stack']);
    const cause = 'cause' in input ? plan(input.cause, [...path, 'cause'], depth + 1) : undefined;
    const fields = planObject(input, path, depth);
    return (mapped) => {
      const copy = fields(mapped) as Error;
      Object.defineProperty(copy, 'message', { value: message(mapped), writable: true, configurable: true });
      if (stack) Object.defineProperty(copy, 'stack', { value: stack(mapped), writable: true, configurable: true });
      if (cause) Object.defineProperty(copy, 'cause', { value: cause(mapped), writable: true, configurable: true });
      return copy;
    };
  };

  const build = plan(value, [], 0, options.field);
  const mapped = leaves.length === 0 ? [] : await mapper(leaves);
  if (mapped.length !== leaves.length) {
    throw new MaskError('INVALID_INPUT', 'Mapper returned a different number of strings');
  }
  return build(mapped) as T;
}

/** An own enumerable property, also for the key `__proto__` (which plain assignment would take as the prototype). */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    target[key] = value;
  }
}

/** A [name, value] pair of a list of pairs. */
/**
 * The column labels of a table written as rows of cells: a first row of two or more labels (strings of at most 64
 * characters, two with letters) and two or more rows, each an array no longer than it (the Sheets API leaves out a
 * row's empty cells at its end). Two columns of which the first is text read as name/value pairs instead (see
 * isNamedPair). Undefined for any other array.
 */
function tableHeader(rows: readonly unknown[]): readonly string[] | undefined {
  const first = rows[0];
  if (rows.length < 2 || !Array.isArray(first) || first.length < 2) return undefined;
  let labels = 0;
  for (const cell of first) {
    if (typeof cell !== 'string' || cell.length > 64) return undefined;
    if (/\p{L}/u.test(cell)) labels++;
  }
  if (labels < 2) return undefined;
  for (let index = 1; index < rows.length; index++) {
    const row = rows[index];
    if (!Array.isArray(row) || row.length > first.length) return undefined;
  }
  return first as string[];
}

function isNamedPair(item: unknown): boolean {
  return Array.isArray(item) && item.length === 2 && typeof item[0] === 'string';
}

// Keys under which a short number is a secret (`{"pin": 4821}`, `{"password": 982341}`, `cvv`, `cardCode`) or a
// medical record number (`{"mrn": 445566}`).
const SECRET_NUMBER_FIELD = /pin|pass|pwd|otp|cvv|cvc|csc|secret|security.?code|card.?code|mrn|medical.?record|nhc/i;

/** Whether a number of any size under this key may be a secret (the scanner then decides from the key). */
function namesSecretNumber(field: string | undefined): boolean {
  return field !== undefined && SECRET_NUMBER_FIELD.test(field);
}

/** Whether a number under this key may be a postal code (`{"zip": 62704}`; the scanner then checks its shape). */
function namesPostalCode(field: string | undefined): boolean {
  // The key's words only for keys that may hold one: numbers under other keys are many (counts, ids, amounts).
  return (
    field !== undefined && field.length <= 64 && /zip|post|cp|digo|plz/i.test(field) && namedKindOf(field) === 'postal'
  );
}

// A key whose last word is a latitude or longitude (`lat`, `pickup_longitude`, `dropoffLat`): its decimal is a place.
const COORDINATE_FIELD = /(?:^|[^a-z])(?:lat(?:itude?)?|lng|lon(?:g(?:itude?)?)?)$/;

/** Whether a number under this key may be a latitude or a longitude (the scanner then decides from the key). */
function namesCoordinate(field: string | undefined): boolean {
  return field !== undefined && COORDINATE_FIELD.test(field.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase());
}

// A key whose last word names a birth date (`dob`, `birth_date`, `dateOfBirth`, `fecha_nacimiento`), and the keys
// of a date's parts (English and Spanish).
const BIRTH_DATE_FIELD = /(?:dob|birth|birthdate|birthday|born|nacimiento|cumpleaños)$/;

/**
 * The keys of a birth date's parts in an object: under a birth-date key, its keys of a day, a month and a year
 * (`{ dob: { day: 3, month: 4, year: 1985, source: 'manual' } }`, other keys besides them); or, under any key, keys
 * of their own sharing one birth-date prefix (`{ dob_day: 3, dob_month: 4, dob_year: 1985 }`, `dobDay`,
 * `birth_date[day]`, as forms name them). Each part a whole number or a string of digits, each once. Undefined for
 * any other object.
 */
function datePartKeys(record: Record<string, unknown>, field: string | undefined): string[] | undefined {
  const underBirthKey = field !== undefined && BIRTH_DATE_FIELD.test(field.toLowerCase().replace(/[^\p{L}]/gu, ''));
  // By prefix (the empty prefix: the parts under a birth-date key), the keys of the day, month and year.
  const found = new Map<string, (string | undefined)[]>();
  for (const key of Object.keys(record)) {
    const part = datePartOfKey(key, underBirthKey);
    if (part === undefined) continue;
    const value = record[key];
    if (
      !(typeof value === 'number' ? Number.isSafeInteger(value) : typeof value === 'string' && /^\d{1,4}$/.test(value))
    ) {
      return undefined;
    }
    const keys = found.get(part.prefix) ?? [undefined, undefined, undefined];
    if (keys[part.part] !== undefined) return undefined;
    keys[part.part] = key;
    found.set(part.prefix, keys);
  }
  for (const keys of found.values()) {
    // In the object's order.
    if (keys.every((key) => key !== undefined)) return Object.keys(record).filter((key) => keys.includes(key));
  }
  return undefined;
}

/** The part (0 day, 1 month, 2 year) and the birth-date prefix (empty alone) of a key, or undefined. */
function datePartOfKey(key: string, alone: boolean): { part: number; prefix: string } | undefined {
  const part = alone ? datePartOfWord(key) : undefined;
  if (part !== undefined) return { part, prefix: '' };
  const prefixed = prefixedDatePart(key);
  if (prefixed === undefined || !BIRTH_DATE_FIELD.test(prefixed.prefix.replace(/[^\p{L}]/gu, ''))) return undefined;
  return prefixed;
}

/** Keys that name no meaning of their own: their value's field is the key above them. */
const GENERIC_KEYS = new Set(['value', 'val', 'v', 'data', 'text', 'content', 'raw', 'current', 'new', 'old']);

/** A number that may be an identifier written as a number: whole, seven digits or more, exactly representable. */
function mayIdentify(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 1_000_000;
}

function isThenable(value: object): boolean {
  return value instanceof Promise || typeof (value as { then?: unknown }).then === 'function';
}

function isOpaque(value: object): boolean {
  return (
    value instanceof Date ||
    value instanceof RegExp ||
    ArrayBuffer.isView(value) ||
    value instanceof ArrayBuffer ||
    value instanceof WeakMap ||
    value instanceof WeakSet ||
    typeof value === 'function'
  );
}

/** A string that holds a JSON object or array (not a bare JSON scalar, which is just text). */
function parseJsonContainer(text: string): object | undefined {
  const first = text.charCodeAt(0);
  // '{' or '[' first (after optional whitespace) and '}' or ']' last: cheap gate before JSON.parse.
  if (text.length < 2 || !(first === 123 || first === 91 || first === 32 || first === 10 || first === 9))
    return undefined;
  const trimmed = text.trim();
  const open = trimmed[0];
  const close = trimmed[trimmed.length - 1];
  if (!((open === '{' && close === '}') || (open === '[' && close === ']'))) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(trimmed);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  // The parse must hold all the text holds, or the text is scanned as text, not walked: a duplicate key's earlier
  // value is not in it, and a whole number beyond 2^53 is rounded (a 19-digit card would be hidden).
  const { strings, longNumber } = jsonTokens(trimmed);
  return !longNumber && strings === parsedStringCount(parsed) ? parsed : undefined;
}

/**
 * Strings (keys and values) in a valid JSON text, and whether a number in it would not come back as written
 * from a parse and JSON.stringify (beyond 2^53, `1e400`, `1.50`, more digits than a double holds).
 */
function jsonTokens(json: string): { strings: number; longNumber: boolean } {
  let strings = 0;
  let longNumber = false;
  for (let index = 0; index < json.length; index++) {
    const code = json.charCodeAt(index);
    if ((code >= 48 && code <= 57) || code === 45) {
      let end = index + 1;
      while (end < json.length && /[\d.eE+-]/.test(json[end] as string)) end++;
      const literal = json.slice(index, end);
      if (String(Number(literal)) !== literal) longNumber = true;
      index = end - 1;
      continue;
    }
    if (code !== 34) continue;
    strings++;
    // Skip to the closing quote: a backslash escapes the next character.
    for (index++; json.charCodeAt(index) !== 34; index++) if (json.charCodeAt(index) === 92) index++;
  }
  return { strings, longNumber };
}

/** Keys and string values in what JSON.parse returned (iterative: nesting depth is not bounded here). */
function parsedStringCount(root: unknown): number {
  let count = 0;
  const pending: unknown[] = [root];
  while (pending.length > 0) {
    const value = pending.pop();
    if (typeof value === 'string') count++;
    else if (Array.isArray(value)) for (const item of value) pending.push(item);
    else if (typeof value === 'object' && value !== null) {
      for (const [, item] of Object.entries(value)) {
        count++;
        pending.push(item);
      }
    }
  }
  return count;
}

/** Whether a key is a plain name (`name`, `displayName`, `nombre`): a person's only where its object is a person's. */
function plainNameKey(key: string): boolean {
  return key.length <= 16 && namedKindOf(key) === 'name';
}

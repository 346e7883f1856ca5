/**
 * JSON numbers that hold identifiers (a card or phone number written as a number) must be scanned too, and
 * JSON.parse would round integers past 2^53 (most 16-digit card numbers). So before parsing, number literals
 * with 6 or more digits are turned into marked strings; the caller strips the marks, lets the codec see the
 * digits, and numbers that the codec left unchanged are written back as the exact original literal. A number
 * that was detected becomes its token, a string: the value never passes through in the clear.
 */

const MARK = '\u0001mask-num:';
const MIN_DIGITS = 6;
/** A cheap pre-check: a long number literal outside a string starts the text or follows `:`, `[` or `,`. */
const MAYBE_LONG_NUMBER = /(?:^|[:[,])\s*-?\d{6}/;
const LEXEME = /"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|[^"\d-]+|[\s\S]/gy;
const MARKED_OUTPUT = /"\\u0001mask-num:(-?[0-9][0-9.eE+-]*)"/g;

type Path = (string | number)[];

/** One parsed JSON document whose long number literals the codec may see as digit strings. */
export class JsonRecord {
  private constructor(
    /** The parsed value, long numbers as digit strings: hand this to the codec. */
    readonly value: unknown,
    private readonly numberPaths: readonly Path[],
    private readonly literals: ReadonlyMap<string, string>,
  ) {}

  /** Parses JSON text (raises SyntaxError like JSON.parse). */
  static parse(text: string): JsonRecord {
    const marked = MAYBE_LONG_NUMBER.test(text) ? markLongNumbers(text) : text;
    const parsed: unknown = JSON.parse(marked);
    const box: unknown[] = [parsed];
    const numberPaths: Path[] = [];
    const literals = new Map<string, string>();
    if (marked !== text) unmark(box as never, 0, [0], numberPaths, literals);
    return new JsonRecord(box[0], numberPaths, literals);
  }

  /**
   * Serializes what the codec made of {@link value}: numbers it left unchanged go back to their exact
   * literal; a changed one (now a token, or a decoded value) stays a string.
   */
  serialize(result: unknown, indent?: string | number): string {
    const box: unknown[] = [result];
    let marked = false;
    for (const path of this.numberPaths) {
      const literal = this.literals.get(pathKey(path));
      const holder = parentAt(box, path);
      if (!holder || literal === undefined) continue;
      const key = path[path.length - 1] as string | number;
      if ((holder as Record<string | number, unknown>)[key] === literal) {
        (holder as Record<string | number, unknown>)[key] = MARK + literal;
        marked = true;
      }
    }
    const text = JSON.stringify(box[0], null, indent);
    return marked ? text.replace(MARKED_OUTPUT, '$1') : text;
  }
}

function markLongNumbers(text: string): string {
  let out = '';
  LEXEME.lastIndex = 0;
  for (;;) {
    const start = LEXEME.lastIndex;
    const match = LEXEME.exec(text);
    if (!match) {
      out += text.slice(start);
      return out;
    }
    const lexeme = match[0];
    const first = lexeme.charCodeAt(0);
    if ((first === 45 || (first >= 48 && first <= 57)) && countDigits(lexeme) >= MIN_DIGITS) {
      // Escaped: a raw control character is not allowed inside a JSON string.
      out += `"\\u0001mask-num:${lexeme}"`;
    } else {
      out += lexeme;
    }
    if (LEXEME.lastIndex >= text.length) return out;
  }
}

function countDigits(lexeme: string): number {
  let count = 0;
  for (let index = 0; index < lexeme.length; index++) {
    const code = lexeme.charCodeAt(index);
    if (code >= 48 && code <= 57) count += 1;
  }
  return count;
}

function unmark(
  holder: Record<string | number, unknown>,
  key: string | number,
  path: Path,
  found: Path[],
  literals: Map<string, string>,
): void {
  const value = holder[key];
  if (typeof value === 'string') {
    if (value.startsWith(MARK)) {
      const literal = value.slice(MARK.length);
      holder[key] = literal;
      found.push(path);
      literals.set(pathKey(path), literal);
    }
    return;
  }
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) unmark(value as never, index, [...path, index], found, literals);
  } else if (typeof value === 'object' && value !== null) {
    for (const name of Object.keys(value)) unmark(value as never, name, [...path, name], found, literals);
  }
}

function parentAt(value: unknown, path: readonly (string | number)[]): object | undefined {
  if (path.length === 0) return undefined;
  let current: unknown = value;
  for (let index = 0; index < path.length - 1; index++) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string | number, unknown>)[path[index] as string];
  }
  return typeof current === 'object' && current !== null ? current : undefined;
}

function pathKey(path: readonly (string | number)[]): string {
  return JSON.stringify(path);
}

import { GatewayHttpError } from '../http/http-error.js';

/** One schema violation: where (`items[2].text`) and what was expected. Never the offending value. */
export interface SchemaIssue {
  readonly path: string;
  readonly message: string;
}

/**
 * A validator in two parts built from one description: `check` answers "valid?" without allocating (the
 * path of every well-formed request), `explain` walks an invalid value again to say where and why. The two
 * agree by construction (each combinator defines both from the same rules) and by test.
 */
export interface Schema {
  /** Whether `value` is valid. */
  readonly check: (value: unknown) => boolean;
  /** Pushes the issues of `value` at `path` (none when `check` holds). */
  readonly explain: (value: unknown, path: string, issues: SchemaIssue[]) => void;
}

const describe = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

/** A string, optionally bounded in length (UTF-16 units) and shaped by a pattern. */
export function string(options: { min?: number; max?: number; pattern?: RegExp; patternName?: string } = {}): Schema {
  const min = options.min ?? 0;
  const max = options.max ?? Number.POSITIVE_INFINITY;
  const pattern = options.pattern;
  if (pattern?.global || pattern?.sticky) throw new TypeError('schema patterns must not be global or sticky');
  return {
    check: (value) =>
      typeof value === 'string' &&
      value.length >= min &&
      value.length <= max &&
      (pattern === undefined || pattern.test(value)),
    explain: (value, path, issues) => {
      if (typeof value !== 'string') {
        issues.push({ path, message: `expected a string, got ${describe(value)}` });
      } else if (value.length < min) {
        issues.push({ path, message: `must be at least ${min} characters` });
      } else if (value.length > max) {
        issues.push({ path, message: `must be at most ${max} characters` });
      } else if (pattern && !pattern.test(value)) {
        issues.push({ path, message: `must be ${options.patternName ?? `a string matching ${pattern}`}` });
      }
    },
  };
}

/** One of the listed strings. */
export function oneOf(values: readonly string[]): Schema {
  const allowed = new Set(values);
  const message = `must be one of ${values.map((entry) => `"${entry}"`).join(', ')}`;
  const check = (value: unknown) => typeof value === 'string' && allowed.has(value);
  return {
    check,
    explain: (value, path, issues) => {
      if (!check(value)) issues.push({ path, message });
    },
  };
}

export const boolean: Schema = {
  check: (value) => typeof value === 'boolean',
  explain: (value, path, issues) => {
    if (typeof value !== 'boolean') issues.push({ path, message: `expected a boolean, got ${describe(value)}` });
  },
};

/** Any JSON value (the route checks it further). */
export const anything: Schema = { check: () => true, explain: () => {} };

/** An array of `item`, with bounded length. */
export function array(item: Schema, options: { min?: number; max?: number } = {}): Schema {
  const min = options.min ?? 0;
  const max = options.max ?? Number.POSITIVE_INFINITY;
  return {
    check: (value) => {
      if (!Array.isArray(value) || value.length < min || value.length > max) return false;
      for (let index = 0; index < value.length; index++) if (!item.check(value[index])) return false;
      return true;
    },
    explain: (value, path, issues) => {
      if (!Array.isArray(value)) {
        issues.push({ path, message: `expected an array, got ${describe(value)}` });
        return;
      }
      if (value.length < min) {
        issues.push({ path, message: `must hold at least ${min} item(s)` });
        return;
      }
      if (value.length > max) {
        issues.push({ path, message: `must hold at most ${max} items` });
        return;
      }
      for (let index = 0; index < value.length && issues.length < 20; index++) {
        item.explain(value[index], `${path}[${index}]`, issues);
      }
    },
  };
}

const hasOwn = Object.prototype.hasOwnProperty;

/**
 * An object with the given fields. Fields are required unless listed in `optional`; unknown fields are
 * refused unless `open` (so a misspelt option never silently does nothing).
 */
export function object(
  fields: Readonly<Record<string, Schema>>,
  options: { optional?: readonly string[]; open?: boolean } = {},
): Schema {
  const optional = new Set(options.optional ?? []);
  const entries = Object.entries(fields).map(([name, schema]) => ({ name, schema, required: !optional.has(name) }));
  const known = new Set(Object.keys(fields));
  const open = options.open === true;
  const isRecord = (value: unknown): value is Record<string, unknown> =>
    typeof value === 'object' && value !== null && !Array.isArray(value);
  return {
    check: (value) => {
      if (!isRecord(value)) return false;
      for (const { name, schema, required } of entries) {
        const field = value[name];
        if (field === undefined) {
          if (required) return false;
        } else if (!schema.check(field)) {
          return false;
        }
      }
      if (!open) {
        for (const name in value) if (hasOwn.call(value, name) && !known.has(name)) return false;
      }
      return true;
    },
    explain: (value, path, issues) => {
      if (!isRecord(value)) {
        issues.push({ path: path || '(body)', message: `expected an object, got ${describe(value)}` });
        return;
      }
      for (const { name, schema, required } of entries) {
        const fieldPath = path ? `${path}.${name}` : name;
        if (value[name] === undefined) {
          if (required) issues.push({ path: fieldPath, message: 'is required' });
          continue;
        }
        schema.explain(value[name], fieldPath, issues);
      }
      if (!open) {
        for (const name of Object.keys(value)) {
          if (!known.has(name)) {
            const shown = /^[A-Za-z0-9_]{1,40}$/.test(name) ? name : '(unnamed)';
            issues.push({ path: path ? `${path}.${shown}` : shown, message: 'is not a known field' });
          }
        }
      }
    },
  };
}

/** Validates `value`, throwing a 400 that lists every issue (paths and expectations, never values). */
export function validate<T>(schema: Schema, value: unknown): T {
  if (schema.check(value)) return value as T;
  const issues: SchemaIssue[] = [];
  schema.explain(value, '', issues);
  // `check` and `explain` agree; should they ever not, refuse rather than let an unchecked value through.
  const first = issues[0] ?? { path: '(body)', message: 'is invalid' };
  throw new GatewayHttpError(400, 'INVALID_REQUEST', `Invalid request: ${first.path} ${first.message}`, {
    details: { issues: issues.length > 0 ? issues.slice(0, 20) : [first] },
  });
}

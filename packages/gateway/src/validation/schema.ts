import { GatewayHttpError } from '../http/http-error.js';

/** One schema violation: where (`items[2].text`) and what was expected. Never the offending value. */
export interface SchemaIssue {
  readonly path: string;
  readonly message: string;
}

/** A validator: checks `value` at `path`, pushing issues. */
export type Schema = (value: unknown, path: string, issues: SchemaIssue[]) => void;

const describe = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

/** A string, optionally bounded in length (UTF-16 units) and shaped by a pattern. */
export function string(options: { min?: number; max?: number; pattern?: RegExp; patternName?: string } = {}): Schema {
  return (value, path, issues) => {
    if (typeof value !== 'string') {
      issues.push({ path, message: `expected a string, got ${describe(value)}` });
      return;
    }
    if (options.min !== undefined && value.length < options.min) {
      issues.push({ path, message: `must be at least ${options.min} characters` });
    } else if (options.max !== undefined && value.length > options.max) {
      issues.push({ path, message: `must be at most ${options.max} characters` });
    } else if (options.pattern && !options.pattern.test(value)) {
      issues.push({ path, message: `must be ${options.patternName ?? `a string matching ${options.pattern}`}` });
    }
  };
}

/** One of the listed strings. */
export function oneOf(values: readonly string[]): Schema {
  return (value, path, issues) => {
    if (typeof value !== 'string' || !values.includes(value)) {
      issues.push({ path, message: `must be one of ${values.map((entry) => `"${entry}"`).join(', ')}` });
    }
  };
}

export const boolean: Schema = (value, path, issues) => {
  if (typeof value !== 'boolean') issues.push({ path, message: `expected a boolean, got ${describe(value)}` });
};

/** Any JSON value (the route checks it further). */
export const anything: Schema = () => {};

/** An array of `item`, with bounded length. */
export function array(item: Schema, options: { min?: number; max?: number } = {}): Schema {
  return (value, path, issues) => {
    if (!Array.isArray(value)) {
      issues.push({ path, message: `expected an array, got ${describe(value)}` });
      return;
    }
    if (options.min !== undefined && value.length < options.min) {
      issues.push({ path, message: `must hold at least ${options.min} item(s)` });
      return;
    }
    if (options.max !== undefined && value.length > options.max) {
      issues.push({ path, message: `must hold at most ${options.max} items` });
      return;
    }
    for (let index = 0; index < value.length && issues.length < 20; index++) {
      item(value[index], `${path}[${index}]`, issues);
    }
  };
}

/**
 * An object with the given fields. Fields are required unless listed in `optional`; unknown fields are
 * refused unless `open` (so a misspelt option never silently does nothing).
 */
export function object(
  fields: Readonly<Record<string, Schema>>,
  options: { optional?: readonly string[]; open?: boolean } = {},
): Schema {
  const optional = new Set(options.optional ?? []);
  return (value, path, issues) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      issues.push({ path: path || '(body)', message: `expected an object, got ${describe(value)}` });
      return;
    }
    const record = value as Record<string, unknown>;
    for (const [name, schema] of Object.entries(fields)) {
      const fieldPath = path ? `${path}.${name}` : name;
      if (record[name] === undefined) {
        if (!optional.has(name)) issues.push({ path: fieldPath, message: 'is required' });
        continue;
      }
      schema(record[name], fieldPath, issues);
    }
    if (!options.open) {
      for (const name of Object.keys(record)) {
        if (!(name in fields)) {
          const shown = /^[A-Za-z0-9_]{1,40}$/.test(name) ? name : '(unnamed)';
          issues.push({ path: path ? `${path}.${shown}` : shown, message: 'is not a known field' });
        }
      }
    }
  };
}

/** Validates `value`, throwing a 400 that lists every issue (paths and expectations, never values). */
export function validate<T>(schema: Schema, value: unknown): T {
  const issues: SchemaIssue[] = [];
  schema(value, '', issues);
  if (issues.length > 0) {
    const first = issues[0] as SchemaIssue;
    throw new GatewayHttpError(400, 'INVALID_REQUEST', `Invalid request: ${first.path} ${first.message}`, {
      details: { issues: issues.slice(0, 20) },
    });
  }
  return value as T;
}

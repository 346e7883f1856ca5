import { MaskError } from '../errors/mask-error.js';

/** A string leaf and where it sits (object keys are reported with the path of their object). */
export interface StringLeaf {
  readonly value: string;
  readonly path: readonly (string | number)[];
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
}

type Path = readonly (string | number)[];
type Build = (mapped: readonly string[]) => unknown;

/**
 * Rebuilds `value` with every string replaced through one batched `mapper` call, never mutating the input.
 *
 * - Plain objects, arrays, Maps and Sets are copied; shared references and cycles keep their shape.
 * - Strings holding JSON objects or arrays are parsed, walked and re-serialized (compactly) when changed.
 * - Errors keep their class; message, stack text and cause are mapped. URLs are rebuilt from the mapped href.
 * - Objects with `toJSON` (other than Date) are walked as what they serialize to; other class instances keep
 *   their prototype and have their own enumerable fields mapped.
 * - Dates, numbers, booleans, bigints, symbols, functions, binary data (ArrayBuffer and views) and
 *   Promises/WeakMaps are left intact: they hold no text to scan.
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

  const leaf = (text: string, path: Path): Build => {
    const index = leaves.push({ value: text, path }) - 1;
    return (mapped) => mapped[index];
  };

  const planString = (text: string, path: Path, depth: number): Build => {
    const json = parseJsonContainer(text);
    if (json === undefined) return leaf(text, path);
    const from = leaves.length;
    const inner = plan(json, path, depth + 1);
    const to = leaves.length;
    return (mapped) => {
      for (let index = from; index < to; index++) {
        if (mapped[index] !== leaves[index]?.value) return JSON.stringify(inner(mapped));
      }
      return text;
    };
  };

  const plan = (input: unknown, path: Path, depth: number): Build => {
    if (depth > maxDepth) {
      throw new MaskError('DEPTH_LIMIT_EXCEEDED', `Data is nested deeper than ${maxDepth} levels`);
    }
    if (typeof input === 'string') return planString(input, path, depth);
    if (typeof input !== 'object' || input === null) return () => input;
    if (planned.has(input)) return () => built.get(input);
    if (isOpaque(input)) return () => input;
    planned.add(input);

    if (Array.isArray(input)) {
      const items = input.map((item, index) => plan(item, [...path, index], depth + 1));
      return (mapped) => {
        const copy: unknown[] = [];
        built.set(input, copy);
        for (const item of items) copy.push(item(mapped));
        return copy;
      };
    }
    if (input instanceof Map) {
      const entries = [...input].map(([key, item]) => {
        const keyPath = [...path, typeof key === 'string' ? key : String(key)];
        return [mapKeys ? plan(key, keyPath, depth + 1) : () => key, plan(item, keyPath, depth + 1)] as const;
      });
      return (mapped) => {
        const copy = new Map();
        built.set(input, copy);
        for (const [key, item] of entries) copy.set(key(mapped), item(mapped));
        return copy;
      };
    }
    if (input instanceof Set) {
      const items = [...input].map((item, index) => plan(item, [...path, index], depth + 1));
      return (mapped) => {
        const copy = new Set();
        built.set(input, copy);
        for (const item of items) copy.add(item(mapped));
        return copy;
      };
    }
    if (input instanceof URL) {
      const href = leaf(input.href, path);
      return (mapped) => {
        const copy = new URL(href(mapped) as string);
        built.set(input, copy);
        return copy;
      };
    }
    if (input instanceof Error) return planError(input, path, depth);
    if (typeof (input as { toJSON?: unknown }).toJSON === 'function') {
      const inner = plan((input as { toJSON: () => unknown }).toJSON(), path, depth + 1);
      return (mapped) => {
        const copy = inner(mapped);
        built.set(input, copy);
        return copy;
      };
    }
    return planObject(input, path, depth);
  };

  const planObject = (input: object, path: Path, depth: number): Build => {
    const fields = Object.keys(input).map((key) => {
      const fieldPath = [...path, key];
      return [
        mapKeys ? planString(key, path, depth + 1) : () => key,
        plan((input as Record<string, unknown>)[key], fieldPath, depth + 1),
      ] as const;
    });
    const symbols = Object.getOwnPropertySymbols(input)
      .filter((symbol) => Object.prototype.propertyIsEnumerable.call(input, symbol))
      .map((symbol) => [symbol, plan((input as Record<symbol, unknown>)[symbol], path, depth + 1)] as const);
    return (mapped) => {
      const copy = Object.create(Object.getPrototypeOf(input)) as Record<string | symbol, unknown>;
      built.set(input, copy);
      for (const [key, field] of fields) copy[key(mapped) as string] = field(mapped);
      for (const [symbol, field] of symbols) copy[symbol] = field(mapped);
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

  const build = plan(value, [], 0);
  const mapped = leaves.length === 0 ? [] : await mapper(leaves);
  if (mapped.length !== leaves.length) {
    throw new MaskError('INVALID_INPUT', 'Mapper returned a different number of strings');
  }
  return build(mapped) as T;
}

function isOpaque(value: object): boolean {
  return (
    value instanceof Date ||
    value instanceof RegExp ||
    ArrayBuffer.isView(value) ||
    value instanceof ArrayBuffer ||
    value instanceof Promise ||
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
  try {
    const parsed: unknown = JSON.parse(trimmed);
    return typeof parsed === 'object' && parsed !== null ? parsed : undefined;
  } catch {
    return undefined;
  }
}

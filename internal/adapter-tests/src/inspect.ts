/** A string found inside a structure, with where it was found. */
export interface FoundString {
  readonly value: string;
  readonly path: string;
}

/**
 * Every string reachable from `value`: object keys and values (own enumerable and non-enumerable), array items,
 * Map keys and values, Set members, Error messages, stacks and causes. Cycles are visited once.
 */
export function collectStrings(value: unknown, maxStrings = 1_000_000): FoundString[] {
  const found: FoundString[] = [];
  const seen = new WeakSet<object>();
  const stack: { value: unknown; path: string }[] = [{ value, path: '$' }];
  while (stack.length > 0 && found.length < maxStrings) {
    const { value: current, path } = stack.pop()!;
    if (typeof current === 'string') {
      found.push({ value: current, path });
      continue;
    }
    if (typeof current !== 'object' || current === null) continue;
    if (seen.has(current)) continue;
    seen.add(current);
    if (current instanceof Map) {
      for (const [key, item] of current) {
        stack.push({ value: key, path: `${path}<key>` });
        stack.push({ value: item, path: `${path}<value>` });
      }
      continue;
    }
    if (current instanceof Set) {
      for (const item of current) stack.push({ value: item, path: `${path}<member>` });
      continue;
    }
    if (current instanceof Error) {
      stack.push({ value: current.message, path: `${path}.message` });
      stack.push({ value: current.stack, path: `${path}.stack` });
      stack.push({ value: current.cause, path: `${path}.cause` });
    }
    if (ArrayBuffer.isView(current) || current instanceof ArrayBuffer) continue;
    for (const key of Object.getOwnPropertyNames(current)) {
      found.push({ value: key, path: `${path}<key>` });
      let item: unknown;
      try {
        item = (current as Record<string, unknown>)[key];
      } catch {
        continue;
      }
      stack.push({ value: item, path: `${path}.${key}` });
    }
  }
  return found;
}

/** The plaintext forms found in `value`, each with the first place it was found. */
export function findPlaintext(value: unknown, forms: readonly string[]): { form: string; path: string }[] {
  const leaks: { form: string; path: string }[] = [];
  const strings = collectStrings(value);
  for (const form of forms) {
    const hit = strings.find((entry) => entry.value.includes(form));
    if (hit) leaks.push({ form, path: hit.path });
  }
  return leaks;
}

/** Whether any string reachable from `value` contains `needle`. */
export function containsText(value: unknown, needle: string | RegExp): boolean {
  return collectStrings(value).some((entry) =>
    typeof needle === 'string' ? entry.value.includes(needle) : needle.test(entry.value),
  );
}

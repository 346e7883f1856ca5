/** Tool responses Mask already tokenized, so that a later step does not scan them again. */
const ENCODED = new WeakSet<object>();

/** Remembers `value` as tokenized by Mask (objects only) and returns it. */
export function markEncoded<T>(value: T): T {
  if (typeof value === 'object' && value !== null) ENCODED.add(value);
  return value;
}

/** Whether Mask tokenized this object already. */
export function isEncoded(value: unknown): boolean {
  return typeof value === 'object' && value !== null && ENCODED.has(value);
}

/** Tools wrapped by `secureTool`: they decode and encode themselves. */
const SECURED = new WeakSet<object>();

export function markSecured<T extends object>(tool: T): T {
  SECURED.add(tool);
  return tool;
}

export function isSecured(tool: unknown): boolean {
  return typeof tool === 'object' && tool !== null && SECURED.has(tool);
}

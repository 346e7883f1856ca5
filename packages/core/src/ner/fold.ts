const MARK = /\p{M}/u;
const cache = new Map<number, string>();

/**
 * Case- and accent-folds one UTF-16 code unit to one code unit (`É` -> `e`), so folded text keeps the
 * offsets of the original. Combining marks fold to the empty string (callers skip them); anything whose fold
 * is not a single code unit is kept as its lower case (or as is).
 */
export function foldUnit(code: number): string {
  let folded = cache.get(code);
  if (folded !== undefined) return folded;
  const char = String.fromCharCode(code);
  if (MARK.test(char)) folded = '';
  else {
    const stripped = char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    if (stripped.length === 1) folded = stripped;
    else {
      const lower = char.toLowerCase();
      folded = lower.length === 1 ? lower : char;
    }
  }
  if (cache.size < 65_536) cache.set(code, folded);
  return folded;
}

/** Case- and accent-folds a string (`Ángela` -> `angela`); the length may change. */
export function foldKey(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

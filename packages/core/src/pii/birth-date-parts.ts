// The keys of a birth date's parts (day, month, year; English and Spanish), as the scanner reads them in text
// (recognizers/date-of-birth.ts) and deepEncode in objects (deep/deep-map-strings.ts): one list for both, so that a
// key one of them masks the other does too.

const PART_OF_WORD: Readonly<Record<string, number>> = {
  day: 0,
  dia: 0,
  día: 0,
  month: 1,
  mes: 1,
  year: 2,
  año: 2,
  anio: 2,
};
const PREFIXED_PART = /^(.+?)(?:\]\[|\[|[_.-])(day|dia|día|month|mes|year|año|anio)\]?$/i;
const CAMEL_PART = /^(.*\p{Ll})(Day|Dia|Día|Month|Mes|Year|Año|Anio)$/u;

/** The part (0 day, 1 month, 2 year) a key names alone (`day`, `Mes`), any case; undefined for another key. */
export function datePartOfWord(key: string): number | undefined {
  const lower = key.toLowerCase();
  // Own keys only: `constructor` is no part.
  return Object.hasOwn(PART_OF_WORD, lower) ? PART_OF_WORD[lower] : undefined;
}

/**
 * The part a key names after a prefix and a separator (`dob_day`, `birth_date[day]`, `dob.day`) or glued in camel
 * case (`dobDay`, `birthDateYear`), and that prefix in lower case (the caller decides whether it names a birth
 * date); undefined for another key.
 */
export function prefixedDatePart(key: string): { part: number; prefix: string } | undefined {
  const match = PREFIXED_PART.exec(key) ?? CAMEL_PART.exec(key);
  if (match === null) return undefined;
  return { part: datePartOfWord(match[2] as string) as number, prefix: (match[1] as string).toLowerCase() };
}

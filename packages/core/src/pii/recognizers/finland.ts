import type { Recognizer } from '../recognizer.js';
import { standsAlone } from '../validators/boundaries.js';
import { dayExists } from '../validators/calendar.js';

/** The check characters of a HETU, by the remainder mod 31 (no G, I, O, Q or Z). */
const HETU_CHECK = '0123456789ABCDEFHJKLMNPRSTUVWXY';

/** The century each sign stands for (the signs B-F and U-Y since 2023). */
function centuryOf(sign: string): number {
  if (sign === '+') return 1800;
  return 'ABCDEF'.includes(sign) ? 2000 : 1900;
}

/**
 * Finnish henkilötunnus (HETU, personbeteckning): DDMMYY, a century sign (`+` 1800s; `-` or Y X W V U 1900s; A-F
 * 2000s), an individual number 002-999 and a check character, DDMMYYZZZ as a number mod 31 into
 * 0123456789ABCDEFHJKLMNPRSTUVWXY. The date must exist in the sign's century.
 */
export function hetuValid(value: string): boolean {
  if (!/^\d{6}[-+A-FU-Y]\d{3}[\dA-FHJ-NPR-Y]$/.test(value) || Number(value.slice(7, 10)) < 2) return false;
  const year = centuryOf(value[6] as string) + Number(value.slice(4, 6));
  if (!dayExists(year, Number(value.slice(2, 4)), Number(value.slice(0, 2)))) return false;
  return HETU_CHECK[Number(value.slice(0, 6) + value.slice(7, 10)) % 31] === value[10];
}

/** FI_HETU: Finnish personal identity code (Presidio has none). */
export const fiHetuRecognizer: Recognizer = {
  name: 'fi-hetu',
  entity: 'FI_HETU',
  category: 'IDENTITY_INTL',
  patterns: [{ regex: /\b[0-3]\d{5}[-+A-FU-Y]\d{3}[\dA-FHJ-NPR-Y]\b/g, score: 0.4 }],
  validate: (value, match) => standsAlone(match.text, match.start, match.end) && hetuValid(value),
  context: {
    // The Finnish and Swedish terms count in every language: they are what Finnish records and forms say.
    en: ['henkilötunnus', 'henkilotunnus', 'hetu', 'personbeteckning', 'finnish id', 'social security number'],
    es: ['henkilötunnus', 'henkilotunnus', 'hetu', 'personbeteckning'],
  },
  description:
    'DDMMYY, century sign, individual number, mod-31 check character; an existing date; a context word required',
};

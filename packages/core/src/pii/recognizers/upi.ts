// India's UPI ids (virtual payment addresses): `name@handle`, where the handle names the payment service provider
// that NPCI admitted to UPI (a bank, or an app through its partner bank: Google Pay's `okhdfcbank`, PhonePe's `ybl`).
// The local part is often the holder's name or mobile number, and one id is enough to be paid or asked for money.
// The handle carries no dot, which sets an id apart from an e-mail address (`a@ybl.com` is a mailbox, EMAIL_ADDRESS's):
// the handles are a closed list, and that list is the evidence, so no context word is needed.

import type { Candidate, Recognizer } from '../recognizer.js';
import { isAlnum } from '../validators/boundaries.js';

/**
 * Handles of UPI's payment service providers, lower case: those of the apps most ids are made with and of the banks'
 * own apps, as they give them to their users. Written by hand and not exhaustive: a handle missing here is an id not
 * found, and a common word or host name added here is a `user@host` reported. Handles of banks merged away (Dena,
 * Vijaya, Syndicate) are left out, and so are two-letter ones (Standard Chartered's `sc`), which read as too many
 * other things.
 */
export const UPI_HANDLES: ReadonlySet<string> = new Set([
  // Google Pay, through four banks (and its business app's).
  'okhdfcbank',
  'okaxis',
  'oksbi',
  'okicici',
  'okbizaxis',
  // PhonePe.
  'ybl',
  'ibl',
  'axl',
  // Paytm.
  'paytm',
  'ptyes',
  'ptaxis',
  'pthdfc',
  'ptsbi',
  // Amazon Pay.
  'apl',
  'yapl',
  'rapl',
  // WhatsApp Pay.
  'waicici',
  'wahdfcbank',
  'waaxis',
  'wasbi',
  // BHIM, NPCI's own app.
  'upi',
  // Other apps: CRED, Jupiter, Fi, Navi, FamApp, Freecharge, MobiKwik, Tata Neu, Aditya Birla's ABCD, Ping Pay, and
  // Timecosmos.
  'axisb',
  'jupiteraxis',
  'fifederal',
  'naviaxis',
  'fam',
  'freecharge',
  'ikwik',
  'tapicici',
  'abfspay',
  'pingpay',
  'timecosmos',
  // Banks' own apps.
  'axisbank',
  'hdfcbank',
  'icici',
  'sbi',
  'kotak',
  'kmbl',
  'indus',
  'federal',
  'fbl',
  'idfcbank',
  'idfcfirst',
  'aubank',
  'barodampay',
  'unionbankofindia',
  'unionbank',
  'uboi',
  'pnb',
  'cnrb',
  'boi',
  'yesbank',
  'yesbankltd',
  'centralbank',
  'cbin',
  'iob',
  'indianbank',
  'indbank',
  'allbank',
  'uco',
  'mahb',
  'psb',
  'kbl',
  'kvb',
  'sib',
  'cub',
  'tmb',
  'dlb',
  'jkb',
  'rbl',
  'idbi',
  'dbs',
  'hsbc',
  'citi',
  'citigold',
  'equitas',
  'bandhan',
  'airtel',
  'postbank',
]);

const HANDLE_MAX = Math.max(...[...UPI_HANDLES].map((handle) => handle.length));
/** Lengths of the part before the `@` that UPI apps accept. */
const LOCAL_MIN = 2;
const LOCAL_MAX = 256;
const SCORE = 0.6;

/** A character of a local part: an ASCII letter or digit, `.`, `-` or `_`. */
function isLocalChar(code: number): boolean {
  return isAlnum(code) || code === 46 || code === 45 || code === 95;
}

/**
 * Whether more of a name follows the handle at `end`, so that it is no handle: a letter, digit, `_`, `-` or `@`, or
 * a `.`, `:` or `/` before one (`a@ybl.com` is an e-mail address, `deploy@sbi:/srv` and `root@dbs:~` are logins,
 * `a@upi/x` a path). A full stop or a colon that ends a sentence or a field leaves the id whole.
 */
function continuesAfter(text: string, end: number): boolean {
  if (end >= text.length) return false;
  const code = text.charCodeAt(end);
  if (isAlnum(code) || code === 95 || code === 45 || code === 64) return true;
  if (code !== 46 && code !== 58 && code !== 47) return false;
  const next = text.charCodeAt(end + 1);
  return isAlnum(next) || next === 47 || next === 126;
}

/**
 * Whether the character before the local part makes it part of something else: an e-mail local part's own
 * characters (`+`, `%`, `'`), another `@`, or a letter or digit outside ASCII (`josé@ybl` is no id).
 */
function gluedBefore(text: string, start: number): boolean {
  if (start === 0) return false;
  const code = text.charCodeAt(start - 1);
  if (code === 43 || code === 37 || code === 39 || code === 64) return true;
  return code > 127 && /[\p{L}\p{N}]/u.test(String.fromCharCode(code));
}

/**
 * Finds ids by jumping from `@` to `@` (indexOf): the handle after it is read first (a few letters, looked up in
 * UPI_HANDLES), then the local part before it, at most LOCAL_MAX characters and never back past an `@`: linear in
 * the text, however many `@` it holds.
 */
function findUpiIds(text: string): Candidate[] {
  const candidates: Candidate[] = [];
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let end = at + 1;
    const handleLimit = Math.min(text.length, at + 2 + HANDLE_MAX);
    while (end < handleLimit && isAlnum(text.charCodeAt(end))) end++;
    if (end - at - 1 > HANDLE_MAX || continuesAfter(text, end)) continue;
    if (!UPI_HANDLES.has(text.slice(at + 1, end).toLowerCase())) continue;
    let start = at;
    const lowest = Math.max(0, at - LOCAL_MAX - 1);
    while (start > lowest && isLocalChar(text.charCodeAt(start - 1))) start--;
    // A local part longer than NPCI allows, or glued to what no id holds, is part of something else.
    if (at - start > LOCAL_MAX || gluedBefore(text, start)) continue;
    // An id opens with a letter or digit: dots, hyphens and underscores before one are the text's punctuation (a
    // quotation's `...`, a flag's `--`). Like an e-mail address's, its local part does not end with a dot.
    while (start < at && !isAlnum(text.charCodeAt(start))) start++;
    if (at - start < LOCAL_MIN || text.charCodeAt(at - 1) === 46) continue;
    candidates.push({ start, end, score: SCORE });
  }
  return candidates;
}

/** IN_UPI_ID: Indian UPI id / virtual payment address (Presidio has none). */
export const inUpiIdRecognizer: Recognizer = {
  name: 'in-upi-id',
  entity: 'IN_UPI_ID',
  category: 'FINANCIAL',
  find: findUpiIds,
  triggers: ['@'],
  context: {
    en: ['upi', 'upi id', 'vpa', 'virtual payment address'],
    es: ['upi', 'vpa', 'dirección de pago virtual'],
  },
  description:
    "local part (letters, digits, . - _; 2-256) @ one of the UPI payment service providers' handles, no domain after it",
};

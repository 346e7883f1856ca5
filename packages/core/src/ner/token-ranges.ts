import { abaRoutingFormat } from '../tokens/formats/aba-routing-format.js';
import { creditCardFormat } from '../tokens/formats/credit-card-format.js';
import { emailFormat } from '../tokens/formats/email-format.js';
import { ibanFormat } from '../tokens/formats/iban-format.js';
import { ipAddressFormat } from '../tokens/formats/ip-address-format.js';
import { PLACEHOLDER_GRAMMAR } from '../tokens/formats/placeholder-format.js';
import { ssnFormat } from '../tokens/formats/ssn-format.js';
import type { TokenFormat } from '../tokens/formats/token-format.js';

/** A half-open UTF-16 range `[start, end)`. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

// Phone tokens are left out on purpose: the phone grammar matches any digit run, and blanking digits never
// hides a name. Every other format has a reserved range or a checksum, so a match is a token shape.
const FORMATS: readonly TokenFormat[] = [
  emailFormat,
  ssnFormat,
  creditCardFormat,
  abaRoutingFormat,
  ibanFormat,
  ipAddressFormat,
];

/**
 * Ranges of `text` that already are Mask tokens: `[TYPE_n]` placeholders and the format-preserving token
 * shapes (reserved ranges and checksums). Tier 1 never scans inside them.
 */
export function findTokenRanges(text: string): TextRange[] {
  const ranges: TextRange[] = [];
  for (const match of text.matchAll(new RegExp(PLACEHOLDER_GRAMMAR.source, 'g'))) {
    ranges.push({ start: match.index, end: match.index + match[0].length });
  }
  for (const format of FORMATS) {
    const flags = format.grammar.flags.includes('g') ? format.grammar.flags : `${format.grammar.flags}g`;
    for (const match of text.matchAll(new RegExp(format.grammar.source, flags))) {
      if (format.isTokenShape && !format.isTokenShape(match[0])) continue;
      ranges.push({ start: match.index, end: match.index + match[0].length });
    }
  }
  return ranges;
}

/**
 * Replaces every range with same-length neutral filler (spaces; line breaks are kept so sentence and line
 * structure survives), so offsets found in the result are offsets into `text`.
 */
export function blankRanges(text: string, ranges: readonly TextRange[]): string {
  if (ranges.length === 0) return text;
  const chars = text.split('');
  for (const range of ranges) {
    for (let index = Math.max(0, range.start); index < Math.min(chars.length, range.end); index++) {
      if (chars[index] !== '\n') chars[index] = ' ';
    }
  }
  return chars.join('');
}

/** True when `span` overlaps any of `ranges`. */
export function overlapsAny(span: TextRange, ranges: readonly TextRange[]): boolean {
  return ranges.some((range) => span.start < range.end && range.start < span.end);
}

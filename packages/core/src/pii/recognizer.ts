import { MaskError } from '../errors/mask-error.js';
import type { EntityCategory, EntityType } from '../scanner/span.js';

/** Where a candidate sits, handed to validators that look around the match (boundaries, context). */
export interface MatchContext {
  /** The whole scanned text. */
  readonly text: string;
  /** UTF-16 offset of the candidate's first code unit. */
  readonly start: number;
  /** UTF-16 offset just past the candidate. */
  readonly end: number;
}

/**
 * A validator's verdict on a candidate: `false` rejects it, `true` keeps the pattern's score, a number
 * replaces the score (for example a weaker score for a weaker shape).
 */
export type ValidatorResult = boolean | number;

/** One regular expression of a recognizer. */
export interface RecognizerPattern {
  /** Must be global (`g`) and linear: no nested quantifiers over overlapping classes. */
  readonly regex: RegExp;
  /** Base score in [0, 1] of a validated match before context. */
  readonly score: number;
  /**
   * Capture group that holds the entity (when the regex also matches a keyword before it). The group must end
   * the match, or the regex must carry the `d` flag. @default 0
   */
  readonly group?: number;
  /**
   * When no span comes of a match, try it again without its last groups, cut at these separator characters;
   * with `inside`, the search also goes on from inside each match rather than from its end. The longest
   * match is not always the value: a card followed by its expiry date (`4111 1111 1111 1111 12 27`), or after
   * another number (`536-90-4399 4111 1111 1111 1111`, `2671 4111 1111 1111 1111`, where the first 16 digits
   * also pass Luhn). Keep `inside` to patterns with short matches (the search stays linear: each start is tried
   * once per character of a match).
   */
  readonly regroup?: { readonly separators: string; readonly inside?: boolean };
}

/**
 * A bare run of ASCII digits standing as a whole word (`\b\d{min,max}\b`), optionally with a restricted first
 * digit. All recognizers' digit runs share one pass over the text, so prefer this to a regex for that shape.
 */
export interface DigitRun {
  readonly min: number;
  readonly max: number;
  /** Allowed first digits, e.g. `'12'`. @default any */
  readonly first?: string;
  /** Base score of a validated run before context. */
  readonly score: number;
}

/** A candidate produced by a recognizer's own finder. */
export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly score: number;
}

/** Context words per language (`en`, `es`, ...). Lower case; matched at word starts, case-insensitively. */
export type ContextWords = Readonly<Record<string, readonly string[]>>;

/** A recognizer: how one entity type is found, validated and scored. */
export interface Recognizer {
  /** Unique kebab-case name, reported on every span (`Span.recognizer`). */
  readonly name: string;
  /** Entity type reported (Presidio's name where Presidio has one). */
  readonly entity: EntityType;
  /** Category that `categories` / `MASK_DLP_CATEGORIES` select on. */
  readonly category: EntityCategory;
  /** Regular expressions that propose candidates. Either `patterns` or `find` (or both). */
  readonly patterns?: readonly RecognizerPattern[];
  /** Bare digit runs this recognizer wants (see {@link DigitRun}); shares one pass with every recognizer. */
  readonly digitRuns?: readonly DigitRun[];
  /** A hand-written finder for shapes a regex cannot state linearly (must itself be linear). */
  readonly find?: (text: string) => Iterable<Candidate>;
  /** A cheap check of the candidate's shape, run before context lookups and `validate`. */
  readonly shape?: (value: string) => boolean;
  /** Checks a candidate (checksums, reserved ranges). */
  readonly validate?: (value: string, match: MatchContext) => ValidatorResult;
  /** Words that, found near a candidate, raise its score by {@link CONTEXT_BOOST}. */
  readonly context?: ContextWords;
  /**
   * Literal substrings of which at least one must occur in the text for this recognizer to run
   * (case-sensitive). A cheap skip for key prefixes such as `AKIA` or `ghp_`. Any piece of what every match
   * holds will do; on long texts a piece that opens with a rare character is found fastest (the built-ins
   * search `k-ant-` for `sk-ant-`, `BEGIN ` for `-----BEGIN `: a needle opening with `s`, `-` or `:` cost up to
   * seven times more on a 64 KB log).
   */
  readonly triggers?: readonly string[];
  /** Like `triggers`, matched against the lower-cased text (give them in lower case), e.g. `password`. */
  readonly caseInsensitiveTriggers?: readonly string[];
  /** Presidio's entity name when it differs from `entity` or to state that Presidio has it. */
  readonly presidioEntity?: string;
  /**
   * Check context words before running `validate` on weak candidates (for validators dearer than a context
   * lookup, such as phone parsing). By default cheap validators (checksums) run first. @default false
   */
  readonly contextFirst?: boolean;
  /**
   * Run `validate` after every other recognizer has run, and not at all for a candidate that a span already found
   * covers and outranks at the candidate's best score (it could add nothing to the result): for validators far
   * dearer than the rest of a scan, such as phone parsing. `validate` then passes or rejects only: a number it
   * returns counts as `true`, at the pattern's score. @default false
   */
  readonly validatesLast?: boolean;
  /** Default reporting threshold of this recognizer's entity. @default 0.5 */
  readonly threshold?: number;
  /** One line on what the recognizer checks (docs and `mask detect --list`). */
  readonly description?: string;
}

/** Score added when a context word is found near a candidate (Presidio's default enhancement). */
export const CONTEXT_BOOST = 0.35;
/**
 * Score added to a candidate that needs context when a context word labels it (ends at most LABEL_REACH characters
 * before it): among recognizers reading the same digits, the labelled one ranks first. Never lifts a candidate over
 * its threshold (it applies once the threshold is met).
 */
export const LABEL_BONUS = 0.05;
/** Default reporting threshold. */
export const DEFAULT_THRESHOLD = 0.5;

/**
 * Declares a custom recognizer with checks on its shape; pass it to `new PatternScanner({ recognizers })`.
 *
 * @example
 * import { defineRecognizer, PatternScanner } from '@mask/core';
 * const employeeId = defineRecognizer({
 *   name: 'employee-id',
 *   entity: 'EMPLOYEE_ID',
 *   category: 'CORPORATE',
 *   patterns: [{ regex: /\bEMP-\d{6}\b/g, score: 0.9 }],
 *   context: { en: ['employee'], es: ['empleado'] },
 * });
 * const scanner = new PatternScanner({ recognizers: [employeeId] });
 */
export function defineRecognizer(recognizer: Recognizer): Recognizer {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(recognizer.name)) {
    throw new MaskError('CONFIG_INVALID', 'recognizer name must be kebab-case');
  }
  if (!/^[A-Z][A-Z0-9_]*$/.test(recognizer.entity)) {
    throw new MaskError('CONFIG_INVALID', 'recognizer entity must be UPPER_SNAKE');
  }
  if (!recognizer.patterns?.length && !recognizer.find && !recognizer.digitRuns?.length) {
    throw new MaskError('CONFIG_INVALID', 'recognizer needs patterns, digitRuns or find');
  }
  for (const pattern of recognizer.patterns ?? []) {
    if (!pattern.regex.global) throw new MaskError('CONFIG_INVALID', 'recognizer patterns must be global (g flag)');
    if (!(pattern.score >= 0 && pattern.score <= 1))
      throw new MaskError('CONFIG_INVALID', 'pattern score must be in [0, 1]');
  }
  return recognizer;
}

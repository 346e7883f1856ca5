/**
 * Entity type names. Presidio's names where Presidio has one (EMAIL_ADDRESS, PHONE_NUMBER, CREDIT_CARD,
 * US_SSN, IBAN_CODE, IP_ADDRESS, PERSON, LOCATION, ...); our additions use the same UPPER_SNAKE style.
 * Any UPPER_SNAKE string is accepted so that custom recognizers can add their own.
 */
export type EntityType = string;

/** A detected entity. Offsets are UTF-16 code units into the scanned text; the span never carries the value. */
export interface Span {
  readonly type: EntityType;
  readonly start: number;
  readonly end: number;
  /** Confidence in [0, 1]. */
  readonly score: number;
  /** Name of the recognizer or engine that produced it. */
  readonly recognizer: string;
  /**
   * The span is what a better overlapping finding left of this one (see `resolveOverlaps`): no format holds for
   * a part, so it is tokenized as a `[TYPE_n]` placeholder.
   */
  readonly part?: boolean;
}

/** Categories that `MASK_DLP_CATEGORIES` selects from. */
export type EntityCategory =
  | 'FINANCIAL'
  | 'CONTACT'
  | 'PERSONAL'
  | 'HEALTHCARE'
  | 'IDENTITY_US'
  | 'IDENTITY_INTL'
  | 'VEHICLE'
  | 'CORPORATE'
  | 'SECRETS'
  | 'NETWORK';

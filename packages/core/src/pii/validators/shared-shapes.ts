// Shapes several recognizers look for. Stating the same RegExp object lets the scanner run it once and hand
// each match to every recognizer that asked (their validators then check lengths and checksums).

/** 3-3-3 or 3-3-4 digit groups with one kind of separator: Canadian SIN, NHS, Australian TFN. */
export const GROUPED_3_3_X = /\b\d{3}([ -])\d{3}\1\d{3,4}\b/g;

/** A letter and 4-14 digits: US passport (next generation), state driver licences. */
export const LETTER_DIGITS = /\b[A-Z]\d{4,14}\b/g;

/** 2-3-3-3 digit groups with spaces: Australian ABN, German Steuer-ID. */
export const GROUPED_2_3_3_3 = /\b\d{2} \d{3} \d{3} \d{3}\b/g;

/** Thousands grouped by dots, a dash and a check digit or K: Chilean RUT (12.345.678-5), Colombian NIT (900.123.456-8). */
export const DOTTED_WITH_CHECK = /\b\d{1,3}(?:\.\d{3}){2,3}-[\dkK]\b/g;

/** 6-10 digits, a dash and a check digit or K: Chilean RUT (12345678-K), Colombian NIT (900123456-8). */
export const DASHED_CHECK = /\b\d{6,10}-[\dkK]\b/g;

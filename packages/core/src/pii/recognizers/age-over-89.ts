import type { Recognizer } from '../recognizer.js';

// Safe Harbor's oldest age kept as it is; 90 and over is "90 or older" (45 CFR 164.514(b)(2)(i)(C)).
const OLDEST_KEPT_AGE = 89;
// Older than any recorded human: a larger number after `age` is something else (a page, a count).
const OLDEST_AGE = 120;
// The age's words after it: `92-year-old`, `92 years old`, `92 yrs old`, `92 years of age`, `92 yo`, `92 y/o`,
// `92 años`. Not `95 years` alone (`95 years of history`).
const AGE_AFTER = /^[ -]?(?:(?:years?|yrs?)[ -](?:old|of age)|yo|y\/o|y\.o\.)(?![\w/])|^ (?:años|anos)(?![\w])/i;
// The age's label before it: `age: 93`, `aged 93`, `Age 93`, `at the age of 93`, `edad: 93`, `"age": 93`; not a
// compound key (`max-age=120`, Cache-Control's seconds; `cache_age`).
const AGE_BEFORE = /(?:^|[^\w-])(?:aged?|edad)["']?[ \t]*(?:[:=][ \t]*|of[ \t]+|de[ \t]+)?["']?$/i;

/**
 * AGE: an age over 89, which HIPAA's Safe Harbor method removes (ages up to 89 stay, as a year of birth does, see
 * DATE_OF_BIRTH): a whole number 90-120 followed by its year words or right after an age label, English or
 * Spanish. Runs only on texts holding one of those words; `age` alone (as in `page`, `message`) only lets the check run.
 */
export const ageOver89Recognizer: Recognizer = {
  name: 'age-over-89',
  entity: 'AGE',
  category: 'HEALTHCARE',
  digitRuns: [{ min: 2, max: 3, first: '19', score: 0.85 }],
  validate: (value, { text, start, end }) => {
    const age = Number(value);
    if (age <= OLDEST_KEPT_AGE || age > OLDEST_AGE) return false;
    return AGE_AFTER.test(text.slice(end, end + 12)) || AGE_BEFORE.test(text.slice(Math.max(0, start - 20), start));
  },
  // ASCII pieces of the words (see Recognizer.caseInsensitiveTriggers): `92 años` and `92 yo` alone, without one of
  // them, are not read (a trigger `años` would turn off the trigger walk for every text, `yo` is in `you`).
  caseInsensitiveTriggers: ['year', 'yrs', 'y/o', 'y.o.', 'age', 'edad', 'anos'],
  description: 'an age of 90 to 120 next to its year words or after an age label (HIPAA Safe Harbor: over 89)',
};

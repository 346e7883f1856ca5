import type { Candidate, Recognizer } from '../recognizer.js';

// Safe Harbor's oldest age kept as it is; 90 and over is "90 or older" (45 CFR 164.514(b)(2)(i)(C)).
const OLDEST_KEPT_AGE = 89;
// Older than any recorded human: a larger number after `age` is something else (a page, a count).
const OLDEST_AGE = 120;
// An age with its words: after it, `92-year-old`, `92 years old`, `92 yrs old`, `92 years of age`, `92 yo`, `92 y/o`,
// `92 años` (not `95 years` alone: `95 years of history`); or before it, `age: 93`, `aged 93`, `at the age of 93`,
// `edad: 93`, `"age": 93`, not in a compound key (`max-age=120`, Cache-Control's seconds; `cache_age`).
const AGE_PHRASE =
  /(?<![\w.])(\d{2,3})(?:[ -](?:years?|yrs?)[ -](?:old|of age)|[ -]?(?:yo|y\/o|y\.o\.)|[ \t](?:años|anos))(?![\w/])|(?<![\w-])(?:aged?|edad)["']?[ \t]*(?:[:=][ \t]*|of[ \t]+|de[ \t]+)?["']?(\d{2,3})(?![\w.])/gi;

/** The ages over 89 of the text with their words (see AGE_PHRASE), as the number alone. */
function* findAges(text: string): Generator<Candidate> {
  AGE_PHRASE.lastIndex = 0;
  for (let match = AGE_PHRASE.exec(text); match !== null; match = AGE_PHRASE.exec(text)) {
    const digits = (match[1] ?? match[2]) as string;
    const age = Number(digits);
    if (age <= OLDEST_KEPT_AGE || age > OLDEST_AGE) continue;
    const start = match[1] !== undefined ? match.index : match.index + match[0].length - digits.length;
    yield { start, end: start + digits.length, score: 0.85 };
  }
}

/**
 * AGE: an age over 89, which HIPAA's Safe Harbor method removes (ages up to 89 stay, as a year of birth does, see
 * DATE_OF_BIRTH): a whole number 90-120 with its year words after it or its age label before it, English or
 * Spanish. A finder that runs only on texts holding one of its words: as digit runs, every run of two or three
 * digits of a text holding `age` (in `message`, `page`) would have been looked at.
 */
export const ageOver89Recognizer: Recognizer = {
  name: 'age-over-89',
  entity: 'AGE',
  category: 'HEALTHCARE',
  find: findAges,
  // ASCII pieces of the words (see Recognizer.caseInsensitiveTriggers), none of them inside common words: not `age`
  // alone (`message`, `page`) nor `edad` (`sociedad`, `propiedad`). So `"age": 93` in JSON text, `92 años` and
  // `92 yo` alone are not read; under an `age` key (deepEncode) the value is read as `age: 93`.
  caseInsensitiveTriggers: ['year', 'yrs', 'y/o', 'y.o.', 'aged', 'age:', 'age of', 'edad:', 'edad de', 'anos'],
  // The words a key holds for deepEncode's keyed reading (`{"age": 93}` read as `age: 93`; `patient_age` too; also
  // `max_age`, so a config's `max_age: 120` under deepEncode reads as an age: 90-120 only).
  context: { en: ['age'], es: ['edad'] },
  description: 'an age of 90 to 120 next to its year words or after an age label (HIPAA Safe Harbor: over 89)',
};

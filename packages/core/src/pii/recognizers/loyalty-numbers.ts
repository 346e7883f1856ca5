import type { MatchContext, Recognizer, ValidatorResult } from '../recognizer.js';
import { allSame } from '../validators/checksums.js';
import { joinings, labelledValue, YEARS } from './labelled-value.js';

// A loyalty programme's membership number: a frequent flyer's (`MileagePlus #: UA 123 456 789`), a hotel guest's
// (`Marriott Bonvoy #: 884127339`), a car renter's (`Hertz Gold 77281934`). One member has it, and with it an agent's
// logs tie every booking, stay and rental to that person and open the account (many programmes let a caller in with
// the number and a name). No programme publishes a check digit, so a number is one only after its label or a
// programme's name, or under its key (see identity-fields.ts); in a booking's SSR FOID it is read by
// airline-service-requests.ts.
//
// Read: maybe an airline's two letters, then 6 or more digits, bare or in groups (`AC 884-127-339`), or 6-16 letters
// and digits. Not read: a tier or a balance (`Bonvoy: Gold`, `SkyMiles balance: 12,400`: no number right after the
// name, or a number with a comma).

const NUMBER_WORD = '(?:number|num|nbr|no|id|account|acct)';
const PROGRAMMES = [
  'bonvoy',
  'mileage[ _-]?plus',
  'mileage[ _-]?plan',
  'aadvantage',
  'sky[ _-]?miles',
  'hilton[ _-]?honors',
  'world[ _-]?of[ _-]?hyatt',
  'ihg(?:[ _-]?one)?[ _-]?rewards',
  'flying[ _-]?blue',
  'executive[ _-]?club',
  'aeroplan',
  'kris[ _-]?flyer',
  'miles[ _-]?&[ _-]?more',
  'rapid[ _-]?rewards',
  'true[ _-]?blue',
  'emerald[ _-]?club',
  'hertz[ _-]?gold(?:[ _-]?plus[ _-]?rewards)?',
].join('|');
const LOYALTY_LABEL = [
  `frequent[ _-]?fl[yi]er[ _-]?(?:${NUMBER_WORD})?`,
  `ff[ _-]?(?:number|no|nbr)`,
  // A programme's own id (`loyalty_program_id`, `reward_id`) is none of a member's: `id` only after card or member.
  `(?:loyalty|rewards?)[ _-]?(?:card[ _-]?|member(?:ship)?[ _-]?)?(?:number|num|nbr|no|account|acct)`,
  '(?:loyalty|rewards?)[ _-]?(?:card|member(?:ship)?)[ _-]?id',
  '(?:loyalty|rewards?)(?=[ \\t]?#)',
  `(?:${PROGRAMMES})(?:[ _-]?(?:member(?:ship)?[ _-]?)?${NUMBER_WORD})?`,
  'n[uú]mero[ _-]de[ _-](?:socio|viajero[ _-]frecuente|fidelizaci[oó]n)',
].join('|');
const LOYALTY_VALUE = '(?:[A-Za-z]{2}[ -]?)?(?:\\d{2,6}(?:[ -]\\d{2,6}){1,4}|[A-Za-z0-9]{6,16})';
const LOYALTY_LABELLED = labelledValue(LOYALTY_LABEL, LOYALTY_VALUE);

/**
 * Six digits or more (or seven characters with four digits, AAdvantage's `9YR0H42`), not one digit repeated, not
 * years (`Hilton Honors 2023 2024`), and not a balance (`AAdvantage 125000 miles`).
 */
function loyaltyNumberShape(value: string, { text, end }: MatchContext): ValidatorResult {
  const digits = value.replace(/\D/g, '');
  if (digits.length < 6 && !(value.length >= 7 && digits.length >= 4)) return false;
  if (allSame(digits) || YEARS.test(value)) return false;
  return !BALANCE_AFTER.test(text.slice(end, end + 12));
}

const BALANCE_AFTER = /^[ \t]?(?:miles|points|pts|nights|credits|stays|segments)\b/i;

/** LOYALTY_NUMBER: a frequent flyer's, hotel guest's or renter's membership number after its label. */
export const loyaltyNumberRecognizer: Recognizer = {
  name: 'loyalty-number',
  entity: 'LOYALTY_NUMBER',
  category: 'PERSONAL',
  patterns: [{ regex: LOYALTY_LABELLED, score: 0.85, group: 1 }],
  validate: loyaltyNumberShape,
  // Every label holds one of these; a name of two words in each spelling (`flying blue`, `flying_blue`, `FlyingBlue`).
  caseInsensitiveTriggers: [
    'frequent',
    'loyalty',
    'reward',
    'bonvoy',
    'mileage',
    'aadvantage',
    'honors',
    'hyatt',
    'aeroplan',
    'emerald',
    'hertz',
    'socio',
    'viajero',
    'fideliz',
    ...joinings('sky miles'),
    ...joinings('flying blue'),
    ...joinings('executive club'),
    ...joinings('kris flyer'),
    ...joinings('true blue'),
    'miles & more',
    'miles&more',
    'ff number',
    'ff_number',
    'ff-number',
    'ff no',
    'ff_no',
    'ff nbr',
  ],
  description:
    "a loyalty programme's membership number (frequent flyer, hotel, car rental: 6+ digits, maybe grouped or after an airline's code) right after its label or the programme's name",
};

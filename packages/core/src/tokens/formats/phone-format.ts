import { countDigits, fillDigits, type TokenFormat } from './token-format.js';

/**
 * PHONE_NUMBER: the same punctuation, length and country code. North American numbers (`+1` or ten digits)
 * get a line in 555-0100..555-0199, which the NANP reserves for fiction; UK numbers (`+44`, ten national digits)
 * get Ofcom's drama ranges (020 7946 0xxx, 07700 900xxx); see fictional-phone-ranges.ts. Other countries
 * reserve no range, so there the token keeps the country code and draws the rest, and is a token only if the
 * scope's vault holds it. Space: 800·100 for NANP, 1,000 per UK range, 10^(national digits) elsewhere.
 */
export const phoneFormat: TokenFormat = {
  entityType: 'PHONE_NUMBER',
  // Printable ASCII only: a number spaced with U+00A0 gets a placeholder, as the decode grammar's separators are
  // ASCII (a model that sends the token back with plain spaces would leave the fake number in place).
  accepts: (value) => countDigits(value) >= 7 && countDigits(value) <= 15 && /^[\x20-\x7e]+$/.test(value),
  candidate(value, stream) {
    const digits = value.replace(/\D/g, '');
    const international = value.trimStart().startsWith('+');
    const nanp =
      (international && digits.length === 11 && digits.startsWith('1')) || (!international && digits.length === 10);
    if (nanp) {
      const country = digits.length === 11 ? '1' : '';
      const area = `${2 + stream.nextBelow(8)}${stream.digits(2)}`;
      return fillDigits(value, `${country}${area}55501${stream.digits(2)}`);
    }
    if (international && digits.length === 12 && digits.startsWith('44')) {
      // Ofcom's drama ranges: mobile numbers stay mobile, others become London numbers.
      return fillDigits(value, `44${digits[2] === '7' ? '7700900' : '2079460'}${stream.digits(3)}`);
    }
    const keep = international ? countryCodeLength(digits) : 1;
    return fillDigits(value, digits.slice(0, keep) + stream.digits(digits.length - keep));
  },
  // Letters and digits glue; `_` does not (the recognizer reads `_+1 415 555 2671_` as a number).
  grammar: /(?<![A-Za-z0-9+])\+?\(?\d[\d\s().-]{5,20}\d(?![A-Za-z0-9])/g,
  // A North American token after its country code, `1-` or `1.` (`1-415-555-0123`).
  splitsAtSpaces: { whole: /^\+?\(?\d[\d\s().-]{5,20}\d$/, prefix: /^1[-.](?=\d)/ },
};

/** ITU country codes are prefix-free: 1 and 7 are one digit; these two-digit ones; the rest three. */
const TWO_DIGIT_CODES = new Set([
  '20',
  '27',
  '30',
  '31',
  '32',
  '33',
  '34',
  '36',
  '39',
  '40',
  '41',
  '43',
  '44',
  '45',
  '46',
  '47',
  '48',
  '49',
  '51',
  '52',
  '53',
  '54',
  '55',
  '56',
  '57',
  '58',
  '60',
  '61',
  '62',
  '63',
  '64',
  '65',
  '66',
  '81',
  '82',
  '84',
  '86',
  '90',
  '91',
  '92',
  '93',
  '94',
  '95',
  '98',
]);

function countryCodeLength(digits: string): number {
  if (digits.startsWith('1') || digits.startsWith('7')) return 1;
  return TWO_DIGIT_CODES.has(digits.slice(0, 2)) ? 2 : 3;
}

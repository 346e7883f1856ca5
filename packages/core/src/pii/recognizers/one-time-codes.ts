import type { Recognizer } from '../recognizer.js';

// A one-time code as a text message or an e-mail sends it: `Your verification code is: 415867`, `OTP: 4158`,
// `Your Acme code is 415-867`, `415867 is your Instagram code`. Whoever reads it in time signs in, resets the
// password or confirms the payment, so an inbox agent's model must not see it. After a label that names a one-time
// code, after `your … code is`, or before `is your … code`; four to eight digits, or two groups of three.
const CODE = '(\\d{4,8}|\\d{3}[- ]\\d{3})(?![\\d-])';
const LABELLED = new RegExp(
  `\\b(?:otp|(?:verification|one[- ]time|2fa|two[- ]factor|login|log[- ]in|sign[- ]in|authentication|auth|mfa|access)[ -](?:code|passcode|pin|password|otp))(?:[ \\t]{1,3}(?:is|was))?[ \\t]{0,3}[:#]?[ \\t]{0,3}${CODE}`,
  'gi',
);
const YOUR_CODE_IS = new RegExp(
  `\\byour(?:[ \\t]{1,3}[A-Za-z][\\w.&'-]{0,24}){0,3}[ \\t]{1,3}code[ \\t]{1,3}is[ \\t]{0,3}:?[ \\t]{0,3}${CODE}`,
  'gi',
);
const IS_YOUR_CODE = /\b(\d{4,8})(?=[ \t]{1,3}is[ \t]{1,3}your(?:[ \t]{1,3}[\w.&'-]{1,24}){0,3}?[ \t]{1,3}code\b)/gi;

// Codes of other kinds a message may call `your … code`: `Your error code is 5001`, `your zip code is 94107`.
const OTHER_CODE_BEFORE =
  /(?:error|status|exit|return|response|zip|postal|area|country|promo|discount|coupon|tracking|product|reference|order|booking|gift)[ \t]{1,3}code[ \t]{1,3}is[ \t]{0,3}:?[ \t]{0,3}$/i;

/** PASSWORD: a one-time code (OTP, verification, login or 2FA code) in a message. */
export const oneTimeCodeRecognizer: Recognizer = {
  name: 'one-time-code',
  entity: 'PASSWORD',
  category: 'SECRETS',
  patterns: [
    { regex: LABELLED, score: 0.85, group: 1 },
    { regex: YOUR_CODE_IS, score: 0.85, group: 1 },
    { regex: IS_YOUR_CODE, score: 0.85, group: 1 },
  ],
  validate: (_value, { text, start }) => !OTHER_CODE_BEFORE.test(text.slice(Math.max(0, start - 48), start)),
  // No triggers: each pattern runs only at the word runs that open it (pattern-starts.ts).
  description:
    'one-time codes: 4-8 digits after OTP, verification / login / 2FA / sign-in code, after "your … code is", or before "is your … code"',
};

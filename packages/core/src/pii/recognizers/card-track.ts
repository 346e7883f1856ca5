import type { Recognizer } from '../recognizer.js';

// A magnetic stripe's tracks, as a card reader, a POS terminal's log or a chargeback export prints them:
//
//   %B4111111111111111^DOE/JOHN A^2512101000000000000000000000000?     track 1
//   ;4111111111111111=25121010000000000000?                            track 2
//
// The card number is the credit-card recognizer's. Track 1 also names the cardholder (`SURNAME/GIVEN`, up to 26
// characters), and both tracks end with the expiry, the service code and the discretionary data, which holds the
// card verification value (CVV1 or iCVV): data PCI DSS forbids keeping after authorisation (requirement 3.3.1), so
// none of it may reach a model or its provider's logs. The patterns run only at a card number's word run after `%B`
// or `;` (pattern-starts.ts).

/** PERSON: the cardholder's name of a track 1, between the card number's `^` and the expiry's. */
export const cardTrackNameRecognizer: Recognizer = {
  name: 'card-track-name',
  entity: 'PERSON',
  category: 'PERSONAL',
  patterns: [{ regex: /(?<=%)B[2-6]\d{12,18}\^([A-Za-z][A-Za-z .'/-]{0,25})(?=\^\d{4})/g, score: 0.85, group: 1 }],
  description: "the cardholder's name of a magnetic stripe's track 1 (%B<card>^SURNAME/GIVEN^…)",
};

/**
 * CARD_SECURITY_CODE: the expiry, service code and discretionary data that end a track (the CVV1 or iCVV is among
 * them), after track 1's name or track 2's `=`, up to the end sentinel `?`.
 */
export const cardTrackDataRecognizer: Recognizer = {
  name: 'card-track-data',
  entity: 'CARD_SECURITY_CODE',
  category: 'FINANCIAL',
  patterns: [
    { regex: /(?<=%)B[2-6]\d{12,18}\^[^^?\n]{2,26}\^(\d{7}[0-9 ]{0,79})(?=\?)/g, score: 0.85, group: 1 },
    { regex: /(?<=;)[2-6]\d{12,18}=(\d{7}\d{0,20})(?=\?)/g, score: 0.85, group: 1 },
  ],
  description:
    "the expiry, service code and discretionary data (where the CVV1 or iCVV is) of a magnetic stripe's track 1 or 2",
};

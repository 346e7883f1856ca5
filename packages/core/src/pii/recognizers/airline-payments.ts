import type { Recognizer } from '../recognizer.js';
import { luhn } from '../validators/checksums.js';

// A booking's form of payment as a GDS writes it: Amadeus's `FP CCVI4532015112830366/0928` (`CC`, the card's brand
// in two letters, the number and `/` with the expiry), a travel agent's PNR display or queue report. The number is
// glued to the brand's letters, so the card recognizer, which reads a number standing alone, left it whole: a
// card number reached the model. Read: the number, when it passes the Luhn check.

const FORM_OF_PAYMENT = /\bFP[ \t]{1,3}(?:PAX[ \t]{1,3})?CC[A-Z]{2}(\d{13,19})(?=\/\d{4})/g;

/** CREDIT_CARD: the card number of a booking's form of payment (`FP CCVI4532015112830366/0928`). */
export const airlinePaymentCardRecognizer: Recognizer = {
  name: 'airline-payment-card',
  entity: 'CREDIT_CARD',
  category: 'FINANCIAL',
  patterns: [{ regex: FORM_OF_PAYMENT, score: 0.9, group: 1 }],
  validate: (value) => luhn(value),
  triggers: ['FP '],
  description: "the card number of a GDS booking's form of payment (FP CCVI4532015112830366/0928), Luhn-checked",
};

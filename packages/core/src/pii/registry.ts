import type { Recognizer } from './recognizer.js';
import { abaRoutingRecognizer } from './recognizers/aba-routing.js';
import { creditCardRecognizer } from './recognizers/credit-card.js';
import { emailRecognizer } from './recognizers/email.js';
import { ibanRecognizer } from './recognizers/iban.js';
import { ipAddressRecognizer } from './recognizers/ip-address.js';
import { createPhoneRecognizer, type PhoneRecognizerOptions } from './recognizers/phone.js';
import { usSsnRecognizer } from './recognizers/us-ssn.js';

/** Options of {@link builtinRecognizers}. */
export interface BuiltinRecognizersOptions {
  /** Phone regions tried for numbers without `+`. */
  readonly phoneRegions?: PhoneRecognizerOptions['regions'];
}

/** Every built-in recognizer, in a fixed order (the order never changes results: overlaps rank by score). */
export function builtinRecognizers(options: BuiltinRecognizersOptions = {}): Recognizer[] {
  return [
    emailRecognizer,
    createPhoneRecognizer({ regions: options.phoneRegions }),
    usSsnRecognizer,
    creditCardRecognizer,
    abaRoutingRecognizer,
    ibanRecognizer,
    ipAddressRecognizer,
  ];
}

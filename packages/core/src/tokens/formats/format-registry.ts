import { abaRoutingFormat } from './aba-routing-format.js';
import { creditCardFormat } from './credit-card-format.js';
import { emailFormat } from './email-format.js';
import { ibanFormat } from './iban-format.js';
import { ipAddressFormat } from './ip-address-format.js';
import { phoneFormat } from './phone-format.js';
import { ssnFormat } from './ssn-format.js';
import type { TokenFormat } from './token-format.js';

/** Format-preserving token formats by entity type; every other type gets a `[TYPE_n]` placeholder. */
export const TOKEN_FORMATS: ReadonlyMap<string, TokenFormat> = new Map(
  [emailFormat, phoneFormat, ssnFormat, creditCardFormat, abaRoutingFormat, ibanFormat, ipAddressFormat].map(
    (format) => [format.entityType, format],
  ),
);

import type { TokenFormat } from './token-format.js';

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

/**
 * EMAIL_ADDRESS: `<12 base32 characters>@mask.invalid`, a valid address under the `.invalid` top-level domain
 * that RFC 2606 reserves: no real mailbox has it. The value's domain is not kept (it identifies employers).
 * Space: 32^12 per scope.
 */
export const emailFormat: TokenFormat = {
  entityType: 'EMAIL_ADDRESS',
  accepts: (value) => value.includes('@'),
  candidate: (_value, stream) => `${stream.chars(12, BASE32)}@mask.invalid`,
  // Letters and digits glue; `_` and `-` do not (the recognizer reads `_ana@example.com_` as an address).
  grammar: /(?<![A-Za-z0-9.+-])[a-z2-7]{12}@mask\.invalid(?![A-Za-z0-9]|\.[A-Za-z0-9])/g,
  reserved: { mayContain: (text) => text.includes('@mask.invalid') },
};

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
  grammar: /(?<![\w.+-])[a-z2-7]{12}@mask\.invalid(?![\w-]|\.[\w-])/g,
  reserved: { mayContain: (text) => text.includes('@mask.invalid') },
};

import type { DetokenizeOptions } from '../client/text-codec.js';
import { MaskError } from '../errors/mask-error.js';
import { findTokenCandidates, selectNonOverlapping } from '../tokens/find-token-candidates.js';
import { TokenPrefixIndex } from './token-prefix-index.js';

/** What a {@link StreamRehydrator} needs from a client: `MaskClient` (or a scoped one) provides both. */
export interface StreamRehydratorClient {
  /** Tokens issued (or seen) in this client's scope. */
  issuedTokens(): ReadonlySet<string>;
  detokenizeText(text: string, options?: DetokenizeOptions): Promise<string>;
}

/** Options of a {@link StreamRehydrator}. */
export interface StreamRehydratorOptions {
  /**
   * Decode policy: return `false` to leave a token encoded (the client audits it as `policy_denied`).
   * @default every token decodes
   */
  allow?: DetokenizeOptions['allow'];
  /** Unknown placeholders raise `TOKEN_UNKNOWN` instead of staying as text. @default false */
  strict?: boolean;
  /**
   * `'json'` when the stream is JSON text (a streamed tool-call input): decoded values are escaped for a JSON
   * string, so a value with a quote or a newline keeps the JSON valid.
   * @default 'text'
   */
  encoding?: 'text' | 'json';
  /**
   * What {@link StreamRehydrator.end} does with a trailing fragment of a token that never completed (the model
   * stopped mid-token): `'keep'` emits the fragment as it is (it carries no plaintext), `'drop'` omits it,
   * `'error'` throws `MaskError` with code `DECODE_FAILED`. A fragment is never decoded in part.
   * @default 'keep'
   */
  danglingToken?: 'keep' | 'drop' | 'error';
}

/**
 * Rehydrates a text stream whose chunks may split tokens at any character. Each pushed chunk comes back
 * decoded, minus the longest suffix that is a prefix of a token issued in this scope: that suffix is held until
 * the next chunk shows whether the token completes (a complete token at the very end waits for one more
 * character, which decides its boundary). Text that cannot start a token is never delayed.
 * Framework-free: the AI SDK middleware and the gateway's SSE proxy share it.
 *
 * Calls are serialized internally, so overlapping `push` calls still emit in order.
 *
 * @example
 * import { StreamRehydrator } from '@mask/core';
 * const rehydrator = new StreamRehydrator(client);
 * for await (const chunk of modelStream) process.stdout.write(await rehydrator.push(chunk));
 * process.stdout.write(await rehydrator.end());
 */
export class StreamRehydrator {
  readonly #client: StreamRehydratorClient;
  readonly #options: StreamRehydratorOptions;
  #buffer = '';
  #state: 'open' | 'ended' | 'aborted' | 'failed' = 'open';
  #queue: Promise<unknown> = Promise.resolve();

  constructor(client: StreamRehydratorClient, options: StreamRehydratorOptions = {}) {
    if (typeof client?.issuedTokens !== 'function' || typeof client.detokenizeText !== 'function') {
      throw new MaskError('INVALID_INPUT', 'StreamRehydrator needs a client with issuedTokens() and detokenizeText()');
    }
    const danglingToken = options.danglingToken ?? 'keep';
    if (danglingToken !== 'keep' && danglingToken !== 'drop' && danglingToken !== 'error') {
      throw new MaskError('CONFIG_INVALID', "danglingToken must be 'keep', 'drop' or 'error'");
    }
    const encoding = options.encoding ?? 'text';
    if (encoding !== 'text' && encoding !== 'json') {
      throw new MaskError('CONFIG_INVALID', "encoding must be 'text' or 'json'");
    }
    this.#client = client;
    this.#options = { ...options, danglingToken, encoding };
  }

  /** Number of UTF-16 code units currently held back (never their content). */
  get heldBack(): number {
    return this.#buffer.length;
  }

  /** Adds a chunk; resolves to the text that is safe to emit now (possibly empty), decoded. */
  push(chunk: string): Promise<string> {
    if (typeof chunk !== 'string') {
      return Promise.reject(new MaskError('INVALID_INPUT', 'StreamRehydrator.push expects a string chunk'));
    }
    return this.#enqueue(async () => {
      this.#assertOpen();
      const text = this.#buffer + chunk;
      let cut = this.#index().cut(text);
      // Never end an emitted chunk between the two halves of a surrogate pair: encoders would mangle both.
      if (cut > 0 && cut === text.length && isHighSurrogate(text.charCodeAt(cut - 1))) cut--;
      this.#buffer = text.slice(cut);
      return cut === 0 ? '' : this.#decode(text.slice(0, cut));
    });
  }

  /**
   * Ends the stream: decodes what is held back. A complete token is decoded; a fragment of one is handled as
   * `danglingToken` says. Further pushes fail with `CLOSED`.
   */
  end(): Promise<string> {
    return this.#enqueue(async () => {
      this.#assertOpen();
      this.#state = 'ended';
      const text = this.#buffer;
      this.#buffer = '';
      if (text.length === 0) return '';
      const index = this.#index();
      const cut = index.cut(text);
      const tail = text.slice(cut);
      if (tail.length === 0 || index.isToken(tail)) return this.#decode(text);
      switch (this.#options.danglingToken) {
        case 'drop':
          return this.#decode(text.slice(0, cut));
        case 'error':
          throw new MaskError('DECODE_FAILED', 'stream ended inside a token');
        default:
          return (await this.#decode(text.slice(0, cut))) + tail;
      }
    });
  }

  /** Discards what is held back (the source was aborted or failed): nothing more is emitted. */
  abort(): void {
    if (this.#state === 'open') this.#state = 'aborted';
    this.#buffer = '';
  }

  /** The scope's shared index, brought up to date with the tokens issued so far. */
  #index(): TokenPrefixIndex {
    return TokenPrefixIndex.for(this.#client.issuedTokens());
  }

  #assertOpen(): void {
    if (this.#state !== 'open') throw new MaskError('CLOSED', `stream rehydrator is ${this.#state}`);
  }

  #enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(task).catch((error: unknown) => {
      if (this.#state === 'open') this.#state = 'failed';
      this.#buffer = '';
      throw error;
    });
    this.#queue = run.catch(() => undefined);
    return run;
  }

  async #decode(text: string): Promise<string> {
    const detokenizeOptions = {
      ...(this.#options.allow ? { allow: this.#options.allow } : {}),
      ...(this.#options.strict !== undefined ? { strict: this.#options.strict } : {}),
    };
    if (this.#options.encoding === 'text') {
      // Most chunks hold no token at all: the same grammar detokenizeText applies says so without a vault trip.
      if (findTokenCandidates(text).length === 0) return text;
      return this.#client.detokenizeText(text, detokenizeOptions);
    }
    // JSON text: decode each issued token found by the token grammar on its own and escape its value for a
    // JSON string. Overlapping grammar matches resolve longest first.
    const index = this.#index();
    const kept = selectNonOverlapping(
      findTokenCandidates(text, { glued: true }).filter((candidate) => index.isToken(candidate.token)),
    );
    if (kept.length === 0) return text;
    const values = new Map<string, string>();
    await Promise.all(
      [...new Set(kept.map((candidate) => candidate.token))].map(async (token) => {
        const value = await this.#client.detokenizeText(token, detokenizeOptions);
        values.set(token, value === token ? token : JSON.stringify(value).slice(1, -1));
      }),
    );
    let out = '';
    let last = 0;
    for (const candidate of kept) {
      out += text.slice(last, candidate.start) + (values.get(candidate.token) ?? candidate.token);
      last = candidate.end;
    }
    return out + text.slice(last);
  }
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

import { MaskError } from '../errors/mask-error.js';
import { MaskNLPTimeout } from '../errors/named-errors.js';

/** What the remote scanners need from `fetch` (the global one by default). */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface PostJsonOptions {
  readonly backend: string;
  readonly timeoutMs: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly fetch?: FetchLike;
  readonly signal?: AbortSignal;
}

/**
 * POSTs JSON and returns the parsed JSON answer. Fails closed with typed errors that never carry the request
 * or response body: unreachable or non-2xx -> `NER_UNAVAILABLE`; over time -> `MaskNLPTimeout`;
 * an answer that is not JSON -> `SCAN_FAILED`.
 */
export async function postJson(url: string, body: unknown, options: PostJsonOptions): Promise<unknown> {
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
  const fetchImpl = options.fetch ?? globalThis.fetch;
  let response: Response;
  let text: string;
  try {
    response = await fetchImpl(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...options.headers },
      body: JSON.stringify(body),
      signal,
    });
    text = await response.text();
  } catch {
    if (timeout.aborted) {
      throw new MaskNLPTimeout(options.timeoutMs, `${options.backend} did not answer within ${options.timeoutMs} ms`);
    }
    if (options.signal?.aborted) throw new MaskError('SCAN_FAILED', `${options.backend} call aborted`);
    throw new MaskError('NER_UNAVAILABLE', `${options.backend} is unreachable`);
  }
  if (!response.ok) throw new MaskError('NER_UNAVAILABLE', `${options.backend} answered HTTP ${response.status}`);
  try {
    return JSON.parse(text);
  } catch {
    throw new MaskError('SCAN_FAILED', `${options.backend} answered with malformed JSON`);
  }
}

/** Converts a code-point offset (Python's, Presidio's) into a UTF-16 offset of `text`; -1 if out of range. */
export function codePointOffsetToUtf16(text: string, offset: number): number {
  let utf16 = 0;
  for (let points = 0; points < offset; points++) {
    if (utf16 >= text.length) return -1;
    const code = text.charCodeAt(utf16);
    utf16 += code >= 0xd800 && code <= 0xdbff && utf16 + 1 < text.length ? 2 : 1;
  }
  return utf16;
}

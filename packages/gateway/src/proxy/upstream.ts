import type { GatewayUpstream } from '../gateway-options.js';
import { GatewayHttpError } from '../http/http-error.js';

/** Most bytes of an upstream error body kept for the caller. */
const ERROR_BODY_LIMIT = 64 * 1024;

/**
 * Posts a (scrubbed) chat request upstream; resolves once the upstream's status and headers are in. The time
 * limit covers the wait for headers only: `controller` stays attached to the body, so the caller bounds the
 * body (or each stream chunk) itself and a long, healthy stream is never cut.
 */
export async function callUpstream(
  upstream: GatewayUpstream,
  body: unknown,
  controller: AbortController,
): Promise<Response> {
  const url = `${upstream.url.replace(/\/+$/, '')}/chat/completions`;
  const signal = controller.signal;
  const timeout = { aborted: false };
  const timer = setTimeout(() => {
    timeout.aborted = true;
    controller.abort();
  }, upstream.timeoutMs ?? 120_000);
  try {
    return await fetch(url, {
      method: 'POST',
      headers: {
        ...upstream.headers,
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
        ...(upstream.apiKey ? { authorization: `Bearer ${upstream.apiKey}` } : {}),
      },
      body: JSON.stringify(body),
      signal,
    });
  } catch {
    if (timeout.aborted) throw upstreamTimeout();
    if (signal.aborted) throw new GatewayHttpError(499, 'CLIENT_CLOSED', 'The client went away');
    throw new GatewayHttpError(502, 'UPSTREAM_UNREACHABLE', 'The upstream model could not be reached');
  } finally {
    clearTimeout(timer);
  }
}

/** 504: the upstream did not answer (or finish its answer) in time. */
export function upstreamTimeout(): GatewayHttpError {
  return new GatewayHttpError(504, 'UPSTREAM_TIMEOUT', 'The upstream model did not answer in time');
}

/**
 * Turns an upstream error answer into a gateway error with the upstream's status. The upstream only ever saw
 * tokens, so its error object (kept when it is JSON) holds no plaintext.
 */
export async function upstreamError(response: Response): Promise<GatewayHttpError> {
  let upstreamBody: unknown;
  try {
    const text = await response.text();
    upstreamBody = JSON.parse(text.slice(0, ERROR_BODY_LIMIT));
  } catch {
    upstreamBody = undefined;
  }
  const inner =
    typeof upstreamBody === 'object' && upstreamBody !== null && 'error' in upstreamBody
      ? (upstreamBody as { error: unknown }).error
      : undefined;
  const status = response.status >= 400 && response.status <= 599 ? response.status : 502;
  return new GatewayHttpError(status, 'UPSTREAM_ERROR', `The upstream model answered ${response.status}`, {
    details: { upstream_status: response.status, ...(inner !== undefined ? { upstream_error: inner } : {}) },
  });
}

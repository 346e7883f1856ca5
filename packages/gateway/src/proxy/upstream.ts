import type { GatewayUpstream } from '../gateway-options.js';
import { GatewayHttpError } from '../http/http-error.js';

/** Most bytes of an upstream error body kept for the caller. */
const ERROR_BODY_LIMIT = 64 * 1024;

/** Posts a (scrubbed) chat request upstream; resolves once the upstream's status and headers are in. */
export async function callUpstream(upstream: GatewayUpstream, body: unknown, signal: AbortSignal): Promise<Response> {
  const url = `${upstream.url.replace(/\/+$/, '')}/chat/completions`;
  const timeout = AbortSignal.timeout(upstream.timeoutMs ?? 120_000);
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
      signal: AbortSignal.any([signal, timeout]),
    });
  } catch {
    if (timeout.aborted)
      throw new GatewayHttpError(504, 'UPSTREAM_TIMEOUT', 'The upstream model did not answer in time');
    if (signal.aborted) throw new GatewayHttpError(499, 'CLIENT_CLOSED', 'The client went away');
    throw new GatewayHttpError(502, 'UPSTREAM_UNREACHABLE', 'The upstream model could not be reached');
  }
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

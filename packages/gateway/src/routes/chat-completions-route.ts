import type { IncomingMessage, ServerResponse } from 'node:http';
import type { GatewayPrincipal } from '../auth/api-key-auth.js';
import { type GatewayContext, tenantFor } from '../gateway-context.js';
import type { GatewayUpstream } from '../gateway-options.js';
import { GatewayHttpError } from '../http/http-error.js';
import { sendJson } from '../http/send.js';
import { scrubRequest } from '../proxy/scrub-request.js';
import { relayStream } from '../proxy/stream-relay.js';
import { callUpstream, upstreamError, upstreamTimeout } from '../proxy/upstream.js';
import { array, boolean, object, string, validate } from '../validation/schema.js';

const chatSchema = object(
  {
    model: string({ min: 1, max: 256 }),
    messages: array(object({ role: string({ min: 1, max: 64 }) }, { open: true }), { min: 1, max: 10_000 }),
    stream: boolean,
  },
  { optional: ['stream'], open: true },
);

interface ChatRequest {
  model: string;
  messages: unknown[];
  stream?: boolean;
  [field: string]: unknown;
}

/**
 * `POST /v1/chat/completions`: tokenizes every message, tool-call argument and non-structural field, forwards the request to the
 * configured upstream, and rehydrates the answer (text and tool calls) for the caller. With `stream: true` the
 * upstream's SSE stream is relayed with prefix holdback. Each request is its own short-lived scope.
 */
export async function chatCompletionsRoute(
  context: GatewayContext,
  principal: GatewayPrincipal,
  body: unknown,
  _request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const chat = validate<ChatRequest>(chatSchema, body);
  const upstreamConfig = context.upstream as GatewayUpstream;
  const scoped = context.ephemeral({
    tenant: tenantFor(principal.keyId),
    session: `c.${context.random.hex(16)}`,
  });
  const { request: scrubbed, byType } = await scrubRequest(scoped, chat);
  for (const [type, count] of Object.entries(byType))
    context.metrics.incLabel('mask_gateway_entities_total', 'type', type, count);

  const controller = new AbortController();
  // The response's 'close' before it finished is the one reliable sign that the client went away.
  const onClose = () => {
    if (!response.writableFinished) controller.abort();
  };
  response.once('close', onClose);
  const timeoutMs = upstreamConfig.timeoutMs ?? 120_000;
  try {
    const upstream = await callUpstream(upstreamConfig, scrubbed, controller);
    if (!upstream.ok) throw await upstreamError(upstream);
    const type = upstream.headers.get('content-type') ?? '';

    if (chat.stream === true) {
      if (!type.includes('text/event-stream')) {
        await upstream.body?.cancel();
        throw new GatewayHttpError(502, 'UPSTREAM_BAD_RESPONSE', 'The upstream did not answer with an event stream');
      }
      const outcome = await relayStream({
        client: scoped,
        upstream,
        response,
        abort: () => controller.abort(),
        idleTimeoutMs: timeoutMs,
      });
      if (outcome !== 'done') {
        context.metrics.inc('mask_gateway_stream_aborts_total', {
          side: outcome === 'client_closed' ? 'client' : 'upstream',
        });
      }
      response.end();
      return;
    }

    let answer: unknown;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    try {
      answer = await upstream.json();
    } catch {
      if (timedOut) throw upstreamTimeout();
      throw new GatewayHttpError(502, 'UPSTREAM_BAD_RESPONSE', 'The upstream answer is not JSON');
    } finally {
      clearTimeout(timer);
    }
    if (typeof answer !== 'object' || answer === null || !Array.isArray((answer as { choices?: unknown }).choices)) {
      throw new GatewayHttpError(502, 'UPSTREAM_BAD_RESPONSE', 'The upstream answer has no choices');
    }
    const record = answer as Record<string, unknown>;
    // Tool-call arguments are JSON strings: deepDecode walks into them and keeps them valid JSON.
    record.choices = await scoped.deepDecode(record.choices);
    sendJson(response, 200, record);
  } finally {
    response.off('close', onClose);
  }
}

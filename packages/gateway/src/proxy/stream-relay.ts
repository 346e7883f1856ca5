import type { ServerResponse } from 'node:http';
import { type MaskClient, StreamRehydrator } from '@mask/core';
import { SseParser } from './sse-parser.js';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** How a relayed stream ended. */
export type RelayOutcome = 'done' | 'upstream_error' | 'upstream_aborted' | 'upstream_timeout' | 'client_closed';

/**
 * Relays an upstream chat-completion SSE stream to the client, rehydrating every `delta.content` and every
 * tool-call `function.arguments` fragment with a {@link StreamRehydrator} per choice and per tool call: a
 * fragment that may be the start of a token is held back until the token completes, so a token split across
 * chunks is never emitted half-decoded. On an upstream error, a malformed chunk, a stall or a stream that
 * ends without `[DONE]`, held-back text is discarded and an `error` event closes the stream: no partial token
 * ever reaches the client.
 */
export async function relayStream(options: {
  client: MaskClient;
  upstream: Response;
  response: ServerResponse;
  /** Aborts the upstream request. */
  abort: () => void;
  /** Milliseconds allowed between two upstream chunks. */
  idleTimeoutMs: number;
}): Promise<RelayOutcome> {
  const { client, upstream, response } = options;
  const rehydrators = new Map<string, StreamRehydrator>();
  const rehydrator = (key: string, encoding: 'text' | 'json') => {
    let existing = rehydrators.get(key);
    if (!existing) {
      existing = new StreamRehydrator(client, { encoding, danglingToken: 'keep' });
      rehydrators.set(key, existing);
    }
    return existing;
  };
  let clientClosed = false;
  response.once('close', () => {
    if (!response.writableFinished) {
      clientClosed = true;
      options.abort();
    }
  });
  let backpressure = false;
  const write = (data: string) => {
    if (!clientClosed && !response.write(`data: ${data}\n\n`)) backpressure = true;
  };
  // A slow client slows the relay (and so the upstream read) instead of growing an unbounded write buffer.
  const drained = async () => {
    if (!backpressure || clientClosed) return;
    backpressure = false;
    await new Promise<void>((resolve) => {
      const done = () => {
        response.off('drain', done);
        response.off('close', done);
        resolve();
      };
      response.on('drain', done);
      response.on('close', done);
    });
  };
  const fail = (outcome: RelayOutcome, code: string, message: string): RelayOutcome => {
    for (const each of rehydrators.values()) each.abort();
    if (outcome === 'upstream_error') return outcome;
    write(JSON.stringify({ error: { message, type: 'upstream_error', code } }));
    return outcome;
  };

  response.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-store',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  response.flushHeaders();

  const parser = new SseParser();
  const decoder = new TextDecoder();
  const reader = (upstream.body as ReadableStream<Uint8Array>).getReader();
  let last: Json | undefined;
  let idle: NodeJS.Timeout | undefined;
  let timedOut = false;
  const arm = () => {
    clearTimeout(idle);
    idle = setTimeout(() => {
      timedOut = true;
      options.abort();
    }, options.idleTimeoutMs);
  };

  try {
    for (;;) {
      arm();
      let chunk: Awaited<ReturnType<typeof reader.read>>;
      try {
        chunk = await reader.read();
      } catch {
        if (clientClosed) return fail('client_closed', 'CLIENT_CLOSED', 'client went away');
        if (timedOut) return fail('upstream_timeout', 'UPSTREAM_TIMEOUT', 'The upstream stream stalled');
        return fail('upstream_aborted', 'UPSTREAM_ABORTED', 'The upstream stream broke off');
      }
      const events = chunk.done
        ? parser.push(decoder.decode()).concat(parser.end())
        : parser.push(decoder.decode(chunk.value, { stream: true }));
      for (const data of events) {
        if (clientClosed) return fail('client_closed', 'CLIENT_CLOSED', 'client went away');
        if (data.trim() === '[DONE]') {
          await flushAll(rehydrators, last, write);
          write('[DONE]');
          return 'done';
        }
        let event: unknown;
        try {
          event = JSON.parse(data);
        } catch {
          return fail('upstream_aborted', 'UPSTREAM_BAD_RESPONSE', 'The upstream sent a malformed stream chunk');
        }
        if (isObject(event) && 'error' in event) {
          // The upstream reported an error in-stream: relay it (it only ever saw tokens), drop held-back text.
          fail('upstream_error', 'UPSTREAM_ERROR', '');
          write(JSON.stringify({ error: event.error }));
          return 'upstream_error';
        }
        if (!isObject(event))
          return fail('upstream_aborted', 'UPSTREAM_BAD_RESPONSE', 'The upstream sent a malformed stream chunk');
        last = event;
        await rehydrateChunk(event, rehydrator, rehydrators);
        write(JSON.stringify(event));
        await drained();
      }
      if (chunk.done) return fail('upstream_aborted', 'UPSTREAM_ABORTED', 'The upstream stream ended before [DONE]');
    }
  } catch (error) {
    // A rehydration failure (vault down) must not leak held-back text either.
    for (const each of rehydrators.values()) each.abort();
    throw error;
  } finally {
    clearTimeout(idle);
    reader.cancel().catch(() => undefined);
  }
}

async function rehydrateChunk(
  event: Json,
  rehydrator: (key: string, encoding: 'text' | 'json') => StreamRehydrator,
  rehydrators: Map<string, StreamRehydrator>,
): Promise<void> {
  const choices = Array.isArray(event.choices) ? event.choices : [];
  for (const choice of choices) {
    if (!isObject(choice)) continue;
    const index = typeof choice.index === 'number' ? choice.index : 0;
    const delta = isObject(choice.delta) ? choice.delta : undefined;
    if (delta && typeof delta.content === 'string') {
      delta.content = await rehydrator(`c:${index}`, 'text').push(delta.content);
    }
    const calls = delta && Array.isArray(delta.tool_calls) ? delta.tool_calls : [];
    for (const call of calls) {
      if (!isObject(call) || !isObject(call.function) || typeof call.function.arguments !== 'string') continue;
      const callIndex = typeof call.index === 'number' ? call.index : 0;
      call.function.arguments = await rehydrator(`t:${index}:${callIndex}`, 'json').push(call.function.arguments);
    }
    if (choice.finish_reason !== null && choice.finish_reason !== undefined) {
      // The choice is over: release what its rehydrators still hold, before the finish reason goes out.
      const target = delta ?? {};
      choice.delta = target;
      await flushChoice(index, target, rehydrators);
    }
  }
}

async function flushChoice(index: number, delta: Json, rehydrators: Map<string, StreamRehydrator>): Promise<void> {
  for (const [key, each] of rehydrators) {
    const [kind, choice, call] = key.split(':');
    if (Number(choice) !== index) continue;
    rehydrators.delete(key);
    const rest = await each.end();
    if (rest === '') continue;
    if (kind === 'c') {
      delta.content = (typeof delta.content === 'string' ? delta.content : '') + rest;
    } else {
      if (!Array.isArray(delta.tool_calls)) delta.tool_calls = [];
      const calls = delta.tool_calls as unknown[];
      const existing = calls.find((entry) => isObject(entry) && entry.index === Number(call)) as Json | undefined;
      if (existing && isObject(existing.function)) {
        existing.function.arguments = String(existing.function.arguments ?? '') + rest;
      } else {
        calls.push({ index: Number(call), function: { arguments: rest } });
      }
    }
  }
}

async function flushAll(
  rehydrators: Map<string, StreamRehydrator>,
  last: Json | undefined,
  write: (data: string) => void,
): Promise<void> {
  const indexes = [...new Set([...rehydrators.keys()].map((key) => Number(key.split(':')[1])))];
  const choices: Json[] = [];
  for (const index of indexes) {
    const delta: Json = {};
    await flushChoice(index, delta, rehydrators);
    if (Object.keys(delta).length > 0) choices.push({ index, delta, finish_reason: null });
  }
  if (choices.length === 0) return;
  write(
    JSON.stringify({
      id: last?.id,
      object: last?.object ?? 'chat.completion.chunk',
      created: last?.created,
      model: last?.model,
      choices,
    }),
  );
}

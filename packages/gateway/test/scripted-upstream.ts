import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the scripted upstream does with the next request. */
export type UpstreamScript = (
  request: { body: any; raw: string },
  response: ServerResponse,
  incoming: IncomingMessage,
) => void | Promise<void>;

/**
 * A local OpenAI-compatible upstream on loopback whose answers are scripted per test. It records every
 * request body it received, so tests can check that no plaintext ever reached it.
 */
export async function startScriptedUpstream() {
  const received: string[] = [];
  let script: UpstreamScript = (_request, response) => {
    response.writeHead(500).end();
  };
  const server = createServer((incoming, response) => {
    let raw = '';
    incoming.setEncoding('utf8');
    incoming.on('data', (chunk) => (raw += chunk));
    incoming.on('end', () => {
      received.push(raw);
      Promise.resolve(script({ body: JSON.parse(raw), raw }, response, incoming)).catch(() => response.destroy());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  return {
    url,
    received,
    setScript(next: UpstreamScript) {
      script = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** One chat.completion.chunk event. */
export function chunk(delta: Record<string, unknown>, finish: string | null = null): string {
  return `data: ${JSON.stringify({
    id: 'chatcmpl-1',
    object: 'chat.completion.chunk',
    created: 1,
    model: 'scripted',
    choices: [{ index: 0, delta, finish_reason: finish }],
  })}\n\n`;
}

/** Writes SSE text in the given pieces, yielding to the event loop between them so they leave separately. */
export async function writeSse(response: ServerResponse, pieces: readonly string[], end = true): Promise<void> {
  response.writeHead(200, { 'content-type': 'text/event-stream' });
  for (const piece of pieces) {
    response.write(piece);
    await new Promise((resolve) => setImmediate(resolve));
  }
  if (end) response.end();
}

/** Reads a gateway SSE answer: the data payloads, in order. */
export async function readSse(response: Response): Promise<string[]> {
  const text = await response.text();
  return text
    .split('\n\n')
    .filter((block) => block.startsWith('data: '))
    .map((block) => block.slice(6));
}

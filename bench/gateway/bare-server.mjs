// The baseline of the gateway load test: a bare node:http server that only reads the body, parses the
// JSON and replies with a small JSON document. Nothing a real service could do less.
import { createServer } from 'node:http';

/** Starts the bare server on a free loopback port; resolves to { url, close }. */
export function startBareServer() {
  const server = createServer((request, response) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      let parsed;
      try {
        parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        response.writeHead(400, { 'content-type': 'application/json' });
        response.end('{"error":"bad json"}');
        return;
      }
      const body = JSON.stringify({ task_id: parsed.task_id ?? null, ok: true });
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
      response.end(body);
    });
  });
  server.keepAliveTimeout = 10_000;
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

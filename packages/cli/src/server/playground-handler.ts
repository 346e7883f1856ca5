import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { type EntityCategory, type MaskClient, MaskError, type ScanOptions } from '@mask/core';

/** One NER engine choice offered by the page. */
export interface PlaygroundEngine {
  readonly id: string;
  readonly label: string;
}

export interface PlaygroundHandlerOptions {
  /** The client for an engine id (each shares one key and vault). */
  readonly clientFor: (engine: string) => MaskClient;
  readonly engines: readonly PlaygroundEngine[];
  readonly categories: readonly EntityCategory[];
  /** Shown at the top of the page (e.g. "a key was generated for this session"). */
  readonly notice?: string;
  /** Folder holding the bundled page (`dist/playground`). */
  readonly assetsDir: string;
  /** Largest accepted request body. @default 1 MiB */
  readonly maxBodyBytes?: number;
  /** Host names accepted in the Host header (DNS-rebinding guard). @default loopback names only */
  readonly allowedHosts?: readonly string[];
}

const ASSETS: Record<string, { file: string; type: string }> = {
  '/playground': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/playground/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/playground/app.js': { file: 'app.js', type: 'text/javascript; charset=utf-8' },
  '/playground/app.css': { file: 'app.css', type: 'text/css; charset=utf-8' },
};

const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

const SESSION = /^[A-Za-z0-9-]{1,64}$/;

/**
 * Serves the playground page under `/playground/` and its JSON API (`/playground/api/{info,analyze,rehydrate}`).
 * Returns false for other paths so that the caller can hand them to the gateway. Each page load gets its own
 * session scope, so one tab cannot rehydrate another's tokens. POSTs need the `x-mask-playground` header (a
 * cross-site form cannot send it) and the Host header must name this machine.
 */
export function createPlaygroundHandler(options: PlaygroundHandlerOptions) {
  const maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024;
  const allowedHosts = new Set(options.allowedHosts ?? ['localhost', '127.0.0.1', '[::1]', '::1']);
  const assets = new Map<string, Buffer>();
  const asset = (file: string) => {
    let content = assets.get(file);
    if (!content) {
      content = readFileSync(join(options.assetsDir, file));
      assets.set(file, content);
    }
    return content;
  };

  return async function handle(request: IncomingMessage, response: ServerResponse): Promise<boolean> {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/' && request.method === 'GET') {
      response.writeHead(302, { location: '/playground/' }).end();
      return true;
    }
    if (url.pathname !== '/playground' && !url.pathname.startsWith('/playground/')) return false;
    const host = (request.headers.host ?? '').replace(/:\d+$/, '');
    if (!allowedHosts.has(host)) {
      sendJson(response, 403, { error: { code: 'FORBIDDEN', message: 'Host not allowed' } });
      return true;
    }
    try {
      const file = ASSETS[url.pathname];
      if (file && (request.method === 'GET' || request.method === 'HEAD')) {
        response.writeHead(200, { 'content-type': file.type, ...SECURITY_HEADERS }).end(asset(file.file));
        return true;
      }
      if (url.pathname === '/playground/api/info' && request.method === 'GET') {
        sendJson(response, 200, {
          categories: options.categories,
          engines: options.engines,
          ...(options.notice ? { notice: options.notice } : {}),
        });
        return true;
      }
      if (
        request.method === 'POST' &&
        (url.pathname === '/playground/api/analyze' || url.pathname === '/playground/api/rehydrate')
      ) {
        if (request.headers['x-mask-playground'] !== '1') {
          sendJson(response, 403, { error: { code: 'FORBIDDEN', message: 'missing x-mask-playground header' } });
          return true;
        }
        const body = await readJson(request, maxBodyBytes);
        const result = url.pathname.endsWith('analyze') ? await analyze(options, body) : await rehydrate(options, body);
        sendJson(response, 200, result);
        return true;
      }
      sendJson(response, 404, { error: { code: 'NOT_FOUND', message: 'no such playground route' } });
    } catch (error) {
      if (error instanceof BadRequest)
        sendJson(response, error.status, { error: { code: 'INVALID_INPUT', message: error.message } });
      else if (MaskError.isInstance(error)) {
        const status = error.code === 'INVALID_INPUT' || error.code === 'DEPTH_LIMIT_EXCEEDED' ? 400 : 503;
        sendJson(response, status, { error: { code: error.code, message: error.message } });
      } else sendJson(response, 500, { error: { code: 'INTERNAL', message: 'unexpected failure' } });
    }
    return true;
  };
}

class BadRequest extends Error {
  constructor(
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

function scopedClient(options: PlaygroundHandlerOptions, body: Record<string, unknown>): MaskClient {
  const engine = typeof body.engine === 'string' && body.engine !== '' ? body.engine : options.engines[0]?.id;
  if (!options.engines.some((choice) => choice.id === engine)) throw new BadRequest('unknown engine');
  if (typeof body.session !== 'string' || !SESSION.test(body.session)) throw new BadRequest('session must be an id');
  return options.clientFor(engine as string).withScope({ session: `playground-${body.session}` });
}

async function analyze(options: PlaygroundHandlerOptions, body: Record<string, unknown>) {
  if (typeof body.text !== 'string') throw new BadRequest('text must be a string');
  const text = body.text;
  const client = scopedClient(options, body);
  const scanOptions: ScanOptions = {};
  if (Array.isArray(body.categories)) {
    const picked = body.categories.filter((category): category is EntityCategory =>
      options.categories.includes(category as EntityCategory),
    );
    // All categories picked means no filter, so entity types outside every category are still reported.
    if (picked.length < options.categories.length) Object.assign(scanOptions, { categories: picked });
  }
  const requested = body.format === 'json' || body.format === 'text' ? body.format : 'auto';
  let parsed: unknown;
  let format: 'text' | 'json' = 'text';
  if (requested !== 'text') {
    try {
      parsed = JSON.parse(text);
      format = typeof parsed === 'object' && parsed !== null ? 'json' : 'text';
    } catch {
      if (requested === 'json') throw new BadRequest('input is not valid JSON');
    }
  }
  if (Array.isArray(scanOptions.categories) && scanOptions.categories.length === 0) {
    return { format, entities: [], tokenized: text, tokens: [] };
  }
  // Highlights are spans of the pasted text itself; for JSON the model-side view is the encoded structure.
  const result = await client.tokenizeText(text, scanOptions);
  const entities = result.entities.map((entity) => ({
    type: entity.type,
    start: entity.start,
    end: entity.end,
    score: Math.round(entity.score * 1000) / 1000,
    token: entity.token,
  }));
  const tokenized =
    format === 'json' ? JSON.stringify(await client.deepEncode(parsed, scanOptions), null, 2) : result.text;
  return { format, entities, tokenized, tokens: entities.map((entity) => entity.token) };
}

async function rehydrate(options: PlaygroundHandlerOptions, body: Record<string, unknown>) {
  if (typeof body.text !== 'string') throw new BadRequest('text must be a string');
  const client = scopedClient(options, body);
  const result = await client.detokenize(body.text);
  return { text: result.text, decoded: result.decoded.length, unknown: result.unknown };
}

async function readJson(request: IncomingMessage, limit: number): Promise<Record<string, unknown>> {
  const type = request.headers['content-type'] ?? '';
  if (!type.startsWith('application/json')) throw new BadRequest('content-type must be application/json', 415);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new BadRequest(`body larger than ${limit} bytes`, 413);
    chunks.push(chunk);
  }
  let value: unknown;
  try {
    value = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new BadRequest('body is not valid JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new BadRequest('body must be an object');
  return value as Record<string, unknown>;
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...SECURITY_HEADERS });
  response.end(JSON.stringify(body));
}

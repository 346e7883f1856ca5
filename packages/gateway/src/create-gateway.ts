import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MaskClient, MaskError, MemoryVault, type Scanner, StaticKeyProvider, VaultTokenEngine } from '@mask/core';
import { RandomPool } from '@mask/core/internal';
import { ApiKeyAuth, type GatewayPrincipal } from './auth/api-key-auth.js';
import type { ClientFactory, GatewayContext } from './gateway-context.js';
import type { GatewayOptions } from './gateway-options.js';
import { KeyedSerializer } from './handles/keyed-serializer.js';
import { MapHandles } from './handles/map-handles.js';
import { GatewayHttpError } from './http/http-error.js';
import { readJsonBody } from './http/read-json-body.js';
import { sendError, sendJson, sendText } from './http/send.js';
import { isFailClosed, toHttpError } from './http/to-http-error.js';
import { RateLimiter } from './limits/rate-limiter.js';
import { GatewayMetrics } from './metrics/gateway-metrics.js';
import { apiScrubRoute } from './routes/api-scrub-route.js';
import { chatCompletionsRoute } from './routes/chat-completions-route.js';
import { rehydrateRoute } from './routes/rehydrate-route.js';
import { scrubRoute } from './routes/scrub-route.js';
import { createGatewayScanners } from './scanning/gateway-scanners.js';
import { routeSchemas } from './validation/schemas.js';

/** A running (or ready to run) gateway. */
export interface Gateway {
  /** The request handler, for embedding in your own `node:http` server or framework adapter. */
  readonly handler: (request: IncomingMessage, response: ServerResponse) => void;
  /** A `node:http` server using `handler` (not listening until you call `listen`). */
  readonly server: Server;
  /** Metrics registry (also served on `GET /metrics`). */
  readonly metrics: GatewayMetrics;
  /** Starts listening; resolves to the bound URL. @default host '127.0.0.1', port 0 (a free port) */
  listen(options?: { port?: number; host?: string }): Promise<{ url: string; port: number }>;
  /** Stops accepting connections, ends idle ones and releases scanners and the map store. */
  close(): Promise<void>;
}

type JsonRoute = (context: GatewayContext, principal: GatewayPrincipal, body: unknown) => Promise<unknown>;

const JSON_ROUTES: Readonly<Record<string, JsonRoute>> = {
  '/scrub': scrubRoute,
  '/rehydrate': rehydrateRoute,
  '/api/scrub': apiScrubRoute,
};
const KNOWN_PATHS = new Set(['/scrub', '/rehydrate', '/api/scrub', '/v1/chat/completions', '/healthz', '/metrics']);

/**
 * Builds the Mask gateway: `POST /scrub`, `POST /rehydrate`, `POST /api/scrub`, `POST /v1/chat/completions`
 * (OpenAI-compatible privacy proxy), `GET /healthz` and `GET /metrics`.
 *
 * @example
 * import { createGateway } from '@mask/gateway';
 * import { SqliteVault } from '@mask/core/sqlite';
 * const gateway = createGateway({
 *   key: process.env.MASK_MASTER_KEY,
 *   apiKeys: [process.env.MASK_GATEWAY_API_KEY],
 *   vault: new SqliteVault({ path: '/var/lib/mask/gateway.db' }),
 * });
 * const { url } = await gateway.listen({ port: 8080 });
 */
export function createGateway(options: GatewayOptions): Gateway {
  const now = options.now ?? Date.now;
  const keyProvider =
    options.keyProvider ?? (options.key !== undefined ? new StaticKeyProvider(options.key) : undefined);
  if (!keyProvider) throw new MaskError('KEY_MISSING', 'The gateway needs `key` or `keyProvider`');
  const ttlSeconds = positive(options.handleTtlSeconds ?? 3600, 'handleTtlSeconds');
  const maxBodyBytes = positive(options.maxBodyBytes ?? 1_048_576, 'maxBodyBytes');
  const auth = new ApiKeyAuth(options.apiKeys ?? [], { allowUnauthenticated: options.allowUnauthenticated ?? false });
  const perKey = limiter(options.rateLimit?.perKey, { requests: 6000, windowSeconds: 60 });
  const perIp = limiter(options.rateLimit?.perIp, { requests: 12_000, windowSeconds: 60 });
  if (options.upstream && !/^https?:\/\/[^/]/i.test(options.upstream.url)) {
    throw new MaskError('CONFIG_INVALID', 'upstream.url must be an http(s) URL');
  }

  const vault = options.vault ?? new MemoryVault();
  const scanners = createGatewayScanners({ tier0: options.tier0, engines: options.nerEngines });
  // One token engine for both scanners: tokens stay the same whichever `ner` mode minted them.
  const engine = new VaultTokenEngine({ vault, keyProvider, ttlSeconds });
  // The stateless routes keep their short-lived scopes in memory: nothing of theirs outlives 15 minutes.
  const ephemeralVault = new MemoryVault({ maxEntries: 200_000 });
  const ephemeralEngine = new VaultTokenEngine({ vault: ephemeralVault, keyProvider, ttlSeconds: 900 });
  const factory =
    (tokenEngine: VaultTokenEngine, scanner: Scanner): ClientFactory =>
    (scope) =>
      new MaskClient({
        keyProvider,
        tokenEngine,
        scanner,
        env: {},
        failStrategy: 'closed',
        audit: options.audit ?? false,
        tenant: scope.tenant,
        ...(scope.session !== undefined ? { session: scope.session } : {}),
      });
  const random = new RandomPool();
  const context: GatewayContext = {
    full: factory(engine, scanners.full),
    rules: factory(engine, scanners.rules),
    ephemeral: factory(ephemeralEngine, scanners.full),
    scanners,
    handles: new MapHandles(vault, ttlSeconds, now, random),
    handleQueue: new KeyedSerializer(),
    metrics: new GatewayMetrics(),
    schemas: routeSchemas({ maxItems: options.maxItems ?? 256, maxTextChars: options.maxTextChars ?? 262_144 }),
    upstream: options.upstream,
    maxBodyBytes,
    now,
    random,
  };
  const { metrics } = context;
  const logger = options.logger;

  const serve = async (
    request: IncomingMessage,
    response: ServerResponse,
    route: string,
    state: { keyId?: string },
  ): Promise<void> => {
    const method = request.method ?? 'GET';
    if (route === '/healthz') {
      if (method !== 'GET') throw methodNotAllowed('GET');
      sendJson(response, 200, { status: 'ok' });
      return;
    }
    if (perIp) limit(perIp, 'ip', clientIp(request, options.trustProxy ?? false));
    if (route === 'unmatched' || (route === '/v1/chat/completions' && !context.upstream)) throw notFound();
    if (route === '/metrics') {
      if (method !== 'GET') throw methodNotAllowed('GET');
      if (options.protectMetrics) auth.authenticate(request);
      sendText(response, 200, metrics.render(), 'text/plain; version=0.0.4; charset=utf-8');
      return;
    }
    if (method !== 'POST') throw methodNotAllowed('POST');
    const principal = auth.authenticate(request);
    state.keyId = principal.keyId;
    if (perKey) limit(perKey, 'key', principal.keyId);
    const body = await readJsonBody(request, maxBodyBytes);
    if (route === '/v1/chat/completions') {
      await chatCompletionsRoute(context, principal, body, request, response);
      return;
    }
    const handlerOf = JSON_ROUTES[route] as JsonRoute;
    sendJson(response, 200, await handlerOf(context, principal, body));
  };

  const limit = (limiterOf: RateLimiter, scope: 'ip' | 'key', key: string) => {
    const wait = limiterOf.take(key);
    if (wait === 0) return;
    metrics.incLabel('mask_gateway_rate_limited_total', 'limit', scope);
    throw new GatewayHttpError(
      429,
      'RATE_LIMITED',
      `Too many requests for this ${scope === 'ip' ? 'address' : 'API key'}`,
      {
        headers: { 'retry-after': String(wait) },
      },
    );
  };

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const started = performance.now();
    const requestId = random.hex(8);
    response.setHeader('x-request-id', requestId);
    const url = request.url ?? '/';
    const query = url.indexOf('?');
    const path = query === -1 ? url : url.slice(0, query);
    const route = KNOWN_PATHS.has(path) ? path : 'unmatched';
    const state: { keyId?: string } = {};
    try {
      await serve(request, response, route, state);
    } catch (error) {
      const httpError = toHttpError(error);
      if (isFailClosed(httpError)) metrics.incLabel('mask_gateway_fail_closed_total', 'reason', httpError.code);
      if (httpError.status >= 500) logger?.error('request failed', { requestId, route, code: httpError.code });
      sendError(response, httpError);
    }
    const seconds = (performance.now() - started) / 1000;
    metrics.request(route, response.statusCode, seconds);
    logger?.info('request', {
      requestId,
      method: request.method,
      route,
      status: response.statusCode,
      durationMs: Math.round(seconds * 1e5) / 100,
      ...(state.keyId ? { keyId: state.keyId } : {}),
    });
  };
  const handler = (request: IncomingMessage, response: ServerResponse): void => {
    // `handle` answers every error itself; a throw from a logger or the socket must not become an unhandled rejection.
    handle(request, response).catch(() => {
      if (!response.headersSent) response.destroy();
    });
  };

  const server = createServer({ requestTimeout: 300_000 }, handler);
  return {
    handler,
    server,
    metrics,
    listen: ({ port = 0, host = '127.0.0.1' } = {}) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          const address = server.address() as AddressInfo;
          const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
          resolve({ url: `http://${shown}:${address.port}`, port: address.port });
        });
      }),
    close: async () => {
      if (server.listening) {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeIdleConnections();
        });
      }
      if (options.audit) await options.audit.close();
      await scanners.full.close?.();
      await Promise.all([vault.close(), ephemeralVault.close()]);
    },
  };
}

function positive(value: number, name: string): number {
  if (!Number.isFinite(value) || value <= 0) throw new MaskError('CONFIG_INVALID', `${name} must be a positive number`);
  return value;
}

function limiter(
  rule: { requests: number; windowSeconds: number } | false | undefined,
  fallback: { requests: number; windowSeconds: number },
): RateLimiter | undefined {
  if (rule === false) return undefined;
  const chosen = rule ?? fallback;
  positive(chosen.requests, 'rateLimit.requests');
  positive(chosen.windowSeconds, 'rateLimit.windowSeconds');
  return new RateLimiter(chosen);
}

function clientIp(request: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = request.headers['x-forwarded-for'];
    const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
    if (first) return first;
  }
  return request.socket.remoteAddress ?? 'unknown';
}

function methodNotAllowed(allowed: string): GatewayHttpError {
  return new GatewayHttpError(405, 'METHOD_NOT_ALLOWED', `Use ${allowed}`, { headers: { allow: allowed } });
}

function notFound(): GatewayHttpError {
  return new GatewayHttpError(404, 'NOT_FOUND', 'No such route');
}

import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type EntityCategory, keyIdFor, MaskClient, MemoryVault, readEnvConfig } from '@mask/core';
import type { Gateway } from '@mask/gateway';
import { COMMON_FLAGS, parseCommandArgs } from '../args.js';
import { CliError, EXIT } from '../cli-error.js';
import type { CliIo } from '../io/cli-io.js';
import { createPlaygroundHandler, type PlaygroundEngine } from '../server/playground-handler.js';
import { CLIENT_FLAGS, cliLogger, effectiveEnv } from '../settings.js';

const FLAGS = {
  ...COMMON_FLAGS,
  ...CLIENT_FLAGS,
  port: { type: 'string', short: 'p' },
  host: { type: 'string' },
  dev: { type: 'boolean' },
  playground: { type: 'boolean' },
  gateway: { type: 'boolean' },
} as const;

export const SERVE_HELP = `Usage: mask serve [options]

Starts the Mask gateway (POST /scrub, /rehydrate, /api/scrub, /v1/chat/completions when an upstream is set,
GET /healthz, /metrics) and, on the same port, the local playground page at /playground/ (paste text or JSON,
see what is detected, what the model would see, and rehydrate an answer). The page is bundled: it loads
nothing from the network. Stop with Ctrl-C.

Options:
  -p, --port <n>     port (default MASK_GATEWAY_PORT or 8787; 0 picks a free one)
  --host <addr>      bind address (default MASK_GATEWAY_HOST or 127.0.0.1; the playground answers only to
                     loopback host names)
  --dev              local trial mode: a key generated for this run when MASK_MASTER_KEY is unset, the
                     gateway's map store in memory and no API key required (unless MASK_GATEWAY_* say otherwise)
  --no-playground    gateway only
  --no-gateway       playground only
  --vault, --vault-path, --redis-url, --key-file, --tenant   as for \`mask scrub\` (the playground's vault)

The gateway reads MASK_GATEWAY_API_KEYS, MASK_GATEWAY_STORE (sqlite by default, at ~/.mask/gateway/maps.db),
MASK_GATEWAY_UPSTREAM_URL and the other MASK_GATEWAY_* variables (see @mask/gateway).
`;

export const CATEGORIES: readonly EntityCategory[] = [
  'CONTACT',
  'FINANCIAL',
  'PERSONAL',
  'HEALTHCARE',
  'IDENTITY_US',
  'IDENTITY_INTL',
  'NETWORK',
  'SECRETS',
  'VEHICLE',
  'CORPORATE',
];

/** NER engine choices: each maps to a `MASK_SCANNER_TYPE` value. */
export const ENGINES: readonly PlaygroundEngine[] = [
  { id: 'default', label: 'Default (MASK_SCANNER_TYPE)' },
  { id: 'rules_only', label: 'Rules only (Tier 0, no NER)' },
  { id: 'local', label: 'Local NER (gazetteer + rules)' },
];

export interface RunningServer {
  readonly url: string;
  close(): Promise<void>;
}

/** `mask serve`. Resolves once the server has stopped (SIGINT/SIGTERM). */
export async function runServe(args: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs('serve', args, FLAGS);
  if (values.help) {
    io.stdout.write(SERVE_HELP);
    return EXIT.ok;
  }
  const port = Number(values.port ?? io.env.MASK_GATEWAY_PORT ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError('--port must be 0..65535');
  const host = values.host ?? io.env.MASK_GATEWAY_HOST ?? '127.0.0.1';
  if (values.playground === false && values.gateway === false)
    throw new CliError('nothing to serve: --no-playground and --no-gateway');
  const server = await startServe(io, {
    port,
    host,
    dev: values.dev === true,
    playground: values.playground !== false,
    gateway: values.gateway !== false,
    flags: values,
  });
  io.stdout.write(`mask: serving on ${server.url}\n`);
  if (values.gateway !== false) io.stdout.write(`mask: gateway at ${server.url}/scrub, /rehydrate, /healthz\n`);
  if (values.playground !== false) io.stdout.write(`mask: playground at ${server.url}/playground/\n`);
  io.stdout.write('mask: press Ctrl-C to stop\n');
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await server.close();
  return EXIT.ok;
}

export interface ServeOptions {
  readonly port: number;
  readonly host: string;
  readonly dev: boolean;
  readonly playground: boolean;
  readonly gateway: boolean;
  readonly flags: Parameters<typeof effectiveEnv>[1];
}

/** Starts the HTTP server; used by `mask serve` and by tests. */
export async function startServe(io: CliIo, options: ServeOptions): Promise<RunningServer> {
  const env = effectiveEnv(io, options.flags);
  const config = readEnvConfig(env);
  let notice: string | undefined;
  let key: Uint8Array | undefined;
  if (!config.keyVariable) {
    if (!options.dev) {
      throw new CliError(
        'no key: set MASK_MASTER_KEY (or pass --key-file), or run `mask serve --dev` to generate one for this run',
        EXIT.usage,
        '`mask keys generate` prints a key',
      );
    }
    key = new Uint8Array(randomBytes(32));
    notice = `Development mode: a key was generated for this run (key id ${keyIdFor(key)}); tokens die when the server stops.`;
    io.stderr.write(`mask: ${notice}\n`);
  }
  const logger = cliLogger(io);
  // Every engine's client must see the same tokens: a persistent backend is shared through its URL or file;
  // the in-memory default is one object handed to all of them.
  const sharedVault = config.vaultType === 'memory' ? new MemoryVault() : undefined;
  const common = { env, logger, ...(key ? { key } : {}), ...(sharedVault ? { vault: sharedVault } : {}) };
  const base = new MaskClient({ ...common, tenant: options.flags.tenant ?? config.tenant ?? 'playground' });
  const byEngine = new Map<string, MaskClient>([['default', base]]);
  const clientFor = (engine: string): MaskClient => {
    let client = byEngine.get(engine);
    if (!client) {
      client = new MaskClient({ ...common, env: { ...env, MASK_SCANNER_TYPE: engine }, tenant: base.scope.tenant });
      byEngine.set(engine, client);
    }
    return client;
  };
  const assetsDir = join(dirname(fileURLToPath(import.meta.url)), 'playground');
  const playground = options.playground
    ? createPlaygroundHandler({
        clientFor,
        engines: ENGINES,
        categories: CATEGORIES,
        assetsDir,
        ...(notice ? { notice } : {}),
      })
    : undefined;

  let gateway: Gateway | undefined;
  if (options.gateway) {
    try {
      gateway = await createLocalGateway(env, key, options.dev);
    } catch (error) {
      for (const client of byEngine.values()) await client.close();
      await sharedVault?.close();
      throw error;
    }
  }

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    void (async () => {
      if (playground && (await playground(request, response))) return;
      if (gateway) {
        gateway.handler(request, response);
        return;
      }
      response
        .writeHead(404, { 'content-type': 'application/json' })
        .end(JSON.stringify({ error: { code: 'NOT_FOUND' } }));
    })().catch(() => {
      if (!response.headersSent) response.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(new CliError(`cannot listen on ${options.host}:${options.port}: ${error.code ?? 'error'}`, EXIT.usage)),
    );
    server.listen(options.port, options.host, () => resolve());
  });
  const address = server.address();
  const boundPort = typeof address === 'object' && address ? address.port : options.port;
  const shownHost = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${shownHost}:${boundPort}`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      // Vault and key are shared by the engine clients; closing the base last releases them.
      for (const [engine, client] of byEngine) if (engine !== 'default') await client.close();
      await base.close();
      await sharedVault?.close();
      await gateway?.close();
    },
  };
}

/**
 * The gateway as `MASK_GATEWAY_*` configure it. `--dev` fills in what a first local try lacks: the run's key,
 * a memory map store and no API key, each only when the environment does not set it.
 */
async function createLocalGateway(
  env: Record<string, string | undefined>,
  generatedKey: Uint8Array | undefined,
  dev: boolean,
): Promise<Gateway> {
  // Loaded here, so that the other commands never load the gateway.
  const { createGateway, gatewayOptionsFromEnv, openGatewayStore } = await import('@mask/gateway');
  const options = gatewayOptionsFromEnv(env);
  const devDefaults = dev
    ? {
        ...(env.MASK_GATEWAY_STORE ? {} : { store: { type: 'memory' as const } }),
        ...((options.apiKeys?.length ?? 0) > 0 ? {} : { allowUnauthenticated: true }),
      }
    : {};
  const settings = { ...options, ...devDefaults, ...(generatedKey ? { key: generatedKey } : {}) };
  const vault = await openGatewayStore(settings.store ?? { type: 'sqlite' });
  try {
    return createGateway({ ...settings, vault });
  } catch (error) {
    await vault.close();
    throw error;
  }
}

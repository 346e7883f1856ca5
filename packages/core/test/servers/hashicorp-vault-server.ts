import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { type LocalHttpServer, sendJson, startHttpServer } from './http-server.js';

/**
 * A local HashiCorp Vault speaking the documented HTTP API for the KV v2 engine (`GET /v1/<mount>/data/<path>`,
 * `GET /v1/<mount>/metadata/<path>`, `POST /v1/<mount>/data/<path>`) and the transit engine
 * (`POST /v1/transit/encrypt/<name>`, `POST /v1/transit/decrypt/<name>`), with `X-Vault-Token` checks.
 */
export interface LocalVault extends LocalHttpServer {
  readonly token: string;
  /** Writes a new version of a KV v2 secret (mount `secret`). */
  writeKv(path: string, data: Record<string, string>): number;
  /** Creates a transit key. */
  createTransitKey(name: string): void;
}

export async function startHashiCorpVaultServer(): Promise<LocalVault> {
  const token = `hvs.${randomBytes(12).toString('hex')}`;
  const kv = new Map<string, Record<string, string>[]>();
  const transit = new Map<string, Buffer>();
  const errors = (response: Parameters<typeof sendJson>[0], status: number, text: string) =>
    sendJson(response, status, { errors: [text] });

  const server = await startHttpServer((request, body, response) => {
    if (request.headers['x-vault-token'] !== token) return errors(response, 403, 'permission denied');
    const url = new URL(request.url ?? '/', 'http://vault');
    let match = /^\/v1\/secret\/(data|metadata)\/(.+)$/.exec(url.pathname);
    if (match) {
      const versions = kv.get(decodeURIComponent(match[2] as string));
      if (!versions) return errors(response, 404, '');
      if (match[1] === 'metadata') {
        return sendJson(response, 200, {
          data: {
            current_version: versions.length,
            versions: Object.fromEntries(
              versions.map((_, index) => [String(index + 1), { deletion_time: '', destroyed: false }]),
            ),
          },
        });
      }
      const version = Number(url.searchParams.get('version') ?? versions.length);
      const data = versions[version - 1];
      if (!data) return errors(response, 404, '');
      return sendJson(response, 200, { data: { data, metadata: { version } } });
    }
    match = /^\/v1\/transit\/(encrypt|decrypt)\/([^/]+)$/.exec(url.pathname);
    if (match && request.method === 'POST') {
      const key = transit.get(match[2] as string);
      if (!key) return errors(response, 404, '');
      const input = JSON.parse(body || '{}') as { plaintext?: string; ciphertext?: string };
      if (match[1] === 'encrypt') {
        const iv = randomBytes(12);
        const cipher = createCipheriv('aes-256-gcm', key, iv);
        const sealed = Buffer.concat([
          iv,
          cipher.update(Buffer.from(input.plaintext ?? '', 'base64')),
          cipher.final(),
          cipher.getAuthTag(),
        ]);
        return sendJson(response, 200, { data: { ciphertext: `vault:v1:${sealed.toString('base64')}` } });
      }
      try {
        const raw = Buffer.from(String(input.ciphertext).replace(/^vault:v\d+:/, ''), 'base64');
        const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
        decipher.setAuthTag(raw.subarray(raw.length - 16));
        const plaintext = Buffer.concat([decipher.update(raw.subarray(12, raw.length - 16)), decipher.final()]);
        return sendJson(response, 200, { data: { plaintext: plaintext.toString('base64') } });
      } catch {
        return errors(response, 400, 'cipher: message authentication failed');
      }
    }
    return errors(response, 404, '');
  });
  return {
    ...server,
    token,
    writeKv(path, data) {
      const versions = kv.get(path) ?? [];
      versions.push(data);
      kv.set(path, versions);
      return versions.length;
    },
    createTransitKey(name) {
      transit.set(name, randomBytes(32));
    },
  };
}

import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type LocalHttpServer, sendJson, startHttpServer } from './http-server.js';

/**
 * A local Azure Key Vault speaking the documented REST API for secrets over HTTPS (a throwaway self-signed
 * certificate): the bearer challenge (`401` + `WWW-Authenticate: Bearer authorization=..., resource=...`),
 * then `GET /secrets/{name}/{version}?api-version=...` with `Authorization: Bearer <token>`.
 */
export interface LocalAzureKeyVault extends LocalHttpServer {
  /** PEM of the server's certificate, to trust in the client. */
  readonly certificate: string;
  /** The bearer token the server accepts. */
  readonly accessToken: string;
  /** Adds a version of a secret and returns its version id. */
  setSecret(name: string, value: string): string;
}

export async function startAzureKeyVaultServer(): Promise<LocalAzureKeyVault> {
  const dir = mkdtempSync(join(tmpdir(), 'mask-azure-'));
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1,DNS:localhost',
    ],
    { stdio: 'ignore' },
  );
  const tls = { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8') };
  rmSync(dir, { recursive: true, force: true });
  const accessToken = randomBytes(16).toString('hex');
  const secrets = new Map<string, { version: string; value: string }[]>();
  let baseUrl = '';

  const server = await startHttpServer((request, _body, response): void => {
    if (request.headers.authorization !== `Bearer ${accessToken}`) {
      response.writeHead(401, {
        'www-authenticate':
          'Bearer authorization="https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000", resource="https://vault.azure.net"',
      });
      response.end();
      return;
    }
    const url = new URL(request.url ?? '/', 'https://vault');
    if (!url.searchParams.get('api-version')) {
      sendJson(response, 400, { error: { code: 'BadParameter' } });
      return;
    }
    const match = /^\/secrets\/([0-9A-Za-z-]+)(?:\/([0-9a-f]*))?\/?$/.exec(url.pathname);
    const versions = match ? secrets.get(match[1] as string) : undefined;
    const secret =
      versions && (match?.[2] ? versions.find((item) => item.version === match[2]) : versions[versions.length - 1]);
    if (!match || !secret) {
      sendJson(response, 404, { error: { code: 'SecretNotFound', message: 'not found' } });
      return;
    }
    sendJson(response, 200, {
      value: secret.value,
      id: `${baseUrl}/secrets/${match[1]}/${secret.version}`,
      attributes: { enabled: true, created: 1_700_000_000, updated: 1_700_000_000, recoveryLevel: 'Recoverable' },
    });
  }, tls);
  baseUrl = server.url;
  return {
    ...server,
    certificate: tls.cert,
    accessToken,
    setSecret(name, value) {
      const version = randomBytes(16).toString('hex');
      secrets.set(name, [...(secrets.get(name) ?? []), { version, value }]);
      return version;
    },
  };
}

import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { type LocalHttpServer, sendJson, startHttpServer } from './http-server.js';

/**
 * A local AWS KMS speaking the documented JSON 1.1 protocol (`X-Amz-Target: TrentService.<Operation>`) for
 * Encrypt, Decrypt and GenerateDataKey. Ciphertext blobs are opaque to clients, as in KMS: here
 * `keyIdLength || keyId || iv || AES-256-GCM(plaintext) || tag` under a per-key master held by the server,
 * with the encryption context as associated data.
 */
export interface LocalKms extends LocalHttpServer {
  /** Creates a KMS key and returns its id. */
  createKey(): string;
}

export async function startKmsServer(): Promise<LocalKms> {
  const masters = new Map<string, Buffer>();
  const context = (value: unknown) => JSON.stringify(Object.entries((value as Record<string, string>) ?? {}).sort());
  const error = (response: Parameters<typeof sendJson>[0], type: string, status = 400) =>
    sendJson(
      response,
      status,
      { __type: type, message: `${type} (local KMS)` },
      { 'content-type': 'application/x-amz-json-1.1' },
    );

  const server = await startHttpServer((request, body, response) => {
    const target = String(request.headers['x-amz-target'] ?? '');
    if (!String(request.headers.authorization ?? '').startsWith('AWS4-HMAC-SHA256'))
      return error(response, 'UnrecognizedClientException');
    const input = JSON.parse(body || '{}') as Record<string, unknown>;
    const reply = (output: unknown) =>
      sendJson(response, 200, output, { 'content-type': 'application/x-amz-json-1.1' });
    const encrypt = (keyId: string, plaintext: Buffer) => {
      const master = masters.get(keyId) as Buffer;
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', master, iv);
      cipher.setAAD(Buffer.from(context(input.EncryptionContext)));
      const sealed = Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
      return Buffer.concat([Buffer.from([keyId.length]), Buffer.from(keyId), iv, sealed]).toString('base64');
    };
    switch (target) {
      case 'TrentService.Encrypt':
      case 'TrentService.GenerateDataKey': {
        const keyId = String(input.KeyId ?? '');
        if (!masters.has(keyId)) return error(response, 'NotFoundException');
        const plaintext = target.endsWith('Encrypt') ? Buffer.from(String(input.Plaintext), 'base64') : randomBytes(32);
        return reply({
          KeyId: keyId,
          CiphertextBlob: encrypt(keyId, plaintext),
          ...(target.endsWith('GenerateDataKey') ? { Plaintext: plaintext.toString('base64') } : {}),
        });
      }
      case 'TrentService.Decrypt': {
        const blob = Buffer.from(String(input.CiphertextBlob ?? ''), 'base64');
        const keyId = blob.subarray(1, 1 + (blob[0] ?? 0)).toString();
        const master = masters.get(keyId);
        if (!master || (input.KeyId !== undefined && input.KeyId !== keyId))
          return error(response, 'IncorrectKeyException');
        try {
          const rest = blob.subarray(1 + keyId.length);
          const decipher = createDecipheriv('aes-256-gcm', master, rest.subarray(0, 12));
          decipher.setAAD(Buffer.from(context(input.EncryptionContext)));
          decipher.setAuthTag(rest.subarray(rest.length - 16));
          const plaintext = Buffer.concat([decipher.update(rest.subarray(12, rest.length - 16)), decipher.final()]);
          return reply({
            KeyId: keyId,
            Plaintext: plaintext.toString('base64'),
            EncryptionAlgorithm: 'SYMMETRIC_DEFAULT',
          });
        } catch {
          return error(response, 'InvalidCiphertextException');
        }
      }
      default:
        return error(response, 'UnknownOperationException');
    }
  });
  return {
    ...server,
    createKey() {
      const id = `arn:aws:kms:us-east-1:111122223333:key/${randomBytes(8).toString('hex')}`;
      masters.set(id, randomBytes(32));
      return id;
    },
  };
}

import type { IncomingMessage } from 'node:http';
import { GatewayHttpError } from './http-error.js';

// `connection: close`: the rest of an oversized upload is not worth reading; the socket closes after the answer.
const tooLarge = (limit: number) =>
  new GatewayHttpError(413, 'BODY_TOO_LARGE', `Request body exceeds the limit of ${limit} bytes`, {
    headers: { connection: 'close' },
  });

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\b/i;

/**
 * Reads and parses a JSON request body of at most `limit` bytes. A declared `content-length` over the limit is
 * refused before a byte is read; a body that grows past it while streaming is refused as soon as it does
 * (413). A body that is not JSON is a 400 whose message never quotes the body.
 */
export async function readJsonBody(request: IncomingMessage, limit: number): Promise<unknown> {
  const type = request.headers['content-type'];
  if (type !== undefined && type !== 'application/json' && !JSON_TYPE.test(type)) {
    throw new GatewayHttpError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Content-Type must be application/json');
  }
  const declared = request.headers['content-length'];
  if (declared !== undefined && Number(declared) > limit) throw tooLarge(limit);

  const chunks: Buffer[] = [];
  let size = 0;
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        request.off('data', onData);
        // Stop buffering; keep the stream flowing so the 413 can be delivered before the socket closes.
        request.resume();
        reject(tooLarge(limit));
        return;
      }
      chunks.push(chunk);
    };
    request.on('data', onData);
    request.once('end', () => resolve());
    request.once('error', () => reject(new GatewayHttpError(400, 'BODY_READ_FAILED', 'Request body was cut off')));
  });

  if (size === 0) throw new GatewayHttpError(400, 'INVALID_JSON', 'Request body is empty; a JSON object is expected');
  const text = chunks.length === 1 ? (chunks[0] as Buffer).toString('utf8') : Buffer.concat(chunks).toString('utf8');
  try {
    return JSON.parse(text);
  } catch {
    throw new GatewayHttpError(400, 'INVALID_JSON', 'Request body is not valid JSON');
  }
}

import type { ServerResponse } from 'node:http';
import { errorTypeFor, type GatewayHttpError } from './http-error.js';

/** Writes a JSON answer with an exact content-length. */
export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Readonly<Record<string, string>> = {},
): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    ...headers,
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  });
  response.end(text);
}

/** Writes a plain-text answer (Prometheus exposition, health). */
export function sendText(response: ServerResponse, status: number, text: string, contentType: string): void {
  response.writeHead(status, {
    'content-type': contentType,
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  });
  response.end(text);
}

/**
 * The error body, OpenAI-compatible (`{ error: { message, type, code } }`) with Mask's value-free details
 * spread in (`fields`, `items`, `tokens`, `kinds`...).
 */
export function errorBody(error: GatewayHttpError): { error: Record<string, unknown> } {
  return { error: { message: error.message, type: errorTypeFor(error.status), code: error.code, ...error.details } };
}

/** Answers with a gateway error, unless headers already went out (then the connection is cut). */
export function sendError(response: ServerResponse, error: GatewayHttpError): void {
  if (response.headersSent) {
    response.destroy();
    return;
  }
  sendJson(response, error.status, errorBody(error), error.headers);
}

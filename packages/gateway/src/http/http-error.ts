/**
 * An error answer of the gateway: an HTTP status, a stable machine-readable `code` and a message that never
 * contains request content (values, texts, maps). `details` carries structured, value-free context (field
 * paths, entity kinds, item ids, unknown tokens).
 */
export class GatewayHttpError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: Readonly<Record<string, unknown>> | undefined;
  readonly headers: Readonly<Record<string, string>> | undefined;

  constructor(
    status: number,
    code: string,
    message: string,
    options: { details?: Record<string, unknown>; headers?: Record<string, string> } = {},
  ) {
    super(message);
    this.name = 'GatewayHttpError';
    this.status = status;
    this.code = code;
    this.details = options.details;
    this.headers = options.headers;
  }
}

/** OpenAI-style error `type` for a status, so OpenAI SDKs map gateway errors to their own classes. */
export function errorTypeFor(status: number): string {
  if (status === 400 || status === 413 || status === 422) return 'invalid_request_error';
  if (status === 401) return 'authentication_error';
  if (status === 403) return 'permission_error';
  if (status === 404 || status === 410) return 'not_found_error';
  if (status === 409) return 'conflict_error';
  if (status === 429) return 'rate_limit_error';
  return 'api_error';
}

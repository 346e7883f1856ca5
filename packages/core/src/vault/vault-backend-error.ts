import { MaskError } from '../errors/mask-error.js';
import { MaskVaultConnectionError } from '../errors/named-errors.js';

/**
 * Wraps a driver failure in a {@link MaskVaultConnectionError} that names only the backend and the operation.
 * Driver messages can echo keys or values (Redis replies, SQL text, DynamoDB validation messages), so the
 * cause keeps only the error's class name and its code (`ECONNREFUSED`, `ETIMEDOUT`, ...).
 */
export function vaultConnectionError(backend: string, operation: string, error: unknown): MaskError {
  if (MaskError.isInstance(error)) return error;
  return new MaskVaultConnectionError(
    backend,
    `${backend} vault ${operation} failed (backend unreachable or refused the request)`,
    {
      cause: sanitizedCause(error),
    },
  );
}

/** The error's name and code only: enough to tell a refused connection from a timeout, nothing from the payload. */
export function sanitizedCause(error: unknown): Error | undefined {
  if (!(error instanceof Error)) return undefined;
  const code = (error as { code?: unknown }).code;
  const cause = new Error(
    typeof code === 'string' && /^[A-Za-z0-9_.-]{1,64}$/.test(code) ? `${error.name} ${code}` : error.name,
  );
  cause.name = error.name;
  return cause;
}

/** Raises `CLOSED` for a vault used after `close()`. */
export function assertVaultOpen(closed: boolean, backend: string): void {
  if (closed) throw new MaskError('CLOSED', `${backend} vault is closed`);
}

/** Rejects after `ms` with a connection error, so no backend call can hang past its budget. */
export async function withDeadline<T>(backend: string, operation: string, ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const timeout = new Error('timeout');
      timeout.name = 'TimeoutError';
      reject(vaultConnectionError(backend, `${operation} (timed out after ${ms} ms)`, timeout));
    }, ms);
    timer.unref();
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

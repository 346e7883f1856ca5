import { MaskError } from '@mask/core';
import { GatewayHttpError } from './http-error.js';

/** Mask error codes that mean "a detector could not do its job": the request fails closed with 422. */
const SCANNER_DOWN: ReadonlySet<string> = new Set(['NER_UNAVAILABLE', 'SCAN_TIMEOUT', 'SCAN_FAILED']);

/**
 * Maps any thrown value to a gateway error. Mask errors keep their code (their messages are written never to
 * hold data); anything else becomes a bare 500, its message dropped because a driver's message may quote data.
 */
export function toHttpError(error: unknown): GatewayHttpError {
  if (error instanceof GatewayHttpError) return error;
  if (MaskError.isInstance(error)) {
    if (SCANNER_DOWN.has(error.code)) {
      return new GatewayHttpError(422, error.code, 'A required detector is unavailable; nothing was processed');
    }
    switch (error.code) {
      case 'VAULT_CONNECTION':
        return new GatewayHttpError(503, error.code, 'The map store is unavailable; nothing was processed', {
          headers: { 'retry-after': '1' },
        });
      case 'INVALID_INPUT':
      case 'DEPTH_LIMIT_EXCEEDED':
        return new GatewayHttpError(400, error.code, error.message);
      case 'TOKEN_UNKNOWN':
        return new GatewayHttpError(409, error.code, 'Text holds tokens this map never issued');
      default:
        return new GatewayHttpError(500, error.code, 'Mask could not process the request');
    }
  }
  return new GatewayHttpError(500, 'INTERNAL', 'Internal error');
}

/** Whether an error is a fail-closed refusal (counted in metrics by reason). */
export function isFailClosed(error: GatewayHttpError): boolean {
  return SCANNER_DOWN.has(error.code) || error.code === 'VAULT_CONNECTION' || error.code.startsWith('UPSTREAM_');
}

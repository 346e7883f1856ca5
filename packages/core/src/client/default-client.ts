import type { ScanOptions } from '../scanner/scanner.js';
import type { EntityType } from '../scanner/span.js';
import { MaskClient } from './mask-client.js';
import type { DetokenizeOptions } from './text-codec.js';

let defaultClient: MaskClient | undefined;

/** The process-wide client the module-level functions use, built from `MASK_*` variables on first use. */
export function getDefaultClient(): MaskClient {
  defaultClient ??= new MaskClient();
  return defaultClient;
}

/** Closes and forgets the default client (the next call builds a new one from the environment). */
export async function resetDefaultClient(): Promise<void> {
  const client = defaultClient;
  defaultClient = undefined;
  await client?.close();
}

/** {@link MaskClient.encode} on the default client. */
export function encode(value: string, options?: { type?: EntityType }): Promise<string> {
  return getDefaultClient().encode(value, options);
}

/** {@link MaskClient.decode} on the default client. */
export function decode(token: string): Promise<string> {
  return getDefaultClient().decode(token);
}

/** {@link MaskClient.scanAndTokenize} on the default client. */
export function scanAndTokenize(text: string, options?: ScanOptions): Promise<string> {
  return getDefaultClient().scanAndTokenize(text, options);
}

/** {@link MaskClient.detokenizeText} on the default client. */
export function detokenizeText(text: string, options?: DetokenizeOptions): Promise<string> {
  return getDefaultClient().detokenizeText(text, options);
}

/** {@link MaskClient.deepEncode} on the default client. */
export function deepEncode<T>(value: T, options?: ScanOptions): Promise<T> {
  return getDefaultClient().deepEncode(value, options);
}

/** {@link MaskClient.deepDecode} on the default client. */
export function deepDecode<T>(value: T, options?: DetokenizeOptions): Promise<T> {
  return getDefaultClient().deepDecode(value, options);
}

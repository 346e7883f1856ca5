import { type DecodePolicy, getDefaultClient, type MaskClient, MaskError, type ScanOptions } from '@mask/core';

/** Options shared by every Mask helper for Google ADK. */
export interface MaskAdkOptions {
  /**
   * The client whose scope (tenant + session) the conversation's tokens belong to. Use one scope per ADK
   * session, e.g. `client.withScope({ session: sessionId })`.
   * @default the process-wide client built from `MASK_*` variables (`getDefaultClient()`)
   */
  client?: MaskClient;
  /**
   * Which entity types each tool may receive in the clear (`policy.forTool(tool.name)`); refused tokens reach
   * the tool as tokens and are audited.
   * @default every type decodes
   */
  policy?: DecodePolicy;
  /** Options of every scan (entity types, language...). @default the client's */
  scanOptions?: ScanOptions;
}

/** Resolved options: the client is created on first use, so that building callbacks never throws. */
export interface ResolvedAdkOptions {
  readonly client: () => MaskClient;
  readonly policy: DecodePolicy | undefined;
  readonly scanOptions: ScanOptions | undefined;
}

export function resolveOptions(options: MaskAdkOptions | undefined): ResolvedAdkOptions {
  if (options !== undefined && (typeof options !== 'object' || options === null)) {
    throw new MaskError('CONFIG_INVALID', 'Mask ADK options must be an object');
  }
  let client = options?.client;
  return {
    client: () => {
      client ??= getDefaultClient();
      return client;
    },
    policy: options?.policy,
    scanOptions: options?.scanOptions,
  };
}

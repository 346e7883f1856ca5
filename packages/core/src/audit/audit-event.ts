/** Kinds of privacy events. */
export type AuditEventKind = 'encode' | 'decode' | 'dedup' | 'policy_denied' | 'fail_open' | 'error';

/**
 * One privacy event. By construction it carries no plaintext: entity types, counts, scope ids (hashes),
 * error codes, and for `policy_denied` the refused token (which the model side already holds).
 */
export interface AuditEvent {
  readonly kind: AuditEventKind;
  /** Public scope id (`<tenantHash>.<sessionHash>`), never the tenant name. */
  readonly scope?: string;
  /** Count per entity type. */
  readonly entities?: Readonly<Record<string, number>>;
  /** For `policy_denied`: the tokens left encoded, and where. */
  readonly tokens?: readonly string[];
  /** A tool name or adapter, when the event comes from one. */
  readonly source?: string;
  /** MaskError code for `error` / `fail_open`. */
  readonly code?: string;
}

/** An event as written: with time, sequence number and the HMAC chain link. */
export interface AuditRecord extends AuditEvent {
  readonly ts: string;
  readonly seq: number;
  /** HMAC-SHA256 (base64url) over the previous record's `mac` and this record without `mac`. */
  readonly mac: string;
}

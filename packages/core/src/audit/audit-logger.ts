import { appendFileSync } from 'node:fs';
import { constantTimeEqual, hmac } from '../crypto/mac.js';
import { MaskError } from '../errors/mask-error.js';
import type { AuditEvent, AuditRecord } from './audit-event.js';

/** Receives flushed JSON lines (each without a trailing newline). */
export type AuditSink = (lines: readonly string[]) => void | Promise<void>;

/** Options of {@link AuditLogger}. */
export interface AuditLoggerOptions {
  /** Where lines go. Pass `{ path }` to append to a file (created 0600). */
  readonly sink: AuditSink | { readonly path: string };
  /** Key for the HMAC chain (derive it with purpose `audit-signing`; `MaskClient` does). */
  readonly signingKey: Uint8Array;
  /**
   * Most records held before a flush is forced. When the sink keeps failing, the oldest records are
   * dropped and the next record says how many (`dropped`), so the loss is visible, never silent.
   * @default 1000 (`MASK_AUDIT_MAX_BUFFER_SIZE`)
   */
  readonly maxBufferSize?: number;
  /** Flush synchronously when the process exits (file sinks only). @default false */
  readonly flushOnExit?: boolean;
  /** Clock, for tests. @default () => new Date() */
  readonly now?: () => Date;
}

const GENESIS = 'mask-audit-v1';

/**
 * Buffered JSON-lines audit log of privacy events, chained with HMAC-SHA256: every record's `mac` covers
 * the previous record's `mac`, so removing, reordering or editing a line breaks {@link verifyAuditChain}.
 * (Cutting lines off the end is only detectable against an external count or the last `seq`.)
 */
export class AuditLogger {
  private readonly sink: AuditSink;
  private readonly signingKey: Uint8Array;
  private readonly maxBufferSize: number;
  private readonly now: () => Date;
  private buffer: string[] = [];
  private previousMac = GENESIS;
  private seq = 0;
  private dropped = 0;
  private flushing: Promise<void> | undefined;
  private readonly filePath: string | undefined;
  private readonly exitHandler: (() => void) | undefined;

  constructor(options: AuditLoggerOptions) {
    this.signingKey = options.signingKey;
    this.maxBufferSize = options.maxBufferSize ?? 1000;
    if (!Number.isInteger(this.maxBufferSize) || this.maxBufferSize < 1) {
      throw new MaskError('CONFIG_INVALID', 'Audit maxBufferSize must be a positive integer');
    }
    this.now = options.now ?? (() => new Date());
    if (typeof options.sink === 'function') {
      this.sink = options.sink;
    } else {
      const path = options.sink.path;
      this.filePath = path;
      this.sink = (lines) => appendFileSync(path, `${lines.join('\n')}\n`, { mode: 0o600 });
    }
    if (options.flushOnExit) {
      this.exitHandler = () => this.flushSync();
      process.once('exit', this.exitHandler);
    }
  }

  /** Records an event (never throws for a full buffer; forces a flush instead). */
  record(event: AuditEvent): void {
    const body: Omit<AuditRecord, 'mac'> & { dropped?: number } = {
      ts: this.now().toISOString(),
      seq: this.seq++,
      ...event,
      ...(this.dropped > 0 ? { dropped: this.dropped } : {}),
    };
    this.dropped = 0;
    const canonical = JSON.stringify(body);
    const mac = hmac(this.signingKey, this.previousMac, canonical).toString('base64url');
    this.previousMac = mac;
    this.buffer.push(`${canonical.slice(0, -1)},"mac":"${mac}"}`);
    if (this.buffer.length >= this.maxBufferSize) {
      this.trim();
      void this.flush().catch(() => undefined);
    }
  }

  /** Writes buffered lines to the sink. Lines stay buffered (bounded) if the sink fails. */
  async flush(): Promise<void> {
    while (this.flushing) await this.flushing.catch(() => undefined);
    if (this.buffer.length === 0) return;
    const lines = this.buffer;
    this.buffer = [];
    const attempt = this.write(lines);
    this.flushing = attempt;
    try {
      await attempt;
    } finally {
      if (this.flushing === attempt) this.flushing = undefined;
    }
  }

  private async write(lines: string[]): Promise<void> {
    try {
      await this.sink(lines);
    } catch (error) {
      this.buffer = [...lines, ...this.buffer];
      this.trim();
      throw new MaskError('AUDIT_FAILED', 'Audit sink failed; records kept in the bounded buffer', {
        cause: error instanceof Error ? new Error(error.name) : undefined,
      });
    }
  }

  /** Drops the oldest records beyond the bound, counting them for the next record. */
  private trim(): void {
    const excess = this.buffer.length - this.maxBufferSize;
    if (excess > 0) {
      this.buffer.splice(0, excess);
      this.dropped += excess;
    }
  }

  /** Records waiting for a flush. */
  get pending(): number {
    return this.buffer.length;
  }

  /** Flushes and detaches the exit hook. */
  async close(): Promise<void> {
    if (this.exitHandler) process.off('exit', this.exitHandler);
    await this.flush();
  }

  private flushSync(): void {
    if (this.buffer.length === 0 || !this.filePath) return;
    appendFileSync(this.filePath, `${this.buffer.join('\n')}\n`, { mode: 0o600 });
    this.buffer = [];
  }
}

/** Result of {@link verifyAuditChain}. */
export interface AuditChainVerdict {
  readonly valid: boolean;
  /** Index (0-based line) of the first line that fails, when invalid. */
  readonly brokenAt?: number;
}

/**
 * Verifies a sequence of audit lines (from the first line the logger wrote): every `mac` must chain from the
 * previous one and `seq` must count up by one.
 */
export function verifyAuditChain(lines: readonly string[], signingKey: Uint8Array): AuditChainVerdict {
  let previous = GENESIS;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as string;
    let parsed: Record<string, unknown>;
    try {
      parsed = JSON.parse(line) as Record<string, unknown>;
    } catch {
      return { valid: false, brokenAt: index };
    }
    const { mac, ...body } = parsed;
    if (typeof mac !== 'string' || body.seq !== index) return { valid: false, brokenAt: index };
    const expected = hmac(signingKey, previous, JSON.stringify(body)).toString('base64url');
    if (!constantTimeEqual(expected, mac)) return { valid: false, brokenAt: index };
    previous = mac;
  }
  return { valid: true };
}

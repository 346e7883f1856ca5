import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';

/** One line of input, without its `\n` (a `\r` before it is kept in `eol`). */
export interface InputLine {
  /** 1-based line number. */
  readonly number: number;
  readonly text: string;
  /** `\n`, `\r\n`, or `` for a last line without a terminator. */
  readonly eol: string;
  /** Set when the line was longer than the limit: `text` is empty and the line was skipped. */
  readonly tooLong?: boolean;
}

export interface ReadLinesOptions {
  /** Longest accepted line in bytes; longer lines are skipped and flagged. @default 64 MiB */
  readonly maxLineBytes?: number;
  /** Called with the number of bytes consumed so far (for progress). */
  readonly onBytes?: (bytes: number) => void;
}

const NEWLINE = 0x0a;

/**
 * Splits a byte stream into lines with constant memory (one line plus one chunk held at a time).
 * Works on bytes, so a multi-byte UTF-8 character split across chunks is decoded correctly.
 */
export async function* readLines(input: Readable, options: ReadLinesOptions = {}): AsyncGenerator<InputLine> {
  const maxLineBytes = options.maxLineBytes ?? 64 * 1024 * 1024;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let skipping = false;
  let number = 0;
  let consumed = 0;
  const finish = (parts: Buffer[], last: Buffer): InputLine => {
    number += 1;
    const bytes = parts.length === 0 ? last : Buffer.concat([...parts, last]);
    let text = new StringDecoder('utf8').end(bytes);
    let eol = '\n';
    if (text.endsWith('\r')) {
      text = text.slice(0, -1);
      eol = '\r\n';
    }
    return { number, text, eol };
  };
  for await (const chunk of input as AsyncIterable<Buffer | string>) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let start = 0;
    for (;;) {
      const index = buffer.indexOf(NEWLINE, start);
      if (index === -1) break;
      const piece = buffer.subarray(start, index);
      start = index + 1;
      if (skipping || pendingBytes + piece.length > maxLineBytes) {
        number += 1;
        skipping = false;
        pending = [];
        pendingBytes = 0;
        yield { number, text: '', eol: '\n', tooLong: true };
        continue;
      }
      const line = finish(pending, piece);
      pending = [];
      pendingBytes = 0;
      yield line;
    }
    if (start < buffer.length) {
      const rest = buffer.subarray(start);
      if (!skipping) {
        if (pendingBytes + rest.length > maxLineBytes) {
          skipping = true;
          pending = [];
          pendingBytes = 0;
        } else {
          // Copy: the stream may reuse its chunk buffers.
          pending.push(Buffer.from(rest));
          pendingBytes += rest.length;
        }
      }
    }
    consumed += buffer.length;
    options.onBytes?.(consumed);
  }
  if (skipping) {
    number += 1;
    yield { number, text: '', eol: '', tooLong: true };
  } else if (pendingBytes > 0) {
    const line = finish(pending, Buffer.alloc(0));
    yield { ...line, eol: line.eol === '\r\n' ? '\r' : '' };
  }
}

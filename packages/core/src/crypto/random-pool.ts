import { randomFillSync } from 'node:crypto';

/**
 * Cryptographically random bytes drawn from a refilled buffer: one `randomFillSync` call per `size` bytes
 * instead of one per draw (each call costs a few microseconds, more than a nonce or a request id is worth). The
 * same CSPRNG as `randomBytes`; every byte is handed out once and wiped as it is taken, so the pool never holds
 * a value already in use. Node's own `randomUUID` caches entropy the same way. Used for AES-GCM nonces and the
 * gateway's request ids and map handles.
 */
export class RandomPool {
  readonly #buffer: Buffer;
  #offset: number;

  constructor(size = 4096) {
    this.#buffer = Buffer.allocUnsafeSlow(size);
    this.#offset = size;
  }

  /** `bytes` random bytes, copied out of the pool. */
  bytes(bytes: number): Buffer {
    const start = this.#take(bytes);
    const out = Buffer.from(this.#buffer.subarray(start, start + bytes));
    this.#buffer.fill(0, start, start + bytes);
    return out;
  }

  /** `bytes` random bytes as lowercase hex. */
  hex(bytes: number): string {
    const start = this.#take(bytes);
    const text = this.#buffer.toString('hex', start, start + bytes);
    this.#buffer.fill(0, start, start + bytes);
    return text;
  }

  /** `bytes` random bytes as unpadded base64url. */
  base64url(bytes: number): string {
    const start = this.#take(bytes);
    const text = this.#buffer.toString('base64url', start, start + bytes);
    this.#buffer.fill(0, start, start + bytes);
    return text;
  }

  #take(bytes: number): number {
    if (bytes > this.#buffer.length) throw new RangeError('RandomPool: request larger than the pool');
    if (this.#offset + bytes > this.#buffer.length) {
      randomFillSync(this.#buffer);
      this.#offset = 0;
    }
    const start = this.#offset;
    this.#offset += bytes;
    return start;
  }
}

import { once } from 'node:events';
import type { Writable } from 'node:stream';

/** Writes to a stream with back-pressure and batching, so a slow reader never makes us buffer the input. */
export class OutputWriter {
  private parts: string[] = [];
  private size = 0;

  constructor(
    private readonly stream: Writable,
    private readonly batchBytes = 64 * 1024,
  ) {}

  async write(text: string): Promise<void> {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= this.batchBytes) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.parts.length === 0) return;
    const text = this.parts.join('');
    this.parts = [];
    this.size = 0;
    if (!this.stream.write(text)) await once(this.stream, 'drain');
  }

  /** Flushes and, for a file, closes it (resolves once the data is on disk). */
  async end(closeStream: boolean): Promise<void> {
    await this.flush();
    if (!closeStream) return;
    await new Promise<void>((resolve, reject) => {
      this.stream.once('error', reject);
      this.stream.end(() => resolve());
    });
  }
}

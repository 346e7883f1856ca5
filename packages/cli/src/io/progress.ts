import type { WriteStream } from 'node:tty';

export interface ProgressOptions {
  /** Where to draw; nothing is drawn unless it is a TTY. */
  readonly stream: NodeJS.WriteStream;
  /** Total bytes when known (a file), for a percentage and an ETA. */
  readonly totalBytes?: number | undefined;
  /** Label shown before the bar. */
  readonly label: string;
  /** Force off (`--no-progress`, `--json`). */
  readonly enabled: boolean;
}

const WIDTH = 28;

/**
 * A one-line progress bar on stderr, redrawn at most 10 times a second. Drawn only when stderr is a TTY,
 * so pipes and log files never receive control characters.
 */
export class ProgressBar {
  private readonly active: boolean;
  private readonly started = Date.now();
  private lastDraw = 0;
  private bytes = 0;
  private records = 0;
  private drawn = false;

  constructor(private readonly options: ProgressOptions) {
    this.active = options.enabled && options.stream.isTTY === true;
  }

  get isActive(): boolean {
    return this.active;
  }

  update(bytes: number, records?: number): void {
    this.bytes = bytes;
    if (records !== undefined) this.records = records;
    if (!this.active) return;
    const now = Date.now();
    if (now - this.lastDraw < 100) return;
    this.lastDraw = now;
    this.draw();
  }

  addRecords(count: number): void {
    this.records += count;
  }

  /** Draws the final state and moves to a new line. */
  done(): void {
    if (!this.active) return;
    this.draw();
    this.options.stream.write('\n');
  }

  /** Erases the bar so that a message can be printed on a clean line (it is redrawn on the next update). */
  clear(): void {
    if (!this.active || !this.drawn) return;
    (this.options.stream as WriteStream).write('\r\x1b[2K');
    this.drawn = false;
  }

  private draw(): void {
    const seconds = Math.max((Date.now() - this.started) / 1000, 0.001);
    const rate = this.bytes / seconds;
    const total = this.options.totalBytes;
    let line: string;
    if (total && total > 0) {
      const ratio = Math.min(this.bytes / total, 1);
      const filled = Math.round(ratio * WIDTH);
      const eta = rate > 0 ? (total - this.bytes) / rate : 0;
      line =
        `${this.options.label} [${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${(ratio * 100).toFixed(1).padStart(5)}% ` +
        `${formatBytes(this.bytes)}/${formatBytes(total)} ${formatBytes(rate)}/s ${this.records} records ETA ${Math.ceil(eta)}s`;
    } else {
      line = `${this.options.label} ${formatBytes(this.bytes)} ${formatBytes(rate)}/s ${this.records} records`;
    }
    const columns = (this.options.stream as WriteStream).columns ?? 100;
    this.options.stream.write(`\r\x1b[2K${line.slice(0, Math.max(columns - 1, 20))}`);
    this.drawn = true;
  }
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${Math.round(bytes)} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  if (bytes < 1024 * 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
  return `${(bytes / 1024 / 1024 / 1024).toFixed(2)} GiB`;
}

import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { MaskError, type MaskErrorCode } from '../errors/mask-error.js';
import { MaskNLPTimeout } from '../errors/named-errors.js';
import type { Span } from '../scanner/span.js';
import type { NerDetectOptions, NerEngine } from './ner-engine.js';

/** Options of {@link WorkerNerEngine}. */
export interface WorkerNerEngineOptions {
  /**
   * Worker threads in the pool (`MASK_NLP_MAX_WORKERS`). Workers start lazily, one per concurrent call.
   * @default max(1, min(4, availableParallelism() - 1))
   */
  readonly maxWorkers?: number;
  /**
   * Per-call time limit in milliseconds, queueing included (`MASK_NLP_TIMEOUT_SECONDS` * 1000). A call over
   * it raises {@link MaskNLPTimeout}; the worker is terminated and replaced.
   * @default 10_000
   */
  readonly timeoutMs?: number;
  /**
   * The worker script. It must speak the `ner-worker` protocol. @default the `ner/ner-worker` file built
   * next to this module (`.mjs` from the ESM build, `.cjs` from the CommonJS build)
   */
  readonly workerUrl?: URL | string;
  /** Engine name reported in `Span.recognizer`. @default 'mask-ner' */
  readonly name?: string;
}

interface Task {
  readonly id: number;
  readonly text: string;
  readonly entities: readonly string[] | undefined;
  readonly resolve: (spans: Span[]) => void;
  readonly reject: (error: unknown) => void;
  worker?: PooledWorker;
  settled: boolean;
}

interface PooledWorker {
  readonly thread: Worker;
  task?: Task;
}

/**
 * Runs the default {@link LocalNerEngine} in a pool of worker threads, so CPU-bound NER never blocks the
 * event loop, with a per-call timeout. Fails closed: a timeout raises `MaskNLPTimeout` (code
 * `SCAN_TIMEOUT`), a crashed worker raises `MaskError` `NER_UNAVAILABLE`; the text is never returned
 * unscanned.
 *
 * @example
 * import { WorkerNerEngine } from '@mask/core';
 * const engine = new WorkerNerEngine({ maxWorkers: 2, timeoutMs: 5_000 });
 * const spans = await engine.detect('Maria Lopez from Acme Corp');
 * await engine.close();
 */
export class WorkerNerEngine implements NerEngine {
  readonly name: string;
  readonly maxWorkers: number;
  readonly timeoutMs: number;
  readonly #workerUrl: URL | undefined;
  readonly #workers: PooledWorker[] = [];
  readonly #queue: Task[] = [];
  #nextId = 1;
  #closed = false;

  constructor(options: WorkerNerEngineOptions = {}) {
    const maxWorkers = options.maxWorkers ?? Math.max(1, Math.min(4, availableParallelism() - 1));
    const timeoutMs = options.timeoutMs ?? 10_000;
    if (!Number.isInteger(maxWorkers) || maxWorkers < 1) {
      throw new MaskError('CONFIG_INVALID', 'maxWorkers must be a positive integer');
    }
    if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) {
      throw new MaskError('CONFIG_INVALID', 'timeoutMs must be a positive number');
    }
    this.name = options.name ?? 'mask-ner';
    this.maxWorkers = maxWorkers;
    this.timeoutMs = timeoutMs;
    this.#workerUrl = options.workerUrl === undefined ? undefined : toUrl(options.workerUrl);
  }

  detect(text: string, options: NerDetectOptions = {}): Promise<Span[]> {
    if (this.#closed) return Promise.reject(new MaskError('CLOSED', 'NER worker pool is closed'));
    if (typeof text !== 'string') return Promise.reject(new MaskError('INVALID_INPUT', 'NER input must be a string'));
    if (options.signal?.aborted) return Promise.reject(new MaskError('SCAN_FAILED', 'NER call aborted'));
    return new Promise<Span[]>((resolve, reject) => {
      const task: Task = {
        id: this.#nextId++,
        text,
        entities: options.entities,
        resolve,
        reject,
        settled: false,
      };
      const timer = setTimeout(() => {
        this.#fail(task, new MaskNLPTimeout(this.timeoutMs, `NER did not answer within ${this.timeoutMs} ms`), true);
      }, this.timeoutMs);
      const onAbort = () => this.#fail(task, new MaskError('SCAN_FAILED', 'NER call aborted'), true);
      options.signal?.addEventListener('abort', onAbort, { once: true });
      const done = () => {
        clearTimeout(timer);
        options.signal?.removeEventListener('abort', onAbort);
      };
      Object.assign(task, {
        resolve: (spans: Span[]) => {
          done();
          resolve(spans);
        },
        reject: (error: unknown) => {
          done();
          reject(error);
        },
      });
      this.#queue.push(task);
      this.#pump();
    });
  }

  /** Terminates every worker; pending calls fail with code `CLOSED`. */
  async close(): Promise<void> {
    this.#closed = true;
    for (const task of this.#queue.splice(0))
      this.#fail(task, new MaskError('CLOSED', 'NER worker pool is closed'), false);
    const workers = this.#workers.splice(0);
    for (const worker of workers) {
      if (worker.task) this.#fail(worker.task, new MaskError('CLOSED', 'NER worker pool is closed'), false);
    }
    await Promise.all(workers.map((worker) => worker.thread.terminate()));
  }

  #pump(): void {
    while (this.#queue.length > 0) {
      let worker = this.#workers.find((candidate) => !candidate.task);
      if (!worker && this.#workers.length < this.maxWorkers) {
        try {
          worker = this.#spawn();
        } catch (error) {
          for (const task of this.#queue.splice(0)) this.#fail(task, error, false);
          return;
        }
      }
      if (!worker) return;
      const task = this.#queue.shift()!;
      if (task.settled) continue;
      worker.task = task;
      task.worker = worker;
      worker.thread.postMessage({ id: task.id, text: task.text, entities: task.entities });
    }
  }

  #spawn(): PooledWorker {
    const url = this.#workerUrl ?? defaultWorkerUrl();
    // Flags that only make sense for the main entry (`--input-type` with `-e`) break a worker's startup.
    const execArgv = process.execArgv.filter((flag) => !flag.startsWith('--input-type'));
    const thread = new Worker(url, { execArgv });
    thread.unref();
    const pooled: PooledWorker = { thread };
    thread.on('message', (message: { id: number; spans?: Span[]; error?: { code: MaskErrorCode } }) => {
      const task = pooled.task;
      if (!task || task.id !== message.id) return;
      pooled.task = undefined;
      if (!task.settled) {
        task.settled = true;
        if (message.error) task.reject(new MaskError(message.error.code, 'NER worker failed to scan the text'));
        else task.resolve((message.spans ?? []).map((span) => ({ ...span, recognizer: this.name })));
      }
      this.#pump();
    });
    const onDeath = () => {
      this.#remove(pooled);
      if (pooled.task) this.#fail(pooled.task, new MaskError('NER_UNAVAILABLE', 'NER worker exited'), false);
      this.#pump();
    };
    thread.on('error', onDeath);
    thread.on('exit', onDeath);
    this.#workers.push(pooled);
    return pooled;
  }

  #remove(worker: PooledWorker): void {
    const index = this.#workers.indexOf(worker);
    if (index >= 0) this.#workers.splice(index, 1);
  }

  /** Settles `task` with `error`; a worker stuck on it is terminated (and replaced on demand). */
  #fail(task: Task, error: unknown, terminate: boolean): void {
    if (task.settled) return;
    task.settled = true;
    const queued = this.#queue.indexOf(task);
    if (queued >= 0) this.#queue.splice(queued, 1);
    const worker = task.worker;
    if (worker && worker.task === task) {
      worker.task = undefined;
      if (terminate) {
        this.#remove(worker);
        worker.thread.removeAllListeners('exit');
        worker.thread.removeAllListeners('error');
        worker.thread.on('error', () => {});
        void worker.thread.terminate();
      }
    }
    task.reject(error);
    if (!this.#closed) this.#pump();
  }
}

function toUrl(value: URL | string): URL {
  return value instanceof URL ? value : value.startsWith('file:') ? new URL(value) : pathToFileURL(value);
}

/** The built worker next to this module: `ner/ner-worker.mjs` (ESM build) or `ner/ner-worker.cjs` (CJS). */
export function defaultWorkerUrl(): URL {
  const here = moduleUrl();
  const extension = here.endsWith('.cjs') ? '.cjs' : '.mjs';
  for (const candidate of [
    `./ner/ner-worker${extension}`,
    `./ner-worker${extension}`,
    `../ner/ner-worker${extension}`,
  ]) {
    const url = new URL(candidate, here);
    if (existsSync(fileURLToPath(url))) return url;
  }
  throw new MaskError(
    'NER_UNAVAILABLE',
    'NER worker script not found next to the Mask module: use the built package or pass workerUrl',
  );
}

function moduleUrl(): string {
  // The CommonJS build has __filename; the ESM build has import.meta.url.
  return typeof __filename === 'string' ? pathToFileURL(__filename).href : import.meta.url;
}

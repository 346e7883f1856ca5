/**
 * Runs tasks one at a time per key, in arrival order; different keys run concurrently, and a key with nothing
 * queued holds no memory.
 *
 * The gateway queues `/scrub` calls that share a map handle: concurrent calls on one map would otherwise race
 * for the same placeholder numbers (`[PERSON_7]`), and every lost race costs the losers another store round
 * trip, or after too many, the request. In one process the calls are CPU-bound on one thread anyway, so the
 * queue costs no throughput; it only orders them.
 */
export class KeyedSerializer {
  readonly #tails = new Map<string, Promise<void>>();

  /** Runs `task` once every earlier task of `key` has settled; settles as `task` does. */
  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.#tails.get(key);
    const result = previous ? previous.then(task) : task();
    const tail = result.then(ignore, ignore);
    this.#tails.set(key, tail);
    void tail.then(() => {
      if (this.#tails.get(key) === tail) this.#tails.delete(key);
    });
    return result;
  }

  /** Keys with queued or running tasks (for tests). */
  get size(): number {
    return this.#tails.size;
  }
}

function ignore(): void {}

/**
 * Maps an async source through `task` with up to `concurrency` tasks in flight, yielding results in input
 * order. Holds at most `concurrency` items, so memory stays constant however long the source is.
 */
export async function* mapOrdered<TIn, TOut>(
  source: AsyncIterable<TIn>,
  task: (item: TIn) => Promise<TOut>,
  concurrency: number,
): AsyncGenerator<TOut> {
  const window: Promise<TOut>[] = [];
  for await (const item of source) {
    const running = task(item);
    // Avoid an unhandled rejection while the promise waits in the window; it is awaited below.
    running.catch(() => undefined);
    window.push(running);
    if (window.length >= concurrency) yield await (window.shift() as Promise<TOut>);
  }
  while (window.length > 0) yield await (window.shift() as Promise<TOut>);
}

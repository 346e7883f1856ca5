import {
  type DetokenizeOptions,
  getDefaultClient,
  type MaskClient,
  StreamRehydrator,
  type StreamRehydratorOptions,
} from '@mask/core';

/** Options of {@link rehydrateTextStream}. */
export interface RehydrateTextStreamOptions {
  /** The client whose scope issued the tokens. @default `getDefaultClient()` */
  client?: MaskClient;
  /** Decode hook: return `false` to keep a token encoded. @default every token decodes */
  allow?: DetokenizeOptions['allow'];
  /** What happens when the stream ends inside a token. @default 'keep' */
  danglingToken?: StreamRehydratorOptions['danglingToken'];
}

/**
 * Rehydrates a stream of text chunks (`streamText(...).textStream`) at the edge, for when the middleware runs
 * with `rehydrateText: false` so that the SDK's response messages (your stored history) keep tokens only.
 * Tokens split across chunks come out whole; if the source fails, held-back text is discarded.
 *
 * @example
 * const result = streamText({ model, prompt });   // model wrapped with maskMiddleware({ rehydrateText: false })
 * return new Response(rehydrateTextStream(result.textStream, { client }).pipeThrough(new TextEncoderStream()));
 */
export function rehydrateTextStream(
  source: AsyncIterable<string> | ReadableStream<string>,
  options: RehydrateTextStreamOptions = {},
): ReadableStream<string> {
  const client = options.client ?? getDefaultClient();
  const rehydrator = new StreamRehydrator(client, {
    ...(options.allow ? { allow: options.allow } : {}),
    ...(options.danglingToken ? { danglingToken: options.danglingToken } : {}),
  });
  const iterator = toAsyncIterator(source);
  return new ReadableStream<string>({
    async pull(controller) {
      try {
        for (;;) {
          const next = await iterator.next();
          if (next.done) {
            const rest = await rehydrator.end();
            if (rest.length > 0) controller.enqueue(rest);
            controller.close();
            return;
          }
          const out = await rehydrator.push(next.value);
          if (out.length > 0) {
            controller.enqueue(out);
            return;
          }
        }
      } catch (error) {
        rehydrator.abort();
        controller.error(error);
      }
    },
    cancel(reason) {
      rehydrator.abort();
      // Not awaited: an async generator that is stalled in an await finishes its return() only when it resumes.
      Promise.resolve(iterator.return?.(reason)).catch(() => undefined);
    },
  });
}

function toAsyncIterator(source: AsyncIterable<string> | ReadableStream<string>): AsyncIterator<string> {
  // A reader, not the stream's own async iterator: reader.cancel() reaches the source even while a read waits.
  if (typeof (source as ReadableStream<string>).getReader !== 'function') {
    return (source as AsyncIterable<string>)[Symbol.asyncIterator]();
  }
  const reader = (source as ReadableStream<string>).getReader();
  return {
    next: () => reader.read() as Promise<IteratorResult<string>>,
    return: async (value?: unknown) => {
      await reader.cancel(value);
      return { done: true, value: undefined };
    },
  };
}

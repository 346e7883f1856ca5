/**
 * Incremental parser of a `text/event-stream` body: feed it text as it arrives (split anywhere, even inside a
 * line ending) and it returns the `data` payload of every event completed so far. Comments, `event:`, `id:`
 * and `retry:` fields are ignored: chat-completion streams carry everything in `data`.
 */
export class SseParser {
  #buffer = '';
  #data: string[] = [];

  /** Adds text; returns the data of each event it completed. */
  push(text: string): string[] {
    this.#buffer += text;
    const events: string[] = [];
    let start = 0;
    for (;;) {
      const lf = this.#buffer.indexOf('\n', start);
      const cr = this.#buffer.indexOf('\r', start);
      const end = lf === -1 ? cr : cr === -1 ? lf : Math.min(lf, cr);
      if (end === -1) break;
      let next = end + 1;
      if (this.#buffer[end] === '\r') {
        // A CR at the very end may be the first half of CRLF: wait for the next chunk.
        if (end === this.#buffer.length - 1) break;
        if (this.#buffer[end + 1] === '\n') next = end + 2;
      }
      this.#line(this.#buffer.slice(start, end), events);
      start = next;
    }
    this.#buffer = this.#buffer.slice(start);
    return events;
  }

  /** The stream ended: completes a final line (and event) that had no terminator. */
  end(): string[] {
    const events: string[] = [];
    if (this.#buffer.length > 0) this.#line(this.#buffer.replace(/\r$/, ''), events);
    this.#buffer = '';
    if (this.#data.length > 0) this.#line('', events);
    return events;
  }

  #line(line: string, events: string[]): void {
    if (line === '') {
      if (this.#data.length > 0) events.push(this.#data.join('\n'));
      this.#data = [];
      return;
    }
    if (line.startsWith('data:')) this.#data.push(line.slice(line.startsWith('data: ') ? 6 : 5));
  }
}

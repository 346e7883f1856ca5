// Worker-thread entry of WorkerNerEngine: runs the local engine off the caller's event loop.
// Protocol: { id, text, entities? } -> { id, spans } | { id, error: { code } }. Errors never carry the text.
import { parentPort } from 'node:worker_threads';
import { MaskError } from '../errors/mask-error.js';
import { LocalNerEngine } from './local-ner-engine.js';

interface Request {
  readonly id: number;
  readonly text: string;
  readonly entities?: readonly string[];
}

const engine = new LocalNerEngine();
parentPort?.on('message', (request: Request) => {
  try {
    const spans = engine.detectSync(request.text, request.entities ? { entities: request.entities } : {});
    parentPort!.postMessage({ id: request.id, spans });
  } catch (error) {
    parentPort!.postMessage({
      id: request.id,
      error: { code: MaskError.isInstance(error) ? error.code : 'SCAN_FAILED' },
    });
  }
});

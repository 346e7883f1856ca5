// A worker that accepts requests and never answers (a stuck NER call).
import { parentPort } from 'node:worker_threads';

parentPort.on('message', () => {});

// A worker that dies on its first request (an out-of-memory kill, a native crash).
import { parentPort } from 'node:worker_threads';

parentPort.on('message', () => process.exit(3));

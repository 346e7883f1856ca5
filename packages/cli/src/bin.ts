#!/usr/bin/env node
import { runCli } from './main.js';

// A closed pipe (`mask scrub big.jsonl | head`) is a normal way to stop reading: exit quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = 3;
  },
);

// Adapters that give every detector the same shape: (text) => [{ start, end, type }].
// Peers that only return redacted text (redact-pii, @redactpii/node) get their spans back by aligning the
// redacted output with the input: they are told to replace each find with a marker character.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// Some peers do not export ./package.json; read it from the install directory instead.
const versionOf = (name) =>
  JSON.parse(readFileSync(new URL(`../node_modules/${name}/package.json`, import.meta.url), 'utf8')).version;
const MARKER = '\u0007';

/** Recovers the replaced ranges of `original` from `redacted`, where each replacement is one MARKER. */
export function alignRedaction(original, redacted) {
  const segments = redacted.split(MARKER);
  const spans = [];
  let position = segments[0].length;
  for (let index = 1; index < segments.length; index++) {
    const segment = segments[index];
    let next;
    if (index === segments.length - 1) next = original.length - segment.length;
    else if (segment.length === 0) next = position + 1;
    else next = original.indexOf(segment, position + 1);
    if (next < position || next === -1) break;
    if (next > position) spans.push({ start: position, end: next, type: 'REDACTED' });
    position = next + segment.length;
  }
  return spans;
}

export async function loadPeers() {
  const peers = [];
  const failures = [];
  try {
    const { OpenRedaction } = await import('openredaction');
    const redactor = new OpenRedaction({ redactionMode: 'placeholder' });
    peers.push({
      name: 'openredaction',
      version: versionOf('openredaction'),
      types: 'its README claims 570+ patterns',
      async: true,
      detect: async (text) =>
        (await redactor.detect(text)).detections.map((d) => ({
          start: d.position[0],
          end: d.position[1],
          type: d.type,
        })),
    });
  } catch (error) {
    failures.push(`openredaction: ${error.message}`);
  }
  try {
    const { SyncRedactor } = require('redact-pii');
    const redactor = new SyncRedactor({ globalReplaceWith: MARKER });
    peers.push({
      name: 'redact-pii',
      version: versionOf('redact-pii'),
      types: 13,
      detect: (text) => alignRedaction(text, redactor.redact(text)),
    });
  } catch (error) {
    failures.push(`redact-pii: ${error.message}`);
  }
  try {
    const { Redactor } = await import('@redactpii/node');
    const redactor = new Redactor({ globalReplaceWith: MARKER });
    peers.push({
      name: '@redactpii/node',
      version: versionOf('@redactpii/node'),
      types: 5,
      detect: (text) => alignRedaction(text, redactor.redact(text)),
    });
  } catch (error) {
    failures.push(`@redactpii/node: ${error.message}`);
  }
  try {
    const lc = await import('langchain');
    const detectors = [
      ['EMAIL_ADDRESS', lc.detectEmail],
      ['CREDIT_CARD', lc.detectCreditCard],
      ['IP_ADDRESS', lc.detectIP],
      ['MAC_ADDRESS', lc.detectMacAddress],
      ['URL', lc.detectUrl],
    ];
    peers.push({
      name: 'langchain piiMiddleware',
      version: versionOf('langchain'),
      types: 5,
      detect: (text) =>
        detectors.flatMap(([type, detect]) => detect(text).map((m) => ({ start: m.start, end: m.end, type }))),
    });
  } catch (error) {
    failures.push(`langchain: ${error.message}`);
  }
  return { peers, failures };
}

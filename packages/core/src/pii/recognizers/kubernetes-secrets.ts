import type { Candidate, Recognizer } from '../recognizer.js';

// A Kubernetes Secret as `kubectl get secret -o yaml` / `-o json` prints it, or as a manifest holds it: every value
// of its `data` (base64, which anyone decodes) and `stringData` (plain text) is the secret, whatever its key is
// called (`DATABASE_URL`, `config.yaml`, `.dockerconfigjson`). Read in a text that holds `kind: Secret` (the
// finder runs only at such a `Secret` word run): the values of each `data:` / `stringData:` block of YAML, down to
// the next line indented no deeper than the block's key, and of each `"data": {…}` / `"stringData": {…}` object of
// JSON. A multi-document text's other kinds (a ConfigMap next to the Secret) are read the same way: masked too.
const YAML_BLOCK = /^([ \t]*)(?:data|stringData):[ \t]*\r?$/gm;
const YAML_ENTRY = /^([ \t]+)([\w.-]{1,253}):[ \t]+(?:"([^"\n]*)"|'([^'\n]*)'|([^\s#|>][^\n]*?))[ \t]*\r?$/my;
const JSON_BLOCK = /"(?:data|stringData)"\s{0,16}:\s{0,16}\{/g;
const JSON_ENTRY = /\s{0,16}"[\w.-]{1,253}"\s{0,16}:\s{0,16}"((?:[^"\\\n]|\\.){1,65536})"\s{0,16}(,|\})/y;

/** The length of a line's indentation. */
function indentAt(text: string, lineStart: number): number {
  let index = lineStart;
  while (text.charCodeAt(index) === 32 || text.charCodeAt(index) === 9) index++;
  return index - lineStart;
}

/** `kind: Secret` (YAML) or `"kind": "Secret"` (JSON). */
export const SECRET_KIND = /\bkind["']?\s{0,16}:\s{0,16}["']?Secret\b/;

function* findSecretValues(text: string): Iterable<Candidate> {
  if (!SECRET_KIND.test(text)) return;
  YAML_BLOCK.lastIndex = 0;
  for (let block = YAML_BLOCK.exec(text); block !== null; block = YAML_BLOCK.exec(text)) {
    const depth = (block[1] as string).length;
    let lineStart = text.indexOf('\n', block.index) + 1;
    while (lineStart > 0 && lineStart < text.length) {
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd === -1) lineEnd = text.length;
      if (lineEnd > lineStart && indentAt(text, lineStart) <= depth) break;
      YAML_ENTRY.lastIndex = lineStart;
      const entry = YAML_ENTRY.exec(text);
      if (entry !== null && entry.index === lineStart) {
        const value = (entry[3] ?? entry[4] ?? entry[5]) as string;
        if (value.length >= 4) {
          const start = entry.index + entry[0].lastIndexOf(value);
          yield { start, end: start + value.length, score: 0.9 };
        }
      }
      lineStart = lineEnd + 1;
    }
  }
  JSON_BLOCK.lastIndex = 0;
  for (let block = JSON_BLOCK.exec(text); block !== null; block = JSON_BLOCK.exec(text)) {
    JSON_ENTRY.lastIndex = JSON_BLOCK.lastIndex;
    for (let entry = JSON_ENTRY.exec(text); entry !== null; entry = JSON_ENTRY.exec(text)) {
      const value = entry[1] as string;
      const close = entry[0].lastIndexOf('"');
      if (value.length >= 4) yield { start: entry.index + close - value.length, end: entry.index + close, score: 0.9 };
      if (entry[2] === '}') break;
    }
  }
}

/** API_SECRET: the values of a Kubernetes Secret's `data` and `stringData`. */
export const kubernetesSecretRecognizer: Recognizer = {
  name: 'kubernetes-secret',
  entity: 'API_SECRET',
  category: 'SECRETS',
  find: findSecretValues,
  // No triggers: the finder runs only where a `Secret` word run follows `kind:` (pattern-starts.ts).
  description: "the values of a Kubernetes Secret's data (base64) and stringData, in YAML or JSON, under any key",
};

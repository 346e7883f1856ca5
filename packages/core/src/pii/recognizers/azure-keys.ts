import type { Candidate, Recognizer } from '../recognizer.js';
import { placeholderTail } from '../validators/placeholder-key.js';
import { realValue } from './secret-value.js';

// What the Azure CLI prints when asked for a secret or a key, under names that say nothing of one:
// - `az keyvault secret show`: `{…, "id": "https://kv.vault.azure.net/secrets/partner-api/…", …, "value": "…"}`;
// - `az storage account keys list`: `[{"keyName": "key1", "permissions": "FULL", "value": "…"}, …]`;
// - `az cognitiveservices account keys list` (Azure OpenAI too): `{"key1": "…", "key2": "…"}`.
// The `value` of the same object as such an `id` or `keyName` (later members, not past the object's end), and the
// `key1` / `key2` members of an object holding both.
const SECRET_ID = /"id"\s{0,16}:\s{0,16}"https:\/\/[\w-]{1,64}\.vault\.azure\.net\/secrets\/[^"\s]{1,256}"/g;
const KEY_NAME = /"keyName"\s{0,16}:\s{0,16}"(?:key|kerb)[12]"/g;
const VALUE_MEMBER = /"value"\s{0,16}:\s{0,16}"((?:[^"\\\n]|\\.){1,8192})"/y;
const KEY_PAIR =
  /"key1"\s{0,16}:\s{0,16}"([A-Za-z0-9+/=]{32,128})"\s{0,16},\s{0,16}"key2"\s{0,16}:\s{0,16}"([A-Za-z0-9+/=]{32,128})"/g;

/** How far after the `id` or `keyName` member its object's `value` member is looked for. */
const VALUE_REACH = 1024;

/**
 * The `value` member of the object that is open at `from`, if one starts within VALUE_REACH characters: [start,
 * end) of its string.
 */
function valueOfObject(text: string, from: number): [number, number] | undefined {
  let depth = 0;
  let inString = false;
  const limit = Math.min(text.length, from + VALUE_REACH);
  for (let index = from; index < limit; index++) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === 92) index++;
      else if (code === 34) inString = false;
      continue;
    }
    if (code === 123 || code === 91) depth++;
    else if (code === 125 || code === 93) {
      if (depth === 0) return undefined;
      depth--;
    } else if (code === 34) {
      if (depth === 0 && text.startsWith('"value"', index)) {
        VALUE_MEMBER.lastIndex = index;
        const member = VALUE_MEMBER.exec(text);
        if (member !== null) {
          const end = index + member[0].length - 1;
          return [end - (member[1] as string).length, end];
        }
      }
      inString = true;
    }
  }
  return undefined;
}

function* findAzureSecrets(text: string): Iterable<Candidate> {
  for (const regex of [SECRET_ID, KEY_NAME]) {
    regex.lastIndex = 0;
    for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
      const value = valueOfObject(text, regex.lastIndex);
      if (value !== undefined) yield { start: value[0], end: value[1], score: 0.9 };
    }
  }
  KEY_PAIR.lastIndex = 0;
  for (let match = KEY_PAIR.exec(text); match !== null; match = KEY_PAIR.exec(text)) {
    const whole = match[0];
    const second = match[2] as string;
    const secondEnd = match.index + whole.length - 1;
    const first = match[1] as string;
    const firstStart = match.index + whole.indexOf(first);
    yield { start: firstStart, end: firstStart + first.length, score: 0.9 };
    yield { start: secondEnd - second.length, end: secondEnd, score: 0.9 };
  }
}

/** API_SECRET: Key Vault secret values and storage / Cognitive Services keys as the Azure CLI prints them. */
export const azureKeyRecognizer: Recognizer = {
  name: 'azure-key',
  entity: 'API_SECRET',
  category: 'SECRETS',
  find: findAzureSecrets,
  // No triggers: the finder runs only where a `vault` (of `.vault.azure.net/secrets/`), `keyName` or `key1` word run
  // was seen (pattern-starts.ts).
  description:
    "Azure CLI output: a Key Vault secret's value (az keyvault secret show), storage account keys (keyName / value), Cognitive Services and Azure OpenAI key1 / key2",
};

// An Azure Functions key in the `code` query parameter of a function's URL written without its scheme
// (`fn-prod.azurewebsites.net/api/orders?code=…`, as a log line or a message puts it; with `https://` the whole URL
// is URL_CREDENTIALS). The host's last label before `.azurewebsites.net` opens the match, the path is the function's
// (`/api/…`), and `code` is any parameter of the query. The key: base64url, `=` padding maybe URL-encoded.
const FUNCTION_URL_CODE =
  /(?<=[\w-]\.)azurewebsites\.net\/api\/[^\s?#"'<>]{0,256}\?(?:[^\s#"'<>&]{0,256}&(?:amp;)?){0,16}code=([A-Za-z0-9_%=-]{20,256})(?![A-Za-z0-9_%=-])/g;

/** API_SECRET: an Azure Functions key in the `code` parameter of a function URL without its scheme. */
export const azureFunctionKeyRecognizer: Recognizer = {
  name: 'azure-function-key',
  entity: 'API_SECRET',
  category: 'SECRETS',
  patterns: [{ regex: FUNCTION_URL_CODE, score: 0.9, group: 1 }],
  validate: (value) => realValue(value) && !placeholderTail(value),
  // No triggers: the pattern runs only at an `azurewebsites` word run after a `.` (pattern-starts.ts).
  description: 'an Azure Functions key in the code= parameter of a function URL (host.azurewebsites.net/api/…?code=…)',
};

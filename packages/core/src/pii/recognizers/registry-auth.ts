import type { Recognizer } from '../recognizer.js';

// A package or container registry's basic credentials, stored as base64 of `user:password`: Docker's
// `~/.docker/config.json` and Kubernetes' `.dockerconfigjson` (`"auths": {"ghcr.io": {"auth": "…"}}`), and npm's
// `.npmrc` (`_auth=…`, `//registry.example.com/:_auth=…`).
const DOCKER_AUTH = /\bauth"\s{0,4}:\s{0,4}"([A-Za-z0-9+/]{8,1024}={0,2})"/g;
const BASE64 = /^[A-Za-z0-9+/]{8,1024}={0,2}$/;
const NPM_AUTH = /(?<!\w)_auth[ \t]{0,4}=[ \t]{0,4}"?([A-Za-z0-9+/]{8,1024}={0,2})(?![A-Za-z0-9+/=])/g;

/**
 * Whether a value is base64 (8-1024 characters) of `user:password`: printable ASCII, a colon with something on both
 * sides.
 */
export function basicCredentials(value: string): boolean {
  if (!BASE64.test(value)) return false;
  let decoded: string;
  try {
    decoded = atob(value);
  } catch {
    return false;
  }
  const colon = decoded.indexOf(':');
  return colon > 0 && colon < decoded.length - 1 && /^[\x20-\x7e]+$/.test(decoded);
}

/** PASSWORD: a registry's `auth` / `_auth` value, base64 of `user:password`. */
export const registryAuthRecognizer: Recognizer = {
  name: 'registry-auth',
  entity: 'PASSWORD',
  category: 'SECRETS',
  patterns: [
    { regex: DOCKER_AUTH, score: 0.9, group: 1 },
    { regex: NPM_AUTH, score: 0.9, group: 1 },
  ],
  validate: (value) => basicCredentials(value),
  // No triggers: each pattern runs only at an `auth` or `_auth` word run (pattern-starts.ts).
  description: 'base64 user:password in a Docker config.json / .dockerconfigjson `auth` or an .npmrc `_auth`',
};

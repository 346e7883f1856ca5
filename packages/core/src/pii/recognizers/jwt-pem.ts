import { detachedCopy } from '../detached-copy.js';
import type { Candidate, Recognizer } from '../recognizer.js';

/**
 * A base64url segment's JSON, or undefined. `atob` on the segment made base64 (the pattern admits only the
 * base64url alphabet), not `Buffer`: half the cost on a log's tokens. atob gives the bytes as Latin-1, which
 * reads as JSON exactly when their UTF-8 does (multi-byte characters only occur inside strings).
 */
function decodeSegment(segment: string): unknown {
  // A last character alone carries no whole byte: Buffer drops it, atob would throw.
  const whole = segment.length % 4 === 1 ? segment.slice(0, -1) : segment;
  try {
    return JSON.parse(atob(whole.replaceAll('-', '+').replaceAll('_', '/')));
  } catch {
    return undefined;
  }
}

/** Whether a header segment names an `alg`, by segment: a log repeats a few headers many times. */
const HEADERS = new Map<string, boolean>();
const MAX_HEADERS = 256;

function namesAlgorithm(header: string): boolean {
  let verdict = HEADERS.get(header);
  if (verdict === undefined) {
    const decoded = decodeSegment(header);
    verdict = typeof decoded === 'object' && decoded !== null && 'alg' in decoded;
    if (HEADERS.size >= MAX_HEADERS) HEADERS.clear();
    // A copy: the header may be a slice of the scanned document, which the cache would then keep alive.
    HEADERS.set(detachedCopy(header), verdict);
  }
  return verdict;
}

/** JWT: header.payload.signature, header and payload base64url JSON, header naming an `alg`. */
export const jwtRecognizer: Recognizer = {
  name: 'jwt',
  entity: 'JWT',
  category: 'SECRETS',
  patterns: [{ regex: /\beyJ[A-Za-z0-9_-]{8,4096}\.eyJ[A-Za-z0-9_-]{4,16384}\.[A-Za-z0-9_-]{0,4096}/g, score: 0.95 }],
  validate(value) {
    const headerEnd = value.indexOf('.');
    const payloadEnd = value.indexOf('.', headerEnd + 1);
    return (
      namesAlgorithm(value.slice(0, headerEnd)) &&
      typeof decodeSegment(value.slice(headerEnd + 1, payloadEnd)) === 'object'
    );
  },
  triggers: ['eyJ'],
  description: 'three base64url segments, JSON header with alg, JSON payload',
};

const BEGIN = /-----BEGIN ((?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP |SSH2 ENCRYPTED )?PRIVATE KEY(?: BLOCK)?)-----/g;

/**
 * Finds PEM private keys from BEGIN to the matching END line. Without an END (a truncated key), the span runs
 * over the base64 body. Each BEGIN looks for its END once, so the scan stays linear.
 */
function* findPrivateKeys(text: string): Iterable<Candidate> {
  BEGIN.lastIndex = 0;
  // Markers already known to have no END after some point: later BEGINs of that kind need not search again.
  const missing = new Set<string>();
  let match = BEGIN.exec(text);
  while (match !== null) {
    const start = match.index;
    const endMarker = `-----END ${match[1]}-----`;
    const endAt = missing.has(endMarker) ? -1 : text.indexOf(endMarker, start);
    if (endAt === -1) missing.add(endMarker);
    let end: number;
    if (endAt !== -1) {
      end = endAt + endMarker.length;
    } else {
      end = start + match[0].length;
      let body = 0;
      while (end < text.length && /[A-Za-z0-9+/=\s\\:-]/.test(text[end] as string)) {
        if (/[A-Za-z0-9+/]/.test(text[end] as string)) body++;
        end++;
      }
      // A header with no body and no END is a constant in code (`PEM_HEADER = "-----BEGIN …"`), not a key.
      if (body < 16) {
        BEGIN.lastIndex = end;
        match = BEGIN.exec(text);
        continue;
      }
    }
    yield { start, end, score: 1 };
    BEGIN.lastIndex = end;
    match = BEGIN.exec(text);
  }
}

/** PRIVATE_KEY: PEM / OpenSSH / PGP private key blocks. */
export const privateKeyRecognizer: Recognizer = {
  name: 'private-key',
  entity: 'PRIVATE_KEY',
  category: 'SECRETS',
  find: findPrivateKeys,
  // The rarer end of `-----BEGIN `: a search for a needle that opens with a frequent character (`-`, `s`, `:`)
  // costs several times more on long texts (see recognizer.ts, `triggers`).
  triggers: ['BEGIN '],
  description: 'BEGIN … PRIVATE KEY … END block (truncated blocks too)',
};

/** A PEM private key's BEGIN line, anywhere in the decoded text (a bundle may hold a certificate first). */
const DECODED_BEGIN = /-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED )?PRIVATE KEY-----/;

/**
 * PRIVATE_KEY in base64: a PEM private key encoded whole, as a kubeconfig's `client-key-data`, a Kubernetes
 * secret's `tls.key` or `ssh-privatekey` and Helm values hold one. Its encoding opens with `LS0tLS1CRUdJTi`
 * (`-----BEGIN`); decoded, it must hold a private key's BEGIN line (`client-certificate-data` holds a
 * certificate, which is public; a bundle may hold the certificate first). Wrapped lines are followed.
 */
export const base64PrivateKeyRecognizer: Recognizer = {
  name: 'private-key-base64',
  entity: 'PRIVATE_KEY',
  category: 'SECRETS',
  // One line, or wrapped at 64 or 76 characters (`base64 key.pem`), to 16 KB.
  patterns: [
    {
      regex:
        /(?<![A-Za-z0-9+/])LS0tLS1CRUdJTi[A-Za-z0-9+/]{40,16384}(?:\r?\n[A-Za-z0-9+/]{4,76}){0,256}={0,2}(?![A-Za-z0-9+/=])/g,
      score: 1,
    },
  ],
  validate: (value) => {
    try {
      // Whole groups of four only: atob refuses a ragged end.
      const base64 = value.replace(/\s/g, '');
      return DECODED_BEGIN.test(atob(base64.slice(0, Math.min(base64.length, 24576) & ~3)));
    } catch {
      return false;
    }
  },
  triggers: ['LS0tLS1CRUdJTi'],
  description: 'a PEM private key in base64 (LS0tLS1CRUdJTi…), as kubeconfig and Kubernetes secrets hold one',
};

// A JSON Web Key's private members (RFC 7518): an RSA key's `d`, `p`, `q`, `dp`, `dq`, `qi`, an EC or OKP key's `d`,
// and a symmetric (`oct`) key's `k`, base64url. Read in the object that holds the `kty` member, before or after it;
// a public key (`n`, `e`, `x`, `y`) holds none of them.
const KTY = /"kty"\s{0,16}:\s{0,16}"(?:RSA|EC|OKP|oct)"/g;
const PRIVATE_MEMBER = /"(?:d|p|q|dp|dq|qi|k)"\s{0,16}:\s{0,16}"([A-Za-z0-9_-]{8,16384}={0,2})"/y;
/** How far before its `kty` an object's `{` is looked for, and how far after it its members are read. */
const JWK_REACH = 32768;

/**
 * The `{` that opens the object holding `index`, within JWK_REACH before it (braces in strings are rare in keys),
 * or -1. The scan back stops at `floor`, where the previous scan started: reached with no brace left open, the
 * object is that scan's (`below`), so each character is read back once per text.
 */
function objectStart(text: string, index: number, floor: number, below: number): number {
  let depth = 0;
  for (let at = index - 1; at >= Math.max(0, index - JWK_REACH); at--) {
    if (at < floor) return depth === 0 ? below : -1;
    const code = text.charCodeAt(at);
    if (code === 125) depth++;
    else if (code === 123) {
      if (depth === 0) return at;
      depth--;
    }
  }
  return -1;
}

function* findJwkPrivateParts(text: string): Iterable<Candidate> {
  KTY.lastIndex = 0;
  let done = -1;
  let floor = 0;
  let below = -1;
  for (let match = KTY.exec(text); match !== null; match = KTY.exec(text)) {
    const start = objectStart(text, match.index, floor, below);
    floor = match.index;
    below = start;
    if (start === -1 || start <= done) continue;
    let depth = 0;
    let index = start + 1;
    const limit = Math.min(text.length, start + JWK_REACH);
    while (index < limit) {
      const code = text.charCodeAt(index);
      if (code === 34) {
        if (depth === 0) {
          PRIVATE_MEMBER.lastIndex = index;
          const member = PRIVATE_MEMBER.exec(text);
          if (member !== null) {
            const end = PRIVATE_MEMBER.lastIndex - 1;
            yield { start: end - (member[1] as string).length, end, score: 0.95 };
            index = PRIVATE_MEMBER.lastIndex;
            continue;
          }
        }
        // Past the string.
        index++;
        while (index < limit && text.charCodeAt(index) !== 34) index += text.charCodeAt(index) === 92 ? 2 : 1;
        index++;
        continue;
      }
      if (code === 123 || code === 91) depth++;
      else if (code === 125 || code === 93) {
        if (depth === 0) break;
        depth--;
      }
      index++;
    }
    done = index;
    KTY.lastIndex = Math.max(KTY.lastIndex, index);
  }
}

/** PRIVATE_KEY: the private members of a JSON Web Key (`d`, `p`, `q`, `dp`, `dq`, `qi`; an `oct` key's `k`). */
export const jwkPrivateKeyRecognizer: Recognizer = {
  name: 'jwk-private-key',
  entity: 'PRIVATE_KEY',
  category: 'SECRETS',
  find: findJwkPrivateParts,
  // A case-insensitive word joins the rare words' one search of long texts (rare-triggers.ts); `"kty"` as a
  // case-sensitive trigger (a search of its own, opening with a frequent `"`) cost the bench's log 3%.
  caseInsensitiveTriggers: ['kty'],
  description:
    'the private members of a JSON Web Key (d, p, q, dp, dq, qi; k of a symmetric key) in the object holding its "kty"',
};

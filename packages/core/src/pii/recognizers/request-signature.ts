import type { Recognizer } from '../recognizer.js';

// The signature of a signed request, wherever no scheme opens its URL (url-credentials.ts masks a whole
// `https://…` URL that carries one): an access log's request line (`"GET /report.pdf?X-Amz-Credential=…
// &X-Amz-Signature=… HTTP/1.1"`), a proxy's path field, a query string logged on its own, an AWS `Authorization`
// header. With the rest of a presigned URL, the signature is the grant: anyone holding it reads the object until
// the URL expires (up to 7 days on S3). S3 and SigV4 (`X-Amz-Signature`), Cloud Storage V4 (`X-Goog-Signature`),
// CloudFront, SigV2 and GCS V2 (`Signature`), Azure shared access signatures (`sig`), signed app routes and HTTP
// Signatures (`signature`, quoted or not). At the start of the text or after `?`, `&`, `;` (`&amp;`), a comma, a
// space (the header's `, Signature=`) or a double quote. A value that runs into `(` is a call, not a signature.
const QUERY_SIGNATURE =
  /(?<=^|[?&;,\s"])(?:x-(?:amz|goog)-)?sig(?:nature)?=("?)([A-Za-z0-9%+/=_~-]{16,2048})(?=\1(?![A-Za-z0-9%+/=_~(-]))/gi;
// SigV2's header: `Authorization: AWS AKIAIOSFODNN7EXAMPLE:frJIUN8DYpKDtOLCwo//yllqDzg=`, an HMAC-SHA1 in base64
// after the access key id (which aws-keys.ts masks).
const SIGV2_HEADER = /\bAWS [A-Z0-9]{20}:([A-Za-z0-9+/]{27}=)(?![A-Za-z0-9+/=])/g;

// A word in one case (`?signature=required`, `&sig=none`): a signature in base64 mixes cases, one in hex has
// digits.
const WORD = /^(?:[a-z_.-]+|[A-Z_.-]+)$/;

// What a signed request carries besides its signature, on the same line: its expiry, its key, its algorithm
// (`X-Amz-Credential`, `Expires=`, `Key-Pair-Id=`, Azure's `sv=` / `se=` / `sp=`, the header's `Credential=` and
// `SignedHeaders=`, HTTP Signatures' `keyId=`). A `signature=` without them (a keyword argument, a log's
// `signature=valid`) signs nothing here.
const COMPANION =
  /(?:^|[?&;,\s"])(?:x-amz-(?!signature)|x-goog-(?!signature)|expires=|key-pair-id=|policy=|awsaccesskeyid=|googleaccessid=|sv=|se=|sp=|sr=|credential=|signedheaders=|keyid=|algorithm=)/i;

/** Whether the line around [start, end) carries another part of a signed request (see COMPANION). */
function signedRequest(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start) + 1;
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd === -1) lineEnd = text.length;
  return COMPANION.test(text.slice(Math.max(lineStart, start - 4096), Math.min(lineEnd, end + 1024)));
}

/** API_SECRET: the signature of a presigned URL or a signed request, outside a URL with a scheme. */
export const requestSignatureRecognizer: Recognizer = {
  name: 'request-signature',
  entity: 'API_SECRET',
  category: 'SECRETS',
  patterns: [
    { regex: QUERY_SIGNATURE, score: 0.9, group: 2 },
    { regex: SIGV2_HEADER, score: 0.95, group: 1 },
  ],
  // SigV2's header is its own proof; a query or header parameter wants a companion.
  validate: (value, { text, start, end }) =>
    !WORD.test(value) && (text.charCodeAt(start - 1) === 58 || signedRequest(text, start, end)),
  // No triggers: each pattern runs only at the word runs that open it (`X` before `-`, `sig` or `signature`
  // before `=`, `AWS` before a space) after one of the characters above (pattern-starts.ts).
  description:
    'the signature of a presigned URL or signed request outside a scheme:// URL: X-Amz-Signature, X-Goog-Signature, Signature (CloudFront, SigV2), sig (Azure SAS), an AWS Authorization header',
};

// A deterministic 10 MB mixed application log: JSON lines, access lines, plain messages; about one line in
// four carries PII or a secret, the rest is the usual noise (ids, hashes, timestamps, versions, prices).
import { makeValues, rng } from './values.mjs';

export function mixedLog(bytes = 10 * 1024 * 1024, seed = 7) {
  const r = rng(seed);
  const values = makeValues(r);
  const hex = (n) => Array.from({ length: n }, () => '0123456789abcdef'[r.int(0, 15)]).join('');
  const types = [
    'EMAIL_ADDRESS',
    'PHONE_NUMBER',
    'US_SSN',
    'CREDIT_CARD',
    'IP_ADDRESS',
    'IBAN_CODE',
    'AWS_ACCESS_KEY',
    'JWT',
    'PASSWORD',
    'GITHUB_TOKEN',
  ];
  const lines = [];
  let size = 0;
  while (size < bytes) {
    const ts = `2026-11-22T${String(r.int(0, 23)).padStart(2, '0')}:${r.int(10, 59)}:${r.int(10, 59)}.${r.digits(3)}Z`;
    const roll = r.next();
    let line;
    if (roll < 0.25) {
      const type = r.pick(types);
      line = `${ts} INFO [svc-${r.int(1, 9)}] user update ${type.toLowerCase()}=${values[type]()} req=${hex(8)} took ${r.int(1, 900)}ms`;
    } else if (roll < 0.5) {
      line = `{"ts":"${ts}","level":"debug","trace_id":"${hex(32)}","span":"${hex(16)}","path":"/api/v${r.int(1, 3)}/orders/${r.int(1, 999999)}","status":${r.pick([200, 201, 204, 304, 404, 500])},"bytes":${r.int(100, 99999)}}`;
    } else if (roll < 0.75) {
      line = `${r.int(10, 250)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)} - - [22/Nov/2026:07:${r.int(10, 59)}:${r.int(10, 59)} +0000] "GET /static/app.${hex(8)}.js HTTP/1.1" 200 ${r.int(1000, 999999)} "-" "Mozilla/5.0"`;
    } else {
      line = `${ts} WARN cache miss key=product:${r.int(1, 99999)} version=${r.int(1, 9)}.${r.int(0, 20)}.${r.int(0, 9)} price=${r.int(1, 999)}.${r.digits(2)} commit=${hex(40)}`;
    }
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join('\n');
}

/** Splits text into documents of about `size` characters at line boundaries. */
export function chunks(text, size = 64 * 1024) {
  const out = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    const newline = text.lastIndexOf('\n', end);
    if (end < text.length && newline > start) end = newline + 1;
    out.push(text.slice(start, end));
    start = end;
  }
  return out;
}

// Writes corpus/independent.jsonl: values drawn from @faker-js/faker, a generator others wrote from their own
// reading of each format's rules (issuer prefixes and Luhn for cards, mod-97 for IBANs, the ABA checksum, EIP-55 for
// Ethereum, the VIN check digit), each in one of seven kinds of text: JSON, a log line, prose, CSV, markdown, a
// URL-encoded query string, an HTML table row. The rest of the corpus (values.mjs) was written by Mask's authors;
// these values do not share their reading, so a rule Mask got wrong shows here.
// Deterministic: `node generate-independent.mjs` writes the sets of seed 20261123. Read by run.mjs (recall per
// type, side by side with the peers) and by @mask/core's independent-values test (every value found whole, as its
// type). run.mjs also draws the sets of other seeds (independentSets), for Mask alone: values no one tuned on.
//
// Left out, because faker's values are not valid ones: its Bitcoin addresses carry no valid checksum (base58check or
// bech32: none of 600 decode), and its BICs may open the location code with 0 or 1 or put the letter O second,
// which ISO 9362 excludes. Its IPv4 addresses include 0/8, loopback and 240/4, which name no host (Mask skips them).
// Its phone numbers follow each locale's layout but mostly not its numbering plan.
//
// Also writes corpus/independent-harmless.jsonl: faker's values that are no one's data (ids, hashes, ISBNs,
// versions, prices, timestamps, user agents, URLs, paths...) in JSON, log lines and prose: the share each detector
// flags.
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { faker } from '@faker-js/faker';

const LABELS = {
  EMAIL_ADDRESS: 'email',
  CREDIT_CARD: 'card number',
  IBAN_CODE: 'iban',
  ABA_ROUTING_NUMBER: 'routing number',
  SWIFT_CODE: 'swift code',
  ETHEREUM_ADDRESS: 'wallet',
  IP_ADDRESS: 'client ip',
  MAC_ADDRESS: 'mac address',
  JWT: 'token',
  VIN: 'vin',
  CARD_SECURITY_CODE: 'cvv',
  PIN: 'pin',
  DATE_OF_BIRTH: 'date of birth',
};

const key = (label) => label.replace(/ /g, '_');
const TEMPLATES = [
  ['json', (label, value) => `{"id": 4821, "${key(label)}": "${value}", "status": "active"}`],
  ['log', (label, value) => `2026-11-23T06:12:44Z INFO profile updated ${key(label)}=${value} latency_ms=12`],
  ['prose', (label, value) => `Hi team, the ${label} on file is ${value}. Thanks!`],
  ['csv', (label, value) => `name,${key(label)},country\nAna Ruiz,${value},ES`],
  ['markdown', (label, value) => `| field | value |\n|---|---|\n| ${label} | ${value} |`],
  // An access log's query string (the value URL-encoded) and a row of an HTML table.
  ['query', (label, value) => `GET /api/profile?${key(label)}=${encodeURIComponent(value)}&lang=en HTTP/1.1" 200`],
  ['html', (label, value) => `<tr><td>${label}</td><td>${value}</td></tr>`],
];

/** Draws from `generate` until `keep` accepts. */
const until = (generate, keep) => () => {
  for (;;) {
    const value = generate();
    if (keep(value)) return value;
  }
};

const ISSUERS = ['visa', 'mastercard', 'american_express', 'discover', 'jcb', 'diners_club'];
const GENERATORS = [
  ['EMAIL_ADDRESS', () => faker.internet.email()],
  // RFC 5322's rarer local-part characters, except `& | \` = / ?`: in text those separate a query's fields, a
  // table's cells, code and paths, so Mask ends a local part at them (`?to=ana@…` is `ana`'s address).
  [
    'EMAIL_ADDRESS',
    until(
      () => faker.internet.email({ allowSpecialCharacters: true }),
      (email) => !/[&|`=/?]/.test(email),
    ),
  ],
  ...ISSUERS.map((issuer) => ['CREDIT_CARD', () => faker.finance.creditCardNumber({ issuer })]),
  ['IBAN_CODE', () => faker.finance.iban()],
  ['IBAN_CODE', () => faker.finance.iban({ formatted: true })],
  ['ABA_ROUTING_NUMBER', () => faker.finance.routingNumber()],
  ...[false, true].map((includeBranchCode) => [
    'SWIFT_CODE',
    until(
      () => faker.finance.bic({ includeBranchCode }),
      (bic) => bic[6] !== '0' && bic[6] !== '1' && bic[7] !== 'O',
    ),
  ]),
  ['ETHEREUM_ADDRESS', () => faker.finance.ethereumAddress()],
  [
    'IP_ADDRESS',
    until(
      () => faker.internet.ipv4(),
      (ip) => {
        const first = Number(ip.split('.')[0]);
        return first !== 0 && first !== 127 && first < 240;
      },
    ),
  ],
  ['IP_ADDRESS', () => faker.internet.ipv6()],
  ['MAC_ADDRESS', () => faker.internet.mac()],
  ['MAC_ADDRESS', () => faker.internet.mac({ separator: '-' })],
  ['JWT', () => faker.internet.jwt()],
  ['VIN', () => faker.vehicle.vin()],
  ['CARD_SECURITY_CODE', () => faker.finance.creditCardCVV()],
  ['PIN', () => faker.finance.pin()],
  ['DATE_OF_BIRTH', () => faker.date.birthdate().toISOString().slice(0, 10)],
  ['DATE_OF_BIRTH', () => faker.date.birthdate().toLocaleDateString('en-US', { dateStyle: 'long' })],
  ['DATE_OF_BIRTH', () => faker.date.birthdate().toLocaleDateString('es-ES')],
];

const PER_GENERATOR = 70;

/** The seed of the committed sets (corpus/independent*.jsonl). */
export const COMMITTED_SEED = 20261123;

/** The labelled values and the harmless texts drawn with `seed`. */
export function independentSets(seed) {
  faker.seed(seed);
  // Dates (birth dates, a JWT's iat and exp, recent timestamps) count from a fixed day, not from today.
  faker.setDefaultRefDate(new Date('2026-11-23T00:00:00Z'));
  return { records: labelledRecords(), harmless: harmlessRecords() };
}

function labelledRecords() {
  const records = [];
  for (const [type, generate] of GENERATORS) {
    for (let index = 0; index < PER_GENERATOR; index++) {
      const value = generate();
      const [kind, template] = TEMPLATES[index % TEMPLATES.length];
      const text = template(LABELS[type], value);
      const spelled = kind === 'query' ? encodeURIComponent(value) : value;
      const start = text.indexOf(spelled);
      records.push({
        id: `independent-${records.length}`,
        kind,
        text,
        entities: [{ type, start, end: start + spelled.length }],
      });
    }
  }
  return records;
}

// Harmless values, each under the key a log or record would give it.
const HARMLESS = {
  request_id: () => faker.string.uuid(),
  commit: () => faker.git.commitSha(),
  short_commit: () => faker.git.commitSha({ length: 7 }),
  isbn: () => faker.commerce.isbn(13),
  isbn10: () => faker.commerce.isbn(10),
  version: () => faker.system.semver(),
  price: () => faker.commerce.price({ symbol: '$' }),
  amount: () => faker.finance.amount(),
  btc_amount: () => faker.finance.amount({ dec: 8 }),
  currency: () => faker.finance.currencyCode(),
  created_at: () => faker.date.recent().toISOString(),
  ts: () => String(Math.floor(faker.date.recent().getTime() / 1000)),
  ts_ms: () => String(faker.date.recent().getTime()),
  pnr: () => faker.airline.recordLocator(),
  flight: () => faker.airline.flightNumber({ addLeadingZeros: true }),
  trace_id: () => faker.string.hexadecimal({ length: 32, casing: 'lower', prefix: '' }),
  span_id: () => faker.string.nanoid(),
  id: () => faker.string.ulid(),
  sku: () => faker.string.alphanumeric({ length: 10, casing: 'upper' }),
  port: () => String(faker.internet.port()),
  http_status: () => String(faker.internet.httpStatusCode()),
  user_agent: () => faker.internet.userAgent(),
  url: () => faker.internet.url(),
  domain: () => faker.internet.domainName(),
  content_type: () => faker.system.mimeType(),
  path: () => faker.system.filePath(),
  color: () => faker.color.rgb(),
  product: () => faker.commerce.productName(),
  jwt_alg: () => faker.internet.jwtAlgorithm(),
};
const HARMLESS_TEMPLATES = [
  ['json', (name, value) => `{"${name}": "${value}", "status": "ok"}`],
  ['log', (name, value) => `2026-11-23T06:12:44Z INFO job done ${name}=${value}`],
  ['prose', (name, value) => `Order shipped; ${name.replace(/_/g, ' ')} ${value}.`],
];
function harmlessRecords() {
  const harmless = [];
  for (const [name, generate] of Object.entries(HARMLESS)) {
    for (let index = 0; index < PER_GENERATOR; index++) {
      const [kind, template] = HARMLESS_TEMPLATES[index % HARMLESS_TEMPLATES.length];
      harmless.push({ id: `independent-harmless-${harmless.length}`, kind, text: template(name, generate()) });
    }
  }
  return harmless;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { records, harmless } = independentSets(COMMITTED_SEED);
  for (const [name, rows] of [
    ['independent.jsonl', records],
    ['independent-harmless.jsonl', harmless],
  ]) {
    writeFileSync(new URL(`corpus/${name}`, import.meta.url), `${rows.map((row) => JSON.stringify(row)).join('\n')}\n`);
    console.log(`corpus/${name}: ${rows.length} texts`);
  }
}

// Writes the labelled evaluation corpus: corpus/gold.jsonl (texts with PII and exact gold spans) and
// corpus/harmless.jsonl (texts without PII that detectors often flag). Deterministic: `node generate-corpus.mjs`.
import { writeFileSync } from 'node:fs';
import { makeValues, rng } from './values.mjs';

const r = rng(20261122);
const values = makeValues(r);

// How people name each field: JSON key, English phrase, Spanish phrase.
const FIELDS = {
  EMAIL_ADDRESS: ['email', 'my email is', 'mi correo es'],
  PHONE_NUMBER: ['phone', 'call me at', 'mi teléfono es'],
  US_SSN: ['ssn', 'my SSN is', 'mi número de seguro social es'],
  CREDIT_CARD: ['card_number', 'the card is', 'la tarjeta es'],
  ABA_ROUTING_NUMBER: ['routing_number', 'routing number', 'número de ruta'],
  IBAN_CODE: ['iban', 'IBAN', 'IBAN de la cuenta'],
  IP_ADDRESS: ['client_ip', 'request from', 'conexión desde'],
  MAC_ADDRESS: ['mac_address', 'device MAC', 'dirección MAC'],
  UK_NHS: ['nhs_number', 'NHS number', 'número NHS'],
  ES_NIF: ['dni', 'DNI', 'mi DNI es'],
  ES_NIE: ['nie', 'NIE', 'mi NIE es'],
  BR_CPF: ['cpf', 'CPF', 'CPF'],
  VIN: ['vin', 'VIN', 'número de bastidor'],
  UK_NINO: ['ni_number', 'National Insurance number', 'número de seguro nacional'],
  AWS_ACCESS_KEY: ['aws_access_key_id', 'AWS key', 'clave AWS'],
  GITHUB_TOKEN: ['github_token', 'GitHub token', 'token de GitHub'],
  SLACK_TOKEN: ['slack_bot_token', 'Slack token', 'token de Slack'],
  STRIPE_KEY: ['stripe_secret', 'Stripe key', 'clave de Stripe'],
  OPENAI_API_KEY: ['openai_api_key', 'OpenAI key', 'clave de OpenAI'],
  ANTHROPIC_API_KEY: ['anthropic_api_key', 'Anthropic key', 'clave de Anthropic'],
  GOOGLE_API_KEY: ['maps_key', 'Google API key', 'clave de Google'],
  JWT: ['id_token', 'session JWT', 'JWT de sesión'],
  URL_CREDENTIALS: ['database_url', 'DB URL', 'URL de la base de datos'],
  PASSWORD: ['password', 'password:', 'contraseña:'],
  DATE_OF_BIRTH: ['date_of_birth', 'date of birth', 'fecha de nacimiento'],
  IT_FISCAL_CODE: ['codice_fiscale', 'codice fiscale', 'código fiscal'],
  IN_AADHAAR: ['aadhaar', 'Aadhaar', 'Aadhaar'],
  IN_PAN: ['pan', 'PAN', 'PAN'],
  SG_NRIC_FIN: ['nric', 'NRIC', 'NRIC'],
  CA_SIN: ['sin', 'SIN', 'número de seguro social canadiense SIN'],
  AU_TFN: ['tfn', 'tax file number', 'TFN'],
  MX_CURP: ['curp', 'CURP', 'CURP'],
  DE_TAX_ID: ['steuer_id', 'Steuer-ID', 'Steuer-ID'],
  US_NPI: ['npi', 'provider NPI', 'NPI del proveedor'],
  US_ITIN: ['itin', 'ITIN', 'ITIN'],
};
// The types added in the corpus's second part, each from its own seed so that the first part's texts stay as
// they were (earlier runs remain comparable on them).
const MORE_FIELDS = {
  API_SECRET: ['client_secret', 'client secret:', 'secreto del cliente:'],
  AU_ABN: ['abn', 'ABN', 'ABN'],
  AU_MEDICARE: ['medicare_number', 'Medicare card', 'tarjeta Medicare'],
  AWS_SECRET_KEY: ['aws_secret_access_key', 'AWS secret access key', 'clave secreta de AWS'],
  AWS_SESSION_TOKEN: ['aws_session_token', 'AWS session token', 'token de sesión de AWS'],
  BR_CNPJ: ['cnpj', 'CNPJ', 'CNPJ'],
  CARD_SECURITY_CODE: ['cvv', 'security code', 'código de seguridad'],
  CRYPTO: ['btc_address', 'bitcoin wallet', 'billetera bitcoin'],
  ES_CIF: ['cif', 'CIF', 'CIF de la empresa'],
  ES_NUSS: ['nuss', 'social security number (NUSS)', 'número de la seguridad social'],
  ETHEREUM_ADDRESS: ['eth_wallet', 'ETH wallet', 'billetera ETH'],
  FR_NIR: ['nir', 'numéro de sécurité sociale', 'NIR'],
  GITLAB_TOKEN: ['gitlab_token', 'GitLab token', 'token de GitLab'],
  HUGGINGFACE_TOKEN: ['hf_token', 'Hugging Face token', 'token de Hugging Face'],
  KR_RRN: ['rrn', 'resident registration number', 'número de registro de residente'],
  MEDICAL_RECORD_NUMBER: ['mrn', 'MRN', 'número de historia clínica'],
  NL_BSN: ['bsn', 'BSN', 'BSN'],
  NPM_TOKEN: ['npm_token', 'npm token', 'token de npm'],
  PIN: ['pin', 'PIN:', 'PIN:'],
  PL_PESEL: ['pesel', 'PESEL', 'PESEL'],
  PRIVATE_KEY: ['private_key', 'private key', 'clave privada'],
  SENDGRID_API_KEY: ['sendgrid_api_key', 'SendGrid key', 'clave de SendGrid'],
  SWIFT_CODE: ['swift', 'SWIFT/BIC', 'código SWIFT'],
  UK_PASSPORT: ['uk_passport', 'UK passport number', 'pasaporte británico'],
  UK_POSTCODE: ['postcode', 'postcode', 'código postal'],
  US_BANK_NUMBER: ['account_number', 'bank account number', 'número de cuenta'],
  US_DEA_NUMBER: ['dea_number', 'DEA number', 'número DEA'],
  US_DRIVER_LICENSE: ['driver_license', "driver's license", 'licencia de conducir'],
  US_EIN: ['ein', 'EIN', 'EIN de la empresa'],
  US_MBI: ['mbi', 'Medicare beneficiary identifier', 'MBI de Medicare'],
  US_PASSPORT: ['passport_number', 'passport number', 'número de pasaporte'],
};
// The common types appear more often, as they do in real traffic.
const WEIGHTED = [
  ...Array(8).fill('EMAIL_ADDRESS'),
  ...Array(6).fill('PHONE_NUMBER'),
  ...Array(4).fill('US_SSN'),
  ...Array(4).fill('CREDIT_CARD'),
  ...Array(4).fill('IP_ADDRESS'),
  ...Array(3).fill('IBAN_CODE'),
  ...Array(2).fill('PASSWORD'),
  ...Object.keys(FIELDS),
];

class Builder {
  text = '';
  entities = [];
  add(text) {
    this.text += text;
    return this;
  }
  entity(type, value) {
    this.entities.push({ type, start: this.text.length, end: this.text.length + value.length });
    this.text += value;
    return this;
  }
}

const names = ['Ana', 'Luis', 'Priya', 'John', 'Wei', 'Sofía', 'Kenji'];
const services = ['billing', 'auth', 'orders', 'crm', 'payments', 'support'];

function gold(index, r, values, fields, weighted, kinds = ['json', 'log', 'csv', 'email', 'chat']) {
  const kind = kinds[index % kinds.length];
  const count = 1 + (index % 3);
  const types = Array.from({ length: count }, () => r.pick(weighted));
  const spanish = r.next() < 0.3;
  const FIELDS = fields;
  const b = new Builder();
  const pairs = types.map((type) => [type, values[type]()]);
  switch (kind) {
    case 'json': {
      b.add(`{"id": ${r.int(1000, 99999)}, "name": "${r.pick(names)}"`);
      for (const [type, value] of pairs) b.add(`, "${FIELDS[type][0]}": "`).entity(type, value).add('"');
      b.add(`, "status": "active"}`);
      break;
    }
    case 'log': {
      b.add(
        `2026-11-22T07:${r.int(10, 59)}:${r.int(10, 59)}.${r.int(100, 999)}Z INFO [${r.pick(services)}] req=${r.int(100000, 999999)}`,
      );
      for (const [type, value] of pairs) b.add(` ${FIELDS[type][0]}=`).entity(type, value);
      b.add(` latency_ms=${r.int(3, 900)}`);
      break;
    }
    case 'table': {
      // Aligned with spaces, as a command-line tool prints it: a header, then two rows.
      const headers = ['NAME', ...pairs.map(([type]) => FIELDS[type][0].toUpperCase())];
      const rows = [pairs, pairs.map(([type]) => [type, values[type]()])];
      const widths = headers.map((header, column) =>
        Math.max(header.length, ...rows.map((row) => (column === 0 ? 6 : row[column - 1][1].length))),
      );
      b.add(
        headers
          .map((header, column) => header.padEnd(widths[column] + 2))
          .join('')
          .trimEnd(),
      );
      for (const row of rows) {
        b.add(`\n${r.pick(names).padEnd(widths[0] + 2)}`);
        row.forEach(([type, value], column) => {
          b.entity(type, value);
          if (column < row.length - 1) b.add(' '.repeat(widths[column + 1] - value.length + 2));
        });
      }
      break;
    }
    case 'csv': {
      b.add(`id,name,${pairs.map(([type]) => FIELDS[type][0]).join(',')},created\n${r.int(1, 9999)},${r.pick(names)}`);
      for (const [type, value] of pairs) {
        b.add(',');
        if (value.includes(',')) b.add('"').entity(type, value).add('"');
        else b.entity(type, value);
      }
      b.add(',2026-11-22');
      break;
    }
    case 'email': {
      b.add(
        spanish
          ? `Hola ${r.pick(names)},\n\nPor favor actualiza mis datos. `
          : `Hi ${r.pick(names)},\n\nPlease update my records. `,
      );
      for (const [type, value] of pairs)
        b.add(`${FIELDS[type][spanish ? 2 : 1]} `)
          .entity(type, value)
          .add('. ');
      b.add(spanish ? '\n\nGracias,\nEquipo' : '\n\nThanks,\nTeam');
      break;
    }
    default: {
      b.add(spanish ? 'usuario: hola, ' : 'user: hi, ');
      for (const [type, value] of pairs)
        b.add(`${FIELDS[type][spanish ? 2 : 1]} `)
          .entity(type, value)
          .add(r.pick([', ', ' and ', '; ']));
      b.add(spanish ? '¿puedes ayudarme?' : 'can you help?');
    }
  }
  return { id: `gold-${index}`, kind, text: b.text, entities: b.entities };
}

const hex = (n) => Array.from({ length: n }, () => '0123456789abcdef'[r.int(0, 15)]).join('');
const HARMLESS = [
  () => `Order ORD-2026-${r.digits(6)} shipped; tracking 1Z${r.digits(3)}AA${r.digits(10)}.`,
  () =>
    `{"order_id": ${r.int(10000000, 99999999)}, "total": "$${r.int(10, 2999)}.${r.digits(2)}", "items": ${r.int(1, 9)}}`,
  () => `request_id=${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)} status=200`,
  () => `commit ${hex(40)} merged into main (${hex(7)})`,
  () => `ISBN 978-${r.int(0, 1)}-${r.digits(3)}-${r.digits(5)}-${r.int(0, 9)} in stock`,
  () => `Price: €${r.int(1, 999)},${r.digits(2)} (VAT ${r.int(4, 21)}%)`,
  () =>
    `2026-11-22T${r.int(10, 23)}:${r.int(10, 59)}:${r.int(10, 59)}.${r.digits(3)}Z DEBUG cache hit ratio=0.${r.digits(2)}`,
  () =>
    `upgraded node from v${r.int(18, 22)}.${r.int(0, 20)}.${r.int(0, 9)} to v${r.int(18, 22)}.${r.int(0, 20)}.${r.int(0, 9)}`,
  () => `build 10.0.${r.int(17000, 22999)}.${r.int(1, 999)} released`,
  () => `card 4111 1111 1111 ${r.pick(['1112', '1113', '1114'])} was declined (test data, bad checksum)`,
  () => `SSN field must not be 000-${r.digits(2)}-${r.digits(4)} or 666-${r.digits(2)}-${r.digits(4)}`,
  () => `routing number 0210000${r.pick(['22', '23', '24'])} failed validation`,
  () => `IBAN GB${r.pick(['28', '30', '31'])} NWBK 6016 1331 9268 19 rejected: bad check digits`,
  () => `epoch=${r.int(1700000000, 1799999999)}${r.digits(3)} offset=${r.int(0, 99999)}`,
  () =>
    `Invoice #${r.int(100000, 999999)} due ${r.int(1, 28)}/${r.int(1, 12)}/2026, amount 1,${r.digits(3)}.${r.digits(2)}`,
  () => `coords ${r.int(-89, 89)}.${r.digits(4)}, ${r.int(-179, 179)}.${r.digits(4)}`,
  () => `sha256:${hex(64)}`,
  () => `color #${hex(6)} at ${r.int(0, 100)}% opacity, size ${r.int(1, 999)}x${r.int(1, 999)}`,
  () => `Room ${r.int(100, 999)}, floor ${r.int(1, 40)}, ext. ${r.int(1000, 9999)}`,
  () => `Downloaded ${r.int(1, 999)}.${r.int(0, 9)} MB in ${r.int(1, 59)}s (${r.int(1, 99)}.${r.int(0, 9)} MB/s)`,
  () => `ticket JIRA-${r.int(100, 9999)} moved to QA; sprint ${r.int(1, 60)}`,
  () => `Meeting at 10:${r.int(10, 59)} in building ${r.int(1, 9)}; dial-in code ${r.digits(6)}#`,
  () => `password reset link expired; please request a new one`,
  () => `token expired at 2026-11-22T08:00:00Z, refresh required`,
  () => `Score: ${r.int(0, 100)}/${100}, percentile ${r.int(1, 99)}.${r.int(0, 9)}`,
  () => `docker image sha ${hex(12)} tag 1.${r.int(0, 30)}.${r.int(0, 9)}-alpine`,
  () => `el pedido ${r.int(100000, 999999)} llegará el ${r.int(1, 28)} de marzo`,
  () => `Lote ${r.digits(10)} caduca 2027-0${r.int(1, 9)}-1${r.int(0, 9)}`,
  () => `serial number ${r.digits(12)} registered`,
  () => `uuid ${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}`,
];

// Part two of the harmless set (its own seed): near misses of the types added in part two of the gold set, and
// what sits next to keys and tokens in API output without being one.
const nearRandom = rng(20261124);
const q = nearRandom;
const nearHex = (n) => Array.from({ length: n }, () => '0123456789abcdef'[q.int(0, 15)]).join('');
const NEAR_MISSES = [
  () => `CNPJ 11.222.333/0001-${q.pick(['80', '82', '91'])} inválido (dígito verificador)`,
  () =>
    `PESEL ${q.pick(['44051401458', '02070803628'].map((v) => v.slice(0, 10) + ((Number(v[10]) + 1) % 10)))} odrzucony`,
  () => `BSN ${q.pick(['111222334', '123456780', '999999991'])} fails the 11-proof`,
  () => `ABN 51 824 753 ${q.pick(['557', '558', '559'])} is not registered`,
  () => `ETH tx 0x${nearHex(64)} confirmed in block ${q.int(18000000, 19999999)}`,
  () => `npm_config_cache=/home/runner/.npm npm_lifecycle_event=test npm_package_version=1.${q.int(0, 9)}.0`,
  () => `Create a token: glpat-xxxxxxxxxxxxxxxxxxxx (replace with yours)`,
  () => `from huggingface_hub import hf_hub_download; hf_hub_download(repo_id="bert-base-uncased")`,
  () => `{"next_cursor": "eyJvZmZzZXQiOiA${q.int(100, 999)}fQ==", "has_more": true, "limit": ${q.int(10, 100)}}`,
  () => `{"token_type": "bearer", "expires_in": ${q.int(600, 7200)}, "scope": "read write"}`,
  () => `{"api_version": "2024-${q.pick(['06', '09', '10'])}-01", "request_id": "req_${nearHex(14)}"}`,
  () => `GPIO pin ${q.int(2, 27)} set high; cvv_length: 3; pin_length: 6`,
  () => `order number ${q.digits(9)} shipped to the warehouse`,
  () => `account settings updated at 2026-11-22T0${q.int(1, 9)}:00:00Z (${q.int(2, 40)} fields)`,
  () =>
    `USPS tracking ${q.pick(['9400', '9205', '9361'])} ${q.digits(4)} ${q.digits(4)} ${q.digits(4)} ${q.digits(4)} ${q.digits(2)}`,
  () => `WARNING: CONTRACT BUILDING FACTORY ${q.pick(['REVIEWED', 'APPROVED'])} by legal`,
  () => `DEA number format: 2 letters + 7 digits, e.g. AB1234567 (not a real registrant)`,
  () => `FR NIR must be 15 digits; got ${q.digits(13)}`,
  () => `MBI format check failed for ${q.int(1, 9)}SL${q.int(0, 9)}-OI${q.int(0, 9)}-BZ${q.digits(2)}`,
  () => `{"client_id": "web-app", "redirect_uri": "https://app.example.com/callback", "state": "${nearHex(16)}"}`,
  () => `etag: W/"${nearHex(8)}-${nearHex(12)}" last-modified: Sun, 22 Nov 2026 10:00:00 GMT`,
  () => `Postcode lookup: please enter a postcode`,
  () => `pagination: page=${q.int(2, 40)}&per_page=${q.pick([25, 50, 100])}&cursor=${q.int(1000, 9999)}`,
  () => `id,name,token_count,created\n${q.int(1, 999)},run-${q.int(1, 99)},${q.int(100, 99999)},2026-11-22`,
  () => `Meeting notes: the secret to a good API is consistency; key takeaways below`,
];
function nearMiss(index) {
  return {
    id: `harmless-${300 + index}`,
    kind: 'harmless',
    text: NEAR_MISSES[index % NEAR_MISSES.length](),
    entities: [],
  };
}

function harmless(index) {
  return { id: `harmless-${index}`, kind: 'harmless', text: HARMLESS[index % HARMLESS.length](), entities: [] };
}

const moreRandom = rng(20261123);
const moreValues = makeValues(moreRandom);
const ALL_FIELDS = { ...FIELDS, ...MORE_FIELDS };
// Second part: every text holds at least one of the added types, now and then beside an earlier one; a sixth of
// them are tables aligned with spaces, as command-line tools print them.
const MORE_WEIGHTED = [...Object.keys(MORE_FIELDS), ...Object.keys(MORE_FIELDS), ...Object.keys(FIELDS)];
const goldRecords = [
  ...Array.from({ length: 600 }, (_, index) => gold(index, r, values, FIELDS, WEIGHTED)),
  ...Array.from({ length: 240 }, (_, index) => {
    const record = gold(600 + index, moreRandom, moreValues, ALL_FIELDS, MORE_WEIGHTED, [
      'json',
      'log',
      'csv',
      'email',
      'chat',
      'table',
    ]);
    return record.entities.some((entity) => entity.type in MORE_FIELDS) ? record : undefined;
  }).filter((record) => record !== undefined),
];
const harmlessRecords = [
  ...Array.from({ length: 300 }, (_, index) => harmless(index)),
  ...Array.from({ length: 100 }, (_, index) => nearMiss(index)),
];
const dir = new URL('./corpus/', import.meta.url);
writeFileSync(new URL('gold.jsonl', dir), `${goldRecords.map((record) => JSON.stringify(record)).join('\n')}\n`);
writeFileSync(
  new URL('harmless.jsonl', dir),
  `${harmlessRecords.map((record) => JSON.stringify(record)).join('\n')}\n`,
);
const counts = {};
for (const record of goldRecords)
  for (const entity of record.entities) counts[entity.type] = (counts[entity.type] ?? 0) + 1;
console.log(
  `gold: ${goldRecords.length} texts, ${Object.values(counts).reduce((a, b) => a + b, 0)} entities, ${Object.keys(counts).length} types; harmless: ${harmlessRecords.length}`,
);

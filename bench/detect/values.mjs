// Deterministic generators of valid identifiers for the evaluation corpus and the mixed log. Written apart from
// @mask/core's validators (from the issuers' published rules) so that the corpus does not inherit their bugs.
import { createHash } from 'node:crypto';

export function rng(seed) {
  let state = seed >>> 0 || 1;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  const digits = (count) => Array.from({ length: count }, () => int(0, 9)).join('');
  return { next, int, pick, digits };
}

const luhnDigit = (payload) => {
  for (let d = 0; d <= 9; d++) {
    const s = payload + d;
    let sum = 0;
    for (let i = 0; i < s.length; i++) {
      let x = Number(s[s.length - 1 - i]);
      if (i % 2 === 1) {
        x *= 2;
        if (x > 9) x -= 9;
      }
      sum += x;
    }
    if (sum % 10 === 0) return String(d);
  }
};

const group = (digits, sizes, separator) => {
  const parts = [];
  let index = 0;
  for (const size of sizes) {
    parts.push(digits.slice(index, index + size));
    index += size;
  }
  return parts.join(separator);
};

export function makeValues(r) {
  const first = ['ana', 'luis', 'maria', 'john', 'priya', 'wei', 'fatima', 'olga', 'kenji', 'sofia', 'diego', 'emma'];
  const last = ['garcia', 'smith', 'patel', 'chen', 'muller', 'rossi', 'dubois', 'kowalski', 'silva', 'kim', 'lopez'];
  const domains = ['example.com', 'acme.io', 'correo.es', 'mail.co.uk', 'empresa.com.mx', 'corp.example.org'];
  const card = () => {
    const [prefix, length, sizes] = r.pick([
      ['4', 16, [4, 4, 4, 4]],
      ['51', 16, [4, 4, 4, 4]],
      ['55', 16, [4, 4, 4, 4]],
      ['2221', 16, [4, 4, 4, 4]],
      ['34', 15, [4, 6, 5]],
      ['37', 15, [4, 6, 5]],
      ['6011', 16, [4, 4, 4, 4]],
      ['3528', 16, [4, 4, 4, 4]],
    ]);
    const payload = prefix + r.digits(length - prefix.length - 1);
    const number = payload + luhnDigit(payload);
    return r.pick([' ', '-', '']) === '' ? number : group(number, sizes, r.pick([' ', '-']));
  };
  const ssn = () => {
    let area = r.int(1, 899);
    if (area === 666) area = 667;
    const value = `${String(area).padStart(3, '0')}-${String(r.int(1, 99)).padStart(2, '0')}-${String(r.int(1, 9999)).padStart(4, '0')}`;
    return value;
  };
  const usPhone = () => {
    const area = r.pick(['212', '415', '312', '646', '718', '303', '206', '617', '305', '404', '512', '213']);
    const exchange = String(r.int(201, 989));
    const line = String(r.int(1000, 9999));
    if (exchange === '555') return usPhone();
    return r.pick([
      `(${area}) ${exchange}-${line}`,
      `${area}-${exchange}-${line}`,
      `+1 ${area} ${exchange} ${line}`,
      `${area}.${exchange}.${line}`,
    ]);
  };
  const intlPhone = () =>
    r.pick([
      `+44 20 7946 ${r.int(1000, 1999)}`,
      `+34 6${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`,
      `+49 30 ${r.int(20000000, 89999999)}`,
      `+33 1 ${r.int(40, 49)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
      `+91 9${r.digits(4)} ${r.digits(5)}`,
      `+52 55 ${r.int(2000, 5999)} ${r.digits(4)}`,
      `+61 2 9${r.digits(3)} ${r.digits(4)}`,
    ]);
  const iban = () => {
    const [country, bban] = r.pick([
      ['GB', () => `NWBK${r.digits(14)}`],
      ['DE', () => r.digits(18)],
      ['ES', () => r.digits(20)],
      ['FR', () => `${r.digits(10)}${r.digits(11)}${r.digits(2)}`],
      ['NL', () => `ABNA${r.digits(10)}`],
      ['IT', () => `X${r.digits(10)}${r.digits(12)}`],
    ]);
    const body = bban();
    const numeric = `${body + country}00`.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
    let remainder = 0;
    for (const ch of numeric) remainder = (remainder * 10 + Number(ch)) % 97;
    const compact = country + String(98 - remainder).padStart(2, '0') + body;
    return r.next() < 0.5 ? compact : compact.replace(/(.{4})/g, '$1 ').trim();
  };
  const ipv4 = () =>
    `${r.pick([8, 23, 34, 52, 81, 93, 104, 151, 185, 203])}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  const ipv6 = () =>
    `2a0${r.int(0, 9)}:${r.int(4096, 65535).toString(16)}:${r.int(1, 65535).toString(16)}::${r.int(1, 65535).toString(16)}`;
  const aba = () =>
    r.pick(['021000021', '011000015', '026009593', '121000358', '322271627', '111000025', '061000104', '071000013']);
  const nhs = () => {
    for (;;) {
      const nine = String(r.int(400000000, 999999999));
      let sum = 0;
      for (let i = 0; i < 9; i++) sum += Number(nine[i]) * (10 - i);
      const check = (11 - (sum % 11)) % 11;
      if (check !== 10) return `${nine.slice(0, 3)} ${nine.slice(3, 6)} ${nine.slice(6)}${check}`;
    }
  };
  const dni = () => {
    const number = r.int(10000000, 99999999);
    return `${number}${'TRWAGMYFPDXBNJZSQVHLCKE'[number % 23]}`;
  };
  const nie = () => {
    const prefix = r.int(0, 2);
    const seven = r.digits(7);
    return `${'XYZ'[prefix]}${seven}${'TRWAGMYFPDXBNJZSQVHLCKE'[Number(prefix + seven) % 23]}`;
  };
  const cpf = () => {
    for (;;) {
      const nine = r.digits(9);
      const d = (s, w0) => {
        let sum = 0;
        for (let i = 0; i < s.length; i++) sum += Number(s[i]) * (w0 - i);
        const rem = sum % 11;
        return rem < 2 ? 0 : 11 - rem;
      };
      const a = d(nine, 10);
      const b = d(nine + a, 11);
      const v = `${nine}${a}${b}`;
      if (!/^(\d)\1+$/.test(v)) return `${v.slice(0, 3)}.${v.slice(3, 6)}.${v.slice(6, 9)}-${v.slice(9)}`;
    }
  };
  const vin = () => {
    const T = {
      A: 1,
      B: 2,
      C: 3,
      D: 4,
      E: 5,
      F: 6,
      G: 7,
      H: 8,
      J: 1,
      K: 2,
      L: 3,
      M: 4,
      N: 5,
      P: 7,
      R: 9,
      S: 2,
      T: 3,
      U: 4,
      V: 5,
      W: 6,
      X: 7,
      Y: 8,
      Z: 9,
    };
    const W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
    const chars = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
    const base = `${r.pick(['1HG', '5YJ', '1FT', 'JHM', '2T1', 'WBA'])}${Array.from({ length: 5 }, () => r.pick([...chars])).join('')}0${r.pick(['K', 'L', 'M', 'N', 'P'])}${r.pick(['A', 'B', 'C'])}${r.digits(6)}`;
    let sum = 0;
    for (let i = 0; i < 17; i++) sum += (/\d/.test(base[i]) ? Number(base[i]) : T[base[i]]) * W[i];
    const check = sum % 11 === 10 ? 'X' : String(sum % 11);
    return base.slice(0, 8) + check + base.slice(9);
  };
  const nino = () => `${r.pick(['AB', 'JG', 'CE', 'HT', 'PR', 'SW'])}${r.digits(6)}${r.pick(['A', 'B', 'C', 'D'])}`;
  const b62 = (n) =>
    Array.from({ length: n }, () => r.pick([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'])).join(
      '',
    );
  const b32 = (n) => Array.from({ length: n }, () => r.pick([...'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'])).join('');
  const jwt = () => {
    const enc = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
    return `${enc({ alg: 'HS256', typ: 'JWT' })}.${enc({ sub: String(r.int(1, 99999)), iat: 1732262531 })}.${b62(43)}`;
  };
  const more = moreValues(r, b62);
  return {
    ...more,
    EMAIL_ADDRESS: () => `${r.pick(first)}${r.pick(['.', '_', ''])}${r.pick(last)}${r.int(0, 99)}@${r.pick(domains)}`,
    PHONE_NUMBER: () => (r.next() < 0.6 ? usPhone() : intlPhone()),
    US_SSN: ssn,
    CREDIT_CARD: card,
    ABA_ROUTING_NUMBER: aba,
    IBAN_CODE: iban,
    IP_ADDRESS: () => (r.next() < 0.75 ? ipv4() : ipv6()),
    MAC_ADDRESS: () => Array.from({ length: 6 }, () => r.int(16, 255).toString(16)).join(':'),
    UK_NHS: nhs,
    ES_NIF: dni,
    ES_NIE: nie,
    BR_CPF: cpf,
    VIN: vin,
    UK_NINO: nino,
    AWS_ACCESS_KEY: () => `AKIA${b32(16)}`,
    GITHUB_TOKEN: () => `ghp_${b62(36)}`,
    SLACK_TOKEN: () => `xoxb-${r.digits(12)}-${r.digits(13)}-${b62(24)}`,
    STRIPE_KEY: () => `sk_live_${b62(24)}`,
    OPENAI_API_KEY: () => `sk-proj-${b62(48)}`,
    ANTHROPIC_API_KEY: () => `sk-ant-api03-${b62(93)}AA`,
    GOOGLE_API_KEY: () => `AIza${b62(35)}`,
    JWT: jwt,
    URL_CREDENTIALS: () => `postgres://${r.pick(first)}:${b62(12)}@db${r.int(1, 9)}.internal:5432/app`,
    PASSWORD: () => `${b62(6)}!${r.int(10, 99)}`,
    DATE_OF_BIRTH: () =>
      `${r.int(1950, 2004)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`,
    // Published examples (checked against the issuers' rules in @mask/core's tests).
    IT_FISCAL_CODE: () => r.pick(['RSSMRA85T10A562S', 'BNCGLI80A41F205F']),
    IN_AADHAAR: () => r.pick(['2345 6789 0124', '4987 6543 2102']),
    IN_PAN: () => r.pick(['ABCPE1234F', 'BNZPM2501F']),
    SG_NRIC_FIN: () => r.pick(['S1234567D', 'T0123456G', 'F1234567N']),
    CA_SIN: () => r.pick(['130 042 823', '546 454 281']),
    AU_TFN: () => r.pick(['123 456 782', '876 543 210']),
    MX_CURP: () => r.pick(['GODE561231HDFRRN00', 'BADD110313HCMLNS06']),
    DE_TAX_ID: () => r.pick(['86095742719', '47134586296']),
    US_NPI: () => '1234567893',
    US_ITIN: () => `9${r.digits(2)}-${r.int(70, 88)}-${r.digits(4)}`,
  };
}

const weighted = (digits, weights) => weights.reduce((sum, weight, i) => sum + weight * Number(digits[i]), 0);
const pad = (value, width) => String(value).padStart(width, '0');
const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const sha256 = (bytes) => createHash('sha256').update(bytes).digest();

/** Base58check of a version byte and a payload (Bitcoin's address encoding). */
function base58check(bytes) {
  const full = Buffer.concat([bytes, sha256(sha256(bytes)).subarray(0, 4)]);
  let number = BigInt(`0x${full.toString('hex')}`);
  let out = '';
  while (number > 0n) {
    out = BASE58[Number(number % 58n)] + out;
    number /= 58n;
  }
  for (const byte of full) {
    if (byte !== 0) break;
    out = `1${out}`;
  }
  return out;
}

/** The types added to the corpus in its second part (generated from their own seed; see generate-corpus.mjs). */
function moreValues(r, b62) {
  const b64 = (n) =>
    Array.from({ length: n }, () =>
      r.pick([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/']),
    ).join('');
  const upper = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  // Australian Business Number: subtract 1 from the first digit; weights 10,1,3,...,19; the sum divides by 89.
  const abn = () => {
    const rest = r.digits(9);
    for (let lead = 10; lead <= 99; lead++) {
      const digits = `${Math.floor(lead / 10) - 1}${lead % 10}${rest}`;
      if (weighted(digits, [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]) % 89 === 0) {
        const value = `${lead}${rest}`;
        return `${value.slice(0, 2)} ${value.slice(2, 5)} ${value.slice(5, 8)} ${value.slice(8)}`;
      }
    }
    return abn();
  };
  // Medicare card: first digit 2-6, check digit = weights 1,3,7,9,1,3,7,9 mod 10, then the issue number.
  const medicare = () => {
    const eight = `${r.int(2, 6)}${r.digits(7)}`;
    const value = `${eight}${weighted(eight, [1, 3, 7, 9, 1, 3, 7, 9]) % 10}${r.int(1, 9)}`;
    return r.next() < 0.5 ? value : `${value.slice(0, 4)} ${value.slice(4, 9)} ${value.slice(9)}`;
  };
  // CNPJ: two mod-11 check digits (weights 5..2,9..2 then 6..2,9..2); remainders below 2 give 0.
  const cnpj = () => {
    const twelve = `${r.digits(8)}0001`;
    const check = (digits, weights) => {
      const rem = weighted(digits, weights) % 11;
      return rem < 2 ? 0 : 11 - rem;
    };
    const a = check(twelve, [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]);
    const v = `${twelve}${a}${check(`${twelve}${a}`, [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2])}`;
    return `${v.slice(0, 2)}.${v.slice(2, 5)}.${v.slice(5, 8)}/${v.slice(8, 12)}-${v.slice(12)}`;
  };
  // CIF (companies A and B: a digit control): even places summed, odd places doubled and their digits summed.
  const cif = () => {
    const seven = r.digits(7);
    let sum = 0;
    for (let i = 0; i < 7; i++) {
      const d = Number(seven[i]);
      sum += i % 2 === 1 ? d : Math.floor((2 * d) / 10) + ((2 * d) % 10);
    }
    return `${r.pick(['A', 'B'])}${seven}${(10 - (sum % 10)) % 10}`;
  };
  // NUSS: province 01-52, eight digits (10,000,000 or more here), control = the ten digits mod 97.
  const nuss = () => {
    const province = pad(r.int(1, 52), 2);
    const middle = String(r.int(10000000, 99999999));
    return [province, middle, pad(Number(BigInt(province + middle) % 97n), 2)].join(r.pick([' ', '/', '-']));
  };
  // NIR: sex, year, month, department, commune, order, key = 97 - (13 digits mod 97).
  const nir = () => {
    const thirteen = `${r.int(1, 2)}${pad(r.int(50, 99), 2)}${pad(r.int(1, 12), 2)}${pad(r.int(1, 95), 2)}${pad(r.int(1, 999), 3)}${pad(r.int(1, 999), 3)}`;
    const key = pad(97 - Number(BigInt(thirteen) % 97n), 2);
    const spaced = `${thirteen[0]} ${thirteen.slice(1, 3)} ${thirteen.slice(3, 5)} ${thirteen.slice(5, 7)} ${thirteen.slice(7, 10)} ${thirteen.slice(10)} ${key}`;
    return r.next() < 0.5 ? spaced : thirteen + key;
  };
  // Korean RRN: birth date, a gender/century digit, five digits, check = (11 - weighted sum mod 11) mod 10.
  const rrn = () => {
    const twelve = `${pad(r.int(50, 99), 2)}${pad(r.int(1, 12), 2)}${pad(r.int(1, 28), 2)}${r.int(1, 2)}${r.digits(5)}`;
    const check = (11 - (weighted(twelve, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]) % 11)) % 10;
    return `${twelve.slice(0, 6)}-${twelve.slice(6)}${check}`;
  };
  // BSN: the "11-proof": 9..2 times the first eight digits minus the last is a multiple of 11.
  const bsn = () => {
    for (;;) {
      const eight = `${r.int(1, 6)}${r.digits(7)}`;
      const last = weighted(eight, [9, 8, 7, 6, 5, 4, 3, 2]) % 11;
      if (last < 10) return eight + last;
    }
  };
  // PESEL: birth date (month + 20 after 2000), serial, check = (10 - weights 1,3,7,9 mod 10) mod 10.
  const pesel = () => {
    const year = r.int(1950, 2009);
    const month = r.int(1, 12) + (year >= 2000 ? 20 : 0);
    const ten = `${pad(year % 100, 2)}${pad(month, 2)}${pad(r.int(1, 28), 2)}${r.digits(4)}`;
    return ten + ((10 - (weighted(ten, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10);
  };
  // DEA: registrant letter, last-name initial, seven digits; last = (d1+d3+d5 + 2(d2+d4+d6)) mod 10.
  const dea = () => {
    const six = r.digits(6);
    const n = (i) => Number(six[i]);
    const check = (n(0) + n(2) + n(4) + 2 * (n(1) + n(3) + n(5))) % 10;
    return `${r.pick(['A', 'B', 'F', 'G', 'M'])}${r.pick([...'CGKLMPRSTW'])}${six}${check}`;
  };
  // EIN: a prefix the IRS assigns, a dash, seven digits.
  const ein = () => `${r.pick(['12', '20', '27', '35', '45', '56', '61', '74', '82', '94'])}-${r.digits(7)}`;
  // MBI: C A AN N A AN N A A N N; letters exclude S L O I B Z; the first digit 1-9.
  const mbi = () => {
    const letter = () => r.pick([...'ACDEFGHJKMNPQRTUVWXY']);
    const either = () => (r.next() < 0.5 ? letter() : String(r.int(0, 9)));
    const value = `${r.int(1, 9)}${letter()}${either()}${r.int(0, 9)}${letter()}${either()}${r.int(0, 9)}${letter()}${letter()}${r.int(0, 9)}${r.int(0, 9)}`;
    return r.next() < 0.5 ? value : `${value.slice(0, 4)}-${value.slice(4, 7)}-${value.slice(7)}`;
  };
  const bitcoin = () => base58check(Buffer.from([0, ...Array.from({ length: 20 }, () => r.int(0, 255))]));
  return {
    API_SECRET: () => b62(40),
    AU_ABN: abn,
    AU_MEDICARE: medicare,
    AWS_SECRET_KEY: () => `${b64(20)}${r.int(0, 9)}${b64(19)}`,
    AWS_SESSION_TOKEN: () => `IQoJb3JpZ2luX2VjE${b64(280)}`,
    BR_CNPJ: cnpj,
    CARD_SECURITY_CODE: () => r.digits(3),
    CRYPTO: bitcoin,
    ES_CIF: cif,
    ES_NUSS: nuss,
    ETHEREUM_ADDRESS: () => `0x${Array.from({ length: 40 }, () => '0123456789abcdef'[r.int(0, 15)]).join('')}`,
    FR_NIR: nir,
    GITLAB_TOKEN: () => `glpat-${b62(20)}`,
    HUGGINGFACE_TOKEN: () =>
      `hf_${Array.from({ length: 34 }, () => r.pick([...upper, ...upper.toLowerCase()])).join('')}`,
    KR_RRN: rrn,
    // A hospital's own numbering: no layout nor check digit (a letter prefix now and then).
    MEDICAL_RECORD_NUMBER: () => `${r.pick(['', '', 'A', 'MR', 'E'])}${r.digits(r.int(6, 9))}`,
    NL_BSN: bsn,
    NPM_TOKEN: () => `npm_${b62(36)}`,
    PIN: () => r.digits(4),
    PL_PESEL: pesel,
    PRIVATE_KEY: () =>
      `-----BEGIN RSA PRIVATE KEY-----\\nMIIEow${b64(58)}\\n${b64(64)}\\n${b64(40)}==\\n-----END RSA PRIVATE KEY-----`,
    SENDGRID_API_KEY: () => `SG.${b62(22)}.${b62(43)}`,
    SWIFT_CODE: () => r.pick(['DEUTDEFF', 'NWBKGB2L', 'BSCHESMMXXX', 'CHASUS33', 'BNPAFRPP', 'CAIXESBBXXX']),
    UK_PASSPORT: () => `${r.pick(['AB', 'GB', 'PX', 'RT'])}${r.digits(7)}`,
    UK_POSTCODE: () => r.pick(['SW1A 1AA', 'EC1A 1BB', 'M1 1AE', 'B33 8TH', 'CR2 6XH', 'DN55 1PT', 'W1A 0AX']),
    US_BANK_NUMBER: () => `${r.int(1, 9)}${r.digits(r.int(9, 11))}`,
    US_DEA_NUMBER: dea,
    US_DRIVER_LICENSE: () => `${r.pick([...upper])}${r.digits(7)}`,
    US_EIN: ein,
    US_MBI: mbi,
    US_PASSPORT: () => (r.next() < 0.5 ? r.digits(9).replace(/^0/, '5') : `${r.pick([...'ACEFHJ'])}${r.digits(8)}`),
  };
}

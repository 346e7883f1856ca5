// Deterministic generators of valid identifiers for the evaluation corpus and the mixed log. Written apart from
// @mask/core's validators (from the issuers' published rules) so that the corpus does not inherit their bugs.

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
  return {
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

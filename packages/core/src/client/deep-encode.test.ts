import { describe, expect, it } from 'vitest';
import { FixtureScanner, testKey } from '../../test/helpers.js';
import { PatternScanner } from '../pii/pattern-scanner.js';
import type { Scanner } from '../scanner/scanner.js';
import { luhnCheckDigit } from '../tokens/formats/checksums.js';
import { MaskClient } from './mask-client.js';

const mask = (scanner: Scanner = new FixtureScanner()) =>
  new MaskClient({ key: testKey(), scanner, env: {}, logger: { warn: () => undefined } });
const PII = ['maria@acme.com', '536-90-4399', 'Luis Ortega', 'luis@globex.es'];
const assertNoPii = (value: unknown) => {
  const seen = JSON.stringify(value, (_key, item) =>
    item instanceof Map ? [...item] : item instanceof Set ? [...item] : item,
  );
  for (const pii of PII) expect(seen).not.toContain(pii);
};

class Customer {
  constructor(
    public name: string,
    public email: string,
  ) {}
  greet() {
    return `hi ${this.name}`;
  }
}

describe('deepEncode / deepDecode', () => {
  it('tokenizes nested objects, arrays, Maps, Sets, keys and JSON inside strings, and restores them exactly', async () => {
    const client = mask();
    const input = {
      customer: { contact: ['maria@acme.com', { ssn: '536-90-4399' }], note: 'Escalated by Mr. Luis Ortega' },
      byEmail: new Map([['luis@globex.es', { open: 3 }]]),
      tags: new Set(['vip', 'maria@acme.com']),
      'luis@globex.es': true,
      raw: JSON.stringify({ owner: 'maria@acme.com', nested: [{ ssn: '536-90-4399' }] }),
      count: 3,
      when: new Date(0),
      nothing: null,
    };
    const snapshot = structuredClone(input);
    const encoded = await client.deepEncode(input);
    expect(input).toEqual(snapshot); // never mutates
    assertNoPii(encoded);
    expect(encoded.count).toBe(3);
    expect(encoded.when).toBe(input.when); // opaque values intact
    expect(encoded.byEmail).toBeInstanceOf(Map);
    expect(encoded.tags).toBeInstanceOf(Set);
    expect(JSON.parse(encoded.raw).owner).toMatch(/@mask\.invalid$/);
    const decoded = await client.deepDecode(encoded);
    expect(decoded).toEqual(input);
  });

  it('re-encoding encoded data changes nothing: no value is detected inside a token (no token in a token)', async () => {
    const client = new MaskClient({ key: testKey(), env: {}, logger: { warn: () => undefined } });
    for (let round = 0; round < 40; round++) {
      const payload = `411111111111${String(100 + round)}`;
      const card = (payload + luhnCheckDigit(payload)).replace(/(\d{4})(?=\d)/g, '$1 ');
      const once = await client.deepEncode({ card, n: round });
      expect(once.card).not.toBe(card);
      expect(await client.deepEncode(once)).toEqual(once);
    }
  });

  it('keeps class instances as instances of their class, with fields encoded', async () => {
    const client = mask();
    const encoded = await client.deepEncode({ who: new Customer('Mr. Luis Ortega', 'luis@globex.es') });
    expect(encoded.who).toBeInstanceOf(Customer);
    expect(encoded.who.greet()).toMatch(/^hi Mr\. \[PERSON_1\]$/);
    assertNoPii(encoded);
    const decoded = await client.deepDecode(encoded);
    expect(decoded.who.email).toBe('luis@globex.es');
  });

  it('encodes error messages, stacks and causes, keeping the error class', async () => {
    const client = mask();
    const error = new TypeError('lookup failed for maria@acme.com', { cause: { ssn: '536-90-4399' } });
    const encoded = await client.deepEncode({ error });
    expect(encoded.error).toBeInstanceOf(TypeError);
    expect(encoded.error.message).not.toContain('maria@acme.com');
    expect(encoded.error.stack ?? '').not.toContain('maria@acme.com');
    assertNoPii(encoded.error.cause);
  });

  it('keeps the holes of sparse arrays and encodes their items', async () => {
    const codec = mask();
    // biome-ignore lint/suspicious/noSparseArray: sparse arrays are what this test is about
    const sparse = [1, , 'maria@acme.com'];
    const encoded = (await codec.deepEncode(sparse)) as unknown[];
    expect(encoded).toHaveLength(3);
    expect(1 in encoded).toBe(false);
    expect(encoded[2]).not.toContain('maria');
    expect(await codec.deepDecode(encoded)).toEqual(sparse);
  });

  it('preserves cycles and shared references', async () => {
    const client = mask();
    const shared = { email: 'maria@acme.com' };
    const input: Record<string, unknown> = { a: shared, b: shared };
    input.self = input;
    const encoded = await client.deepEncode(input);
    expect(encoded.self).toBe(encoded);
    expect(encoded.a).toBe(encoded.b);
    assertNoPii({ a: encoded.a });
  });

  it('raises DEPTH_LIMIT_EXCEEDED for data deeper than the limit, never passing it through', async () => {
    const client = new MaskClient({
      key: testKey(),
      scanner: new FixtureScanner(),
      env: {},
      maxDepth: 10,
      logger: { warn: () => undefined },
    });
    let deep: unknown = 'maria@acme.com';
    for (let index = 0; index < 20; index++) deep = { deep };
    await expect(client.deepEncode(deep)).rejects.toMatchObject({ code: 'DEPTH_LIMIT_EXCEEDED' });
  });

  it('scans all strings of a structure in one batch (one tokenize call)', async () => {
    const scanner = new FixtureScanner();
    const client = new MaskClient({ key: testKey(), scanner, env: {}, logger: { warn: () => undefined } });
    const rows = Array.from({ length: 200 }, (_, i) => ({ email: `user${i}@acme.com`, note: `Mr. Client Number` }));
    const encoded = await client.deepEncode({ rows });
    expect(new Set(encoded.rows.map((row) => row.email)).size).toBe(200);
    expect(encoded.rows.every((row) => row.email.endsWith('@mask.invalid'))).toBe(true);
  });

  it('applies a path-aware decode policy inside structures', async () => {
    const client = mask();
    const encoded = await client.deepEncode({ to: 'maria@acme.com', body: 'SSN 536-90-4399' });
    const decoded = await client.deepDecode(encoded, {
      allow: ({ type, path }) => !(type === 'US_SSN' && path[0] === 'body'),
    });
    expect(decoded.to).toBe('maria@acme.com');
    expect(decoded.body).toBe(encoded.body);
  });
});

describe('deepEncode reads a key as the context of its value', () => {
  // Each of these is reported only next to a word naming it: alone, a value below is just a string.
  const record = { password: 'hunter2xyz', routing_number: '021000021', dob: '1985-03-14' };

  it('finds values whose type needs a keyword when the keyword is their key (objects, arrays, Maps, JSON text)', async () => {
    const scanner = new PatternScanner();
    for (const value of Object.values(record)) expect(await scanner.scan(value)).toEqual([]);
    const client = mask(scanner);
    const input = {
      record,
      routing_numbers: ['021000021'],
      byField: new Map([['date_of_birth', '1985-03-14']]),
      raw: JSON.stringify(record),
    };
    const encoded = await client.deepEncode(input);
    const seen = JSON.stringify(encoded, (_key, item) => (item instanceof Map ? [...item] : item));
    for (const value of Object.values(record)) expect(seen).not.toContain(value);
    expect(encoded.record.password).toBe('[PASSWORD_1]');
    expect(encoded.record.dob).toBe('[DATE_OF_BIRTH_1]');
    expect(encoded.record.routing_number).toMatch(/^\d{9}$/);
    expect(await client.deepDecode(encoded)).toEqual(input);
  });

  it('reads a birth date under every spelling of its key: FHIR birthDate, birth_date, BirthDate, dob', async () => {
    const client = mask(new PatternScanner());
    const input = {
      birthDate: '1974-12-25',
      birth_date: '12/25/1974',
      BirthDate: '1974-12-25',
      'Birth Date': '1974-12-25',
    };
    const encoded = await client.deepEncode(input);
    expect(JSON.stringify(encoded)).not.toMatch(/1974/);
    expect(encoded.birthDate).toBe('[DATE_OF_BIRTH_1]');
    expect(await client.deepDecode(encoded)).toEqual(input);
  });

  it("reads a DICOM study's patient elements by their tags (DICOMweb's JSON model)", async () => {
    const client = mask(new PatternScanner());
    const study = {
      '00100010': { vr: 'PN', Value: [{ Alphabetic: 'Doe^Jane^M' }] },
      '00100020': { vr: 'LO', Value: ['MRN0042317'] },
      '00100030': { vr: 'DA', Value: ['19671103'] },
      '00101040': { vr: 'LO', Value: ['12 Ngong Road, Kilcoole'] },
      '00080090': { vr: 'PN', Value: [{ Alphabetic: 'House^Gregory' }] },
      '00080060': { vr: 'CS', Value: ['MR'] },
      '0020000D': { vr: 'UI', Value: ['1.2.840.113619.2.55.3.604688119'] },
    };
    const encoded = await client.deepEncode(study);
    const seen = JSON.stringify(encoded);
    for (const value of ['Doe', 'Jane', 'MRN0042317', '19671103', 'Ngong', 'House', 'Gregory']) {
      expect(seen).not.toContain(value);
    }
    expect(encoded['00100010'].Value[0]?.Alphabetic).toMatch(/^\[PERSON_\d+\]$/);
    expect(encoded['00080060']).toEqual(study['00080060']);
    expect(encoded['0020000D']).toEqual(study['0020000D']);
    expect(await client.deepDecode(encoded)).toEqual(study);
  });

  it('finds the field of a value in name/value lists, [name, value] pairs and under generic keys', async () => {
    const client = mask(new PatternScanner());
    const input = {
      env: [{ name: 'DB_PASSWORD', value: 's3cr3tPa55' }],
      headers: [['X-Api-Key', 'k2m9q7w1e5r6t8y0']],
      password: { value: 'hunter2xyz' },
    };
    const encoded = await client.deepEncode(input);
    expect(JSON.stringify(encoded)).not.toMatch(/s3cr3tPa55|k2m9q7w1e5r6t8y0|hunter2xyz/);
    expect(encoded.env[0]).toEqual({ name: 'DB_PASSWORD', value: '[PASSWORD_1]' });
    expect(await client.deepDecode(encoded)).toEqual(input);
  });

  it('reads the value of a record that names it (tags, form answers, attribute lists, change logs) under that name', async () => {
    const client = mask(new PatternScanner());
    const input = {
      Tags: [{ Key: 'last_name', Value: 'Okonkwo' }],
      form: [
        { field: 'lastName', value: 'Adeyemi' },
        { label: 'First name', value: 'Chidinma' },
      ],
      answers: [{ question: 'What is your last name?', answer: 'Baptiste' }],
      attributes: [{ attribute: 'sn', values: ['Okafor'] }],
      Parameters: [{ ParameterKey: 'DbPassword', ParameterValue: 'hunter2-Xq9!' }],
      changelog: [{ field: 'assignee', from: '5b10a284', fromString: 'Wanjiru Mwangi', toString: 'Ifeoma Nwosu' }],
      pair: { k: 'surname', v: 'Eze' },
      // Typeform's answers: the field's `ref` names the value, kept under the key its `type` names.
      typeform: [
        { field: { id: 'abc', ref: 'last_name', type: 'short_text' }, type: 'text', text: 'Nwankwo' },
        { field: { id: 'def', ref: 'dob', type: 'date' }, type: 'date', date: '1984-03-12' },
        { field: { id: 'ghi', ref: 'feedback', type: 'long_text' }, type: 'text', text: 'Great service' },
      ],
    };
    const encoded = await client.deepEncode(input);
    const seen = JSON.stringify(encoded);
    const names = ['Okonkwo', 'Adeyemi', 'Chidinma', 'Baptiste', 'Okafor', 'Mwangi', 'Nwosu', 'Eze', 'Nwankwo'];
    for (const value of [...names, 'hunter2', '1984-03-12']) {
      expect(seen).not.toContain(value);
    }
    expect(encoded.Tags[0]).toEqual({ Key: 'last_name', Value: expect.stringMatching(/^\[PERSON_\d+\]$/) });
    expect(encoded.changelog[0]?.from).toBe('5b10a284');
    expect(encoded.typeform[2]).toEqual(input.typeform[2]);
    expect(await client.deepDecode(encoded)).toEqual(input);
  });

  it('leaves the values of records named by fields that name no entity as they are', async () => {
    const client = mask(new PatternScanner());
    const input: Record<string, unknown>[] = [
      { key: 'name', value: 'Wireless Mouse' },
      { field: 'status', fromString: 'Open', toString: 'Closed' },
      { label: 'Total', value: '$42.00' },
      { name: 'version', values: ['1.2.3', '2.0.0'] },
      { question: 'How did you hear about us?', answer: 'From a friend' },
    ];
    expect(await client.deepEncode(input)).toEqual(input);
  });

  it("reads a table written as rows (the Sheets API's values) cell by cell under its column's label", async () => {
    const client = mask(new PatternScanner());
    const sheet = {
      range: 'Sheet1!A1:E3',
      majorDimension: 'ROWS',
      values: [
        ['Name', 'SSN', 'Date of birth', 'Account number', 'PIN'],
        ['Ana Ruiz', '536221187', '04/12/1990', '000123456789', 4821],
        ['Kwame Mensah', '412557890', '1985-07-30'],
      ],
    };
    const encoded = await client.deepEncode(sheet);
    const seen = JSON.stringify(encoded);
    for (const value of ['536221187', '04/12/1990', '000123456789', '4821', '412557890', '1985-07-30']) {
      expect(seen).not.toContain(value);
    }
    expect(encoded.values[0]).toEqual(sheet.values[0]);
    expect(encoded.values[1]?.[2]).toMatch(/^\[DATE_OF_BIRTH_\d+\]$/);
    expect(encoded.values[2]).toHaveLength(3);
    expect(await client.deepDecode(encoded)).toEqual({
      ...sheet,
      values: [sheet.values[0], [...(sheet.values[1] as unknown[]).slice(0, 4), '4821'], sheet.values[2]],
    });
    // Numbers and words without a header of labels, and two columns (name/value pairs), read as before.
    const plain = {
      grid: [
        [1, 2, 3],
        [4, 5, 6],
      ],
      words: [
        ['alpha', 'beta', 'gamma'],
        ['delta', 'epsilon', 'zeta'],
      ],
    };
    expect(await client.deepEncode(plain)).toEqual(plain);
  });

  it('takes secret numbers under their keys, and leaves lone two-item arrays and counts alone', async () => {
    const client = mask(new PatternScanner());
    const input = { pin: 4821, cvv: 837, qty: 4821, max_tokens: 1_000_000, required: ['new_password', 'user_id'] };
    const encoded = await client.deepEncode(input);
    expect(encoded.pin).toBe('[PIN_1]');
    expect(encoded.cvv).toBe('[CARD_SECURITY_CODE_1]');
    expect({ qty: encoded.qty, max_tokens: encoded.max_tokens, required: encoded.required }).toEqual({
      qty: 4821,
      max_tokens: 1_000_000,
      required: ['new_password', 'user_id'],
    });
  });

  it('types a PIN or card code by its key (PIN, CARD_SECURITY_CODE), and what is neither as a PASSWORD', async () => {
    const client = mask(new PatternScanner());
    const input = {
      pin: '4821',
      card_pin: 482193,
      cvv: '123',
      cvv2: 456,
      cardCvc: '7890',
      payment: { cardCode: 321, security_code: '0123' },
      // Not a PIN or a code by its value: still taken whole under the key (fail closed).
      pinLetters: { pin: 'ab12cd' },
      cvvLong: { cvv: '1234567' },
      otp: 918273,
    };
    const encoded = await client.deepEncode(input);
    expect(encoded).toEqual({
      pin: '[PIN_1]',
      card_pin: '[PIN_2]',
      cvv: '[CARD_SECURITY_CODE_1]',
      cvv2: '[CARD_SECURITY_CODE_2]',
      cardCvc: '[CARD_SECURITY_CODE_3]',
      payment: { cardCode: '[CARD_SECURITY_CODE_4]', security_code: '[CARD_SECURITY_CODE_5]' },
      pinLetters: { pin: '[PASSWORD_1]' },
      cvvLong: { cvv: '[PASSWORD_2]' },
      otp: '[PASSWORD_3]',
    });
    // Numbers come back as numbers, strings as strings.
    expect(await client.deepDecode(encoded)).toEqual({
      ...input,
      card_pin: '482193',
      cvv2: '456',
      payment: { cardCode: '321', security_code: '0123' },
      otp: '918273',
    });
  });

  it('reads medical record numbers under their keys, strings or numbers, and not under other keys', async () => {
    const client = mask(new PatternScanner());
    const input = {
      patient: { mrn: 'A1234567', medicalRecordNumber: 445566, nhc: '123456' },
      // Another value of the same shape (the same value is masked everywhere: see repeated-values.ts).
      order: { id: 'B7654321', qty: 445566 },
    };
    const encoded = await client.deepEncode(input);
    expect(encoded.patient).toEqual({
      mrn: '[MEDICAL_RECORD_NUMBER_1]',
      medicalRecordNumber: '[MEDICAL_RECORD_NUMBER_2]',
      nhc: '[MEDICAL_RECORD_NUMBER_3]',
    });
    expect(encoded.order).toEqual(input.order);
  });

  it('reads health plan ids, plates and coordinates under their keys, and restores them with their types', async () => {
    const client = mask(new PatternScanner());
    const input = {
      insurance: { member_id: 'XJH123456789', group_number: '0012345' },
      vehicle: { plate: '7ABC123' },
      pickup: { lat: 40.7128, lng: -74.006 },
      order: { id: 'XJH987654321', total: 40.7128 },
    };
    const encoded = await client.deepEncode(input);
    expect(encoded.insurance).toEqual({ member_id: '[HEALTH_PLAN_ID_1]', group_number: '0012345' });
    expect(encoded.vehicle).toEqual({ plate: '[LICENSE_PLATE_1]' });
    expect(encoded.pickup).toEqual({ lat: '[LOCATION_COORDINATES_1]', lng: '[LOCATION_COORDINATES_2]' });
    expect(encoded.order).toEqual(input.order);
    // A decoded number comes back as its text, as other numbers read under a key do (`{"otp": 918273}`).
    expect(await client.deepDecode(encoded)).toEqual({ ...input, pickup: { lat: '40.7128', lng: '-74.006' } });
  });

  it("reads a birth date's parts together under a birth-date key (Stripe's dob), objects and JSON text", async () => {
    const client = mask(new PatternScanner());
    const input = {
      individual: { dob: { day: 3, month: 4, year: 1985 }, birth_date: { year: '1985', month: '04', day: '03' } },
      raw: '{"dob": {"day": 3, "month": 4, "year": 1985}}',
      created: { day: 3, month: 4, year: 2024 },
      impossible: { dob: { day: 31, month: 2, year: 1985 } },
      more: { dob: { day: 3, month: 4, year: 1985, verified: true } },
      flat: { dob_day: 3, dob_month: 4, dob_year: 1985, name: 'x' },
      form: 'birth_date[day]=3&birth_date[month]=4&birth_date[year]=1985',
      prototypeKeys: { dob: { constructor: 3, toString: 4, year: 1985 } },
    };
    const encoded = await client.deepEncode(input);
    expect(encoded.individual.dob).toEqual({
      day: '[DATE_OF_BIRTH_1]',
      month: '[DATE_OF_BIRTH_2]',
      year: '[DATE_OF_BIRTH_3]',
    });
    expect(encoded.individual.birth_date).toEqual({
      year: '[DATE_OF_BIRTH_3]',
      month: '[DATE_OF_BIRTH_4]',
      day: '[DATE_OF_BIRTH_5]',
    });
    expect(JSON.parse(encoded.raw)).toEqual({ dob: encoded.individual.dob });
    expect(encoded.created).toEqual(input.created);
    expect(encoded.impossible).toEqual(input.impossible);
    // Other keys besides the parts stay as they are.
    expect(encoded.more).toEqual({ dob: { ...encoded.individual.dob, verified: true } });
    expect(encoded.flat).toEqual({
      dob_day: '[DATE_OF_BIRTH_1]',
      dob_month: '[DATE_OF_BIRTH_2]',
      dob_year: '[DATE_OF_BIRTH_3]',
      name: 'x',
    });
    expect(encoded.prototypeKeys).toEqual(input.prototypeKeys);
    expect(encoded.form).toBe(
      'birth_date[day]=[DATE_OF_BIRTH_1]&birth_date[month]=[DATE_OF_BIRTH_2]&birth_date[year]=[DATE_OF_BIRTH_3]',
    );
    // The parts come back as strings: a token is no number; text comes back as it was.
    const decoded = await client.deepDecode(encoded);
    expect(decoded.individual).toEqual({
      dob: { day: '3', month: '4', year: '1985' },
      birth_date: input.individual.birth_date,
    });
    expect(decoded.more).toEqual({ dob: { day: '3', month: '4', year: '1985', verified: true } });
    expect(decoded.flat).toEqual({ dob_day: '3', dob_month: '4', dob_year: '1985', name: 'x' });
    expect(decoded.form).toBe(input.form);
  });

  it('takes only the key as context: the same values under keys that name nothing stay as they are', async () => {
    const client = mask(new PatternScanner());
    const input = { id: '021000021', created: '1985-03-14', note: 'hunter2xyz' };
    expect(await client.deepEncode(input)).toEqual(input);
  });

  it('never replaces text of the key while reading the value behind it', async () => {
    const client = mask(new PatternScanner());
    const encoded = await client.deepEncode({ 'maria@acme.com': 'password' });
    expect(Object.values(encoded)).toEqual(['password']);
    expect(Object.keys(encoded)[0]).toMatch(/@mask\.invalid$/);
  });
});

describe('deepEncode refuses what it cannot scan, and loses nothing', () => {
  it('raises INVALID_INPUT for a Promise or thenable, at the top or nested, instead of passing it through', async () => {
    const client = mask();
    const pending = Promise.resolve({ email: 'maria@acme.com' });
    await expect(client.deepEncode(pending)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(client.deepEncode({ later: pending })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    // biome-ignore lint/suspicious/noThenProperty: the thenable is what this test is about
    const thenable = { then: (resolve: (value: string) => void) => resolve('maria@acme.com') };
    await expect(client.deepEncode({ thenable })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('scans JSON text with a duplicate key as text: the value JSON.parse drops is tokenized too', async () => {
    const client = mask();
    const encoded = await client.deepEncode('{"ssn":"536-90-4399","ssn":""}');
    expect(encoded).not.toContain('536-90-4399');
    expect(await client.deepDecode(encoded)).toBe('{"ssn":"536-90-4399","ssn":""}');
    // Escaped quotes inside strings do not fool the count: this one is walked as JSON (the key stays a key).
    const walked = await client.deepEncode('{"note":"say \\"hi\\" to maria@acme.com","n":1}');
    expect(JSON.parse(walked)).toEqual({ note: expect.stringMatching(/^say "hi" to \S+@mask\.invalid$/), n: 1 });
  });

  it('maps a boxed String as its string, and returns a URL whose credentials became a placeholder as text', async () => {
    const client = mask(new PatternScanner());
    const encoded = await client.deepEncode({
      boxed: new String('maria@acme.com'),
      url: new URL('https://admin:s3cretPass@db.example.com/x'),
    });
    expect(encoded.boxed).toMatch(/^\S+@mask\.invalid$/);
    expect(await client.deepEncode({ n: new Number(7), b: new Boolean(true), i: Object(7n) })).toEqual({
      n: 7,
      b: true,
      i: 7n,
    });
    expect(JSON.stringify(encoded)).not.toMatch(/maria|s3cretPass/);
    expect(await client.deepDecode(encoded.url)).toBe('https://admin:s3cretPass@db.example.com/x');
  });

  it('scans JSON text holding a number of 16 digits or more as text: parsing would round it', async () => {
    const client = mask(new PatternScanner());
    const text = '{"card":6011000000000000001,"note":"hi"}';
    const encoded = await client.deepEncode(text);
    expect(encoded).not.toContain('6011000000000000001');
    expect(await client.deepDecode(encoded)).toBe(text);
  });

  it('walks JSON text only when its numbers come back as written, so the round trip is exact', async () => {
    const client = mask();
    for (const number of ['1234567.1234567891', '1e400', '1.00000000000000011', '1.50', '-0', '1E5']) {
      const text = `{"to":"maria@acme.com","v":${number}}`;
      const encoded = await client.deepEncode(text);
      expect(encoded, number).not.toContain('maria@acme.com');
      expect(await client.deepDecode(encoded), number).toBe(text);
    }
  });

  it('keeps a "__proto__" key as data (plain assignment would make it the prototype and drop it)', async () => {
    const client = mask();
    const encoded = await client.deepEncode('{"__proto__":{"ssn":"536-90-4399"},"a":1}');
    expect(encoded).not.toContain('536-90-4399');
    expect(await client.deepDecode(encoded)).toBe('{"__proto__":{"ssn":"536-90-4399"},"a":1}');
  });
});

describe('deepEncode reads identifiers written as numbers', () => {
  it('tokenizes whole numbers of seven digits or more that are identifiers, and leaves other numbers alone', async () => {
    const client = mask(new PatternScanner());
    const input = { card: 4111111111111111, phone: 14155552671, order_id: 88761710, total: 2786.66, qty: 3 };
    const encoded = await client.deepEncode(input);
    // A card token starts with 99, beyond 2^53: it comes back as text. The phone token is a number again.
    expect(encoded.card).toMatch(/^99\d{14}$/);
    expect(typeof encoded.phone).toBe('number');
    expect(encoded.phone).not.toBe(input.phone);
    expect({ order_id: encoded.order_id, total: encoded.total, qty: encoded.qty }).toEqual({
      order_id: 88761710,
      total: 2786.66,
      qty: 3,
    });
    const decoded = await client.deepDecode(encoded);
    expect(decoded.phone).toBe(14155552671);
    expect(decoded.card).toBe('4111111111111111');
    // In JSON text too: the result stays valid JSON, and parsing it no longer hides the card.
    const text = await client.deepEncode('{"card":4111111111111111,"n":1}');
    expect(text).not.toContain('4111111111111111');
    expect(JSON.parse(text)).toEqual({ card: expect.stringMatching(/^99\d{14}$/), n: 1 });
  });
});

describe('deepEncode: a key that names a person or a place makes its whole value one', () => {
  // The default client: Tier 0, then the local NER engine, which knows few of these names.
  const client = () =>
    new MaskClient({ key: testKey(), tenant: 'acme', session: 's1', env: {}, logger: { warn: () => undefined } });
  const leaks = (encoded: unknown, values: readonly string[]) => {
    const seen = JSON.stringify(encoded);
    return values.filter((value) => seen.includes(value));
  };

  it('masks every name, street, city and postal code of a CRM record, and restores it exactly', async () => {
    const mask = client();
    const record = {
      first_name: 'Wanjiru',
      last_name: 'Okonkwo-Baptiste',
      full_name: 'Wanjiru Okonkwo',
      customer: { name: 'Tadeusz Wróblewski' },
      lastName: 'Chalmers',
      surname: 'Chalmers',
      street: '742 Evergreen Terrace',
      city: 'Springfield',
      zip: '62704',
      postal_code: '62704',
      address: '742 Evergreen Terrace, Springfield, IL 62704',
    };
    const encoded = await mask.deepEncode(record);
    expect(
      leaks(encoded, ['Wanjiru', 'Okonkwo', 'Tadeusz', 'Wróblewski', 'Chalmers', 'Evergreen', 'Springfield', '62704']),
    ).toEqual([]);
    expect(encoded.customer.name).toMatch(/^\[PERSON_\d+\]$/);
    expect(encoded.lastName).toBe(encoded.surname);
    expect(encoded.zip).toMatch(/^\[LOCATION_\d+\]$/);
    expect(encoded.zip).toBe(encoded.postal_code);
    expect(await mask.deepDecode(encoded)).toEqual(record);
    // Encoding the encoded record again changes nothing: a placeholder is no name.
    expect(await mask.deepEncode(encoded)).toEqual(encoded);
  });

  it("masks a Google People contact: a written-out address and a birthday's date of parts", async () => {
    const mask = client();
    // Before, the suburb and the postal code of `formattedValue`, and the birthday's year, month and day, leaked.
    const person = {
      resourceName: 'people/c123',
      names: [{ displayName: 'Ngozi Adeyemi', familyName: 'Adeyemi', givenName: 'Ngozi' }],
      addresses: [
        {
          formattedValue: '12 Awolowo Rd, Ikoyi, Lagos 106104, Nigeria',
          streetAddress: '12 Awolowo Rd',
          city: 'Lagos',
          postalCode: '106104',
        },
      ],
      birthdays: [{ date: { year: 1988, month: 7, day: 14 } }],
      events: [{ date: { year: 2024, month: 5, day: 1 }, type: 'anniversary' }],
    };
    const encoded = await mask.deepEncode(person);
    expect(leaks(encoded, ['Adeyemi', 'Awolowo', 'Ikoyi', '106104', '1988'])).toEqual([]);
    expect(encoded.addresses[0]?.formattedValue).toMatch(/^\[LOCATION_\d+\]$/);
    expect(Object.values(encoded.birthdays[0]?.date ?? {})).toEqual([
      expect.stringMatching(/^\[DATE_OF_BIRTH_\d+\]$/),
      expect.stringMatching(/^\[DATE_OF_BIRTH_\d+\]$/),
      expect.stringMatching(/^\[DATE_OF_BIRTH_\d+\]$/),
    ]);
    // Another event's date is no birth date.
    expect(encoded.events).toEqual(person.events);
    expect(await mask.deepDecode(encoded)).toEqual({
      ...person,
      birthdays: [{ date: { year: '1988', month: '7', day: '14' } }],
    });
  });

  it('masks a FHIR Patient: family and given names, address lines, city and postal code', async () => {
    const mask = client();
    const patient = {
      resourceType: 'Patient',
      name: [{ use: 'official', family: 'Chalmers', given: ['Peter', 'James'] }],
      address: [{ use: 'home', line: ['534 Erewhon St'], city: 'PleasantVille', postalCode: '3999' }],
    };
    const encoded = await mask.deepEncode(patient);
    expect(leaks(encoded, ['Chalmers', 'Peter', 'James', 'Erewhon', 'PleasantVille', '3999'])).toEqual([]);
    expect(encoded.name[0]?.use).toBe('official');
    expect(encoded.address[0]?.line[0]).toMatch(/^\[LOCATION_\d+\]$/);
    expect(await mask.deepDecode(encoded)).toEqual(patient);
    // The same resource as JSON text.
    const text = JSON.stringify(patient);
    const encodedText = await mask.deepEncode(text);
    expect(leaks(encodedText, ['Chalmers', 'Erewhon', '3999'])).toEqual([]);
    expect(await mask.deepDecode(encodedText)).toBe(text);
  });

  it('reads Spanish keys, and a name beside an e-mail or a phone as a person', async () => {
    const mask = client();
    const record = {
      nombre_completo: 'Xóchitl Itzel Quispe',
      apellidos: 'Quispe Mamani',
      primer_apellido: 'Quispe',
      dirección: 'Av. Insurgentes Sur 1602, Crédito Constructor',
      ciudad: 'Zapopan',
      codigo_postal: '45010',
      contacts: [{ name: 'Oyelaran Adebusola', email: 'ade@example.com' }],
    };
    const encoded = await mask.deepEncode(record);
    expect(leaks(encoded, ['Xóchitl', 'Quispe', 'Mamani', 'Insurgentes', 'Zapopan', '45010', 'Oyelaran'])).toEqual([]);
    expect(await mask.deepDecode(encoded)).toEqual(record);
  });

  it('reads a German record: a sharp s in a surname, phone numbers under German keys and a German label', async () => {
    const mask = client();
    const record = {
      name: 'Jürgen Weiß',
      telefon: '0151 23456789',
      handy: '0171 1234567',
      notiz: 'Rückruf an Festnetz 030 12345678',
    };
    const encoded = await mask.deepEncode(record);
    expect(leaks(encoded, ['Jürgen', 'Weiß', '23456789', '1234567', '12345678'])).toEqual([]);
    expect(await mask.deepDecode(encoded)).toEqual(record);
  });

  it('reads Chinese, Japanese and Korean keys: 氏名, 住所, 郵便番号, 姓名, 收货地址, 이름, 주소', async () => {
    const mask = client();
    const record = {
      ja: { 氏名: '山田 太郎', フリガナ: 'ヤマダ タロウ', 住所: '東京都千代田区千代田1-1', 郵便番号: '100-0001' },
      zh: { 姓名: '王伟', 收货地址: '北京市朝阳区建国路88号', 邮编: '100022' },
      ko: { 이름: '김민준', 주소: '서울특별시 강남구 테헤란로 152', 우편번호: '06236' },
      product: { 商品名: 'ワイヤレスマウス', 価格: 2980 },
    };
    const encoded = await mask.deepEncode(record);
    const secrets = ['山田', 'ヤマダ', '千代田', '100-0001', '王伟', '朝阳', '100022', '김민준', '테헤란로', '06236'];
    expect(leaks(encoded, secrets)).toEqual([]);
    expect((encoded as typeof record).product).toEqual(record.product);
    expect(await mask.deepDecode(encoded)).toEqual(record);
  });

  it('reads a phone number under a CJK, Russian, Arabic or Hebrew key, a compound one too', async () => {
    const mask = client();
    const record = {
      联系电话号码: '138 0013 8000',
      携帯番号: '090-1234-5678',
      휴대폰번호: '010-1234-5678',
      телефон: '8 (912) 345-67-89',
      الجوال: '0501234567',
      טלפון: '050-123-4567',
    };
    const encoded = await mask.deepEncode(record);
    expect(leaks(encoded, Object.values(record))).toEqual([]);
    expect(await mask.deepDecode(encoded)).toEqual(record);
  });

  it('reads Russian, Arabic and Hebrew keys: фамилия, адрес, город, индекс, الاسم, العنوان, שם, כתובת', async () => {
    const mask = client();
    const record = {
      ru: {
        фамилия: 'Петров',
        имя: 'Иван',
        отчество: 'Сергеевич',
        адрес: 'ул. Ленина, д. 5, кв. 12',
        город: 'Тверь',
        индекс: '170100',
      },
      ar: { الاسم: 'محمد أحمد', العنوان: 'شارع الملك فهد، الرياض' },
      he: { שם: 'דוד כהן', כתובת: 'רחוב הרצל 10, תל אביב' },
      other: { 'адрес электронной почты': 'support', 'имя пользователя': 'ivan_p', 'اسم المنتج': 'هاتف' },
    };
    const encoded = await mask.deepEncode(record);
    const secrets = ['Петров', 'Иван', 'Сергеевич', 'Ленина', 'Тверь', '170100', 'محمد', 'فهد', 'דוד', 'הרצל'];
    expect(leaks(encoded, secrets)).toEqual([]);
    expect((encoded as typeof record).other).toEqual(record.other);
    expect(await mask.deepDecode(encoded)).toEqual(record);
  });

  it('reads Polish keys: imię, nazwisko, ulica, miasto, kod_pocztowy', async () => {
    const mask = client();
    const record = {
      imię: 'Łukasz',
      nazwisko: 'Wiśniewski',
      ulica: 'Floriańska 15',
      miasto: 'Kraków',
      kod_pocztowy: '31-019',
    };
    const encoded = await mask.deepEncode(record);
    expect(leaks(encoded, ['Łukasz', 'Wiśniewski', 'Floriańska', 'Kraków', '31-019'])).toEqual([]);
    expect(await mask.deepDecode(encoded)).toEqual(record);
  });

  it('reads Portuguese and Brazilian address keys: morada, endereço, bairro, cidade, localidade, cep', async () => {
    const mask = client();
    const record = {
      cliente: { nome: 'João Pedro Gonçalves', endereço: 'Av. Paulista 1578', bairro: 'Bela Vista', cep: '01310-200' },
      entrega: { morada: 'Rua Augusta 100', codigo_postal: '1100-053', localidade: 'Odivelas', cidade: 'Loures' },
      sem_valor: { cep: 'n/a', cidade: '' },
    };
    const encoded = await mask.deepEncode(record);
    expect(
      leaks(encoded, ['Gonçalves', 'Paulista', 'Bela Vista', '01310', 'Augusta', '1100-053', 'Odivelas', 'Loures']),
    ).toEqual([]);
    expect((encoded as typeof record).sem_valor).toEqual({ cep: 'n/a', cidade: '' });
    expect(await mask.deepDecode(encoded)).toEqual(record);
  });

  it("reads a calendar attendee's displayName, Square's locality, schema.org's address and an ATS's addresses", async () => {
    const mask = client();
    const record = {
      attendees: [{ email: 'priyanka.r@gmail.com', displayName: 'Priyanka Raghunathan', responseStatus: 'accepted' }],
      billing_address: { address_line_1: '500 Electric Ave', locality: 'Cuyahoga Falls', postal_code: '44221' },
      address: { '@type': 'PostalAddress', streetAddress: 'Kungsgatan 4', addressLocality: 'Gävle' },
      addresses: [{ value: 'Drottninggatan 53, 111 21 Stockholm', type: 'home' }],
      homeAddresses: ['Drottninggatan 53, 111 21 Stockholm'],
    };
    const encoded = await mask.deepEncode(record);
    expect(
      leaks(encoded, ['Priyanka', 'Raghunathan', 'Cuyahoga', 'Kungsgatan', 'Gävle', 'Drottninggatan', 'Stockholm']),
    ).toEqual([]);
    expect(encoded.attendees[0]?.displayName).toMatch(/^\[PERSON_\d+\]$/);
    expect(encoded.attendees[0]?.responseStatus).toBe('accepted');
    expect(encoded.homeAddresses[0]).toBe(encoded.addresses[0]?.value);
    expect(encoded.address['@type']).toBe('PostalAddress');
    expect(await mask.deepDecode(encoded)).toEqual(record);
    // A product's display name beside a support e-mail and its price is still a product's.
    const product = { displayName: 'Scented Soy Candle', email: 'shop@example.com', price: 18 };
    expect((await mask.deepEncode(product)).displayName).toBe('Scented Soy Candle');
  });

  it('leaves products, files, user names, headers, nulls and other numbers alone', async () => {
    const mask = client();
    const input = {
      product: { name: 'Wireless Mouse', price: 19.99 },
      file: { name: 'Quarterly Report.pdf', size: 2048 },
      file_name: 'report.pdf',
      username: 'ana_92',
      headers: [{ name: 'Message-ID' }, { name: 'Content-Type', value: 'text/plain' }],
      first_name: null,
      last_name: '',
      city: 'N/A',
      quantity: 62704,
    };
    expect(await mask.deepEncode(input)).toEqual(input);
  });

  it("reads a name's and a street's parts (randomuser.me's shape), and a postal code written as a number", async () => {
    const mask = client();
    const user = {
      name: { title: 'Mr', first: 'Oyelaran', last: 'Adebusola' },
      location: { street: { number: 9278, name: 'Ngong Road' }, city: 'Kilcoole', postcode: 93027 },
    };
    const encoded = await mask.deepEncode(user);
    expect(leaks(encoded, ['Oyelaran', 'Adebusola', 'Ngong', 'Kilcoole', '93027'])).toEqual([]);
    expect(encoded.name.title).toBe('Mr');
    expect(await mask.deepDecode(encoded)).toEqual({ ...user, location: { ...user.location, postcode: '93027' } });
  });

  it('reads a phone number in international form without its `+` under a phone key (telecom and WhatsApp APIs)', async () => {
    const mask = client();
    const input = { msisdn: '447911123456', contacts: [{ wa_id: '27824183190' }], phone: '+1 415 555 2671' };
    const encoded = await mask.deepEncode(input);
    expect(leaks(encoded, ['447911123456', '27824183190'])).toEqual([]);
    // Still twelve and eleven digits: a format-preserving token, which comes back as the number.
    expect(encoded.msisdn).toMatch(/^\d{12}$/);
    expect(encoded.contacts[0]?.wa_id).toMatch(/^\d{11}$/);
    expect(await mask.deepDecode(encoded)).toEqual(input);
    // No valid number with a `+` before it, or another key: left alone.
    const kept = { mobile: '12345', phone: '999999999999', order_id: '447911123456' };
    expect(await mask.deepEncode(kept)).toEqual(kept);
  });

  it("reads Mailchimp's merge fields, Mexican family names, a card's name and who signed for a parcel (red team)", async () => {
    const mask = client();
    const input = {
      merge_fields: { FNAME: 'Jide', LNAME: 'Oyelowo', ADDRESS: { addr1: '14 Peckham Rye', city: 'London' } },
      cliente: { apellido_paterno: 'Hernández', apellido_materno: 'Castillo' },
      payment: { cc_name: 'HIROSHI NAKAMURA' },
      deliveryInformation: { receivedBy: 'WILLIAMS', location: 'Front Door' },
    };
    const encoded = await mask.deepEncode(input);
    expect(leaks(encoded, ['Oyelowo', 'Peckham', 'Hernández', 'Castillo', 'HIROSHI', 'NAKAMURA', 'WILLIAMS'])).toEqual(
      [],
    );
    expect(encoded.deliveryInformation.location).toBe('Front Door');
    expect(await mask.deepDecode(encoded)).toEqual(input);
    // A place that signed for it, and a socket's `addr`, stay.
    const kept = { deliveryInformation: { receivedBy: 'FRONT DESK' }, server: { addr: 'localhost:8080' } };
    expect(await mask.deepEncode(kept)).toEqual(kept);
  });

  it("reads a registry's `auth` in Docker's config as an object, base64 of user:password (red team)", async () => {
    const mask = client();
    // Before: only the JSON text was read (`"auth": "…"`), so the object's value reached the model.
    const input = { auths: { 'ghcr.io': { auth: 'a2VsZWNoaWliZTpTM2N1cjNQYXNzITIwMjY=' } } };
    const encoded = await mask.deepEncode(input);
    expect(leaks(encoded, ['a2VsZWNoaWliZTpTM2N1cjNQYXNzITIwMjY='])).toEqual([]);
    expect(await mask.deepDecode(encoded)).toEqual(input);
    // A scheme's name or a word under `auth` decodes to no user:password: left alone.
    const kept = { auth: 'basic', proxy: { auth: 'OAuth2' }, mode: 'auth' };
    expect(await mask.deepEncode(kept)).toEqual(kept);
  });

  it('reads a national phone number under a phone key, in a phone column and after Spanish abbreviations (red team)', async () => {
    const mask = client();
    // Before: nine bare digits (a Spanish mobile as exports store it) are no candidate in text, and no `+` form.
    const input = {
      phone: '654321098',
      telefono: '612 34 56 78',
      Phones: [{ PhoneType: 'MOBILE', PhoneNumber: '871234908', PhoneCountryCode: '353' }],
      csv: 'Nombre;Teléfono\nAna Ruiz;654321098',
      note: 'Tfno: 654 321 098, mi cel es 55 3821 9047',
    };
    const encoded = await mask.deepEncode(input);
    expect(leaks(encoded, ['654321098', '612 34 56 78', '871234908', '654 321 098', '55 3821 9047'])).toEqual([]);
    expect(encoded.phone).toMatch(/^\d{9}$/);
    expect(await mask.deepDecode(encoded)).toEqual(input);
    // Not a valid number in any default region, or no phone key: left alone.
    const kept = { phone: '2026', tel: '12345', order_id: '654321098' };
    expect(await mask.deepEncode(kept)).toEqual(kept);
  });

  it("reads a Duffel order's birth date and document, reversed name keys, a phone a person calls theirs (red team)", async () => {
    const mask = client();
    const input = {
      passenger: { given_name: 'Ingrid', family_name: 'Johansson', born_on: '1991-08-14' },
      identity_documents: [{ type: 'passport', unique_identifier: 'AA8810273', issuing_country_code: 'SE' }],
      contact: { nameLast: 'Al-Mansoori', nameFirst: 'Reem' },
      chat: 'I changed my number to 07842 615903 yesterday. Mi número es 644 812 337.',
      booking: '9 FP CCVI4532015112830366/0928',
      statement: 'ZELLE PAYMENT TO MARIA GONZALEZ JPM99A8B7C6D',
      letter: 'Contacte a su perito, Dña. Montserrat Vidal.',
    };
    const encoded = await mask.deepEncode(input);
    const values = ['1991-08-14', 'AA8810273', 'Al-Mansoori', '07842 615903', '644 812 337', '4532015112830366'];
    expect(leaks(encoded, [...values, 'MARIA GONZALEZ', 'Montserrat Vidal'])).toEqual([]);
    expect(encoded.identity_documents[0]?.issuing_country_code).toBe('SE');
    expect(await mask.deepDecode(encoded)).toEqual(input);
    // A merchant after `PAYMENT TO` stays.
    const kept = { statement: 'ONLINE PAYMENT TO VERIZON WIRELESS' };
    expect(await mask.deepEncode(kept)).toEqual(kept);
  });

  it("reads the name of a user, an author, an owner or an employee list (GitHub's, Jira's and HR records)", async () => {
    const mask = client();
    const input = {
      user: { name: 'Rashida Whitfield', id: 4471 },
      author: { name: 'Kazuki Fujimoto' },
      employees: [{ name: 'Funke Oyelaran', title: 'Engineer' }],
      members: [{ name: 'Tendai Moyo', role: 'admin' }],
    };
    const encoded = await mask.deepEncode(input);
    expect(leaks(encoded, ['Rashida', 'Whitfield', 'Kazuki', 'Fujimoto', 'Oyelaran', 'Tendai', 'Moyo'])).toEqual([]);
    expect(await mask.deepDecode(encoded)).toEqual(input);
    // A login, a team or a bot under the same keys is no person's name.
    const kept = { user: { name: 'admin', id: 1 }, owner: { name: 'platform-team' }, author: { name: 'dependabot' } };
    expect(await mask.deepEncode(kept)).toEqual(kept);
  });

  it('reads bare `first` and `last` keys side by side as a name (a database row), not links or numbers', async () => {
    const mask = client();
    const rows = [{ id: 7, first: 'Zorblax', middle: 'Q', last: 'Quenby', dob: '1972-05-11' }];
    const encoded = await mask.deepEncode(rows);
    expect(leaks(encoded, ['Zorblax', 'Quenby'])).toEqual([]);
    expect(encoded[0]?.first).toMatch(/^\[PERSON_\d+\]$/);
    expect(await mask.deepDecode(encoded)).toEqual(rows);
    const kept = {
      links: { first: '/items?page=1', last: '/items?page=9', next: '/items?page=2' },
      cursor: { first: 10, last: 20 },
      range: { first: '2024-01-01', last: '2024-12-31' },
      only: { first: 'Zorblax' },
      page: { first: 'https://api.example.com/items?page=1', last: 'https://api.example.com/items?page=9' },
      days: { first: 'Monday', last: 'Friday' },
      regions: { first: 'us-east-1', last: 'eu-west-2' },
    };
    expect(await mask.deepEncode(kept)).toEqual(kept);
  });

  it('reads a postal code written as a number, which comes back as its text', async () => {
    const mask = client();
    const input = { zip: 62704, billing: { postalCode: 3999 }, zipCount: 12, plz: 10115 };
    const encoded = await mask.deepEncode(input);
    expect(encoded.zip).toMatch(/^\[LOCATION_\d+\]$/);
    expect(encoded.plz).toMatch(/^\[LOCATION_\d+\]$/);
    expect(encoded.billing.postalCode).toMatch(/^\[LOCATION_\d+\]$/);
    expect(encoded.zipCount).toBe(12);
    expect(await mask.deepDecode(encoded)).toEqual({
      zip: '62704',
      billing: { postalCode: '3999' },
      zipCount: 12,
      plz: '10115',
    });
  });

  it('does the same with the rules only (no NER engine)', async () => {
    const mask = new MaskClient({
      key: testKey(),
      env: { MASK_SCANNER_TYPE: 'rules_only' },
      logger: { warn: () => undefined },
    });
    const record = {
      last_name: 'Okonkwo-Baptiste',
      street: '742 Evergreen Terrace',
      zip: '62704',
      note: 'Wanjiru called',
    };
    const encoded = await mask.deepEncode(record);
    expect(encoded).toEqual({
      last_name: '[PERSON_1]',
      street: '[LOCATION_1]',
      zip: '[LOCATION_2]',
      note: 'Wanjiru called',
    });
    expect(await mask.deepDecode(encoded)).toEqual(record);
  });
});

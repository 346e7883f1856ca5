import { describe, expect, it } from 'vitest';
import { DeterministicStream } from '../crypto/deterministic-stream.js';
import { MaskError } from '../errors/mask-error.js';
import type { ScanOptions } from '../scanner/scanner.js';
import type { EntityType } from '../scanner/span.js';
import { abaRoutingFormat } from '../tokens/formats/aba-routing-format.js';
import { creditCardFormat } from '../tokens/formats/credit-card-format.js';
import { emailFormat } from '../tokens/formats/email-format.js';
import { ipAddressFormat } from '../tokens/formats/ip-address-format.js';
import { phoneFormat } from '../tokens/formats/phone-format.js';
import { placeholder } from '../tokens/formats/placeholder-format.js';
import { ssnFormat } from '../tokens/formats/ssn-format.js';
import { PatternScanner } from './pattern-scanner.js';
import { defineRecognizer } from './recognizer.js';

const scanner = new PatternScanner();

function found(text: string, instance: PatternScanner = scanner): { type: string; value: string }[] {
  return instance.scanSync(text).map((span) => ({ type: span.type, value: text.slice(span.start, span.end) }));
}

/** Each text yields exactly one span, of the type and value given. */
function expectEachFinds(cases: readonly (readonly [text: string, type: string, value: string])[]): void {
  for (const [text, type, value] of cases) expect(found(text), text).toEqual([{ type, value }]);
}

/** No text yields a span. */
function expectNoneFound(texts: readonly string[]): void {
  for (const text of texts) expect(found(text), text).toEqual([]);
}

describe('PatternScanner: foundation types', () => {
  it('finds each foundation type in one text with exact UTF-16 offsets', () => {
    const text = [
      'Écrivez à ana.garcia@example.com 📧',
      'call +44 20 7123 4567 or (212) 555-7334',
      'SSN 536-22-1234',
      'card 4111 1111 1111 1111',
      'routing number 011000015',
      'IBAN DE89 3704 0044 0532 0130 00',
      'from 192.168.10.4 and fe80::1ff:fe23:4567:890a%eth0',
    ].join('\n');
    expect(found(text)).toEqual([
      { type: 'EMAIL_ADDRESS', value: 'ana.garcia@example.com' },
      { type: 'PHONE_NUMBER', value: '+44 20 7123 4567' },
      { type: 'PHONE_NUMBER', value: '(212) 555-7334' },
      { type: 'US_SSN', value: '536-22-1234' },
      { type: 'CREDIT_CARD', value: '4111 1111 1111 1111' },
      { type: 'ABA_ROUTING_NUMBER', value: '011000015' },
      { type: 'IBAN_CODE', value: 'DE89 3704 0044 0532 0130 00' },
      { type: 'IP_ADDRESS', value: '192.168.10.4' },
      { type: 'IP_ADDRESS', value: 'fe80::1ff:fe23:4567:890a%eth0' },
    ]);
  });

  it('returns spans with score and recognizer name, sorted and non-overlapping', async () => {
    const spans = await scanner.scan('a@b.co and c@d.io');
    expect(spans).toEqual([
      { type: 'EMAIL_ADDRESS', start: 0, end: 6, score: 0.95, recognizer: 'email' },
      { type: 'EMAIL_ADDRESS', start: 11, end: 17, score: 0.95, recognizer: 'email' },
    ]);
  });

  it('filters by entities and categories, in the constructor and per call', () => {
    const text = 'ana@example.com 4111-1111-1111-1111';
    expect(found(text, new PatternScanner({ entities: ['CREDIT_CARD'] })).map((entity) => entity.type)).toEqual([
      'CREDIT_CARD',
    ]);
    expect(found(text, new PatternScanner({ categories: ['CONTACT'] })).map((entity) => entity.type)).toEqual([
      'EMAIL_ADDRESS',
    ]);
    expect(scanner.scanSync(text, { categories: ['FINANCIAL'] }).map((span) => span.type)).toEqual(['CREDIT_CARD']);
    expect(scanner.scanSync(text, { entities: ['EMAIL_ADDRESS'] }).map((span) => span.type)).toEqual(['EMAIL_ADDRESS']);
  });

  it('keeps a per-call selection apart from the next, even when the caller changes its list in place', () => {
    const text = 'ana@example.com 4111-1111-1111-1111';
    const types = (options: ScanOptions) => scanner.scanSync(text, options).map((span) => span.type);
    const entities: EntityType[] = ['EMAIL_ADDRESS'];
    expect(types({ entities })).toEqual(['EMAIL_ADDRESS']);
    expect(types({ entities })).toEqual(['EMAIL_ADDRESS']);
    entities[0] = 'CREDIT_CARD';
    expect(types({ entities })).toEqual(['CREDIT_CARD']);
    expect(types({ entities, categories: ['CONTACT'] })).toEqual([]);
    expect(types({ entities: ['CREDIT_CARD'], language: 'es' })).toEqual(['CREDIT_CARD']);
    expect(types({})).toEqual(['EMAIL_ADDRESS', 'CREDIT_CARD']);
  });

  it('applies allow-list, deny-list and known entities', () => {
    const text = 'ops@example.com wrote to ana@example.com about Project Falcon; Ana agreed, Banana did not';
    const instance = new PatternScanner({
      allowList: ['ops@example.com'],
      denyList: ['Project Falcon', { value: 'Ana', type: 'PERSON' }],
    });
    expect(found(text, instance)).toEqual([
      { type: 'EMAIL_ADDRESS', value: 'ana@example.com' },
      { type: 'DENY_LIST', value: 'Project Falcon' },
      { type: 'PERSON', value: 'Ana' },
    ]);
    expect(
      instance.scanSync('Falcon flies', { knownEntities: [{ type: 'CODENAME', value: 'Falcon' }] }).map((s) => s.type),
    ).toEqual(['CODENAME']);
  });

  it('needs context for weak shapes, and per-entity thresholds move the bar', () => {
    expect(found('ref 011000015')).toEqual([]);
    expect(found('ABA 011000015')).toEqual([{ type: 'ABA_ROUTING_NUMBER', value: '011000015' }]);
    expect(found('SSN 536-22-1234', new PatternScanner({ thresholds: { US_SSN: 0.99 } }))).toEqual([]);
    expect(found('536-22-1234', new PatternScanner({ thresholds: { US_SSN: 0.5 } }))).toEqual([
      { type: 'US_SSN', value: '536-22-1234' },
    ]);
    expect(found('número de seguro social 536221234')).toEqual([{ type: 'US_SSN', value: '536221234' }]);
    expect(found('número de seguro social 536221234', new PatternScanner({ languages: ['en'] }))).toEqual([]);
    // Every language the built-in words are written in counts by default; a chosen list counts alone.
    expect(found('Handy: 0151 23456789')).toEqual([{ type: 'PHONE_NUMBER', value: '0151 23456789' }]);
    expect(found('Handy: 0151 23456789', new PatternScanner({ languages: ['en', 'es'] }))).toEqual([]);
    expect(found('Handy: 0151 23456789', new PatternScanner({ languages: ['de'] }))).toEqual([
      { type: 'PHONE_NUMBER', value: '0151 23456789' },
    ]);
  });

  it('takes the header of a CSV column as context for the values below it', () => {
    const csv =
      'id,name,routingNumber,steuer_id,notes\n1,Ana,021000021,86095742719,ok\n2,Luis,322271627,47134586296,ok';
    expect(found(csv)).toEqual([
      { type: 'ABA_ROUTING_NUMBER', value: '021000021' },
      { type: 'DE_TAX_ID', value: '86095742719' },
      { type: 'ABA_ROUTING_NUMBER', value: '322271627' },
      { type: 'DE_TAX_ID', value: '47134586296' },
    ]);
    // Same values under headers that say nothing, or in text whose first line is data, stay unreported.
    expect(found('id,name,a,b\n1,Ana,021000021,86095742719')).toEqual([]);
    expect(found(`2026-11-22 routing,${'x'.repeat(60)}\n1,021000021`)).toEqual([]);
    expect(found('id,"quoted, header",routing\n1,"a, b",021000021')).toEqual([
      { type: 'ABA_ROUTING_NUMBER', value: '021000021' },
    ]);
  });

  it('reports the cells of a password column in a table', () => {
    const csv =
      'id,user,Password,created\n1,ana,Tr0ub4dor&3,2026-11-22\n2,luis,"c0rrect, horse",2026-11-22\n3,wei,,2026-11-22';
    expect(found(csv).filter((entity) => entity.type === 'PASSWORD')).toEqual([
      { type: 'PASSWORD', value: 'Tr0ub4dor&3' },
      { type: 'PASSWORD', value: 'c0rrect, horse' },
    ]);
  });

  it('reports the cells of a CVV or PIN column, not other columns nor other lengths', () => {
    expect(found('id,name,card_cvv,amount\n1,Ana,123,4500\n2,Luis,"0456",990')).toEqual([
      { type: 'CARD_SECURITY_CODE', value: '123' },
      { type: 'CARD_SECURITY_CODE', value: '0456' },
    ]);
    // A table after a line of prose, tab- or pipe-delimited, drawn with borders.
    expect(found('Here is the export:\nname\tCVV2\tpin\nAna\t123\t4821')).toEqual([
      { type: 'CARD_SECURITY_CODE', value: '123' },
      { type: 'PIN', value: '4821' },
    ]);
    expect(found('| name | security code |\n|---|---|\n| Ana | 123 |')).toEqual([
      { type: 'CARD_SECURITY_CODE', value: '123' },
    ]);
    expect(found('+----+-----+\n| id | cvc |\n+----+-----+\n|  1 | 123 |\n+----+-----+')).toEqual([
      { type: 'CARD_SECURITY_CODE', value: '123' },
    ]);
    // `cid` alone is a customer id, `status` a status; five digits are no CVV, three no PIN, six under `pin
    // code` an Indian postal code; a row with another number of cells is another table.
    expectNoneFound([
      'id,cid\n1,1234',
      'id,status\n1,403',
      'id,cvv\n1,12345',
      'id,pin\n1,123',
      'name,pin code\nAna,560001',
      'id,cvv\n1,123,extra',
      // A row of another table that holds the word is no header: the line above has its cells.
      'name,code\nana,pin\nbob,1234',
    ]);
    // A header further down, after other tables and prose, is found; the table before it is not read.
    expect(found('id,code\n1,1234\n\nnotes here\nacct;nip\nA1;4821\nB2;0042')).toEqual([
      { type: 'PIN', value: '4821' },
      { type: 'PIN', value: '0042' },
    ]);
  });

  it('reads the 3-4 digits after a valid card number and its expiry date as its code, and only then', () => {
    expect(found('4111 1111 1111 1111 12/27 123')).toEqual([
      { type: 'CREDIT_CARD', value: '4111 1111 1111 1111' },
      { type: 'CARD_SECURITY_CODE', value: '123' },
    ]);
    expect(found('3782 822463 10005 exp 12/2027 1234').map((entity) => entity.value)).toEqual([
      '3782 822463 10005',
      '1234',
    ]);
    expect(found('4111111111111111|12|2027|123|ANA LOPEZ').map((entity) => entity.value)).toEqual([
      '4111111111111111',
      '123',
    ]);
    // Not after an invalid card, not without the expiry, not a decimal amount, not a thirteenth month.
    expect(found('4111 1111 1111 1112 12/27 123')).toEqual([]);
    for (const text of ['4111111111111111 123', '4111111111111111,12/27,100.00', '4111111111111111 13/27 123']) {
      expect(found(text), text).toEqual([{ type: 'CREDIT_CARD', value: '4111111111111111' }]);
    }
  });

  it('runs custom recognizers and rejects bad configuration with MaskError', () => {
    const employee = defineRecognizer({
      name: 'employee-id',
      entity: 'EMPLOYEE_ID',
      category: 'CORPORATE',
      patterns: [{ regex: /\bEMP-\d{6}\b/g, score: 0.4 }],
      validate: (value) => value !== 'EMP-000000',
      context: { en: ['employee'] },
    });
    const instance = new PatternScanner({ recognizers: [employee] });
    expect(found(`employee EMP-123456, employee EMP-000000 ${'.'.repeat(60)} EMP-654321`, instance)).toEqual([
      { type: 'EMPLOYEE_ID', value: 'EMP-123456' },
    ]);
    expect(() => defineRecognizer({ ...employee, patterns: [{ regex: /x/, score: 1 }] })).toThrow(MaskError);
    expect(() => new PatternScanner({ recognizers: [employee, employee] })).toThrow(/duplicate/);
    expect(() => new PatternScanner({ thresholds: { US_SSN: 2 } })).toThrow(MaskError);
    expect(() => scanner.scanSync(42 as unknown as string)).toThrow(MaskError);
  });

  it('raises on an aborted signal instead of returning unscanned text', () => {
    const controller = new AbortController();
    controller.abort();
    expect(() => scanner.scanSync('ana@example.com', { signal: controller.signal })).toThrow(MaskError);
  });
});

describe('PatternScanner retries a rejected match on its groups (RecognizerPattern.regroup)', () => {
  it('finds a card followed by more digit groups, or right after another number', () => {
    expect(found('4111 1111 1111 1111 12 27')).toEqual([{ type: 'CREDIT_CARD', value: '4111 1111 1111 1111' }]);
    expect(found('SSN 536-90-4399 4111 1111 1111 1111')).toEqual([
      { type: 'US_SSN', value: '536-90-4399' },
      { type: 'CREDIT_CARD', value: '4111 1111 1111 1111' },
    ]);
    expect(found('card 1001 4111-1111-1111-1111 x')).toEqual([{ type: 'CREDIT_CARD', value: '4111-1111-1111-1111' }]);
  });

  it('leaves no digit of overlapping findings in the clear: the loser keeps the parts the winner leaves', () => {
    // `2671 4111 1111 1111` passes Luhn too; whichever of the phone number and the cards wins, every digit of
    // the three is in some span.
    for (const text of ['+1 415 555 2671 4111 1111 1111 1111', 'call +1 415 555 2671 4111 1111 1111 1111']) {
      const spans = scanner.scanSync(text);
      let clear = text;
      for (const span of spans)
        clear = clear.slice(0, span.start) + '#'.repeat(span.end - span.start) + clear.slice(span.end);
      expect(clear, text).not.toMatch(/\d/);
      for (let index = 1; index < spans.length; index++) {
        expect((spans[index] as { start: number }).start).toBeGreaterThanOrEqual(
          (spans[index - 1] as { end: number }).end,
        );
      }
    }
    expect(found('+1 415 555 2671 4111 1111 1111 1111 thanks')).toEqual([
      { type: 'PHONE_NUMBER', value: '+1 415 555' },
      { type: 'CREDIT_CARD', value: '2671 4111 1111 1111' },
      { type: 'CREDIT_CARD', value: '1111' },
    ]);
  });

  it('finds an international number followed by a digit group, and invents nothing from invalid numbers', () => {
    expect(found('call +1 415 555 2671 2')).toEqual([{ type: 'PHONE_NUMBER', value: '+1 415 555 2671' }]);
    expect(found('4111 1111 1111 1112 12 27')).toEqual([]);
    expect(found('ref 1234 5678 9012 3456 78')).toEqual([]);
  });

  it('takes a bracket into an international number only as a pair: a lone `)` closes the prose around it', () => {
    expect(found('customer (priya.r@gmail.com, +91 98765 43210) wants')).toEqual([
      { type: 'EMAIL_ADDRESS', value: 'priya.r@gmail.com' },
      { type: 'PHONE_NUMBER', value: '+91 98765 43210' },
    ]);
    expect(found('call (+44 20 7123 4567) today')).toEqual([{ type: 'PHONE_NUMBER', value: '+44 20 7123 4567' }]);
    expect(found('call +44 (0) 20 7123 4567')).toEqual([{ type: 'PHONE_NUMBER', value: '+44 (0) 20 7123 4567' }]);
    expect(found('call +1(415)555-2671')).toEqual([{ type: 'PHONE_NUMBER', value: '+1(415)555-2671' }]);
  });
});

describe('PatternScanner reads a field name as context of its value (ScanOptions.field)', () => {
  const scanner = new PatternScanner();
  const found = (text: string, field?: string) =>
    scanner.scanSync(text, field === undefined ? {} : { field }).map(({ type, start, end }) => ({ type, start, end }));

  it('finds a value whose type needs a keyword when its field names it, at the value offsets', () => {
    expect(found('021000021')).toEqual([]);
    expect(found('021000021', 'routing_number')).toEqual([{ type: 'ABA_ROUTING_NUMBER', start: 0, end: 9 }]);
    expect(found('021000021', 'routingNumber')).toEqual([{ type: 'ABA_ROUTING_NUMBER', start: 0, end: 9 }]);
    expect(found('hunter2xyz', 'password')).toEqual([{ type: 'PASSWORD', start: 0, end: 10 }]);
    expect(found('born 1985-03-14', 'dob')).toEqual([{ type: 'DATE_OF_BIRTH', start: 5, end: 15 }]);
    // Keys in the other languages whose words ship: a German record's `telefon` and `handy`.
    expect(found('0151 23456789')).toEqual([]);
    for (const field of ['telefon', 'handy', 'telefone', 'cellulare']) {
      expect(found('0151 23456789', field), field).toEqual([{ type: 'PHONE_NUMBER', start: 0, end: 13 }]);
    }
  });

  it('adds nothing for fields that name nothing, nor for short words inside longer ones', () => {
    for (const field of ['id', 'notes', 'description', 'x'.repeat(80)]) expect(found('021000021', field)).toEqual([]);
    expect(found('hunter2xyz', 'status')).toEqual([]);
  });

  it('reads the words of a field name, not its spelling', () => {
    for (const field of ['newPassword', 'Password:', 'password1', 'user_passwords']) {
      expect(found('hunter2xyz', field), field).toEqual([{ type: 'PASSWORD', start: 0, end: 10 }]);
    }
    expect(found('1985-03-14', 'patientDOB')).toEqual([{ type: 'DATE_OF_BIRTH', start: 0, end: 10 }]);
    expect(found('021000021', 'abaNumbers')).toEqual([{ type: 'ABA_ROUTING_NUMBER', start: 0, end: 9 }]);
  });

  it('takes the whole value under a password or secret field, spaces and all, but not under a hint', () => {
    expect(found('  correct horse battery staple ', 'password')).toEqual([{ type: 'PASSWORD', start: 2, end: 30 }]);
    expect(found('sunshine', 'pwd')).toEqual([{ type: 'PASSWORD', start: 0, end: 8 }]);
    expect(found('a1b2c3d4e5f6g7h8', 'refresh_token')).toEqual([{ type: 'API_SECRET', start: 0, end: 16 }]);
    expect(found('your first pet', 'password_hint')).toEqual([]);
    expect(found('********', 'password')).toEqual([]);
    expect(found('expired', 'token')).toEqual([]);
    // A pagination cursor is no credential, under any of its usual names.
    for (const field of ['next_page_token', 'nextPageToken', 'pageToken', 'NextContinuationToken', 'NextToken']) {
      expect(found('eyJvZmZzZXQiOjEwMH0=', field), field).toEqual([]);
    }
    expect(found('eyJvZmZzZXQiOjEwMH0=', 'access_token')).toEqual([{ type: 'API_SECRET', start: 0, end: 20 }]);
  });

  it('takes whole values the assignment patterns would refuse, and common secret key spellings', () => {
    for (const value of ['$uperS3cret!', '$2b$12$KIXQJr6HdE9u1VxYf5bJ7e', '{SSHA}W6ph5Mm5Pz8GgiU=', 'sunshine']) {
      expect(found(value, 'password'), value).toEqual([{ type: 'PASSWORD', start: 0, end: value.length }]);
    }
    for (const field of ['SECRET_KEY', 'secretKey', 'aws_secret_access_key', 'access_key']) {
      expect(found('k2m9q7w1e5r6t8y0', field), field).toEqual([{ type: 'API_SECRET', start: 0, end: 16 }]);
    }
    expect(found('k2m9q7w1e5r6t8y0', 'PassWord')).toEqual([{ type: 'PASSWORD', start: 0, end: 16 }]);
    // A session token is one by its own start, under any field.
    const long = 'IQoJb3JpZ2luX2VjE'.padEnd(953, 'aB3+');
    expect(found(long, 'SessionToken')).toEqual([{ type: 'AWS_SESSION_TOKEN', start: 0, end: 953 }]);
  });

  it('leaves flags and words about a secret alone', () => {
    expect(found('yes', 'hasPassword')).toEqual([]);
    expect(found('k2m9q7w1e5r6t8y0', 'is_token_valid')).toEqual([]);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell-style reference is what this test is about
    for (const value of ['FAILED', 'passed', 'expired', '${DB_PASSWORD}', '[PASSWORD_1]', 'process.env.PW']) {
      expect(found(value, 'pass'), value).toEqual([]);
    }
  });

  it('reads secret assignments in text under their usual key spellings, long values whole', () => {
    expect(found('SECRET_KEY=k2m9q7w1e5r6t8y0')).toEqual([{ type: 'API_SECRET', start: 11, end: 27 }]);
    expect(found('aws_secret_access_key = k2m9q7w1e5r6t8y0')).toEqual([{ type: 'API_SECRET', start: 24, end: 40 }]);
    const token = 'IQoJb3JpZ2luX2VjE'.padEnd(953, 'aB3/');
    expect(found(`aws_session_token=${token}`)).toEqual([{ type: 'AWS_SESSION_TOKEN', start: 18, end: 971 }]);
    const other = 'Zm9vYmFyYmF6'.padEnd(400, 'aB3/');
    expect(found(`aws_session_token=${other}`)).toEqual([{ type: 'API_SECRET', start: 18, end: 418 }]);
    expect(found('test pass: FAILED')).toEqual([]);
  });

  it('leaves a date, a timestamp or a version under a secret key alone (it reports about the secret)', () => {
    for (const text of [
      'token: 2024-03-14T10:00:00Z',
      'access key: 2024-03-14 10:00:00+01:00',
      'API key: v2.3.1-beta4',
      // A label with a space introduces descriptions too: its value must be as long as a key.
      'Private Key: 4096-bit',
      'API Key: HMAC-SHA256',
      'Secret Access Key: 40-character string',
    ]) {
      expect(found(text), text).toEqual([]);
    }
    // The same under a password key is kept: a date is a common password.
    expect(found('password: 2024-03-14')).toEqual([{ type: 'PASSWORD', start: 10, end: 20 }]);
    // A UUID under a token key is a token.
    expect(found('token = 550e8400-e29b-41d4-a716-446655440000')).toEqual([{ type: 'API_SECRET', start: 8, end: 44 }]);
  });

  it('keeps what the value alone shows: a table under a field whose label would spoil its header', () => {
    // The header is over 48 characters before the number, so only the header lookup names its column; behind
    // the label "account_export_2024: " the first line holds a four-digit run and no longer reads as a header.
    const table = 'routing_number,customer_full_name,customer_city,customer_country\n021000021,Ana Lopez,Madrid,Spain';
    // Its name and city columns are read too (see named-columns.ts).
    expect(found(table, 'account_export_2024')).toEqual([
      { type: 'ABA_ROUTING_NUMBER', start: 65, end: 74 },
      { type: 'PERSON', start: 75, end: 84 },
      { type: 'LOCATION', start: 85, end: 91 },
    ]);
  });
});

describe('PatternScanner: password and secret assignments in text', () => {
  it('reads secrets in auth headers, under longer key names, in escaped JSON, quotes, markdown and XML', () => {
    const key = '9944b09199c62bcf9418ad846dd0e4bbdfc6ee4b';
    const cases: [string, string, string][] = [
      ['Authorization: Basic YWRtaW46WGs5bVEydkw3cHo=', 'API_SECRET', 'YWRtaW46WGs5bVEydkw3cHo='],
      ['Proxy-Authorization: Basic YWRtaW46WGs5bVEydkw3cHo=', 'API_SECRET', 'YWRtaW46WGs5bVEydkw3cHo='],
      [`Authorization: Token ${key}`, 'API_SECRET', key],
      [`X-API-Key: ${key}`, 'API_SECRET', key],
      [`curl -H "x-api-key: ${key}"`, 'API_SECRET', key],
      [`Ocp-Apim-Subscription-Key: ${key}`, 'API_SECRET', key],
      [`webhookSecret: ${key}`, 'API_SECRET', key],
      [`openaiApiKey: ${key}`, 'API_SECRET', key],
      [`githubAccessToken=${key}`, 'API_SECRET', key],
      [`STRIPE_SECRET_KEY=${key}`, 'API_SECRET', key],
      [`DEBUG payload: {"api_key":"${key}"}`, 'API_SECRET', key],
      [`API Key: ${key}`, 'API_SECRET', key],
      [`{"API Key": "${key}"}`, 'API_SECRET', key],
      [
        'Secret Access Key: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
        'AWS_SECRET_KEY',
        'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      ],
      [`Private key = ${key}`, 'API_SECRET', key],
      [`| Master Key | ${key} |`, 'API_SECRET', key],
      ['export PGPASSWORD=Xk9mQ2vL7pz', 'PASSWORD', 'Xk9mQ2vL7pz'],
      ['adminPassword: Xk9mQ2vL7pz', 'PASSWORD', 'Xk9mQ2vL7pz'],
      ['body="{"user":"ana","password":"Xk9mQ2vL7pz"}"', 'PASSWORD', 'Xk9mQ2vL7pz'],
      ['Your new password is: Xk9mQ2vL7pz', 'PASSWORD', 'Xk9mQ2vL7pz'],
      ['Tu nueva contraseña es: Xk9mQ2vL7pz', 'PASSWORD', 'Xk9mQ2vL7pz'],
      ['- **Password:** Xk9mQ2vL7pz', 'PASSWORD', 'Xk9mQ2vL7pz'],
      ['password: "correct horse battery staple"', 'PASSWORD', 'correct horse battery staple'],
      ['password="Xk9 mQ2vL7pz"', 'PASSWORD', 'Xk9 mQ2vL7pz'],
      ["password: 'Tr0ub4dor&3'", 'PASSWORD', 'Tr0ub4dor&3'],
      ['password = "Pa$$w0rd,2024"', 'PASSWORD', 'Pa$$w0rd,2024'],
      ['<password>Xk9mQ2vL7pz</password>', 'PASSWORD', 'Xk9mQ2vL7pz'],
      // Escaped quotes and backslashes belong to a quoted value.
      ['"password": "ab\\"cd9x"', 'PASSWORD', 'ab\\"cd9x'],
      ["password = 'it\\'s-9x'", 'PASSWORD', "it\\'s-9x"],
      ['{"password": "C:\\\\x9\\"q", "user": "ana"}', 'PASSWORD', 'C:\\\\x9\\"q'],
    ];
    expectEachFinds(cases);
    // Unquoted, `&` and `;` still end a value (query strings, connection strings).
    expect(found('password=hunter2&user=ana')).toEqual([{ type: 'PASSWORD', value: 'hunter2' }]);
  });

  it('reads a secret-looking value of a command-line flag after white space, not a word, a usage line or a flag', () => {
    const key = '9944b09199c62bcf9418ad846dd0e4bbdfc6ee4b';
    const cases: [string, string, string][] = [
      ['mysql --user=ana --password Xk9mQ2vL7pz db', 'PASSWORD', 'Xk9mQ2vL7pz'],
      ['pg_dump --db-password\tS3cr3t-pw! -h db1', 'PASSWORD', 'S3cr3t-pw!'],
      ["sshpass --pass 'correct horse 42' ssh db1", 'PASSWORD', 'correct horse 42'],
      [`gh auth login --token ${key}`, 'API_SECRET', key],
      [`stripe listen --api-key    ${key}`, 'API_SECRET', key],
      [`vault login -client-secret ${key}`, 'API_SECRET', key],
      [
        'rclone config create s3 --s3-secret-access-key wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
        'AWS_SECRET_KEY',
        'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      ],
      ['login --password Summer2024.Ab', 'PASSWORD', 'Summer2024.Ab'],
      ['login --password "correct horse battery staple"', 'PASSWORD', 'correct horse battery staple'],
      // Argument lists: JSON or Python, and a container's YAML args.
      ['spawn("mysql", ["--user", "ana", "--password", "Xk9mQ2vL7pz"])', 'PASSWORD', 'Xk9mQ2vL7pz'],
      ['args: ["--password", "hunter2"]', 'PASSWORD', 'hunter2'],
      ["subprocess.run(['pg_dump', '--password', 'Xk9 mQ2 vL7q', 'db'])", 'PASSWORD', 'Xk9 mQ2 vL7q'],
      [`{"args": ['--api-key', '${key}']}`, 'API_SECRET', key],
      [`args:\n  - --token\n  - ${key}\n  - --verbose`, 'API_SECRET', key],
    ];
    expectEachFinds(cases);
    const texts = [
      '  --password PASSWORD   the password to connect with',
      '  --api-key API_KEY     your key',
      '  --password <password>  The password',
      '  -W, --password    force password prompt',
      '  --password  Use password auth  [boolean]',
      'psql -h db1 -U ana --password mydb',
      'pg_dump --no-password backup2024 > dump.sql',
      'You can pass the --password flag to be asked.',
      'mysql --password --verbose',
      'mysql --password   --host db1',
      'restore --password backup_2024.sql',
      'deploy --token ./tokens/ci2024',
      '  --password PASSWORD1   the password',
      '  --token TOKEN_V2       the token',
      'docker buildx build --secret id=npmrc2,src=$HOME/.npmrc .',
      '["psql", "--password", "mydb"]',
      'parser.add_argument("--password", "Password of the database user")',
      '["docker", "buildx", "build", "--secret", "id=npmrc2,src=.npmrc", "."]',
      '["--private-key", "keys/deploy2.pem"]',
      "program.option('--token', 'GitHub token (v2 API)')",
      "program.option('--password', 'Database password')",
      '["mysql", "--password", "--verbose"]',
      'args:\n  - --password\n  - --host=db1',
      'bypass --password-file /run/secrets/db',
      'the pass is over',
      'password: click the link',
    ];
    expectNoneFound(texts);
  });

  it("reads a password given to the MySQL clients' -p and to sshpass -p, not a prompt, a port or another command's flag", () => {
    const cases: [string, string][] = [
      ['$ mysql -u root -pXk9mQ2vL7 shop', 'Xk9mQ2vL7'],
      ["mysqldump --single-transaction -u app -p'Tr0ub4dor&3' shop > shop.sql", 'Tr0ub4dor&3'],
      ["mysql -u app -p'correct horse battery' shop", 'correct horse battery'],
      ['mariadb -h db1 -uroot -proot', 'root'],
      ['mysql -h db \\\n  -u app \\\n  -pXk9mQ2vL7 shop', 'Xk9mQ2vL7'],
      ['test: ["CMD", "mysqladmin", "ping", "-uroot", "-pXk9mQ2vL7"]', 'Xk9mQ2vL7'],
      ['docker exec -it db mysqlcheck -uroot -pXk9mQ2vL7 --all-databases', 'Xk9mQ2vL7'],
      ["sshpass -p 'Xk9mQ2vL7' ssh deploy@db1", 'Xk9mQ2vL7'],
      ['sshpass -v -p raspberry ssh pi@raspberrypi', 'raspberry'],
      ['sshpass -P "Password:" -d 3 -p S3cretPw1 ssh db1', 'S3cretPw1'],
      ['kubectl exec -it mysql-0 -- mysql -uroot -pS3cretPw1', 'S3cretPw1'],
      ['script:\n  - mysql -h db -uroot -pS3cretPw1 < schema.sql', 'S3cretPw1'],
      ['sudo -H mysql -uroot -pS3cretPw1', 'S3cretPw1'],
      ['mysql -uroot -pXk9,mQ2vL7 app', 'Xk9,mQ2vL7'],
      ['[mysqladmin, ping, -uroot, -pS3cretPw1]', 'S3cretPw1'],
    ];
    expectEachFinds(cases.map(([text, value]) => [text, 'PASSWORD', value] as const));
    const texts = [
      'mysql -u root -p shop',
      'mysql -h db1 -P3306 -u app -p',
      'mysql -u root -p -e "show databases"',
      'mkdir -p /var/lib/mysql-files',
      'docker run -p 3306:3306 mysql:8',
      'mysql -u root -p$MYSQL_ROOT_PASSWORD',
      'mysql -u <user> -p<password>',
      'find /var/lib/mysql -perm 0600 -type f',
      'g++ -I/usr/include/mysql main.cpp -pthread',
      'journalctl -u mysql -pwarning',
      'docker run --name mysql -p3306:3306 -d mysql:8',
    ];
    expectNoneFound(texts);
  });

  it('reads passwords set by SQL statements and Redis directives, and under pw, AccountKey and SECRET_KEY_BASE', () => {
    const key = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
    expectEachFinds([
      ["CREATE USER app WITH PASSWORD 'CreatePw#1';", 'PASSWORD', 'CreatePw#1'],
      ['ALTER ROLE app WITH ENCRYPTED PASSWORD "x9Kp2mQ7";', 'PASSWORD', 'x9Kp2mQ7'],
      ["ALTER USER root IDENTIFIED WITH mysql_native_password BY 'N4tive!pw';", 'PASSWORD', 'N4tive!pw'],
      ['CREATE USER scott IDENTIFIED BY tiger42;', 'PASSWORD', 'tiger42'],
      ['requirepass R3disReq99', 'PASSWORD', 'R3disReq99'],
      ['pw: Kp9$wQ2z', 'PASSWORD', 'Kp9$wQ2z'],
      [
        `DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=${key};EndpointSuffix=core.windows.net`,
        'API_SECRET',
        key,
      ],
      [
        'SECRET_KEY_BASE=9f86d081884c7d659a2feaa0c55ad015a3bf4f1b',
        'API_SECRET',
        '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b',
      ],
    ]);
    expectNoneFound([
      'The user is identified by their email',
      '# requirepass foobared',
      'Password: Must be at least 8 characters long.',
      'Args:\n    password: The password to use.',
      'Username: ci-bot\nPassword:\nLogin Succeeded',
      'password:\n  type: string',
    ]);
  });

  it("reads a word of letters set under an environment variable's key, not a description, a type or code", () => {
    expectEachFinds([
      // docker-compose, as a map and as a list.
      ['    environment:\n      POSTGRES_PASSWORD: postgres\n', 'PASSWORD', 'postgres'],
      ['    environment:\n      - POSTGRES_PASSWORD=postgres\n      - POSTGRES_USER=app', 'PASSWORD', 'postgres'],
      ['      - "MYSQL_ROOT_PASSWORD=root"', 'PASSWORD', 'root'],
      ["      POSTGRES_PASSWORD: 'postgres' # dev only", 'PASSWORD', 'postgres'],
      // .env files and shells.
      ['RABBITMQ_DEFAULT_PASS=guest', 'PASSWORD', 'guest'],
      ['DB_HOST=db\nDB_PASS=hunter\nDB_NAME=app', 'PASSWORD', 'hunter'],
      ['REDIS_PASSWORD=redispass', 'PASSWORD', 'redispass'],
      ['export PGPASSWORD=postgres', 'PASSWORD', 'postgres'],
      ['PGPASSWORD=postgres psql -h db -U app', 'PASSWORD', 'postgres'],
      ['docker run -e POSTGRES_PASSWORD=Postgres -d db', 'PASSWORD', 'Postgres'],
    ]);
    expectNoneFound([
      // References, placeholders, booleans and words that describe the value rather than set it.
      'POSTGRES_PASSWORD: $' + '{POSTGRES_PASSWORD}',
      'DB_PASSWORD=changeme',
      'DB_PASSWORD=yourpassword',
      'DB_PASSWORD=true',
      'DB_PASSWORD: null',
      'DB_PASSWORD: none',
      'DB_PASSWORD: required',
      'DB_PASSWORD: optional',
      'DB_PASSWORD: string',
      'DB_PASSWORD: str',
      'DB_PASSWORD: text',
      'PASSWORD: hidden',
      'PASSWORD: masked',
      'PASSWORD: Masked',
      'PASSWORD: redacted',
      'PASSWORD: ***',
      'DB_PASSWORD=missing',
      // A lower-case key is code or a schema; spaces around `=` are code; prose after the word is a sentence.
      'password: string',
      'password: required',
      'password: postgres',
      'DB_PASSWORD = pwd',
      'const DB_PASSWORD = config',
      '{ DB_PASSWORD: dbpass, host }',
      'PASSWORD: see below',
      // Keys that name no password: the shell's directory, a renderer's pass.
      'PWD=home',
      'RENDER_PASS=shadow',
      'HIGH_PASS=enabled',
    ]);
  });

  it('reads a password from a sentence with words between its label and the value, not a description', () => {
    expectEachFinds([
      ['The password for admin is Xk9#mQ2v', 'PASSWORD', 'Xk9#mQ2v'],
      ['password for admin: Xk9mQ2v1', 'PASSWORD', 'Xk9mQ2v1'],
      ['Hi Ana, your temporary password is Tmp-4471x. Please change it.', 'PASSWORD', 'Tmp-4471x'],
      ['new password: Xk9mQ2v1', 'PASSWORD', 'Xk9mQ2v1'],
      ['Su contraseña temporal es Xk9mQ2v1.', 'PASSWORD', 'Xk9mQ2v1'],
      ['la contraseña es Xk9mQ2v1, cámbiala', 'PASSWORD', 'Xk9mQ2v1'],
      ['contraseña del usuario admin: Xk9mQ2v1', 'PASSWORD', 'Xk9mQ2v1'],
      ['pwd reset to Xk9mQ2v1', 'PASSWORD', 'Xk9mQ2v1'],
      ['The password for root was reset to Xk9mQ2v1.', 'PASSWORD', 'Xk9mQ2v1'],
      ['Your password has been set to Hunter-2024, please change it', 'PASSWORD', 'Hunter-2024'],
      ['**Password for admin:** P@ssw0rd!', 'PASSWORD', 'P@ssw0rd!'],
      ['The password for admin is "Xk9 mQ2v".', 'PASSWORD', 'Xk9 mQ2v'],
      ['la clave del wifi es Casa2024!', 'PASSWORD', 'Casa2024!'],
      // Five or six words between, and `is now` / `es ahora`.
      ['la contraseña del wifi de la oficina es Girasol_2026!', 'PASSWORD', 'Girasol_2026!'],
      ['The password for the new guest wifi network is Sunflower-77', 'PASSWORD', 'Sunflower-77'],
      ['The password to the admin panel is now Xk9vL7pR4q', 'PASSWORD', 'Xk9vL7pR4q'],
      ['la contraseña del router es ahora Casa2024!', 'PASSWORD', 'Casa2024!'],
    ]);
    expectNoneFound([
      'the password is incorrect',
      'password is required',
      'the password for admin is stored in Vault',
      // A length is no password: `8` is too short, and has no letter.
      'Your password is 8 characters long',
      'The password for admins is 8-16 characters',
      'password: ******',
      'password for admin: **********',
      'password is $' + '{DB_PASS}',
      'the password for admin is wrong!',
      'Password for user admin is expired',
      'the password for the db is v2.3.1',
      'password for admin: https://vault.example.com/x',
      'password for admin is in vault/prod/db',
      'password for admin: (see 1Password)',
      'la clave del éxito es Trabajo-duro',
      // Another field's value after a conjunction, or a compound that names another field.
      'I forgot my password and my username is jdoe99',
      'password policy: min8chars',
      'password manager: 1Password',
      // `pass` names other things in prose.
      'your boarding pass for flight is BA-2490',
      // Seven words between is too far; `now` alone is no verb; the value after `is now` must look like a password.
      'the password for the shared printer in the back office is Girasol_2026!',
      'password for the printer now Girasol_2026!',
      'the password for the office wifi is now expired',
      'Accepted password for root from host port 52144 ssh2',
    ]);
  });

  it('leaves code, labels, references and placeholders under password and secret keys alone', () => {
    expectNoneFound([
      'function login(user: string, password: string) {}',
      'def login(self, password: str):',
      'conn = psycopg2.connect(host=host, password=password)',
      'const user = { email, password: hashedPassword };',
      'engine = connect(password=db_pass, host=h)',
      'const password = body?.password;',
      'let password = read_password()?;',
      "const secret = crypto.randomBytes(32).toString('hex');",
      '"password": "Passwort"',
      '"forgot_password": "Forgot password?"',
      "'password' => 'The provided password is incorrect.',",
      "Access denied for user 'root'@'localhost' (using password: YES)",
      '  + password = (sensitive value)',
      'password = "your_password"',
      'DB_PASSWORD=your-db-password-here',
      'password: !Ref DBPassword',
      'password: *db_password',
      '"password": "op://Private/db/password"',
      '"password": "<%= db_password %>"',
      'password: #{DbPassword}',
      'UPDATE users SET password = :password WHERE id = :id',
      "'password' => 'required|string|min:8|confirmed',",
      '--color-password: #e11d48;',
      'API Key: sk-...7f3a',
      'api_key: ****************7f3a',
    ]);
    // Values that only resemble those: a digit in the name, a passphrase, a call with a digit, a ! before digits.
    expectEachFinds([
      ['password: Summer2023)', 'PASSWORD', 'Summer2023)'],
      ['password: !Qaz2wsx', 'PASSWORD', '!Qaz2wsx'],
      ['password="correct horse battery staple"', 'PASSWORD', 'correct horse battery staple'],
      ['password: @dm1n2024', 'PASSWORD', '@dm1n2024'],
      ['password: *Secret123', 'PASSWORD', '*Secret123'],
    ]);
  });

  it('reads passwords on the command lines of curl, redis-cli, sqlcmd, the LDAP tools, docker login, az login and smbclient', () => {
    const cases: [string, string][] = [
      ['curl -u admin:s3cr3tPw9 https://api.example.com/', 's3cr3tPw9'],
      ["curl -sS --user 'ci-bot:correct horse 42' https://ci.example.com/", 'correct horse 42'],
      ['curl --user=admin:pw12 -X POST https://x.example.com', 'pw12'],
      ['curl -H "Accept: application/json" \\\n  -uadmin:Xk9mQ2vL7 https://x.example.com', 'Xk9mQ2vL7'],
      ['redis-cli -h cache1 -a R3disPw77 ping', 'R3disPw77'],
      ['sqlcmd -S db1 -U sa -P "SqlPw#2024" -Q "SELECT 1"', 'SqlPw#2024'],
      ['bcp dbo.users out users.dat -S db1 -U sa -PXk9mQ2vL7 -c', 'Xk9mQ2vL7'],
      ['ldapsearch -x -D cn=admin,dc=example,dc=org -w LdapPw99 -b dc=example,dc=org', 'LdapPw99'],
      ['docker login -u bob -p Dck3rPw9 registry.example.com', 'Dck3rPw9'],
      ['podman login quay.io -u bob -p Dck3rPw9', 'Dck3rPw9'],
      ['az login -u bob -p AzPw2024!', 'AzPw2024!'],
      ['smbclient //files/share -U bob%SmbPw2024', 'SmbPw2024'],
    ];
    expectEachFinds(cases.map(([text, value]) => [text, 'PASSWORD', value] as const));
    expectNoneFound([
      'curl -u admin: https://api.example.com/',
      'curl -u "$API_USER:$API_PASSWORD" https://api.example.com/',
      'curl --user-agent "Mozilla/5.0" https://example.com',
      'docker login --password-stdin -u bob registry.example.com',
      'redis-cli --askpass -h cache1',
      'redis-cli -a "$REDIS_PASSWORD" ping',
      'sqlcmd -S db1 -E -Q "SELECT 1"',
      'login -p', // the command alone
    ]);
  });

  it('reads key / value pairs whose key names a secret: JSON, CloudFormation, .NET and Spring XML', () => {
    expectEachFinds([
      ['{"key": "api_key", "value": "8d9f7a6b5c4d3e2f1a0b"}', 'API_SECRET', '8d9f7a6b5c4d3e2f1a0b'],
      ['{"ParameterKey": "DBPassword", "ParameterValue": "Sup3rS3cret!"}', 'PASSWORD', 'Sup3rS3cret!'],
      // Pretty-printed, as CloudFormation parameter files and ECS task definitions are written.
      [
        '[\n  {\n    "ParameterKey": "DBPassword",\n    "ParameterValue": "Xk9mQ2vL7pZ"\n  }\n]',
        'PASSWORD',
        'Xk9mQ2vL7pZ',
      ],
      ['{\n  "name": "STRIPE_SECRET",\n  "value": "sk9944b09199c62bcf"\n}', 'API_SECRET', 'sk9944b09199c62bcf'],
      ['- ParameterKey: GithubToken\n  ParameterValue: ghx9f8e7d6c5b4a3f2e', 'API_SECRET', 'ghx9f8e7d6c5b4a3f2e'],
      ['<add key="DbPassword" value="S3cr3t Pa55" />', 'PASSWORD', 'S3cr3t Pa55'],
      ["<add key='ApiKey' value='a8f9d7e6c5b4a3f2e1d0'/>", 'API_SECRET', 'a8f9d7e6c5b4a3f2e1d0'],
      ['<add key="Smtp:Password" xdt:Transform="Replace" value="Xk9mQ2vL7pZ"/>', 'PASSWORD', 'Xk9mQ2vL7pZ'],
      ['<property name="password" value="s3cr3tPa55"/>', 'PASSWORD', 's3cr3tPa55'],
      ['<Environment name="dbPassword" value="Xk9mQ2vL7pR4" type="java.lang.String"/>', 'PASSWORD', 'Xk9mQ2vL7pR4'],
      ['<input type="password" name="password" value="Xk9mQ2vL7pR4">', 'PASSWORD', 'Xk9mQ2vL7pR4'],
      ['<ADD KEY="SMTP_PASS" VALUE="Xk9mQ2vL7pR4"/>', 'PASSWORD', 'Xk9mQ2vL7pR4'],
      ['<add key="adminPass" value="P@ssw0rd!"/>', 'PASSWORD', 'P@ssw0rd!'],
      ['{"name": "password_confirmation", "value": "Xk9mQ2vL7pR4"}', 'PASSWORD', 'Xk9mQ2vL7pR4'],
      ['{"name": "DB_PASSWORD_V2", "value": "Xk9mQ2vL7pR4"}', 'PASSWORD', 'Xk9mQ2vL7pR4'],
      ['{"name": "passwordNew2", "value": "Xk9mQ2vL7pR4"}', 'PASSWORD', 'Xk9mQ2vL7pR4'],
      ['- name: MYSQL_PWD\n  value: Xk9mQ2vL7pR4', 'PASSWORD', 'Xk9mQ2vL7pR4'],
      ['<add key="DB_PASSWORD" value="@dmin123"/>', 'PASSWORD', '@dmin123'],
      ['{"name": "password", "value": "Tr0ub4dor &3"}', 'PASSWORD', 'Tr0ub4dor &3'],
      ['{"name": "x-api-key", "value": "Key abc123def456ghi789"}', 'API_SECRET', 'Key abc123def456ghi789'],
      [
        '{"Parameter": {"Name": "/prod/db/password", "Type": "SecureString", "Value": "Xk9mQ2vL7pR4"}}',
        'PASSWORD',
        'Xk9mQ2vL7pR4',
      ],
      [
        '<setting name="DbPassword" serializeAs="String"><value>Xk9mQ2vL7pR4</value></setting>',
        'PASSWORD',
        'Xk9mQ2vL7pR4',
      ],
      ['+ name  = "DB_PASSWORD"\n + value = "Xk9mQ2vL7pR4"', 'PASSWORD', 'Xk9mQ2vL7pR4'],
      ['- name: SIGNING_KEY\n  value: abcDEF123456ghiJKL', 'API_SECRET', 'abcDEF123456ghiJKL'],
    ]);
    expectNoneFound([
      // Settings about a password, keys that only end in "pass", labels, templates.
      '<add key="PasswordMinLength" value="12" />',
      '<add key="CacheBypass" value="Disabled1"/>',
      '<add key="ShowPassword" value="Never"/>',
      '{"key": "password_hint", "value": "my dog"}',
      '{"key": "login.password", "value": "Enter your password"}',
      '{"key": "login.password", "value": "Password:"}',
      '{"key": "errors.password", "value": "Password must be 8+ chars"}',
      '{"key": "password", "value": "<string>"}',
      '<input name="password" value="@Model.Password">',
      '<input name="password" th:value="*{password}">',
      '<add key="DbPassword" value="#{DbPassword}#"/>',
      '- Name: DB_PASSWORD\n  Value: !Ref DbPassword',
      '{"key": "login.password", "value": "Passwort!"}',
      '{"key": "login.password", "value": "Mot de passe"}',
      '{"name": "PWD", "value": "/app"}',
      '<add key="ProxyByPass" value="Enabled1"/>',
      '<add key="FirstPass" value="Enabled1"/>',
      // Passes that let a person in are no passwords: their values are tickets and barcodes.
      'boarding pass: ZX7KQ2AB',
      '{"seasonPass": "ZX7KQ2AB"}',
      'first pass: abc123x',
      '{"name": "OLDPWD", "value": "/root"}',
      '<add key="DbPassword" value="${DB_PASSWORD}" />',
      '{"key": "api_key", "value": "required"}',
      // HTML form fields are buttons and templates, not configuration.
      '<input type="submit" name="change_password" value="Change password">',
      '<input name="password" value="<%= @password %>">',
    ]);
  });

  it('reads a password or secret in its row of a markdown table, and in a .netrc entry', () => {
    expectEachFinds([
      ['| Field | Value |\n|---|---|\n| password | hunter2222 |', 'PASSWORD', 'hunter2222'],
      ['| **Password** | **S3cr3t!pass** |', 'PASSWORD', 'S3cr3t!pass'],
      ["| db password | 'Xk9 mQ2' |", 'PASSWORD', 'Xk9 mQ2'],
      ['| password | Tr0ub4dor&3 |', 'PASSWORD', 'Tr0ub4dor&3'],
      ['| password | ***Xk9mQ2vL7pR4*** |', 'PASSWORD', 'Xk9mQ2vL7pR4'],
      ['| **Password:**| `Xk9mQ2vL7pR4` |', 'PASSWORD', 'Xk9mQ2vL7pR4'],
      ['| __Password__ | Xk9mQ2vL7pR4 |', 'PASSWORD', 'Xk9mQ2vL7pR4'],
      ['machine api.example.com password Xk9mQ2vL7pR4', 'PASSWORD', 'Xk9mQ2vL7pR4'],
      ['| password | #Xk9mQ2vL7pR4 |', 'PASSWORD', '#Xk9mQ2vL7pR4'],
      ['| password | a\\|b\\|c123 |', 'PASSWORD', 'a\\|b\\|c123'],
      [`| api_key | ${'Ab3'.repeat(100)} |`, 'API_SECRET', 'Ab3'.repeat(100)],
      ['|password|Xk9mQ2vL7pZ|admin|', 'PASSWORD', 'Xk9mQ2vL7pZ'],
      ['| `DB_PASSWORD` | Xk9mQ2vL7pZ |', 'PASSWORD', 'Xk9mQ2vL7pZ'],
      ['> | Password: | Xk9mQ2vL7pZ |', 'PASSWORD', 'Xk9mQ2vL7pZ'],
      ['| api_key | sk_9f8e7d6c5b4a3f2e |', 'API_SECRET', 'sk_9f8e7d6c5b4a3f2e'],
      ['machine api.example.com login ana password s3cr3tPa55', 'PASSWORD', 's3cr3tPa55'],
      ['machine api.example.com\n  login ana\n  password hunter2', 'PASSWORD', 'hunter2'],
      ['machine h login ana account acct1 password s3cr3tXk9', 'PASSWORD', 's3cr3tXk9'],
      ['default login root password toor', 'PASSWORD', 'toor'],
    ]);
    // A schema's type, a description, a flag, a metavariable, numbers, versions and dates fill a cell of
    // documentation; a shell pipe is no table; a log line with `login … password …` is no .netrc entry.
    expectNoneFound([
      '| password | string | Required |',
      '| password | Text |',
      "| password | The user's password |",
      '| Forgot password | Click here |',
      '| password | ******** |',
      '| password | **required** |',
      '| password | --password |',
      '| password | DB_PASSWORD |',
      '| password | 8-64 |',
      '| password | 2024-01-01 |',
      '| token | v1.2.3-beta4 |',
      '| Token | 30 days |',
      '| token | 1h |',
      '| Password | ✅ |',
      '| Password | 1-128 characters |',
      '| password | <password> |',
      '| password | See [docs](https://example.com/docs) |',
      '| Password | :white_check_mark: | :x: |',
      '| password | 8–64 |',
      '| password | argon2id |',
      '| password | VARCHAR2(100) |',
      '| api_key | HS256/RS256 |',
      '| password | https://x.io/pw |',
      '| `password` | `string` — the password, 8–64 chars |',
      'echo $PASSWORD | base64',
      'grep password | wc -l',
      'Please login first password reset is needed',
      'Nov 22 sshd: failed login bob password WRONG',
      'Change the default password immediately after installation.',
      'Each machine has password protection enabled.',
    ]);
  });

  it('reads the session values of cookie headers, not their attributes or short preferences', () => {
    const session = 'k2m9q7w1e5r6t8y0a3s4d5f6';
    const csrf = 'Xk9mQ2vL7pz0aB3c';
    const values = (text: string) => found(text).map((span) => span.value);
    expect(values(`Cookie: theme=dark; sessionid=${session};\tcsrftoken=${csrf}`)).toEqual([session, csrf]);
    expect(values(`Set-Cookie: sid="${session}"; Path=/; Max-Age=3600; HttpOnly`)).toEqual([session]);
    expect(values(`{"headers": {"cookie": "sessionid=${session}; lang=en"}}`)).toEqual([session]);
    expect(values(`curl -H 'Cookie: auth=${session}' https://api.example.com`)).toEqual([session]);
    expect(values(`COOKIE:\tsid=${session}\nHost: example.com`)).toEqual([session]);
    // A HAR header entry, and the CGI/WSGI variable (a Django debug page, PHP's $_SERVER, an environment dump).
    expect(values(`{"name": "Cookie", "value": "sessionid=${session}; csrftoken=${csrf}"}`)).toEqual([session, csrf]);
    expect(values(`HTTP_COOKIE=sessionid=${session}\nHTTP_HOST=example.com`)).toEqual([session]);
    // A HAR entry indented by four, with the cookie list next to the header.
    expect(
      values(`"cookies": [{"name": "cart[items]", "value": "x"}, {"name": "sid", "value": "${session}"}]`),
    ).toEqual([session]);
    const har = `{\n    "headers": [\n        {\n            "name": "Cookie",\n            "value": "sid=${session}"\n        }\n    ],\n    "cookies": [\n        {"name": "sid", "value": "${session}", "path": "/"},\n        {"name": "theme", "value": "dark"}\n    ]\n}`;
    expect(values(har)).toEqual([session, session]);
    expect(values(`'HTTP_COOKIE': 'sessionid=${session}',`)).toEqual([session]);
    // Node's header map, folded Set-Cookie headers (with an Expires date), curl's flags and document.cookie.
    expect(values(`{"set-cookie": ["sid=${session}; Path=/; HttpOnly", "csrf=${csrf}; Path=/"]}`)).toEqual([
      session,
      csrf,
    ]);
    // util.inspect and pretty JSON put a long list one string per line.
    expect(
      values(`{\n  'set-cookie': [\n    'sid=${session}; Path=/; HttpOnly',\n    'csrf=${csrf}; Path=/'\n  ]\n}`),
    ).toEqual([session, csrf]);
    expect(
      values(`Set-Cookie: sid=${session}; Expires=Wed, 21 Oct 2026 07:28:00 GMT; Secure, csrf=${csrf}; Path=/`),
    ).toEqual([session, csrf]);
    expect(values(`curl --cookie "sid=${session}; csrf=${csrf}" https://x.io`)).toEqual([session, csrf]);
    expect(values(`curl -b 'sid=${session}' https://x.io`)).toEqual([session]);
    expect(values(`document.cookie = "sid=${session}; path=/";`)).toEqual([session]);
    // A long header is read to its end.
    const trackers = Array.from({ length: 120 }, (_, n) => `_ga_T${n}=GS1.1.1700000000.${n}.1.1700000100.0`);
    expect(values(`Cookie: ${trackers.join('; ')}; sessionid=${session}`).at(-1)).toBe(session);
    expect(values('Cookie: theme=dark; ab_test=variant_b2; consent=v2')).toEqual([]);
    expect(values('Set-Cookie: Path=/v1; HttpOnly')).toEqual([]);
    expect(values(`cookies: ${session}`)).toEqual([]);
    expect(values('git checkout -b feature-2024')).toEqual([]);
  });

  it('keeps values that only look like code: a digit in the name, a one-segment path, a ! after a word', () => {
    const cases: [string, string, string][] = [
      ['Authorization: Bearer ya29.a0AfH6SMBx3jvQ8u7Yk2Lr9Tq', 'API_SECRET', 'ya29.a0AfH6SMBx3jvQ8u7Yk2Lr9Tq'],
      ['token=abc123def456.ghi789', 'API_SECRET', 'abc123def456.ghi789'],
      ['password: Company.Secret2024', 'PASSWORD', 'Company.Secret2024'],
      ['password: Summer(2023)!', 'PASSWORD', 'Summer(2023)!'],
      ['password=/Secret123', 'PASSWORD', '/Secret123'],
      ['password=iloveyou!', 'PASSWORD', 'iloveyou!'],
    ];
    expectEachFinds(cases);
  });

  it('leaves code, paths, prose and flags about a secret alone', () => {
    const texts = [
      'PWD=/home/runner/work/app',
      'password: z.string().min(8).max(128)',
      'password: PropTypes.string.isRequired',
      'password: VARCHAR(255)',
      'token = tokens[0]',
      'password: bcrypt.hashSync(req.body.password',
      '{"error":"Password is incorrect."}',
      'Your password was changed.',
      'isSecret: true',
      'bypass: abc123def',
      'Authorization: Digest username="ana"',
    ];
    expectNoneFound(texts);
  });

  it('reads a password that starts with $ or % in text, but not a reference to one', () => {
    expect(found('DB_PASSWORD=$uperS3cret!')).toEqual([{ type: 'PASSWORD', value: '$uperS3cret!' }]);
    expect(found('password=%24uperS3cret%21&user=ana')).toEqual([{ type: 'PASSWORD', value: '%24uperS3cret%21' }]);
    expect(found('password: $2b$12$KIXQJr6HdE9u1VxYf5bJ7e')).toEqual([
      { type: 'PASSWORD', value: '$2b$12$KIXQJr6HdE9u1VxYf5bJ7e' },
    ]);
    const references = [
      // biome-ignore lint/suspicious/noTemplateCurlyInString: shell-style references are what this test is about
      'DB_PASSWORD=${DB_PASSWORD}',
      'password: $DB_PASS',
      'pwd=$(cat /run/secrets/db)',
      "$password = $_POST['password'];",
      'password => $this->password,',
      'set PASSWORD=%DB_PASSWORD%',
      'password: {{db_password}}',
      "password: ENV['DB_PASSWORD']",
      'password = os.getenv("DB_PASSWORD")',
      'password: [REDACTED]',
      'password: (hidden)',
    ];
    expectNoneFound(references);
  });
});

describe('PatternScanner: AWS secret keys and session tokens', () => {
  const id = 'AKIAIOSFODNN7EXAMPLE';
  const temporaryId = 'ASIAY34FZKBOKMUTVV7A';
  const secret = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
  // Shaped as STS returns them: the fixed start of the encoding, then hundreds of base64 characters.
  const regional = 'IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQD'.padEnd(620, 'Xk9+mQ2v/L7pz4Rt');
  const global = 'FwoGZXIvYXdzEBYaDH7kZ2'.padEnd(356, 'q8Wn3/Fv+Tz1');
  const secrets = (text: string): { type: string; value: string }[] =>
    found(text).filter((span) => span.type !== 'AWS_ACCESS_KEY');

  it("reads the IAM console's credentials.csv, both layouts, and a secret key column after prose or in markdown", () => {
    const files = [
      `User name,Password,Access key ID,Secret access key,Console login link\nci-bot,,${id},${secret},https://123456789012.signin.aws.amazon.com/console\n`,
      `Access key ID,Secret access key\r\n${id},${secret}\r\n`,
      // No key id in the rows: the column's header names the secrets.
      `User name,Secret access key\nci-bot,"${secret}"\n`,
      `Here is the export:\nuser;aws_secret_access_key\nci-bot;${secret}\n\nThanks`,
      `| User | SecretAccessKey |\n|---|---|\n| ci-bot | ${secret} |`,
    ];
    for (const text of files) expect(secrets(text), text).toEqual([{ type: 'AWS_SECRET_KEY', value: secret }]);
  });

  it('reads a secret key next to an access key id, on its line or the next, with no key name', () => {
    const texts = [
      `${id} ${secret}`,
      `${id}\n${secret}`,
      `| ci-bot | ${id} | ${secret} | 2024-03-14 |`,
      `$ aws configure\nAWS Access Key ID [None]: ${id}\nAWS Secret Access Key [None]: ${secret}\nDefault region name [None]: us-east-1`,
      `here you go, key id ${id} / secret ${secret}`,
      `**Key id:** ${id}\n**Secret:** **${secret}**`,
      `The pair is ${id} and ${secret}.`,
      `new BasicAWSCredentials("${id}", "${secret}")`,
      `AwsBasicCredentials.create("${id}", "${secret}")`,
      `secret ${secret} for ${id}`,
      `access_key = "${id}"\nsecret_key = "${secret}"`,
    ];
    for (const text of texts) expect(secrets(text), text).toEqual([{ type: 'AWS_SECRET_KEY', value: secret }]);
    // Each id takes its own secret, row by row.
    const other = 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY';
    expect(secrets(`${id} ${secret}\n${temporaryId} ${other}`)).toEqual([
      { type: 'AWS_SECRET_KEY', value: secret },
      { type: 'AWS_SECRET_KEY', value: other },
    ]);
  });

  it('reads a secret key after its name in more spellings: labels, the aws configure prompt, configure set', () => {
    const texts = [
      // The prompt when a key is already set: no key id in the transcript.
      `AWS Access Key ID [****************MPLE]: \nAWS Secret Access Key [****************EKEY]: ${secret}\n`,
      `aws configure set aws_secret_access_key ${secret}`,
      `aws-secret-access-key=${secret}`,
      `Secret access key: ${secret}`,
      `s3 = boto3.client('s3', aws_access_key_id='${id}', aws_secret_access_key='${secret}')`,
      `const credentials = { accessKeyId: '${id}', secretAccessKey: '${secret}' };`,
    ];
    for (const text of texts) expect(secrets(text), text).toEqual([{ type: 'AWS_SECRET_KEY', value: secret }]);
  });

  it('leaves hashes, longer base64, paths and far or glued strings near an access key id alone', () => {
    const texts = [
      `commit 4f2a9c1e8b7d6a5f4e3d2c1b0a9f8e7d6c5b4a39 ${id}`,
      `${id}\n9c1e8b7d6a5f4e3d2c1b0a9f8e7d6c5b4a39ffff`,
      // Hex in any case is a hash, not a key.
      `${id} 4F2A9c1e8B7d6a5f4e3d2c1b0a9f8e7d6c5b4a39`,
      `${id} 4F2A9C1E8B7D6A5F4E3D2C1B0A9F8E7D6C5B4A39`,
      // Longer base64, or 40 characters with padding or glued to more of a token, is something else.
      `${id} payload=dGhpcyBpcyBhIHRlc3Qgb2YgYmFzZTY0IGVuY29kaW5nIG9mIGEgbG9uZ2Vy`,
      `${id} blob=dGhpcyBpcyBhIHRlc3Qgb2YgYmFzZTY0IGVuY29k==`,
      `${id} _${secret}`,
      `${id}-${secret}`,
      `${id} x.${secret}`,
      `${id} eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4g.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c`,
      // No digit, `/` or `+`: an identifier; four `/`: a path.
      `${id} ThisIsAVeryLongJavaClassNameForSomething`,
      `${id} uploaded to /srv/Data/Reports/Q1/SalesSummaryFinal22`,
      // Two lines down, or more than 256 characters away, or no access key id at all.
      `${id}\n\n${secret}`,
      `${id} ${'x '.repeat(140)}${secret}`,
      `key AKIDEXAMPLE ${secret}`,
      `hash ${secret}`,
      // A header that names the column over rows that are not keys.
      `Secret access key,Note\nnot set,rotate monthly\n4f2a9c1e8b7d6a5f4e3d2c1b0a9f8e7d6c5b4a39,old`,
    ];
    for (const text of texts) expect(secrets(text), text).toEqual([]);
  });

  it('reads session tokens by their start, under any key or none, whole', () => {
    const texts: [string, string][] = [
      [
        `{"Credentials": {"AccessKeyId": "${temporaryId}", "SecretAccessKey": "${secret}", "SessionToken": "${regional}", "Expiration": "2024-03-14T10:00:00Z"}}`,
        regional,
      ],
      [`export AWS_SESSION_TOKEN=${global}`, global],
      [`[default]\naws_session_token = ${regional}\n`, regional],
      [`credentials.NewStaticCredentials("${temporaryId}", "${secret}", "${global}")`, global],
      [
        `sessionToken: '${'FQoGZXIvYXdzEKv//////////wEaDC2'.padEnd(300, 'b7Kp+Q')}=='`,
        `${'FQoGZXIvYXdzEKv//////////wEaDC2'.padEnd(300, 'b7Kp+Q')}==`,
      ],
      [`token ${'AQoDYXdzEJr'.padEnd(200, 'Gh4+t')}`, 'AQoDYXdzEJr'.padEnd(200, 'Gh4+t')],
    ];
    for (const [text, token] of texts) {
      expect(
        found(text).filter((span) => span.type === 'AWS_SESSION_TOKEN'),
        text,
      ).toEqual([{ type: 'AWS_SESSION_TOKEN', value: token }]);
    }
    expect(secrets(texts[0]?.[0] as string)).toEqual([
      { type: 'AWS_SECRET_KEY', value: secret },
      { type: 'AWS_SESSION_TOKEN', value: regional },
    ]);
  });

  it('leaves truncated examples, other base64 and the starts glued to a word alone', () => {
    for (const text of [
      '"SessionToken": "FQoGZXIvYXdzEJr...EXAMPLETOKEN..."',
      `"SessionToken": "${'IQoJb3JpZ2luX2VjEJr'.padEnd(90, 'a')}"`,
      `blob ${'Zm9vYmFyYmF6cXV4'.padEnd(400, 'aB3/')}`,
      `x${regional}`,
      `data:${'FwoGZXIv'.padEnd(300, 'Q')}`,
    ]) {
      expect(
        found(text).filter((span) => span.type === 'AWS_SESSION_TOKEN'),
        text,
      ).toEqual([]);
    }
  });
});

describe('PatternScanner never flags Mask tokens', () => {
  const key = new Uint8Array(32).fill(7);
  const samples: Record<string, readonly string[]> = {
    US_SSN: ['536-22-1234', '536 22 1234', '536221234'],
    CREDIT_CARD: ['4111 1111 1111 1111', '5500-0000-0000-0004', '378282246310005', '6011111111111117'],
    ABA_ROUTING_NUMBER: ['011000015', '021000021', '322271627'],
    EMAIL_ADDRESS: ['ana@example.com'],
    IP_ADDRESS: ['192.168.10.4', '10.0.0.0/8', 'fe80::1ff:fe23:4567:890a'],
    PHONE_NUMBER: ['(212) 555-7334', '+1 415 555 2671', '212-555-7334'],
  };
  const formats = {
    US_SSN: ssnFormat,
    CREDIT_CARD: creditCardFormat,
    ABA_ROUTING_NUMBER: abaRoutingFormat,
    EMAIL_ADDRESS: emailFormat,
    IP_ADDRESS: ipAddressFormat,
    PHONE_NUMBER: phoneFormat,
  } as const;

  for (const [type, format] of Object.entries(formats)) {
    it(`does not flag ${type} tokens, though it flags the values they replace`, () => {
      for (const value of samples[type] ?? []) {
        const contextual = `${contextWord(type)} ${value}`;
        expect(found(contextual).map((entity) => entity.type)).toContain(type);
        for (let draw = 0; draw < 25; draw++) {
          const token = format.candidate(value, new DeterministicStream(key, `${value}#${draw}`));
          const text = `${contextWord(type)} ${token}`;
          expect(found(text), `${type} token ${token}`).toEqual([]);
        }
      }
    });
  }

  it('reports nine-digit identifiers of the ABA token shape: only the vault says such a number is a token', () => {
    // 536904308 passes the ABA checksum and starts with 5, like an ABA token; it is also a valid bare SSN.
    expect(abaRoutingFormat.isTokenShape?.('536904308')).toBe(true);
    expect(found('SSN 536904308')).toEqual([{ type: 'US_SSN', value: '536904308' }]);
  });

  it('does not flag placeholders, even inside text that has real finds', () => {
    const text = `${placeholder('PERSON', 1)} paid ${placeholder('CREDIT_CARD', 12)} from [US_SSN_3]; mail ana@example.com`;
    expect(found(text)).toEqual([{ type: 'EMAIL_ADDRESS', value: 'ana@example.com' }]);
  });
});

function contextWord(type: string): string {
  switch (type) {
    case 'US_SSN':
      return 'SSN';
    case 'ABA_ROUTING_NUMBER':
      return 'routing number';
    case 'CREDIT_CARD':
      return 'card';
    case 'PHONE_NUMBER':
      return 'phone';
    default:
      return 'value';
  }
}

describe('PatternScanner on agent texts found in review', () => {
  it('finds North American numbers after 1-, Kubernetes env secrets and ISO timestamps of birth dates', () => {
    expect(found('Phone: 1-800-275-2273')).toEqual([{ type: 'PHONE_NUMBER', value: '800-275-2273' }]);
    expect(found('Call us at 1-415-555-2671')).toEqual([{ type: 'PHONE_NUMBER', value: '415-555-2671' }]);
    // National numbers in two groups, with a phone word: GB mobile, Berlin, Indian mobile, São Paulo mobile.
    for (const number of ['07911 123456', '030 12345678', '98765 43210', '(11) 91234-5678']) {
      expect(found(`Mobile: ${number}`), number).toEqual([{ type: 'PHONE_NUMBER', value: number }]);
      expect(found(`order ${number}`), number).toEqual([]);
    }
    // Other pairs of numbers are no candidates, even near a phone word (an HTTP status and a size).
    expect(found('phone app: "GET /app.js HTTP/1.1" 200 535524 "-"')).toEqual([]);
    expect(
      found('env:\n- name: DB_PASSWORD\n  value: Xk9mQ2vL7pz\n- name: STRIPE_SECRET\n  value: sk9944b09199c62bcf\n'),
    ).toEqual([
      { type: 'PASSWORD', value: 'Xk9mQ2vL7pz' },
      { type: 'API_SECRET', value: 'sk9944b09199c62bcf' },
    ]);
    expect(found('{"name": "DB_PASSWORD", "value": "Xk9 mQ2vL7pz"}')).toEqual([
      { type: 'PASSWORD', value: 'Xk9 mQ2vL7pz' },
    ]);
    expect(found('birthDate: 1985-03-14T00:00:00.000Z')).toEqual([{ type: 'DATE_OF_BIRTH', value: '1985-03-14' }]);
    expect(found('"GET /api/cards/4532015112830366/verify HTTP/1.1"')).toEqual([
      { type: 'CREDIT_CARD', value: '4532015112830366' },
    ]);
    expect(found('card: 4532015112830366/12/27')).toEqual([{ type: 'CREDIT_CARD', value: '4532015112830366' }]);
  });

  it('reads birth dates with an abbreviated month between dashes or slashes, not an access log time', () => {
    const dates = (text: string) =>
      found(text)
        .filter((span) => span.type === 'DATE_OF_BIRTH')
        .map((span) => span.value);
    expect(dates('PATIENT DOB: 14-MAR-1985 MRN 55123')).toEqual(['14-MAR-1985']);
    expect(dates('birth_date,name\n14-Mar-85,Ana')).toEqual(['14-Mar-85']);
    expect(dates('fecha de nacimiento: 3/dic/1990')).toEqual(['3/dic/1990']);
    expect(dates('born 31-Feb-1985')).toEqual([]);
    expect(dates('born 14-Mar/1985')).toEqual([]);
    expect(dates('date of birth check: [22/Nov/2026:07:58:34 +0000] "GET / HTTP/1.1" 200')).toEqual([]);
    expect(dates('shipped 14-Mar-1985')).toEqual([]);
  });

  it('reads birth dates with the month in words as forms and records write it, and only real dates', () => {
    const dates = (text: string) =>
      found(text)
        .filter((span) => span.type === 'DATE_OF_BIRTH')
        .map((span) => span.value);
    for (const date of [
      '14-March-1985',
      '14-Sept-1985',
      '3/septiembre/1990',
      '14 Mar 85',
      '14 March 85',
      '14MAR1985',
      '3mar85',
      '1985-Mar-14',
      '1985 March 14',
      '1990/dic/3',
      '1985\tMar\t14',
    ]) {
      expect(dates(`DOB: ${date}`), date).toEqual([date]);
      // A date is personal data only next to a birth word.
      expect(dates(`shipped ${date}`), date).toEqual([]);
    }
    // Dates that do not exist, a month glued to more letters or digits, an access log's time.
    for (const text of [
      'dob 31-February-1985',
      'dob 30FEB1985',
      'dob 14MAR19855',
      'dob X14MAR1985',
      'dob 14-Marchx-1985',
      'born [22/Nov/2026:07:58:34 +0000]',
      '2024 Mar 14 10:22:01 DOB field validated',
      '2024 Mar 14  10:22:01 DOB field validated',
      'born in 1985\nMarch 14 we moved',
    ]) {
      expect(dates(text), text).toEqual([]);
    }
  });

  it('reads birth dates, SSNs, phones and patient identifiers in their HL7 v2 fields, and no other field', () => {
    /** A segment with the given fields by number (`PID-7`), the others empty. */
    const segment = (id: string, fields: Record<number, string>): string => {
      const last = Math.max(...Object.keys(fields).map(Number));
      return [id, ...Array.from({ length: last }, (_, index) => fields[index + 1] ?? '')].join('|');
    };
    const pid = (fields: Record<number, string>) =>
      segment('PID', {
        1: '1',
        3: '12345^^^MRN',
        5: 'DOE^JOHN^A',
        8: 'M',
        11: '123 MAIN ST^^SPRINGFIELD^IL^62701',
        ...fields,
      });
    const msh = 'MSH|^~\\&|ADT1|GOOD HEALTH HOSPITAL|GHH LAB|GHH|20240314083000||ADT^A01|MSG00001|P|2.5';
    const message = [
      msh,
      'EVN|A01|20240314083000',
      pid({ 7: '19850314', 13: '(217)555-2671', 18: '536224321', 19: '536221234', 29: '20240314' }),
      segment('NK1', { 1: '1', 2: 'DOE^JANE', 3: 'SPO', 16: '19870212', 37: '536-22-4321' }),
      segment('GT1', { 1: '1', 3: 'DOE^JOHN', 8: '19850314', 12: '536229999' }),
      segment('PV1', { 1: '1', 2: 'I', 19: '536221111', 44: '20240314083000' }),
    ].join('\r');
    expect(found(message)).toEqual([
      { type: 'MEDICAL_RECORD_NUMBER', value: '12345' },
      // Names and addresses by field (see hl7-names-addresses.ts).
      { type: 'PERSON', value: 'DOE' },
      { type: 'PERSON', value: 'JOHN' },
      { type: 'PERSON', value: 'A' },
      { type: 'DATE_OF_BIRTH', value: '19850314' },
      { type: 'LOCATION', value: '123 MAIN ST' },
      { type: 'LOCATION', value: 'SPRINGFIELD' },
      { type: 'LOCATION', value: '62701' },
      { type: 'PHONE_NUMBER', value: '(217)555-2671' },
      // PID-18, the patient account number: one of the patient's identifiers, whatever it looks like (an SSN here).
      { type: 'MEDICAL_RECORD_NUMBER', value: '536224321' },
      { type: 'US_SSN', value: '536221234' },
      // PID-29 and PV1-44: the death date and the admit time (see clinical-dates.ts).
      { type: 'CLINICAL_DATE', value: '20240314' },
      { type: 'PERSON', value: 'DOE' },
      { type: 'PERSON', value: 'JANE' },
      { type: 'DATE_OF_BIRTH', value: '19870212' },
      { type: 'US_SSN', value: '536-22-4321' },
      { type: 'PERSON', value: 'DOE' },
      { type: 'PERSON', value: 'JOHN' },
      { type: 'DATE_OF_BIRTH', value: '19850314' },
      { type: 'US_SSN', value: '536229999' },
      { type: 'CLINICAL_DATE', value: '20240314083000' },
    ]);
    const of = (text: string, type: string) => found(text).filter((span) => span.type === type);
    // A birth time; a time zone or fraction after it stays (the date and time are masked).
    expect(of(pid({ 7: '198503141230' }), 'DATE_OF_BIRTH')).toEqual([{ type: 'DATE_OF_BIRTH', value: '198503141230' }]);
    expect(of(pid({ 7: '19850314123000-0500' }), 'DATE_OF_BIRTH')).toEqual([
      { type: 'DATE_OF_BIRTH', value: '19850314123000' },
    ]);
    expect(of(pid({ 7: '19850314^D' }), 'DATE_OF_BIRTH')).toEqual([{ type: 'DATE_OF_BIRTH', value: '19850314' }]);
    // A dashed SSN in PID-19; segments on lines of their own, or after an escaped `\r` in a JSON log.
    expect(of(pid({ 19: '536-22-1234' }), 'US_SSN')).toEqual([{ type: 'US_SSN', value: '536-22-1234' }]);
    expect(of(`MSH|^~\\&|A\n${pid({ 19: '536221234' })}\n`, 'US_SSN')).toEqual([
      { type: 'US_SSN', value: '536221234' },
    ]);
    expect(of(JSON.stringify({ hl7: `${msh}\r${pid({ 7: '19850314' })}` }), 'DATE_OF_BIRTH')).toEqual([
      { type: 'DATE_OF_BIRTH', value: '19850314' },
    ]);
    // Not a date or time that exists, not the whole field, not a birth-date or SSN field.
    for (const text of [
      pid({ 7: '19850231' }),
      pid({ 7: '198503142561' }),
      pid({ 7: '1985031412345' }),
      pid({ 7: '19850314 1230' }),
      pid({ 6: '19850314', 19: '536221234 x' }),
      pid({ 19: '666221234' }),
      segment('OBR', { 1: '1', 7: '20240314', 19: '536221234' }),
      // The field count does not run on into the segment before (PV1-2 is no PID field).
      `${segment('PID', { 1: '1', 5: 'DOE^JOHN' })}\r${segment('PV1', { 1: '1', 2: '19850314' })}`,
      `${segment('PID', { 1: '1' })}\\r${segment('PV1', { 1: '1', 12: '536221234' })}`,
      // A field's last capitals are no segment id; a pipe table is no segment.
      segment('XYZ', { 1: 'A^PID', 8: '19850314', 20: '536221234' }),
      'build|1|2|3|4|5|6|20240314|8|9|10|11|12|13|14|15|16|17|18|536221234',
    ]) {
      // PID-3 (12345^^^MRN) is a medical record number, read in the test below; names and addresses are read in
      // hl7-names-addresses.test.ts.
      const kept = new Set(['PHONE_NUMBER', 'MEDICAL_RECORD_NUMBER', 'PERSON', 'LOCATION']);
      expect(
        found(text).filter((span) => !kept.has(span.type)),
        text,
      ).toEqual([]);
    }
  });

  it('reads every patient identifier of PID-3 (each repetition), PID-2, PID-4 and MRG-1 as a medical record number', () => {
    const of = (text: string) => found(text).filter((span) => span.type === 'MEDICAL_RECORD_NUMBER');
    const ids = (...values: string[]) => values.map((value) => ({ type: 'MEDICAL_RECORD_NUMBER', value }));
    expect(of('PID|1|X998877|E1234567^^^HOSP^MR~A-556677^^^CLINIC^PI|ALT4455^^^OLD^PT|DOE^JANE')).toEqual(
      ids('X998877', 'E1234567', 'A-556677', 'ALT4455'),
    );
    expect(of('MSH|^~\\&|A\nPID|1||123456^^^HOSP^MR\nMRG|654321^^^HOSP^MR||||||DOE^JOHN')).toEqual(
      ids('123456', '654321'),
    );
    // A more specific finding keeps its type: a dashed SSN in the list (identifier type SS) is an SSN.
    expect(found('PID|1||536-22-1234^^^SSA^SS~123456^^^HOSP^MR||DOE^JOHN')).toEqual([
      { type: 'US_SSN', value: '536-22-1234' },
      { type: 'MEDICAL_RECORD_NUMBER', value: '123456' },
      { type: 'PERSON', value: 'DOE' },
      { type: 'PERSON', value: 'JOHN' },
    ]);
    // Not an identifier field (PID-1, PID-5, PV1), not an id (letters only, two characters, an HL7 escape), not a
    // segment (a field's capitals, a pipe table). PID-18, the account number, is one (see hl7-licence.test.ts).
    for (const text of [
      'PID|123456||ABCDEF^^^HOSP^MR',
      'PID|1||12^^^HOSP^MR~\\F\\123^^^X',
      'PV1|1|I|2000^2012^01||||004777^ATTEND^AARON^A',
      'OBX|1|ST|A^PID|123456|x',
      'col|PID|1||123456',
    ]) {
      expect(of(text), text).toEqual([]);
    }
  });

  it('reads SSNs with the dashes word processors put for hyphens, the same one twice', () => {
    for (const dash of ['\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212']) {
      const ssn = `536${dash}22${dash}1234`;
      expect(found(`SSN ${ssn}`), ssn).toEqual([{ type: 'US_SSN', value: ssn }]);
      expect(found(`(${ssn})`), ssn).toEqual([{ type: 'US_SSN', value: ssn }]);
      expect(found(`SSN 536${dash}22-1234`), ssn).toEqual([]);
      expect(found(`SSN 536${dash}00${dash}1234`), ssn).toEqual([]);
    }
    expect(found('SSN 536\u201522\u20151234')).toEqual([]);
  });

  it('reads cards written with the dashes word processors put for hyphens, not mixed with spaces', () => {
    for (const dash of ['\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212']) {
      const card = `4111${dash}1111${dash}1111${dash}1111`;
      expect(found(`card ${card} exp`), card).toEqual([{ type: 'CREDIT_CARD', value: card }]);
      // Luhn still decides, and a space with a dash is no card grouping, as a space with `-` is not.
      expect(found(`card 4111${dash}1111${dash}1111${dash}1112`)).toEqual([]);
      expect(found(`ref 4111${dash}1111 1111${dash}1111`)).toEqual([]);
    }
  });

  it('reads phone numbers written with the dashes word processors put for hyphens', () => {
    // Word and Outlook write numbers with non-breaking hyphens (U+2011) so that they never break across lines.
    for (const dash of ['\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212']) {
      for (const phone of [`415${dash}555${dash}2671`, `+44${dash}7911${dash}123456`, `(212)${dash}736${dash}5000`]) {
        expect(found(`call ${phone} today`), phone).toEqual([{ type: 'PHONE_NUMBER', value: phone }]);
      }
      // A date so written is still no number, nor a version glued to its separators.
      expect(found(`tel 2024${dash}03${dash}14`)).toEqual([]);
    }
  });

  it('reads IBANs typed in lower case only when the layout fits, as capitals pass on mod-97 alone', () => {
    // The same values in capitals pass length and mod-97: only the layout rule keeps them out in lower case.
    for (const iban of ['gb16 1234 1234 5698 7654 00', 'de05 3704 0044 0532 0130 0a', 'nl52 0417 1643 00ab na']) {
      expect(found(`iban ${iban.toUpperCase()}`), iban).toEqual([{ type: 'IBAN_CODE', value: iban.toUpperCase() }]);
      expect(found(`iban ${iban}`), iban).toEqual([]);
    }
    // Spaced in groups of four in capitals anywhere; in lower case only between groups of four.
    expect(found('GB82 WES T123 4569 8765 432')).toEqual([{ type: 'IBAN_CODE', value: 'GB82 WES T123 4569 8765 432' }]);
    expect(found('gb82 wes t123 4569 8765 432')).toEqual([]);
    // Glued to more letters or digits, no IBAN.
    expect(found('xgb82west12345698765432')).toEqual([]);
    expect(found('gb82west12345698765432x')).toEqual([]);
  });

  it('reads a long slice of a larger string as it reads a copy of it, at the same offsets', () => {
    const lines = Array.from(
      { length: 400 },
      (_, index) => `${index} user=ana${index}@example.com card=4111 1111 1111 1111 note="a\nb"`,
    );
    const whole = `header\n${lines.join('\n')}\ntrailer`;
    const slice = whole.slice(7, -8);
    const copy = JSON.parse(JSON.stringify(slice)) as string;
    expect(slice.length).toBeGreaterThan(4096);
    const spans = scanner.scanSync(slice);
    expect(spans).toEqual(scanner.scanSync(copy));
    expect(spans.length).toBe(800);
    for (const span of spans)
      expect(slice.slice(span.start, span.end)).toMatch(/^(?:ana\d+@example\.com|4111 1111 1111 1111)$/);
  });

  it('reads digit groups spaced with no-break or thin spaces, at the offsets of the text as given', () => {
    const card = '4111\u00a01111\u00a01111\u00a01111';
    const iban = 'DE89\u202f3704\u202f0044\u202f0532\u202f0130\u202f00';
    expect(found(`card ${card}; iban ${iban}`)).toEqual([
      { type: 'CREDIT_CARD', value: card },
      { type: 'IBAN_CODE', value: iban },
    ]);
    // An allow-list entry as written, with its no-break spaces, still allows the value; a deny-list entry
    // written with plain spaces still finds it.
    expect(found(`card ${card}`, new PatternScanner({ allowList: [card] }))).toEqual([]);
    expect(found('ref ACME\u00a0SECRET', new PatternScanner({ denyList: ['ACME SECRET'] }))).toEqual([
      { type: 'DENY_LIST', value: 'ACME\u00a0SECRET' },
    ]);
    // The typographic spaces count too (en space, ideographic space).
    expect(found('card 4111\u20021111\u20021111\u20021111')).toEqual([
      { type: 'CREDIT_CARD', value: '4111\u20021111\u20021111\u20021111' },
    ]);
    // A zero-width space is no space: a secret holding one stays whole.
    expect(found('password: Xk9mQ2\u200bvL7pz')).toEqual([{ type: 'PASSWORD', value: 'Xk9mQ2\u200bvL7pz' }]);
  });

  it('reads the header of a table drawn with borders, as the mysql client prints it', () => {
    const border = '+----+-------+--------------+';
    const table = (column: string, value: string) =>
      [border, `| id | user  | ${column.padEnd(12)} |`, border, `|  1 | admin | ${value.padEnd(12)} |`, border].join(
        '\n',
      );
    expect(found(table('password', 'Xk9mQ2vL7pz'))).toEqual([{ type: 'PASSWORD', value: 'Xk9mQ2vL7pz' }]);
    expect(found(`mysql> SELECT * FROM users;\n${table('ssn', '536221234')}`)).toEqual([
      { type: 'US_SSN', value: '536221234' },
    ]);
    expect(found(table('account', '000123456789'))).toEqual([{ type: 'US_BANK_NUMBER', value: '000123456789' }]);
    // The same digits under another header stay as they are.
    expect(found(table('order', '536221234'))).toEqual([]);
  });

  it('reads 13 bare digits that are also an EAN-13 barcode, or epoch milliseconds, as a card or RRN only in context', () => {
    // 4006381333924 passes both Luhn and the GS1 check (and falls in Visa's range); 1702274260105 is epoch
    // milliseconds that read as an RRN with a valid check digit.
    for (const text of ['gtin 4006381333924', 'barcode: 4006381333924', '{"createdAt": 1702274260105}']) {
      expect(found(text), text).toEqual([]);
    }
    expect(found('card 4006381333924')).toEqual([{ type: 'CREDIT_CARD', value: '4006381333924' }]);
    expect(found('Visa test card 4222222222222')).toEqual([{ type: 'CREDIT_CARD', value: '4222222222222' }]);
    expect(found('RRN 1702274260105')).toEqual([{ type: 'KR_RRN', value: '1702274260105' }]);
    expect(found('주민등록번호: 1503143123451')).toEqual([{ type: 'KR_RRN', value: '1503143123451' }]);
  });

  it('leaves versions, code paths, epoch seconds and file references alone', () => {
    const texts = [
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/120.0.0.0 Safari/537.36 Edg/122.0.0.0',
      'Git 1.7.12.1 Release Notes',
      'pyobjc-10.1.0.0',
      'version 10.0.0.1',
      'version 1.234.567.8901',
      'use a::b; impl fmt::Debug for Ab::Cd { E::A, f::a, ::f }',
      'callback fired ts=1709547751',
      'contact_id=1234567890',
      '- name: DB_PASSWORD_FILE\n  value: /run/secrets/db',
      'created: 2024-03-14T10:00:00Z',
    ];
    expectNoneFound(texts);
    // Addresses next to words that also precede them are still found: bare `ver` (Spanish "see"), `fw` (a
    // firewall), `sw` (a switch), `v`; `rev`; a host name ending in `release`.
    for (const text of [
      'ver 192.168.1.20',
      'fw 10.0.0.1',
      'sw 10.1.1.2',
      'v 10.0.0.9',
      'rev 10.0.0.1',
      'release-10.0.0.1',
    ]) {
      expect(found(text), text).toEqual([
        { type: 'IP_ADDRESS', value: text.slice(text.search(/\d+\.\d+\.\d+\.\d+$/)) },
      ]);
    }
    expect(found('server 10.0.0.1, node 10.0.0.5, GET /api/hosts/10.0.0.7, fe80::1')).toEqual([
      { type: 'IP_ADDRESS', value: '10.0.0.1' },
      { type: 'IP_ADDRESS', value: '10.0.0.5' },
      { type: 'IP_ADDRESS', value: '10.0.0.7' },
      { type: 'IP_ADDRESS', value: 'fe80::1' },
    ]);
  });
});

describe('PatternScanner reads a field that names a person or a place as that entity (ScanOptions.field)', () => {
  const scanner = new PatternScanner();
  const found = (text: string, field: string, options: Omit<ScanOptions, 'field'> = {}) =>
    scanner
      .scanSync(text, { ...options, field })
      .map(({ type, start, end }) => ({ type, value: text.slice(start, end) }));

  it('takes the whole value under a name key as a PERSON, names the NER engine does not know too', () => {
    const keys = [
      'first_name',
      'lastName',
      'MiddleName',
      'given_name',
      'family_name',
      'fullName',
      'surname',
      'forename',
      'maiden_name',
      'legal_name',
      'customer_name',
      'patient_full_name',
      'emergency_contact_name',
      'account_holder',
      'cardholder',
      'card_holder_name',
      'name_on_card',
      'billing_first_name',
      'apellidos',
      'primer_apellido',
      'nombre_completo',
    ];
    for (const field of keys) {
      expect(found('Okonkwo-Baptiste', field), field).toEqual([{ type: 'PERSON', value: 'Okonkwo-Baptiste' }]);
    }
    // Spaces around are not the name; lower case is still one.
    expect(found('  wanjiru okonkwo ', 'full_name')).toEqual([{ type: 'PERSON', value: 'wanjiru okonkwo' }]);
    // Without a field nothing changes: the text alone says nothing.
    expect(scanner.scanSync('Okonkwo-Baptiste')).toEqual([]);
  });

  it('takes no placeholder, Mask token, reference or empty word as a name, and no company under a name key', () => {
    for (const value of [
      'null',
      'N/A',
      'unknown',
      '-',
      '',
      '   ',
      '[PERSON_1]',
      '<name>',
      '{{first_name}}',
      '***',
      '42',
      'string',
    ]) {
      expect(found(value, 'first_name'), value).toEqual([]);
    }
    expect(found('Globex GmbH', 'customer_name')).toEqual([]);
    expect(found('Acme Corp.', 'account_holder')).toEqual([]);
    expect(found(`Ana ${'x'.repeat(80)}`, 'last_name')).toEqual([]);
    expect(found('Ana\nLópez', 'last_name')).toEqual([]);
  });

  it('reads a plain name as a person only when it reads as a known name of two words or more', () => {
    for (const value of ['Peter Chalmers', 'María José García López', 'Dr. Aisha Bello', 'Ludwig van Beethoven']) {
      expect(found(value, 'name'), value).toEqual([{ type: 'PERSON', value }]);
    }
    expect(found('maría garcía', 'nombre')).toEqual([{ type: 'PERSON', value: 'maría garcía' }]);
    // In lower case, only when every word is a known name.
    expect(found('natasha higuchi', 'nombre')).toEqual([]);
    for (const value of [
      'Wireless Mouse',
      'Message-ID',
      'report.pdf',
      'Acme Corp',
      'Banco Santander S.A.',
      'Quarterly Report',
      'São Paulo',
      'Adams Street',
      'Peter',
      'us-east-1',
      'Ratón inalámbrico',
    ]) {
      expect(found(value, 'name'), value).toEqual([]);
    }
  });

  it("reads FHIR's family and given as a person when capitalised, a single word too", () => {
    expect(found('Chalmers', 'family')).toEqual([{ type: 'PERSON', value: 'Chalmers' }]);
    expect(found('Peter', 'given')).toEqual([{ type: 'PERSON', value: 'Peter' }]);
    for (const value of ['IPv4', 'inet', 'sans-serif']) expect(found(value, 'family'), value).toEqual([]);
  });

  it('takes streets, addresses and cities as a LOCATION, and postal codes by their shape', () => {
    const cases: [string, string][] = [
      ['street', '742 Evergreen Terrace'],
      ['street_address', '742 Evergreen Terrace'],
      ['address_line1', 'Flat 3, 12 Baker St'],
      ['addressLine2', 'Apt 4B'],
      ['calle', 'Calle Mayor 5'],
      ['address', '742 Evergreen Terrace, Springfield, IL 62704'],
      ['shipping_address', '534 Erewhon St\nPleasantVille 3999'],
      ['dirección', 'Gran Vía 28, 28013 Madrid'],
      ['domicilio', 'Av. Insurgentes Sur 1602'],
      ['city', 'PleasantVille'],
      ['billingCity', 'Springfield'],
      ['ciudad', 'Ciudad de México'],
      ['municipio', 'Zapopan'],
      ['county', 'Cook County'],
    ];
    for (const [field, value] of cases) expect(found(value, field), field).toEqual([{ type: 'LOCATION', value }]);
    // A value its own recognizer finds whole keeps its type.
    expect(found('SW1A 1AA', 'postcode')).toEqual([{ type: 'UK_POSTCODE', value: 'SW1A 1AA' }]);
    for (const [field, value] of [
      ['zip', '62704'],
      ['zip_code', '62704-1234'],
      ['zipCode', '90210'],
      ['postalCode', '3999'],
      ['postal_code', 'K1A 0B1'],
      ['postcode', '1012 AB'],
      ['codigo_postal', '28013'],
      ['cp', '08001'],
    ]) {
      expect(found(value as string, field as string), field).toEqual([{ type: 'LOCATION', value }]);
    }
  });

  it('takes German, French, Italian and Dutch street, address, city and postal code keys', () => {
    // Values no recognizer reads alone (a street with no suffix, a town), so the key decides.
    for (const field of ['strasse', 'Straße', 'rue', 'strada', 'straat']) {
      expect(found('Damrak 1', field), field).toEqual([{ type: 'LOCATION', value: 'Damrak 1' }]);
    }
    for (const field of ['adresse', 'Anschrift', 'Lieferadresse', 'adresse_postale', 'indirizzo', 'adres']) {
      expect(found('Damrak 1, Amsterdam', field), field).toEqual([{ type: 'LOCATION', value: 'Damrak 1, Amsterdam' }]);
    }
    for (const field of [
      'ort',
      'Wohnort',
      'stadt',
      'ville',
      'commune',
      'citta',
      'città',
      'comune',
      'plaats',
      'woonplaats',
    ]) {
      expect(found('Zaandam', field), field).toEqual([{ type: 'LOCATION', value: 'Zaandam' }]);
    }
    for (const field of ['plz', 'PLZ', 'postleitzahl', 'code_postal', 'codice_postale']) {
      expect(found('10115', field), field).toEqual([{ type: 'LOCATION', value: '10115' }]);
    }
    // An e-mail's or an IP's `Adresse`, a `sort` or `report` key, a `cap` (as often a limit) are none of these.
    expect(found('Damrak 1, Amsterdam', 'e_mail_adresse')).toEqual([]);
    expect(found('Zaandam', 'sort')).toEqual([]);
    expect(found('Zaandam', 'report')).toEqual([]);
    expect(found('1000', 'cap')).toEqual([]);
  });

  it("leaves an e-mail's, an IP's or a wallet's address, other lines and what is no postal code alone", () => {
    expect(found('ana@example.com', 'email_address').map(({ type }) => type)).toEqual(['EMAIL_ADDRESS']);
    expect(found('fe80::1ff:fe23:4567:890a', 'address').filter(({ type }) => type === 'LOCATION')).toEqual([]);
    expect(found('0x742d35Cc6634C0532925a3b844Bc454e4438f44e', 'wallet_address')).not.toContainEqual(
      expect.objectContaining({ type: 'LOCATION' }),
    );
    expect(found('Springfield', 'address')).toEqual([]);
    expect(found('const x = 1;', 'line')).toEqual([]);
    for (const value of ['archive.zip', 'N/A', 'unknown', '12', 'abcdef', '1234567890123']) {
      expect(found(value, 'zip'), value).toEqual([]);
    }
    expect(found('N/A', 'city')).toEqual([]);
    expect(found('[LOCATION_1]', 'street')).toEqual([]);
  });

  it('reports them only when PERSON and LOCATION are selected, by the scanner or the call', () => {
    expect(new PatternScanner({ categories: ['FINANCIAL'] }).scanSync('Chalmers', { field: 'last_name' })).toEqual([]);
    expect(new PatternScanner({ entities: ['LOCATION'] }).scanSync('Chalmers', { field: 'last_name' })).toEqual([]);
    const own = defineRecognizer({
      name: 'own',
      entity: 'OWN',
      category: 'CORPORATE',
      patterns: [{ regex: /OWN-\d+/g, score: 0.9 }],
    });
    const ownOnly = new PatternScanner({ builtins: false, recognizers: [own] });
    expect(ownOnly.scanSync('Chalmers', { field: 'last_name' })).toEqual([]);
    expect(found('Chalmers', 'last_name', { entities: ['EMAIL_ADDRESS'] })).toEqual([]);
    expect(found('Chalmers', 'last_name', { categories: ['PERSONAL'] })).toEqual([
      { type: 'PERSON', value: 'Chalmers' },
    ]);
    expect(found('Chalmers', 'last_name', { allowList: ['Chalmers'] })).toEqual([]);
  });
});

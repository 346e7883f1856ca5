import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FixtureScanner, testKey } from '../../test/helpers.js';
import { MaskError } from '../errors/mask-error.js';
import { MaskVaultConnectionError } from '../errors/named-errors.js';
import { PatternScanner } from '../pii/pattern-scanner.js';
import { MemoryVault } from '../vault/memory-vault.js';
import type { Vault } from '../vault/vault.js';
import { MaskClient } from './mask-client.js';
import type { MaskLogger } from './mask-logger.js';

const silent: MaskLogger = { warn: () => undefined };

function client(options: ConstructorParameters<typeof MaskClient>[0] = {}) {
  return new MaskClient({ key: testKey(), scanner: new FixtureScanner(), env: {}, logger: silent, ...options });
}

/** Each text encodes with nothing matching `clear` left in it, and decodes back exactly. */
async function expectRoundTrips(mask: MaskClient, texts: readonly string[], clear: RegExp): Promise<void> {
  for (const text of texts) {
    const encoded = await mask.scanAndTokenize(text);
    expect(encoded, JSON.stringify(text)).not.toMatch(clear);
    expect(await mask.detokenizeText(encoded), JSON.stringify(text)).toBe(text);
  }
}

class DownVault implements Vault {
  readonly name = 'down';
  private fail = () => Promise.reject(new MaskVaultConnectionError('down', 'Vault backend unreachable'));
  getMany = this.fail;
  putManyIfAbsent = this.fail;
  putMany = this.fail;
  deleteMany = this.fail;
  close = async () => undefined;
}

describe('MaskClient construction', () => {
  it('refuses to start without a key outside dev mode (typed error, no generated key)', () => {
    expect(() => new MaskClient({ env: {}, logger: silent })).toThrow(expect.objectContaining({ code: 'KEY_MISSING' }));
    expect(() => new MaskClient({ env: { MASK_ENV: 'production' }, logger: silent })).toThrow(
      expect.objectContaining({ code: 'KEY_MISSING' }),
    );
  });

  it('generates a random key only with MASK_ENV=dev, and says so', () => {
    const warn = vi.fn();
    const dev = new MaskClient({ env: { MASK_ENV: 'dev' }, logger: { warn } });
    expect(dev).toBeInstanceOf(MaskClient);
    expect(warn.mock.calls.map((call) => call[0]).join('\n')).toMatch(/random key/);
  });

  it('reads MASK_MASTER_KEY and rejects a malformed key at construction without echoing it', () => {
    expect(new MaskClient({ env: { MASK_MASTER_KEY: testKey() }, logger: silent })).toBeInstanceOf(MaskClient);
    const secret = 'not-a-key-but-a-secret-value';
    try {
      new MaskClient({ env: { MASK_MASTER_KEY: secret }, logger: silent });
      expect.unreachable();
    } catch (error) {
      expect(MaskError.isInstance(error) && error.code).toBe('KEY_INVALID');
      expect(String((error as Error).message)).not.toContain(secret);
    }
  });

  it('explicit options win over the environment', async () => {
    const envClient = new MaskClient({
      env: { MASK_TENANT_ID: 'from-env', MASK_MASTER_KEY: testKey() },
      logger: silent,
    });
    expect(envClient.scope.tenant).toBe('from-env');
    const explicit = new MaskClient({
      tenant: 'explicit',
      env: { MASK_TENANT_ID: 'from-env', MASK_MASTER_KEY: testKey() },
      logger: silent,
    });
    expect(explicit.scope.tenant).toBe('explicit');
  });

  it('rejects invalid configuration with CONFIG_INVALID', () => {
    expect(() => client({ env: { MASK_FAIL_STRATEGY: 'sometimes' } })).toThrow(
      expect.objectContaining({ code: 'CONFIG_INVALID' }),
    );
    expect(() => client({ env: { MASK_DLP_CATEGORIES: 'FINANCIAL,NOPE' } })).toThrow(
      expect.objectContaining({ code: 'CONFIG_INVALID' }),
    );
    expect(() => client({ tenant: 'has space' })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    // A key where a provider goes fails at construction, typed, and without echoing the key.
    const key = Buffer.alloc(32, 3).toString('base64');
    for (const keyProvider of [key, Buffer.alloc(32, 3), {}, null]) {
      let thrown: unknown;
      try {
        new MaskClient({ keyProvider: keyProvider as never });
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toMatchObject({ code: 'CONFIG_INVALID' });
      expect(String((thrown as Error).message)).not.toContain(key);
    }
  });
});

describe('text round trip', () => {
  const text = 'Mr. Maria Lopez (maria.lopez@acme.com, SSN 123-45-6789) wrote to ops@acme.com.';

  it('tokenizes every detected value and restores the exact text', async () => {
    const mask = client();
    const result = await mask.tokenizeText(text);
    expect(result.text).not.toContain('Maria');
    expect(result.text).not.toContain('maria.lopez@acme.com');
    expect(result.text).not.toContain('123-45-6789');
    expect(result.text).toMatch(/\[PERSON_1\]/);
    expect(result.text).toMatch(/000-\d{2}-\d{4}/);
    expect(result.entities.map((entity) => entity.type).sort()).toEqual([
      'EMAIL_ADDRESS',
      'EMAIL_ADDRESS',
      'PERSON',
      'US_SSN',
    ]);
    expect(await mask.detokenizeText(result.text)).toBe(text);
  });

  it('masks every part of overlapping findings, parts as placeholders, and restores the text', async () => {
    const mask = client({ scanner: new PatternScanner() });
    // A phone number glued to a card, where the phone's last group and the card's first 12 digits pass Luhn.
    const glued = 'Paid with +1 415 555 2671 4111 1111 1111 1111 thanks';
    const encoded = await mask.scanAndTokenize(glued);
    expect(encoded).not.toMatch(/415|2671|4111/);
    expect(encoded).toMatch(/^Paid with \[PHONE_NUMBER_\d+\] \d{4} \d{4} \d{4} \d{4} \[CREDIT_CARD_\d+\] thanks$/);
    expect(await mask.detokenizeText(encoded)).toBe(glued);
  });

  it('decodes phone and e-mail tokens glued to the next line, a date, a number or markdown', async () => {
    const mask = client({ scanner: new PatternScanner() });
    const rows = [
      'id,phone',
      ...Array.from({ length: 40 }, (_, row) => `${row + 1},+1 415 ${200 + row} ${1000 + row}`),
    ];
    const texts = [
      `${rows.join('\n')}\n`,
      'Phones:\n(415) 555-2671\n(212) 555-7890\n',
      'called 415-555-2671 2024-01-01',
      'Alice  (415) 555-2671  42',
      'Contact _alice@example.com_ today, call _+1 415 555 2671_ now',
      'alice@example.com-- or bob',
      'Call me at 1-415-555-2671.',
    ];
    await expectRoundTrips(mask, texts, /2671|alice|\+1 415 2\d\d 1\d{3}/);
  });

  it('restores a value holding or next to half an emoji exactly (the lone surrogate stays in the text)', async () => {
    const mask = client({ scanner: new PatternScanner() });
    const texts = [
      'password=abcd1234\ud83d',
      'mail ana@example.com\ud83d and more',
      'password=\ude00abcd1234',
      'password=abcd1234\ud800\u03a9xyz and more',
    ];
    await expectRoundTrips(mask, texts, /abcd1234|ana@example/);
  });

  it('masks Latin American tax numbers as placeholders and restores them exactly', async () => {
    const mask = client({ scanner: new PatternScanner() });
    const text =
      'Factura: emisor RFC GODE561231GR8, cliente RUT 12.345.678-5, CUIT 20-12345678-6, NIT 900.123.456-8, RUC 20100070970';
    const encoded = await mask.scanAndTokenize(text);
    for (const type of ['MX_RFC', 'CL_RUT', 'AR_CUIT', 'CO_NIT', 'PE_RUC']) expect(encoded).toMatch(`[${type}_`);
    await expectRoundTrips(mask, [text], /GODE561231GR8|345\.678|12345678|123\.456|20100070970/);
    // Typed in lower case under its label: the same placeholder, restored as typed.
    const typed = 'Datos fiscales: RFC: gomr800101ab2, Gode 561231 Gr8 no.';
    expect(await mask.scanAndTokenize(typed)).toMatch(/^Datos fiscales: RFC: \[MX_RFC_[^\]]+\], Gode 561231 Gr8 no\.$/);
    await expectRoundTrips(mask, [typed], /gomr800101ab2/);
  });

  it('masks cards, IBANs and phones spaced with no-break or thin spaces and URL-encoded e-mails, and restores them exactly', async () => {
    const mask = client({ scanner: new PatternScanner() });
    const texts = [
      'Card: 4111\u00a01111\u00a01111\u00a01111, exp 12/27',
      'IBAN FR76\u202f3000\u202f6000\u202f0112\u202f3456\u202f7890\u202f189',
      'Tel.\u00a0: +33\u00a06\u00a012\u00a034\u00a056\u00a078',
      'SSN 401\u00a023\u00a04567 and 536\u200922\u20098741',
      'Tel. 415\u2011555\u20112671 (Outlook writes non-breaking hyphens)',
      'GET /unsubscribe?email=ana.lopez%40example.com&list=7 HTTP/1.1',
    ];
    await expectRoundTrips(mask, texts, /1111|3456|34.56|4567|8741|2671|lopez/);
    // Placeholders, not format tokens that keep the no-break spaces (the decode grammars' separators are ASCII).
    expect(await mask.scanAndTokenize('Tel.\u00a0: +33\u00a06\u00a012\u00a034\u00a056\u00a078')).toMatch(
      /^Tel.\u00a0: \[PHONE_NUMBER_\d+\]$/,
    );
  });

  it('masks health plan ids, licence plates and coordinates as placeholders, and restores the text', async () => {
    const mask = client({ scanner: new PatternScanner() });
    const texts = [
      'Member ID: XJH123456789, Group #: 0012345',
      'License plate: 7ABC123 (CA), seen at geo 37.7749,-122.4194',
      '{"lat": 40.7128, "lng": -74.0060, "plate": "ABC-1234"}',
    ];
    await expectRoundTrips(mask, texts, /XJH123456789|7ABC123|37\.7749|122\.4194|40\.7128|74\.0060|ABC-1234/);
    expect(await mask.scanAndTokenize(texts[0] as string)).toMatch(
      /^Member ID: \[HEALTH_PLAN_ID_\d+\], Group #: 0012345$/,
    );
    expect(await mask.scanAndTokenize(texts[1] as string)).toMatch(
      /^License plate: \[LICENSE_PLATE_\d+\] \(CA\), seen at geo \[LOCATION_COORDINATES_\d+\]$/,
    );
  });

  it('masks the address in AWS host names with a dashed IP token and restores the names exactly', async () => {
    const mask = client({ scanner: new PatternScanner() });
    const texts = [
      'host=ip-10-0-1-23 connected',
      'ip-10-0-1-23.ec2.internal',
      'NAME                                          STATUS\nip-10-0-1-23.eu-west-1.compute.internal   Ready',
      'ssh ec2-user@ec2-54-12-3-4.compute-1.amazonaws.com',
      'curl http://ec2-54-12-3-4.us-west-2.compute.amazonaws.com:8080/health from IP-172-31-5-9',
    ];
    await expectRoundTrips(mask, texts, /10-0-1-23|54-12-3-4|172-31-5-9/);
    const encoded = await mask.scanAndTokenize('ip-10-0-1-23.ec2.internal and 10.0.1.23');
    // The host keeps its shape: `ip-` and four dashed octets from the reserved 240.0.0.0/4, then its domain.
    expect(encoded).toMatch(
      /^ip-(?:24\d|25[0-4])(?:-(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}\.ec2\.internal and 2\d\d\./,
    );
    // A token is not masked again, and the dashed and the dotted spelling of one address get tokens of their own.
    expect(await mask.scanAndTokenize(encoded)).toBe(encoded);
    expect(await mask.detokenizeText(encoded)).toBe('ip-10-0-1-23.ec2.internal and 10.0.1.23');
  });

  it('is deterministic: the same value gets the same token across calls', async () => {
    const mask = client();
    const a = await mask.scanAndTokenize('mail maria@acme.com');
    const b = await mask.scanAndTokenize('again maria@acme.com!');
    expect(a.slice(5)).toBe(b.slice(6, -1));
  });

  it('does not re-tokenize its own tokens', async () => {
    const mask = client();
    const once = await mask.scanAndTokenize('maria@acme.com');
    expect(await mask.scanAndTokenize(once)).toBe(once);
  });

  it('property: detokenize(tokenize(text)) === text for arbitrary text around PII', async () => {
    const mask = client();
    await fc.assert(
      fc.asyncProperty(
        fc.string(),
        fc.stringMatching(/^[a-z][a-z0-9.]{0,10}[a-z0-9]@[a-z]{2,8}\.(com|org|es)$/),
        fc.string(),
        async (before, email, after) => {
          const input = `${before} ${email} ${after}`;
          const tokenized = await mask.scanAndTokenize(input);
          expect(tokenized).not.toContain(email);
          expect(await mask.detokenizeText(tokenized)).toBe(input);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('does not decode in another tenant or session', async () => {
    const mask = client({ tenant: 'acme' });
    const tokenized = await mask.scanAndTokenize('maria@acme.com');
    expect(await mask.withScope({ tenant: 'globex' }).detokenizeText(tokenized)).toBe(tokenized);
    expect(await mask.withScope({ session: 'other' }).detokenizeText(tokenized)).toBe(tokenized);
    await expect(mask.withScope({ tenant: 'globex' }).decode(tokenized)).rejects.toMatchObject({
      code: 'TOKEN_UNKNOWN',
    });
    expect(await mask.decode(tokenized)).toBe('maria@acme.com');
  });

  it('leaves real data with a token shape alone when the vault does not hold it', async () => {
    const mask = client();
    expect(await mask.detokenizeText('call [PERSON_7] at 000-12-3456')).toBe('call [PERSON_7] at 000-12-3456');
    await expect(mask.detokenizeText('[PERSON_7]', { strict: true })).rejects.toMatchObject({ code: 'TOKEN_UNKNOWN' });
  });

  it('applies a decode policy: refused tokens stay encoded and are reported', async () => {
    const mask = client();
    const tokenized = await mask.scanAndTokenize('Mr. Ana Ruiz 123-45-6789');
    const result = await mask.detokenize(tokenized, { allow: (ref) => ref.type !== 'US_SSN' });
    expect(result.text).toContain('Ana Ruiz');
    expect(result.text).not.toContain('123-45-6789');
    expect(result.refused.map((ref) => ref.type)).toEqual(['US_SSN']);
  });

  it('encode / decode single values, detecting the type when not given', async () => {
    const mask = client();
    const token = await mask.encode('maria@acme.com');
    expect(token).toMatch(/@mask\.invalid$/);
    expect(await mask.decode(token)).toBe('maria@acme.com');
    const typed = await mask.encode('Acme Fund IV', { type: 'ORGANIZATION' });
    expect(typed).toBe('[ORGANIZATION_1]');
    expect(await mask.decode(typed)).toBe('Acme Fund IV');
    expect(await mask.encode('nothing detectable')).toBe('[PII_1]');
  });

  it('remembers issued tokens per scope for stream holdback', async () => {
    const mask = client();
    const token = await mask.encode('maria@acme.com');
    expect(mask.issuedTokens().has(token)).toBe(true);
    expect(mask.withScope({ session: 'x' }).issuedTokens().has(token)).toBe(false);
  });

  it('tokenizes a batch of texts in one call, consistently with single calls', async () => {
    const mask = client();
    const results = await mask.tokenizeTexts(['mail maria@acme.com', 'no pii here', 'again maria@acme.com']);
    expect(results.map((result) => result.entities.length)).toEqual([1, 0, 1]);
    expect(results[0]?.entities[0]?.token).toBe(results[2]?.entities[0]?.token);
    expect(results[1]?.text).toBe('no pii here');
    await expect(mask.tokenizeTexts(['ok', 7 as unknown as string])).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('detokenizes a batch of texts with one vault read, reporting per text what it decoded and did not know', async () => {
    const vault = new MemoryVault();
    let reads = 0;
    const getMany = vault.getMany.bind(vault);
    vault.getMany = (keys) => {
      reads++;
      return getMany(keys);
    };
    const mask = client({ vault });
    const [first, second] = await mask.tokenizeTexts(['mail maria@acme.com', 'and john@acme.com']);
    reads = 0;
    const results = await mask.detokenizeTexts([first?.text as string, 'nothing here', `${second?.text} [PERSON_7]`]);
    expect(reads).toBe(1);
    expect(results.map((result) => result.text)).toEqual([
      'mail maria@acme.com',
      'nothing here',
      'and john@acme.com [PERSON_7]',
    ]);
    expect(results.map((result) => result.decoded.length)).toEqual([1, 0, 1]);
    expect(results[2]?.unknown).toEqual(['[PERSON_7]']);
    await expect(mask.detokenizeTexts('x' as unknown as string[])).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('rejects non-string input with INVALID_INPUT', async () => {
    const mask = client();
    await expect(mask.scanAndTokenize(42 as unknown as string)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(mask.decode(undefined as unknown as string)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});

describe('fail strategy', () => {
  afterEach(() => vi.restoreAllMocks());

  it('fails closed by default: a down vault raises MaskVaultConnectionError, nothing passes through', async () => {
    const mask = client({ vault: new DownVault() });
    await expect(mask.scanAndTokenize('maria@acme.com')).rejects.toMatchObject({ code: 'VAULT_CONNECTION' });
    await expect(mask.deepEncode({ email: 'maria@acme.com' })).rejects.toMatchObject({ code: 'VAULT_CONNECTION' });
    await expect(mask.detokenizeText('[PERSON_1]')).rejects.toMatchObject({ code: 'VAULT_CONNECTION' });
  });

  it('fails open only when asked, and says so in a log line', async () => {
    const warn = vi.fn();
    const mask = client({ vault: new DownVault(), failStrategy: 'open', logger: { warn } });
    expect(await mask.scanAndTokenize('maria@acme.com')).toBe('maria@acme.com');
    const lines = warn.mock.calls.map((call) => `${call[0]} ${JSON.stringify(call[1] ?? {})}`).join('\n');
    expect(lines).toMatch(/fail strategy is OPEN/);
    expect(lines).toMatch(/failing open.*VAULT_CONNECTION/);
    expect(lines).not.toContain('maria@acme.com');
  });

  it('MASK_ENV=dev fails open; an explicit closed strategy wins', async () => {
    const devOpen = client({ vault: new DownVault(), env: { MASK_ENV: 'dev' } });
    expect(await devOpen.scanAndTokenize('x@y.com')).toBe('x@y.com');
    const devClosed = client({ vault: new DownVault(), env: { MASK_ENV: 'dev' }, failStrategy: 'closed' });
    await expect(devClosed.scanAndTokenize('x@y.com')).rejects.toMatchObject({ code: 'VAULT_CONNECTION' });
  });

  it('wraps unexpected scanner errors without forwarding their message (which may hold data)', async () => {
    const mask = client({
      scanner: { name: 'buggy', scan: async (text) => Promise.reject(new Error(`boom on ${text}`)) },
    });
    const error = await mask.scanAndTokenize('secret maria@acme.com').catch((caught: unknown) => caught);
    expect(MaskError.isInstance(error) && error.code).toBe('INTERNAL');
    expect(JSON.stringify({ message: (error as Error).message, cause: String((error as Error).cause) })).not.toContain(
      'maria',
    );
  });
});

describe('scanning is real by default', () => {
  it('the default scanner also finds names and places (Tier 1), and rules_only does not', async () => {
    const text = 'Maria Lopez flew from Valencia to Madrid on Monday.';
    const local = await new MaskClient({ key: testKey(), env: {}, logger: silent }).scanAndTokenize(text);
    expect(local).not.toContain('Maria Lopez');
    expect(local).toContain('[PERSON_1]');
    const rules = await new MaskClient({
      key: testKey(),
      env: { MASK_SCANNER_TYPE: 'rules_only' },
      logger: silent,
    }).scanAndTokenize(text);
    expect(rules).toBe(text);
    await expect(
      new MaskClient({ key: testKey(), env: { MASK_SCANNER_TYPE: 'remote' }, logger: silent }).scanAndTokenize('x'),
    ).rejects.toMatchObject({ code: 'CONFIG_INVALID' });
  });

  it('the default scanner detects structured PII with no scanner passed', async () => {
    const mask = new MaskClient({ key: testKey(), env: {}, logger: silent });
    const out = await mask.scanAndTokenize('Card 4111 1111 1111 1111, SSN 536-90-4399, mail jane@example.com');
    expect(out).not.toContain('4111 1111 1111 1111');
    expect(out).not.toContain('536-90-4399');
    expect(out).not.toContain('jane@example.com');
    expect(await mask.detokenizeText(out)).toBe('Card 4111 1111 1111 1111, SSN 536-90-4399, mail jane@example.com');
  });

  it('masks an e-mail address under an internationalised domain and restores it exactly', async () => {
    const mask = new MaskClient({ key: testKey(), env: { MASK_SCANNER_TYPE: 'rules_only' }, logger: silent });
    await expectRoundTrips(mask, ['Bitte an müller@bücher.de schreiben.', 'mail ivan@пример.com.'], /bücher|пример/);
  });

  it('memory vault is the default and MASK_VAULT_TYPE names an unknown backend with CONFIG_INVALID', async () => {
    const mask = new MaskClient({
      key: testKey(),
      env: { MASK_VAULT_TYPE: 'nope' },
      scanner: new FixtureScanner(),
      logger: silent,
    });
    await expect(mask.scanAndTokenize('a@b.co')).rejects.toMatchObject({ code: 'CONFIG_INVALID' });
    const memory = client({ vault: new MemoryVault() });
    expect(await memory.scanAndTokenize('a@b.co')).toMatch(/@mask\.invalid/);
  });
});

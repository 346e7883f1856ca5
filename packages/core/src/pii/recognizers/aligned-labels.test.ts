import { describe, expect, it } from 'vitest';
import { testKey } from '../../../test/helpers.js';
import { MaskClient } from '../../client/mask-client.js';
import { LocalNerEngine } from '../../ner/local-ner-engine.js';
import { WaterfallScanner } from '../../ner/waterfall-scanner.js';
import { PatternScanner } from '../pattern-scanner.js';

// PowerShell's Format-List (what `Get-ADUser`, `Get-LocalUser` and `Get-Mailbox` print) pads every property name to
// the longest of the object before its colon; aligned config files pad keys before `=` or `=>`, and kubectl's
// describe pads after the colon. Names, addresses and passwords under such keys reached the model: key readers
// allowed four blanks before the sign.

const scanner = new PatternScanner();

function found(text: string): [string, string][] {
  return scanner.scanSync(text).map((span) => [span.type, text.slice(span.start, span.end)]);
}

const AD_USER = [
  'DistinguishedName : CN=Hannah Lindqvist,OU=Finance,DC=corp,DC=example,DC=com',
  'Enabled           : True',
  'GivenName         : Hannah',
  'Surname           : Lindqvist',
  'EmailAddress      : hannah.l@corp.example.com',
  'StreetAddress     : Drottninggatan 53',
  'City              : Uppsala',
  'PostalCode        : 753 10',
  'MobilePhone       : +46 70 123 45 67',
  'Department        : Finance',
].join('\n');

describe('labels padded to a column', () => {
  it("reads the names and places of PowerShell's Format-List", () => {
    const spans = found(AD_USER);
    expect(spans).toContainEqual(['PERSON', 'Lindqvist']);
    expect(spans).toContainEqual(['LOCATION', 'Drottninggatan 53']);
    expect(spans).toContainEqual(['LOCATION', 'Uppsala']);
    expect(spans).toContainEqual(['LOCATION', '753 10']);
    expect(spans).toContainEqual(['PHONE_NUMBER', '+46 70 123 45 67']);
    for (const kept of ['True', 'Finance', 'Enabled', 'Department']) {
      expect(spans.map(([, value]) => value)).not.toContain(kept);
    }
  });

  it('reads passwords and secrets after a padded key, before `:`, `=` and `=>`', () => {
    expect(found('Password          : Tr0ub4dor&3')).toEqual([['PASSWORD', 'Tr0ub4dor&3']]);
    expect(found('db_password                   : Xk9#mPq2$vL7')).toEqual([['PASSWORD', 'Xk9#mPq2$vL7']]);
    expect(found("'password'      => 'Xk9#mPq2vL7w',\n'username'      => 'forge',")).toEqual([
      ['PASSWORD', 'Xk9#mPq2vL7w'],
    ]);
    expect(found('client_secret          = M2iGg6dngvWZJqN340G7IJNo8zfEjqkUZxKVBSn1')).toEqual([
      ['API_SECRET', 'M2iGg6dngvWZJqN340G7IJNo8zfEjqkUZxKVBSn1'],
    ]);
  });

  it("reads a value after a padded sign, as kubectl's describe prints one", () => {
    expect(found('Namespace:                 prod\ncontact_name:              Tendai Mukamuri')).toEqual([
      ['PERSON', 'Tendai Mukamuri'],
    ]);
  });

  it('leaves padded labels whose values are no one’s data alone', () => {
    expect(found('Name              : web-01\nStatus            : Running\nDepartment        : Finance')).toEqual([]);
    expect(found('Password          : ********')).toEqual([]);
    expect(found('the password        is what you set')).toEqual([]);
  });

  it('takes no padded label for an organisation in the NER tier', async () => {
    const waterfall = new WaterfallScanner({ tier0: scanner, engines: [new LocalNerEngine()] });
    const values = (await waterfall.scan(AD_USER)).map((span) => AD_USER.slice(span.start, span.end));
    for (const label of ['EmailAddress', 'MobilePhone', 'StreetAddress', 'PostalCode', 'DistinguishedName']) {
      expect(values).not.toContain(label);
    }
    expect(values).toContain('Hannah Lindqvist');
  });

  it('gives the tool the object back exactly', async () => {
    const client = new MaskClient({ env: { MASK_MASTER_KEY: testKey() }, logger: { warn: () => undefined } });
    const { text } = await client.tokenizeText(AD_USER);
    for (const value of ['Lindqvist', 'Drottninggatan', 'Uppsala', '753 10', '123 45 67']) {
      expect(text).not.toContain(value);
    }
    expect(text).toContain('\nEmailAddress      : ');
    expect(await client.detokenizeText(text)).toBe(AD_USER);
  });
});

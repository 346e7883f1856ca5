import { describe, expect, it } from 'vitest';
import { testKey } from '../../../test/helpers.js';
import { MaskClient } from '../../client/mask-client.js';
import { PatternScanner } from '../pattern-scanner.js';

const scanner = new PatternScanner();

/** The PERSON spans of `text`, as their values. */
function people(text: string): string[] {
  return scanner
    .scanSync(text)
    .filter((span) => span.type === 'PERSON')
    .map((span) => text.slice(span.start, span.end));
}

describe('LinkedIn profile addresses', () => {
  it('reads the member identifier after /in/ and /pub/, with or without scheme and subdomain', () => {
    expect(people('linkedin.com/in/jane-e-morrison')).toEqual(['jane-e-morrison']);
    expect(people('Profile: https://www.linkedin.com/in/priyankar/')).toEqual(['priyankar']);
    expect(people('https://uk.linkedin.com/pub/john-smith/12/345/678')).toEqual(['john-smith']);
    expect(people('<https://www.LinkedIn.com/in/Maria_Garcia-77?trk=public>')).toEqual(['Maria_Garcia-77']);
    expect(people('linkedin.com/in/jos%C3%A9-garc%C3%ADa-1a2b3c')).toEqual(['jos%C3%A9-garc%C3%ADa-1a2b3c']);
    expect(people('"linkedin":"https://linkedin.com/in/björn-håkansson"')).toEqual(['björn-håkansson']);
  });

  it("reads a profile's identifier under LinkedIn's own keys (publicIdentifier, vanityName), red team", () => {
    const under = (value: string, field: string): string[] =>
      scanner.scanSync(value, { field }).map((span) => `${span.type}:${value.slice(span.start, span.end)}`);
    expect(under('oluwaseun-bamidele-4b8a21193', 'publicIdentifier')).toEqual(['PERSON:oluwaseun-bamidele-4b8a21193']);
    expect(under('jane-e-morrison', 'vanityName')).toEqual(['PERSON:jane-e-morrison']);
    // Not a numeric id, a URN or a value with spaces under the key; not another key's slug.
    expect(under('123456789', 'publicIdentifier')).toEqual([]);
    expect(under('urn:li:person:abc', 'publicIdentifier')).toEqual([]);
    expect(under('oluwaseun-bamidele-4b8a21193', 'slug')).toEqual([]);
  });

  it('leaves company and school pages, other hosts and identifiers too short to be one', () => {
    expect(people('https://www.linkedin.com/company/acme-corp/')).toEqual([]);
    expect(people('https://www.linkedin.com/school/stanford-university')).toEqual([]);
    expect(people('notlinkedin.com/in/jane-doe')).toEqual([]);
    expect(people('linkedin.com/in/ab')).toEqual([]);
    expect(people('linkedin.com/feed/')).toEqual([]);
  });

  it('masks the profile in a résumé and gives the tool the address back whole', async () => {
    const client = new MaskClient({ env: { MASK_MASTER_KEY: testKey() }, logger: { warn: () => undefined } });
    const resume = 'jane.morrison@protonmail.com · linkedin.com/in/jane-e-morrison\nEXPERIENCE';
    const encoded = (await client.deepEncode(resume)) as string;
    expect(encoded).not.toContain('morrison');
    expect(encoded).toMatch(/linkedin\.com\/in\/\[PERSON_\d+\]\nEXPERIENCE$/);
    expect(await client.deepDecode(encoded)).toBe(resume);
  });
});

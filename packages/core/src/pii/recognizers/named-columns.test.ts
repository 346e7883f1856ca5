import { describe, expect, it } from 'vitest';
import { testKey } from '../../../test/helpers.js';
import { MaskClient } from '../../client/mask-client.js';
import { PatternScanner } from '../pattern-scanner.js';

const scanner = new PatternScanner();

/** The spans of `text` as [type, value]. */
function found(text: string): [string, string][] {
  return scanner.scanSync(text).map((span) => [span.type, text.slice(span.start, span.end)]);
}

describe('name and place columns of a table', () => {
  it('reads each cell of a CSV export under its header: names, street, city and ZIP', () => {
    const csv =
      'last_name,first_name,street,city,zip\n' +
      'Okonkwo-Baptiste,Wanjiru,742 Evergreen Terrace,Kilcoole,62704\n' +
      'Chalmers,Tadeusz,"12 Ngong Road, Apt 4",Zapopan,45010';
    expect(found(csv)).toEqual([
      ['PERSON', 'Okonkwo-Baptiste'],
      ['PERSON', 'Wanjiru'],
      ['LOCATION', '742 Evergreen Terrace'],
      ['LOCATION', 'Kilcoole'],
      ['LOCATION', '62704'],
      ['PERSON', 'Chalmers'],
      ['PERSON', 'Tadeusz'],
      ['LOCATION', '12 Ngong Road, Apt 4'],
      ['LOCATION', 'Zapopan'],
      ['LOCATION', '45010'],
    ]);
  });

  it('reads German headers with semicolons, psql output and space-aligned tables', () => {
    expect(found('Nachname;Vorname;PLZ;Ort\nMüller;Jürgen;10115;Berlin')).toEqual([
      ['PERSON', 'Müller'],
      ['PERSON', 'Jürgen'],
      ['LOCATION', '10115'],
      ['LOCATION', 'Berlin'],
    ]);
    // An Australian suburb column, a district column.
    expect(found('name,suburb,postcode\nAna Lee,Bondi Junction,2022')).toEqual([
      ['PERSON', 'Ana Lee'],
      ['LOCATION', 'Bondi Junction'],
      ['LOCATION', '2022'],
    ]);
    expect(found('id\tdistrict\n1\tRainbow')).toEqual([['LOCATION', 'Rainbow']]);
    // A name column's cell the gazetteers do not know, vouched for by the known names of its column (`Priyanka`
    // reached the model); a column of products or a mixed one, which too few known names vouch for, stays.
    expect(found('Name | Score\nRahul | 88\nPriyanka | 92\nDeepak | 75')).toEqual([['PERSON', 'Priyanka']]);
    expect(found('Name | Price\nZorblax | 3\nQuintar | 4')).toEqual([]);
    expect(found('name,price\nWireless Mouse,3\nZorblax,4\nAna Lopez,5')).toEqual([['PERSON', 'Ana Lopez']]);
    // The same text is a name in a `given` column and waits for vouchers only in the `name` column before it.
    expect(found('name,given\nZorblax,Zorblax')).toEqual([['PERSON', 'Zorblax']]);
    const psql =
      ' id |       name        |    city    \n' +
      '----+-------------------+------------\n' +
      '  1 | Thandiwe Dlamini  | Kilcoole   ';
    expect(found(psql)).toEqual([
      ['PERSON', 'Thandiwe Dlamini'],
      ['LOCATION', 'Kilcoole'],
    ]);
    expect(found('NAME              CITY       ZIP\nThandiwe Dlamini  Kilcoole   62704')).toEqual([
      ['PERSON', 'Thandiwe Dlamini'],
      ['LOCATION', 'Kilcoole'],
      ['LOCATION', '62704'],
    ]);
  });

  it("checks each cell as a key's value: products, hosts, no-values and file names stay", () => {
    expect(found('name,price\nWireless Mouse,19.99\nLuis,5')).toEqual([]);
    expect(found('hostname,zip,city\nweb-01,archive.zip,N/A')).toEqual([]);
    expect(found('name,city\n\n')).toEqual([]);
    // One line is no table: a JSON record's keys are deepEncode's.
    expect(found('name: Wireless Mouse, city: unknown')).toEqual([]);
  });

  it('leaves a UK postcode its own type in a postcode column', () => {
    expect(found('NAME    POSTCODE\nLuis    EC1A 1BB')).toEqual([['UK_POSTCODE', 'EC1A 1BB']]);
  });

  it('masks a CSV export through the client and gives the tool it back exactly', async () => {
    const client = new MaskClient({ env: { MASK_MASTER_KEY: testKey() }, logger: { warn: () => undefined } });
    const csv = 'first_name,last_name,zip\nWanjiru,Okonkwo-Baptiste,62704';
    const encoded = (await client.deepEncode(csv)) as string;
    for (const value of ['Wanjiru', 'Okonkwo', '62704']) expect(encoded).not.toContain(value);
    expect(encoded.split('\n')[0]).toBe('first_name,last_name,zip');
    expect(await client.deepDecode(encoded)).toBe(csv);
  });
});

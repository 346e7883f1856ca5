import { describe, expect, it } from 'vitest';
import { testKey } from '../../test/helpers.js';
import { MaskClient } from '../client/mask-client.js';
import { PatternScanner } from '../pii/pattern-scanner.js';
import { LocalNerEngine } from './local-ner-engine.js';
import { queryReading } from './query-reading.js';
import { WaterfallScanner } from './waterfall-scanner.js';

const scanner = new WaterfallScanner({ tier0: new PatternScanner(), engines: [new LocalNerEngine()] });

async function found(text: string): Promise<[string, string][]> {
  return (await scanner.scan(text)).map((span) => [span.type, text.slice(span.start, span.end)]);
}

describe('search words in a URL', () => {
  it('decodes the values of search parameters, one per line, each character mapped to its escapes', () => {
    const text = '/s?q=Ana+L%C3%B3pez&page=2&term=x%20y';
    const reading = queryReading(text);
    expect(reading?.text).toBe('Ana López\nx y');
    // `ó` stands for `%C3%B3`: six characters of the text.
    const o = reading?.text.indexOf('ó') as number;
    expect([reading?.starts[o], reading?.ends[o]]).toEqual([text.indexOf('%C3'), text.indexOf('%C3') + 6]);
    expect(reading?.starts[0]).toBe(text.indexOf('Ana'));
    expect(reading?.ends[(reading?.text.length as number) - 1]).toBe(text.length);
  });

  it('reads no value of one word nor other parameters, escapes that are no UTF-8 as Latin-1, a lone % as written', () => {
    expect(queryReading('/s?q=Thompson&page=2')).toBeUndefined();
    expect(queryReading('/s?id=Ana+Lopez')).toBeUndefined();
    expect(queryReading('plain text = value')).toBeUndefined();
    const legacy = '/s?q=Jos%E9+Pe%F1a';
    const reading = queryReading(legacy);
    expect(reading?.text).toBe('José Peña');
    expect([reading?.starts[3], reading?.ends[3]]).toEqual([legacy.indexOf('%E9'), legacy.indexOf('%E9') + 3]);
    expect(queryReading('/s?q=50%+off%ZZ')?.text).toBe('50% off%ZZ');
  });

  it('finds a name searched for (red team: it reached the model), and leaves other searches', async () => {
    expect(await found('https://acme.zendesk.com/agent/search/1?q=Shaniqua%20Thompson')).toEqual([
      ['PERSON', 'Shaniqua%20Thompson'],
    ]);
    expect(await found('GET /api/customers?query=Mar%C3%ADa%20Jos%C3%A9%20Pe%C3%B1a&limit=10')).toEqual([
      ['PERSON', 'Mar%C3%ADa%20Jos%C3%A9%20Pe%C3%B1a'],
    ]);
    expect(await found('GET /s?q=Jos%E9+Pe%F1a+Ib%E1%F1ez')).toEqual([['PERSON', 'Jos%E9+Pe%F1a+Ib%E1%F1ez']]);
    expect(await found('https://shop.example.com/search?q=red+running+shoes')).toEqual([]);
  });

  it('masks the name in the URL and gives the tool the URL back as it was', async () => {
    const client = new MaskClient({ env: { MASK_MASTER_KEY: testKey() }, logger: { warn: () => undefined } });
    const url = 'https://www.google.com/search?q=Shaniqua+Thompson+address&hl=en';
    const encoded = (await client.deepEncode(url)) as string;
    expect(encoded).not.toContain('Shaniqua');
    expect(encoded).toContain('+address&hl=en');
    expect(await client.deepDecode(encoded)).toBe(url);
  });

  it('reads a megabyte of search parameters and escapes in linear time', () => {
    const megabyte = 1024 * 1024;
    for (const unit of [
      '?q=a+b&q=',
      '&q=%C3%A9%C3',
      '?q=%%%%%+',
      `?q=${'%41'.repeat(200)}+`,
      `?q=${'%C3'.repeat(170)}+&`,
    ]) {
      const text = unit.repeat(Math.ceil(megabyte / unit.length)).slice(0, megabyte);
      const started = performance.now();
      queryReading(text);
      expect(performance.now() - started, unit).toBeLessThan(1000);
    }
  });
});

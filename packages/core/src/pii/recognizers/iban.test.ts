import { composeIBAN, getCountrySpecifications } from 'ibantools';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../test/helpers.js';
import { PatternScanner } from '../pattern-scanner.js';
import { BBAN_LAYOUTS, IBAN_LENGTHS } from './iban.js';

// ibantools (a well-kept IBAN library) is the reference for which countries issue IBANs and how long they are: the
// SWIFT registry and the countries that use IBANs outside it. Mask keeps its own table (the finder reads it per
// candidate) and these tests keep the two equal.
const specs = Object.entries(getCountrySpecifications()).flatMap(([country, spec]) =>
  spec.chars !== undefined && spec.chars !== null && spec.bban_regexp !== undefined && spec.bban_regexp !== null
    ? [{ country, length: spec.chars, bban: spec.bban_regexp }]
    : [],
);

// The countries and territories whose layouts come from ibantools (the registry lists the French and Finnish
// territories under France and Finland; the others issue IBANs outside it).
const FROM_IBANTOOLS =
  'AO AX BF BJ BL CF CG CI CM CV DZ GA GF GP GQ GW IR KM MA MF MG ML MQ MZ NC NE PF PM RE SN TD TF TG WF YT'.split(' ');

/**
 * ibantools' BBAN regex (`^[0-9]{10}[A-Z0-9]{11}[0-9]{2}$`) in BBAN_LAYOUTS' notation (`10n11c2n`); undefined when
 * it uses another character class.
 */
function layoutOf(bbanRegexp: string): string | undefined {
  const kinds: Record<string, string> = { '0-9': 'n', 'A-Z': 'a', 'A-Z0-9': 'c' };
  let layout = '';
  for (const [, set, count] of bbanRegexp.matchAll(/\[([^\]]+)\]\{(\d+)\}/g)) {
    const kind = kinds[set as string];
    if (kind === undefined) return undefined;
    layout += `${count}${kind}`;
  }
  return layout;
}

/** A BBAN of the layout, drawn from `next`. */
function bbanOf(layout: string, next: () => number): string {
  const pools: Record<string, string> = {
    n: '0123456789',
    a: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
    c: '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  };
  let out = '';
  for (const [, count, kind] of layout.matchAll(/(\d+)([anc])/g)) {
    const pool = pools[kind as string] as string;
    for (let index = 0; index < Number(count); index++) out += pool[Math.floor(next() * pool.length)];
  }
  return out;
}

describe('IBAN countries', () => {
  it('are the countries ibantools knows, with its lengths', () => {
    expect(specs.length).toBeGreaterThan(100);
    expect(Object.fromEntries(specs.map(({ country, length }) => [country, length]))).toEqual(IBAN_LENGTHS);
    // The BBAN layouts follow the registry's own notation where ibantools is looser or stricter (IE, GE, PK, TR):
    // only their lengths must agree (recognizers.test.ts), and the layouts taken from ibantools here.
    for (const { country, bban } of specs.filter(({ country }) => FROM_IBANTOOLS.includes(country))) {
      expect(BBAN_LAYOUTS[country], country).toBe(layoutOf(bban));
    }
  });

  it("find an IBAN of every country, its check digits computed by ibantools, and not one with another's", () => {
    const scanner = new PatternScanner({ entities: ['IBAN_CODE'] });
    const next = seededRandom(20261123);
    const missed: string[] = [];
    const taken: string[] = [];
    for (const { country, bban } of specs) {
      // A BBAN that fits both layouts where they differ: ibantools' when it reads as one (YE's does not).
      const layout = layoutOf(bban) ?? (BBAN_LAYOUTS[country] as string);
      const iban = composeIBAN({ countryCode: country, bban: bbanOf(layout, next) });
      expect(iban, country).toBeTruthy();
      const text = `Wire the refund to ${iban} today.`;
      const spans = scanner.scanSync(text);
      if (!(spans.length === 1 && text.slice(spans[0]?.start, spans[0]?.end) === iban)) missed.push(iban as string);
      // The same IBAN with its check digits changed fails mod-97.
      const check = Number((iban as string).slice(2, 4));
      const wrong = `${country}${String((check + 1) % 100).padStart(2, '0')}${(iban as string).slice(4)}`;
      if (scanner.scanSync(`Wire the refund to ${wrong} today.`).length > 0) taken.push(wrong);
    }
    expect(missed).toEqual([]);
    expect(taken).toEqual([]);
  });

  // A hyphen, and the dashes a word processor or a web page puts for one: non-breaking hyphen, en dash.
  for (const [name, dash] of [
    ['hyphens', '-'],
    ['non-breaking hyphens', '\u2011'],
    ['en dashes', '\u2013'],
  ]) {
    it(`find an IBAN of every country in groups of four joined by ${name}, and not with one inside a group`, () => {
      const scanner = new PatternScanner({ entities: ['IBAN_CODE'] });
      const next = seededRandom(20261124);
      const missed: string[] = [];
      const taken: string[] = [];
      for (const { country, bban } of specs) {
        const layout = layoutOf(bban) ?? (BBAN_LAYOUTS[country] as string);
        const iban = composeIBAN({ countryCode: country, bban: bbanOf(layout, next) }) as string;
        const grouped = (iban.match(/.{1,4}/g) as string[]).join(dash);
        const text = `IBAN: ${grouped}, thanks`;
        const spans = scanner.scanSync(text);
        if (!(spans.length === 1 && text.slice(spans[0]?.start, spans[0]?.end) === grouped)) missed.push(grouped);
        // A dash moved one character into the next group.
        const ragged = `${iban.slice(0, 5)}${dash}${(iban.slice(5).match(/.{1,4}/g) as string[]).join(dash)}`;
        if (scanner.scanSync(`IBAN: ${ragged}, thanks`).length > 0) taken.push(ragged);
      }
      expect(missed).toEqual([]);
      expect(taken).toEqual([]);
    });
  }

  it('read dashes of any kind between groups as one separator, and end the IBAN as a hyphen does', () => {
    const scanner = new PatternScanner({ entities: ['IBAN_CODE'] });
    const found = (text: string) => scanner.scanSync(text).map((span) => text.slice(span.start, span.end));
    // Any mix of dashes, and the minus sign and em dash; the span keeps the text's own characters.
    expect(found('IBAN DE89\u20133704-0044\u20140532\u22120130\u201100')).toEqual([
      'DE89\u20133704-0044\u20140532\u22120130\u201100',
    ]);
    expect(found('iban de89\u20133704\u20130044\u20130532\u20130130\u201300.')).toEqual([
      'de89\u20133704\u20130044\u20130532\u20130130\u201300',
    ]);
    for (const text of [
      // A wrong check digit.
      'IBAN DE89\u20133704\u20130044\u20130532\u20130130\u201301',
      // A dash then a space: one separator throughout.
      'IBAN DE89\u20133704 0044 0532 0130 00',
      // Part of a longer dashed token.
      'IBAN DE89\u20133704\u20130044\u20130532\u20130130\u201300\u201312',
      'ref DE89\u20133704\u20130044\u20130532\u20130130\u201300x',
      // Two dashes between groups.
      'IBAN DE89\u2013\u20133704\u20130044\u20130532\u20130130\u201300',
    ]) {
      expect(found(text), text).toEqual([]);
    }
  });

  it('find an IBAN whose last groups read as a card token (a Luhn-valid 99… run), but no card in it', () => {
    const scanner = new PatternScanner();
    for (const iban of ['IS28 0003 9904 0800 3390 0508 66', 'MR72 5105 8006 9957 0906 0060 541']) {
      const text = `iban: ${iban}`;
      expect(scanner.scanSync(text).map((span) => [span.type, text.slice(span.start, span.end)])).toEqual([
        ['IBAN_CODE', iban],
      ]);
    }
    // The card-token-shaped run on its own is a token: not reported.
    expect(scanner.scanSync('card: 9904 0800 3390 0508 66')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../test/helpers.js';
import { PatternScanner } from '../pattern-scanner.js';
import { findStreetAddresses, findStreetAddressesAt, US_STATES } from './street-address.js';

const scanner = new PatternScanner();

/** The LOCATION values the default scanner reports in `text`. */
function locations(text: string): string[] {
  return scanner
    .scanSync(text)
    .filter((span) => span.type === 'LOCATION')
    .map((span) => text.slice(span.start, span.end));
}

// USPS Publication 28, appendix C1 (the suffixes the recognizer reads), and the abbreviations of appendix B.
const LONG_SUFFIXES = [
  'Street',
  'Avenue',
  'Ave',
  'Boulevard',
  'Blvd',
  'Road',
  'Drive',
  'Lane',
  'Court',
  'Place',
  'Terrace',
  'Way',
  'Circle',
  'Cir',
  'Parkway',
  'Pkwy',
  'Highway',
  'Hwy',
  'Square',
  'Trail',
  'Trl',
  'Alley',
  'Plaza',
  'Expressway',
  'Expy',
  'Freeway',
  'Fwy',
  'Turnpike',
  'Tpke',
  'Loop',
  'Pike',
];
const SHORT_SUFFIXES = ['St', 'Rd', 'Dr', 'Ln', 'Ct', 'Pl', 'Sq', 'Ter'];
const STATES =
  'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY'.split(
    ' ',
  );

describe('street addresses (LOCATION)', () => {
  it('reads every USPS suffix after a house number and a name word, the short ones before . or ,', () => {
    for (const suffix of LONG_SUFFIXES) {
      expect(locations(`sent to 1200 Oak ${suffix} yesterday`), suffix).toEqual([`1200 Oak ${suffix}`]);
    }
    for (const suffix of SHORT_SUFFIXES) {
      expect(locations(`sent to 1200 Oak ${suffix}. Then`), suffix).toEqual([`1200 Oak ${suffix}.`]);
      expect(locations(`sent to 1200 Oak ${suffix}, then`), suffix).toEqual([`1200 Oak ${suffix}`]);
      // Before a space, a two-letter word is as often a title or a saint (`Dr Smith`, `St Mary`).
      expect(locations(`sent to 1200 Oak ${suffix} then`), suffix).toEqual([]);
    }
  });

  it('knows the 50 states, DC and the territories, and nothing else, before a ZIP', () => {
    for (const state of [...STATES, 'DC', 'PR', 'GU', 'VI', 'AS', 'MP']) {
      expect(US_STATES.has(state), state).toBe(true);
      expect(locations(`Springfield, ${state} 62704`), state).toEqual([`Springfield, ${state} 62704`]);
      expect(locations(`9 Elm Street, Springfield, ${state} 62704`), state).toEqual([
        `9 Elm Street, Springfield, ${state} 62704`,
      ]);
    }
    for (const code of ['XX', 'ZZ', 'UK', 'EU', 'QC']) {
      expect(locations(`Springfield, ${code} 62704`), code).toEqual([]);
      // The street line stays; the tail after a code that is no state is left out.
      expect(locations(`9 Elm Street, Springfield, ${code} 62704`), code).toEqual(['9 Elm Street']);
    }
  });

  it('covers house numbers with a letter, a range or a fraction, directionals, numbered streets and units', () => {
    expect(locations('221B Baker Street')).toEqual(['221B Baker Street']);
    expect(locations('12-14 Elm St., Unit 5')).toEqual(['12-14 Elm St., Unit 5']);
    expect(locations('at 12 1/2 Elm Street now')).toEqual(['12 1/2 Elm Street']);
    expect(locations('500 W. 42nd Street Suite 1200')).toEqual(['500 W. 42nd Street Suite 1200']);
    expect(locations('77 Massachusetts Ave #12, Cambridge, MA 02139')).toEqual([
      '77 Massachusetts Ave #12, Cambridge, MA 02139',
    ]);
    expect(locations('100 North Main Street SE, Apt 3C')).toEqual(['100 North Main Street SE, Apt 3C']);
    expect(locations('1 Martin Luther King Jr Blvd, Atlanta, GA 30303')).toEqual([
      '1 Martin Luther King Jr Blvd, Atlanta, GA 30303',
    ]);
  });

  it('leaves numbers that are no house number and suffixes with no street name', () => {
    for (const text of [
      'Order 4521 shipped in 3 boxes',
      'version 2 Way forward',
      '12 Street Fighter games',
      'Chapter 11 Drive',
      'Room 101',
      'at 10:30 Main Street',
      'price $12 Main Street',
      'v1.5 Main Street',
      'ticket #12 Main Street',
      'the Main Street bank',
      '5 Ave Maria',
      'St. Louis, MO',
      'Dr. Smith saw 3 patients',
    ]) {
      expect(locations(text), text).toEqual([]);
    }
  });

  it('does not reach a house number on another line or further back than a street line', () => {
    expect(locations('Order 12\nMain Street')).toEqual([]);
    expect(locations(`12 ${'Word '.repeat(6)}Street`)).toEqual([]);
  });

  it('reads British lines up to the postcode, which stays UK_POSTCODE', () => {
    const text = '10 Downing Street, London SW1A 2AA';
    const spans = scanner.scanSync(text).map((span) => [span.type, text.slice(span.start, span.end)]);
    expect(spans).toEqual([
      ['LOCATION', '10 Downing Street, London'],
      ['UK_POSTCODE', 'SW1A 2AA'],
    ]);
  });

  it('reads Spanish lines, street word first and the number after', () => {
    expect(locations('Calle Mayor 5, 3º B, 28013 Madrid')).toEqual(['Calle Mayor 5, 3º B, 28013 Madrid']);
    // The city ends at its sentence: the next one is not taken; a particle inside a city name is.
    expect(locations('vivo en Calle de Alcalá 123, 4º B, 28009 Madrid. Mi móvil es')).toEqual([
      'Calle de Alcalá 123, 4º B, 28009 Madrid',
    ]);
    expect(locations('Calle Real 3, 38001 Santa Cruz de Tenerife, España')).toEqual([
      'Calle Real 3, 38001 Santa Cruz de Tenerife',
    ]);
    expect(locations('C/ Alcalá 42')).toEqual(['C/ Alcalá 42']);
    expect(locations('Avda. de la Constitución 12')).toEqual(['Avda. de la Constitución 12']);
    expect(locations('Av. de América 3, bajo')).toEqual(['Av. de América 3, bajo']);
    expect(locations('Paseo de Gracia 92, 08008 Barcelona')).toEqual(['Paseo de Gracia 92, 08008 Barcelona']);
    expect(locations('Camino Viejo s/n')).toEqual(['Camino Viejo s/n']);
    expect(locations('Plaza Hotel 2 nights')).toEqual([]);
    expect(locations('la Calle Mayor es larga')).toEqual([]);
    expect(locations('C/ 42')).toEqual([]);
  });

  it('reports post office boxes (they lead to one person’s mail)', () => {
    expect(locations('PO Box 123')).toEqual(['PO Box 123']);
    expect(locations('P.O. Box 99, Austin, TX 78701')).toEqual(['P.O. Box 99, Austin, TX 78701']);
    expect(locations('Post Office Box 7')).toEqual(['Post Office Box 7']);
    expect(locations('PO Boxes 1 to 4')).toEqual([]);
  });

  it('reads a ZIP code after a state and a city, or under a ZIP or postal label, as a whole run of 5 digits', () => {
    expect(locations('Springfield, IL 62704')).toEqual(['Springfield, IL 62704']);
    expect(locations('Mountain View, CA 94043, USA')).toEqual(['Mountain View, CA 94043']);
    expect(locations('ZIP: 62704')).toEqual(['62704']);
    expect(locations('zip code 62704')).toEqual(['62704']);
    expect(locations('4821, and my zip is 60614')).toEqual(['60614']);
    expect(locations('unzip is 60614 bytes')).toEqual([]);
    expect(locations('"postalCode": "28013"')).toEqual(['28013']);
    expect(locations('código postal 28013')).toEqual(['28013']);
    expect(locations('c.p. 28013, Madrid')).toEqual(['28013']);
    expect(locations('{"zip": "62704", "postal_code": "62704-1234"}')).toEqual(['62704', '62704-1234']);
    expect(locations('GET /geo?zip=62704&units=mi')).toEqual(['62704']);
    expect(locations('Springfield, IL 62704-1234')).toEqual(['Springfield, IL 62704-1234']);
    for (const text of [
      'CA 94043',
      'Ref CA 94043',
      'XIL 62704',
      'Springfield, IL 627041',
      'Springfield, IL 62704.5',
      'unzip 62704',
      'zip 00000',
      'zip_codes: 62704',
      'cp 28013',
      'Order 62704',
      'port 62704',
    ]) {
      expect(locations(text), text).toEqual([]);
    }
  });

  it('reads a two-letter suffix at the end of a line or the text, and before a unit or a post-directional', () => {
    expect(locations('please update my home address to 55 Water St Apt 4B, Brooklyn, NY 11201 and')).toEqual([
      '55 Water St Apt 4B, Brooklyn, NY 11201',
    ]);
    expect(locations('ship to 55 Water St')).toEqual(['55 Water St']);
    expect(locations('ship to 55 Water St\r\nthanks')).toEqual(['55 Water St']);
    expect(locations('55 Water St #4, Brooklyn')).toEqual(['55 Water St #4']);
    expect(locations('1200 K St NW Suite 300')).toEqual(['1200 K St NW Suite 300']);
    expect(locations('300 Pine St Suite 200, Seattle, WA 98101')).toEqual(['300 Pine St Suite 200, Seattle, WA 98101']);
    expect(locations('1200 K St NW, Washington, DC 20005')).toEqual(['1200 K St NW, Washington, DC 20005']);
    expect(locations('12 Oak Dr SE. Then')).toEqual(['12 Oak Dr SE.']);
    expect(locations('12 Oak Ln N')).toEqual(['12 Oak Ln N']);
    expect(locations('12 Oak Ct E Unit 5')).toEqual(['12 Oak Ct E Unit 5']);
    expect(locations('8 Elm Pl Fl 3')).toEqual(['8 Elm Pl Fl 3']);
    expect(locations('8 Elm Pl Apt4B')).toEqual(['8 Elm Pl Apt4B']);
    // A unit word is a whole word: the line stops before `Apartments` and `Stevens` after a long suffix too.
    expect(locations('8 Elm Place Apartments')).toEqual(['8 Elm Place']);
    expect(locations('8 Elm Street Stevens')).toEqual(['8 Elm Street']);
    expect(locations('Order 55 Water St')).toEqual(['55 Water St']);
    for (const suffix of SHORT_SUFFIXES) {
      expect(locations(`sent to 1200 Oak ${suffix}\nnext`), suffix).toEqual([`1200 Oak ${suffix}`]);
      expect(locations(`sent to 1200 Oak ${suffix} Apt 2`), suffix).toEqual([`1200 Oak ${suffix} Apt 2`]);
    }
  });

  it('leaves a two-letter suffix before any other word, with no name word or after a reference label', () => {
    for (const text of [
      '12 Oak St Springfield',
      "Chapter 11 St Martin's Press",
      'at 3 Dr Smith said',
      'Table 4 Ref Dr',
      'Table 4 Ref Dr.',
      'see Figure 2 Main St.',
      'v2 Pl',
      'page 12 Ln 4',
      'Room 101 Ct',
      '5 Rd\n6 Rd\n',
      '12 Oak St E coli',
      '12 Oak St NEW',
      '12 Oak St N of town',
      '12 Oak St Apartments',
      '12 Oak St Florida',
      '12 Oak St Stevens',
      '12 Oak St #',
    ]) {
      expect(locations(text), text).toEqual([]);
    }
  });

  it('reads a city, state and ZIP as one line, after an address block’s street line or alone', () => {
    expect(locations('Wei Chen\n55 Water St\nBrooklyn, NY 11201')).toEqual(['55 Water St', 'Brooklyn, NY 11201']);
    expect(locations('Wei Chen\nBrooklyn, NY 11201')).toEqual(['Brooklyn, NY 11201']);
    expect(locations('Port St. Lucie, FL 34952')).toEqual(['Port St. Lucie, FL 34952']);
    expect(locations('Winston-Salem, NC 27101')).toEqual(['Winston-Salem, NC 27101']);
    // The street line's tail holds the city once.
    expect(locations('9 Elm Street, Springfield, IL 62704')).toEqual(['9 Elm Street, Springfield, IL 62704']);
    // A street line with no comma before the city: two spans, the house number in the first.
    expect(locations('12 Oak Street Springfield, IL 62704')).toEqual(['12 Oak Street', 'Springfield, IL 62704']);
    // With a two-letter suffix the city's words take the street's, and the house number with them.
    expect(locations('12 Oak St Springfield, IL 62704')).toEqual(['12 Oak St Springfield, IL 62704']);
    // A sentence's last word and what a line break or a comma ends stay out, and at most four words are read.
    expect(locations('Thanks. Brooklyn, NY 11201')).toEqual(['Brooklyn, NY 11201']);
    expect(locations('Acme Corp, Brooklyn, NY 11201')).toEqual(['Brooklyn, NY 11201']);
    expect(locations('Sent from Brooklyn, NY 11201')).toEqual(['Brooklyn, NY 11201']);
    expect(locations('One Two Three Four Five, NY 11201')).toEqual(['Two Three Four Five, NY 11201']);
    // No city word before the comma: the ZIP alone, as before.
    expect(locations('12 Oak Street, IL 62704')).toEqual(['12 Oak Street', '62704']);
  });

  it('ends a line at a closing quote, a tab or a JSON-escaped line break, as a tool’s JSON output spells it', () => {
    expect(locations('{"a": "12 Oak Street"}')).toEqual(['12 Oak Street']);
    expect(locations('{"a": "ship to 55 Water St"}')).toEqual(['55 Water St']);
    expect(locations("'12 Oak Street'")).toEqual(['12 Oak Street']);
    expect(locations('55 Water St\tBrooklyn')).toEqual(['55 Water St']);
    expect(locations('{"body": "Wei Chen\\n55 Water Street\\nBrooklyn, NY 11201"}')).toEqual([
      '55 Water Street',
      'Brooklyn, NY 11201',
    ]);
    expect(locations('{"body": "55 Water St\\r\\nBrooklyn, NY 11201"}')).toEqual(['55 Water St', 'Brooklyn, NY 11201']);
    expect(locations('\\"55 Water St\\", \\"Thanks\\tBrooklyn, NY 11201\\"')).toEqual([
      '55 Water St',
      'Brooklyn, NY 11201',
    ]);
    // Another escape or letter glued to the number is no line start; a suffix before an escape that ends nothing.
    for (const text of ['{"a": "x\\u0055 Water St"}', 'a\\b55 Water St', 'Ab55 Water St', '55 Water St\\u00e9']) {
      expect(locations(text), text).toEqual([]);
    }
  });

  it('finds at the word runs the scanner passes what it finds over the whole text', () => {
    const next = seededRandom(7);
    const parts = [
      ...['12', '221B', 'Oak', 'W.', '5th', 'Street', 'St.', 'Rd,', 'Calle', 'C/', 'Mayor', '5', 'PO', 'Box'],
      ...['St', 'Dr', 'Apt', '4B', '#4', 'NW', 'Brooklyn,', 'NY', '11201', 'St. Lucie,'],
    ];
    const glue = [' ', ' ', ' ', ', ', '\n', '.', '-', "'", '\\n', '"'];
    let found = 0;
    for (let round = 0; round < 3000; round++) {
      let text = '';
      for (let part = 1 + Math.floor(next() * 10); part > 0; part--) {
        text += parts[Math.floor(next() * parts.length)] + (glue[Math.floor(next() * glue.length)] as string);
      }
      const whole = [...findStreetAddresses(text)];
      found += whole.length;
      const runStarts = [...text.matchAll(/\b\w/g)].map((match) => match.index);
      expect([...findStreetAddressesAt(text, runStarts)], text).toEqual(whole);
    }
    expect(found).toBeGreaterThan(30);
  });
});

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

  it('reads a street line in capitals, as shipping labels and scanned forms write one', () => {
    expect(locations('1550 W ALAMEDA AVE\nBURBANK, CA 91506')).toContain('1550 W ALAMEDA AVE');
    expect(locations('Ship to: JOHN DOE\n742 EVERGREEN TER\nSPRINGFIELD IL 62704')).toContain('742 EVERGREEN TER');
    expect(locations('ADDR: 10 DOWNING ST')).toEqual(['10 DOWNING ST']);
    // A statement's address block: a unit in capitals and a town line with no comma (red team: the unit and the
    // town line, its ZIP+4 too, reached the model).
    expect(locations('REBECCA A THORNTON\n1547 W GRACE ST APT 3\nCHICAGO IL 60613-2819')).toEqual([
      '1547 W GRACE ST APT 3',
      'CHICAGO IL 60613-2819',
    ]);
    expect(locations('1547 W Grace St\nChicago IL 60613')).toEqual(['1547 W Grace St', 'Chicago IL 60613']);
    expect(locations('    1547 W GRACE ST APT 3\n    CHICAGO IL 60613-2819')).toEqual([
      '1547 W GRACE ST APT 3',
      'CHICAGO IL 60613-2819',
    ]);
    // Without a street line before it, a line of capitals before a state and five digits is no town's.
    expect(locations('Order shipped\nREF CA 94043')).toEqual([]);
    // Words a log's capitals use as words stay.
    expect(locations('RETRY 3 TIMES THEN CLOSE')).toEqual([]);
    expect(locations('STEP 2 OF 5: TAKE THE WAY')).toEqual([]);
    for (const text of [
      'GIVE 10 UNITS INSULIN SQ',
      'ORDERED 1 HEAD CT',
      'BIOPSY OF 2 AXILLARY LN',
      'FAILOVER 3 NODES TO DR',
    ]) {
      expect(locations(text), text).toEqual([]);
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

  it('reads a unit before the line and Australian lines (a unit before a slash, the suburb, state and postcode)', () => {
    expect(locations('parcel to Flat 3, 21 Baker Street, London')).toEqual(['Flat 3, 21 Baker Street']);
    expect(locations('Suite 400, 9256 Towne Center Dr, San Diego, CA 92121')).toEqual([
      'Suite 400, 9256 Towne Center Dr, San Diego, CA 92121',
    ]);
    expect(locations('ship to apt 4, 12 Oak Lane')).toEqual(['apt 4, 12 Oak Lane']);
    // A building's name between the unit and the line, or alone before it (`12, Kestrel House` reached the model).
    expect(locations('to Flat 12, Kestrel House, 45 Albion Street, Leeds')).toEqual([
      'Flat 12, Kestrel House, 45 Albion Street',
    ]);
    expect(locations('Grosvenor Court, 12 Park Lane')).toEqual(['Grosvenor Court, 12 Park Lane']);
    expect(locations('the house, 12 Park Lane')).toEqual(['12 Park Lane']);
    // British suffixes (`22 Elm Grove` leaked); those that are ordinary words too only where the line ends.
    expect(locations('MR JONATHAN PETERSON of 22 Elm Grove, Bristol')).toEqual(['22 Elm Grove']);
    expect(locations('7 Church Walk, Ely')).toEqual(['7 Church Walk']);
    expect(locations('a 5 Minute Walk from the station, Top 3 Capitol Hill restaurants')).toEqual([]);
    expect(locations('lives at 7/23 George St, Sydney NSW 2000.')).toEqual(['7/23 George St, Sydney NSW 2000']);
    expect(locations('12A/5 Smith Rd, Toorak VIC 3142')).toEqual(['12A/5 Smith Rd, Toorak VIC 3142']);
    // States that are also two capitals a US tail would take (WA, SA, NT): the postcode with them.
    expect(locations('12 Hay St, Perth WA 6000')).toEqual(['12 Hay St, Perth WA 6000']);
    expect(locations('1 King William St, Adelaide SA 5000')).toEqual(['1 King William St, Adelaide SA 5000']);
    // No unit word, a path, a state that is none, a postcode of five digits: the line alone or nothing.
    expect(locations('Table 4, 12 Oak Lane')).toEqual(['12 Oak Lane']);
    expect(locations('see /7/23 George St')).toEqual([]);
    expect(locations('12 Smith Rd, Toorak XY 3142')).toEqual(['12 Smith Rd']);
    expect(locations('12 Smith Rd, Toorak VIC 31420')).toEqual(['12 Smith Rd']);
  });

  it("reads a line right after a key's colon (iCalendar's `LOCATION:`), not after a time's", () => {
    expect(locations('LOCATION:742 Evergreen Terrace\\, Springfield')).toEqual(['742 Evergreen Terrace']);
    expect(locations('meet at 10:30 Lane Cove')).toEqual([]);
    expect(locations('ts=12:30 Main St')).toEqual([]);
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

  it("reads Colombian lines: the street's kind and number, `#` or `No.`, the crossing's number and the metres", () => {
    // Before: the kind of street was taken for a person and the numbers reached the model.
    expect(locations('visitará su domicilio en Carrera 7 # 45-12, Bogotá, el lunes')).toEqual(['Carrera 7 # 45-12']);
    expect(locations('Dirección: Calle 100 # 15-20 Apto 502')).toContain('Calle 100 # 15-20 Apto 502');
    expect(locations('Enviar a Cra. 43A No. 1 Sur-100, Medellín')).toEqual(['Cra. 43A No. 1 Sur-100']);
    expect(locations('entrega en Av. Calle 26 # 69-76, Torre 3')).toEqual(['Av. Calle 26 # 69-76, Torre 3']);
    expect(locations('Cl 72 # 10-34 Of 301')).toEqual(['Cl 72 # 10-34 Of 301']);
    expect(locations('Diagonal 23 #45-67 barrio La Soledad')).toEqual(['Diagonal 23 #45-67']);
    expect(locations('Kr 15 Bis # 93A-20')).toEqual(['Kr 15 Bis # 93A-20']);
    // No crossing and metres, or no `#` / `No.`: no line of this shape.
    expect(locations('Calle 5 # 3 queda cerca')).toEqual([]);
    expect(locations('Carrera 2026: resultados 45-12')).toEqual([]);
    expect(locations('Tv 42 is on')).toEqual([]);
  });

  it('reads Portuguese lines as Spanish ones: the street word, the name, the number and the flat', () => {
    expect(locations('A Sra. Maria Silva mora na Rua Augusta 1500, São Paulo')).toContain('Rua Augusta 1500');
    expect(locations('Avenida Paulista 1578, Bela Vista')).toContain('Avenida Paulista 1578');
    expect(locations('R. da Consolação 930, apto 12, São Paulo')).toContain('R. da Consolação 930, apto 12');
    expect(locations('Rua Augusta 1500 apto 12')).toEqual(['Rua Augusta 1500 apto 12']);
    expect(locations('Travessa do Carmo 12, Lisboa')).toContain('Travessa do Carmo 12');
    // No name, a lower-case word after the number, or an `R.` that opens no street: nothing.
    expect(locations('R. 5 was called')).toEqual([]);
    expect(locations('Estrada velha 3 km')).toEqual([]);
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
    // `CP` right before its sign (Spain, Mexico, France); Brazil's CEP, five digits then three, with its label.
    expect(locations('CP: 28013')).toEqual(['28013']);
    expect(locations('cp=06600')).toEqual(['06600']);
    expect(locations('CEP: 01310-200, São Paulo')).toEqual(['01310-200']);
    expect(locations('Cep 01310200')).toEqual(['01310200']);
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
      'CP 28013 reached',
      'CEP: 01310-20',
      'CEP 0131-0200',
      'CEP 01310-2000',
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
      ...['Hauptstraße', 'Mühlenweg', 'Musterstr.', 'Allee', 'Berliner', 'Am', 'Markt', '10115', 'Berlin', 'Via'],
      ...['via', 'Roma', 'rue', 'de la', 'Paix', 'allée', 'Place', 'Adresse:', '1016 GV', 'Prinsengracht', 'in'],
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

describe('German, French, Italian and Dutch street lines (LOCATION)', () => {
  it('reads a German or Dutch street whose suffix ends its name, before the house number', () => {
    for (const line of [
      'Hauptstraße 12',
      'Musterstr. 5a',
      'Lindenweg 3',
      'Königstraße 7',
      'Mühlenweg 3',
      'Bahnhofstrasse 1',
      'Schillergasse 4',
      'Kurfürstendamm 21',
      'Hohenzollernring 9',
      'Kerkstraat 12',
      'Prinsengracht 263',
      'Kastanjelaan 8-2',
      'Museumplein 6',
      'Oosterkade 14B',
    ]) {
      expect(locations(`Kunde wohnt ${line} seit Mai`), line).toEqual([line]);
    }
  });

  it('reads a separate suffix after its name, a hyphenated name and German openers', () => {
    expect(locations('Termin in der Berliner Allee 7 um zehn')).toEqual(['Berliner Allee 7']);
    expect(locations('Neue Schönhauser Straße 3')).toEqual(['Neue Schönhauser Straße 3']);
    expect(locations('an die Friedrich-Ebert-Straße 5 geschickt')).toEqual(['Friedrich-Ebert-Straße 5']);
    expect(locations('Kaiser-Wilhelm-Ring 5, 50672 Köln')).toEqual(['Kaiser-Wilhelm-Ring 5, 50672 Köln']);
    expect(locations('Am Markt 3\n10115 Berlin')).toEqual(['Am Markt 3', '10115 Berlin']);
    expect(locations('Platz der Republik 1, 11011 Berlin')).toEqual(['Platz der Republik 1, 11011 Berlin']);
    expect(locations('Unter den Linden 77')).toEqual(['Unter den Linden 77']);
  });

  it('reads the postcode and city after the street line, on its line or the next, and after an address label', () => {
    expect(locations('Lieferadresse: Goethestraße 14, 80336 München')).toEqual(['Goethestraße 14, 80336 München']);
    expect(locations('Max Muster\nHauptstraße 12\n10115 Berlin\nDeutschland')).toEqual([
      'Hauptstraße 12',
      '10115 Berlin',
    ]);
    expect(locations('{"body": "Lindenweg 3\\n80331 München"}')).toEqual(['Lindenweg 3', '80331 München']);
    expect(locations('Bahnhofstrasse 1, 8001 Zürich')).toEqual(['Bahnhofstrasse 1, 8001 Zürich']);
    expect(locations('Prinsengracht 263, 1016 GV Amsterdam')).toEqual(['Prinsengracht 263, 1016 GV Amsterdam']);
    expect(locations('Kerkstraat 12\n1017 GC Amsterdam')).toEqual(['Kerkstraat 12', '1017 GC Amsterdam']);
    expect(locations('Anschrift: 10115 Berlin')).toEqual(['10115 Berlin']);
    expect(locations('adresse : 75002 Paris')).toEqual(['75002 Paris']);
    expect(locations('Indirizzo: 20121 Milano (MI)')).toEqual(['20121 Milano (MI)']);
    expect(locations('Adres: 1016 GV Amsterdam')).toEqual(['1016 GV Amsterdam']);
    expect(locations('indirizzo: 20121 Milano')).toEqual(['20121 Milano']);
    expect(locations('Anschrift: D-10115 Berlin')).toEqual(['D-10115 Berlin']);
    expect(locations('Address: 10115 Berlin')).toEqual(['10115 Berlin']);
    expect(locations('Frankfurter Straße 5, 60311 Frankfurt am Main')).toEqual([
      'Frankfurter Straße 5, 60311 Frankfurt am Main',
    ]);
  });

  it('reads a French line from its house number, the kind of street and the name after it', () => {
    expect(locations('12 rue de la Paix, 75002 Paris')).toEqual(['12 rue de la Paix, 75002 Paris']);
    expect(locations('livré au 5 bis avenue Victor Hugo hier')).toEqual(['5 bis avenue Victor Hugo']);
    expect(locations('40 boulevard Haussmann\n75009 Paris')).toEqual(['40 boulevard Haussmann', '75009 Paris']);
    expect(locations('3 place de la Concorde')).toEqual(['3 place de la Concorde']);
    expect(locations('12 avenue des Champs-Élysées, 75008 Paris')).toEqual([
      '12 avenue des Champs-Élysées, 75008 Paris',
    ]);
    expect(locations('12, rue Jean de la Fontaine')).toEqual(['12, rue Jean de la Fontaine']);
    expect(locations('8 allée des Roses')).toEqual(['8 allée des Roses']);
    expect(locations('15, chemin du Moulin')).toEqual(['15, chemin du Moulin']);
    expect(locations('2 impasse des Lilas')).toEqual(['2 impasse des Lilas']);
    expect(locations("7 quai d'Orsay")).toEqual(["7 quai d'Orsay"]);
    expect(locations('3 Place de la Bourse, 33000 Bordeaux')).toEqual(['3 Place de la Bourse, 33000 Bordeaux']);
    // A unit after the name is no word of it.
    expect(locations('76 Boulevard de Normandie Suite 106')).toEqual(['76 Boulevard de Normandie']);
  });

  it('reads an Italian line, the opener first and the number after the name', () => {
    expect(locations('Via Roma 10')).toEqual(['Via Roma 10']);
    expect(locations('Via Giuseppe Garibaldi, 7')).toEqual(['Via Giuseppe Garibaldi, 7']);
    expect(locations('Piazza del Duomo 1, 20121 Milano (MI)')).toEqual(['Piazza del Duomo 1, 20121 Milano (MI)']);
    expect(locations('Corso Buenos Aires 3')).toEqual(['Corso Buenos Aires 3']);
    expect(locations('Viale Monza 12\n20127 Milano MI')).toEqual(['Viale Monza 12', '20127 Milano MI']);
    expect(locations('abito in via Roma 10, da due anni')).toEqual(['via Roma 10']);
    expect(locations('Via XX Settembre 5')).toEqual(['Via XX Settembre 5']);
  });

  it('leaves English via, versions, articles, years, quantities, prices, times and common nouns', () => {
    for (const text of [
      'shipped via UPS 12 days ago',
      'Via 3 steps',
      'install it via Python 3.',
      'login via Office 365, then',
      'Via Slack 3 people replied',
      'sent via Gate 12',
      'Version 12',
      'Art. 5 DSGVO',
      'Im Jahr 2024',
      '12 Stück',
      'um 10:30 Uhr',
      'Lindenweg 3,50 €',
      'Hauptstraße 12:30',
      'Spring 5 and Substring 2',
      'Offering 3 plans, Monitoring 2 hosts',
      'Parkplatz 3 ist frei',
      'Platz 3 belegt',
      'Der Weg 2 ist kurz',
      'Oura Ring 3',
      'John Steig 3',
      '10115 Berlin',
      'Order 10115 Berlin',
      'HTTP/1.1 200 OK: 12345 Berlin',
      'Bestellung 12345 Berlin',
      '5 Place Settings',
      '2 Route Planning tools',
      'I Am Number 4',
      'Am Montag 3 Termine',
      'Am Ende 2, dann',
      'Unter den Top 3, dann',
      'Zum Glück 3',
      'E-Mail-Adresse: 12345 Berlin',
      'rue 12',
      '12 rue',
      'Plaza Hotel 2 nights',
    ]) {
      expect(locations(text), text).toEqual([]);
    }
  });
});

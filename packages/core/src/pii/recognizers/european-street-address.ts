import type { Candidate } from '../recognizer.js';
import { isDigit } from '../validators/boundaries.js';

// German, Austrian, Swiss, French, Italian and Dutch street lines (street-address.ts's finder runs these at the
// word runs its start check admits, and reports them as LOCATION, as it does a US or Spanish line).
//
// Three shapes. (1) The street's kind ends its name and the house number follows: one compound word
// (`Hauptstraße 12`, `Musterstr. 5a`, `Lindenweg 3`, `Prinsengracht 263`, `Kerkstraat 12`) or a separate word after
// its name (`Berliner Allee 7`, `Friedrich-Ebert-Straße 5`). These suffixes name streets and little else, so a
// suffix and a house number are enough; the few that also end common nouns (`Parkplatz 3`, `Fluchtweg 2`,
// `Dichtring 3`, English `Spring 5`, `Substring 2`, `Offering 3`) are left out by name. (2) A word opens the line,
// the name and the number follow: Italian `Via Roma 10`, `Piazza del Duomo 1`, `Corso Buenos Aires 3`, German
// `Platz der Republik 1`, `Am Markt 3`. `Via` is English too (`shipped via UPS 12 days`, `via Python 3`), so an
// Italian line's name is words that are capitalised and not all capitals, its number is followed by no lower-case
// word, and a `via` line's by the end of its clause or a postcode, and a few product and transport words are no
// street's name. German openers are prepositions (`Am`, `An der`) that also start dates and sentences (`Am Montag 3`,
// `Im Jahr 2024`): their number must end the line or its clause. (3) A French line: the house number before the
// street's kind, the name after (`12 rue de la Paix`, `5 bis avenue Victor Hugo`, `8 allée des Roses`). The
// kinds English shares (Place, Avenue, Boulevard, Route, Square), capitalised, need a French particle after them
// (`3 Place de la Concorde`) or a postcode after the name, as `5 Place Settings` is English.
//
// After the line: a postcode and a city (`, 10115 Berlin`, `75002 Paris`, `20121 Milano (MI)`, `1016 GV
// Amsterdam`, `8001 Zürich`) on the same line joins the span; on the next line it is a span of its own. A postcode
// and a city alone (`10115 Berlin`) are read only after an address label (`Adresse:`, `Anschrift:`, `adresse :`,
// `Indirizzo:`, `Adres:`, `Lieferadresse:`): with no street or label before them they are as often an order
// number and a word.

/** The words of a list written on one line, split at spaces. */
function words(list: string): string[] {
  return list.split(' ');
}

/** Latin-1 capitals and small letters (the letters of these languages' names: Ä, É, ß, ç, ì). */
const UPPER = 'A-ZÀ-ÖØ-Þ';
const LOWER = 'a-zß-öø-ÿ';
/** A capitalised word and its hyphenated parts (`Champs-Élysées`, `Saint-Denis`), not all capitals (`UPS`). */
const NAME_WORD = `[${UPPER}][${LOWER}'’]*[${LOWER}](?:-[${UPPER}${LOWER}][${LOWER}'’]*)*`;

// A house number: 1-4 digits, maybe a letter (5a, 12B), a range or a part (12-14, 263-1, 10/A).
const HOUSE = `\\d{1,4}(?:[a-zA-Z](?![${UPPER}${LOWER}\\d]))?(?:[-/–]\\d{1,4}[a-zA-Z]?|\\/[A-Za-z](?![${LOWER}]))?`;
// After a house number: no decimal, time, price, percentage, measure or longer number (`Lindenweg 3,50 €`).
const HOUSE_END = `(?![\\d${UPPER}${LOWER}%€$°]|[.,:]\\d| ?(?:€|EUR|Euro|Uhr|%|mm|cm|km|kg|h\\b|x\\b|Stück|Stk))`;

// A city after its postcode: one to three name words (`Frankfurt am Main`, `Alphen aan den Rijn`, `Halle
// (Saale)`, `Paris Cedex 08`), or capitals (`75002 PARIS`), then an Italian province (`(MI)`).
const CITY_PARTICLE =
  "(?:am|an der|im|in|ob|bei|sur|sous|en|lès|le|la|les|de|du|des|di|del|della|aan den|aan de|aan|op|bij|d'|l')";
const CITY_WORD = `(?:${NAME_WORD}|[${UPPER}]{2,}(?:-[${UPPER}]{2,})*(?![${LOWER}]))`;
const CITY = `${CITY_WORD}(?: (?:${CITY_PARTICLE} ?)?${CITY_WORD}){0,2}(?: (?:Cedex|CEDEX)(?: \\d{1,2})?)?(?: \\((?:[A-Z]{2}|${NAME_WORD})\\))?`;
// A postcode: five digits (DE, FR, IT), four and two letters (NL: 1016 GV), four (AT, CH, BE), maybe after a
// country letter (`D-10115`).
const POSTCODE = `(?:(?:D|A|CH|F|I|NL|B|L)-)?(?:\\d{5}|\\d{4}(?: ?[A-Z]{2}(?= ))?)(?![\\d.,:/-])`;
const POSTCODE_CITY = `${POSTCODE} ${CITY}`;
// After a street line: a postcode and a city on the same line (group 1), or on the next (group 2).
const TAIL = new RegExp(`(?:,? ?(${POSTCODE_CITY})|,? ?(?:\\r?\\n|(?:\\\\r)?\\\\n) ?(${POSTCODE_CITY}))`, 'y');
const POSTCODE_CITY_AT = new RegExp(POSTCODE_CITY, 'y');

/** The kinds of word street-address.ts's word table holds for this module (bits of its kind mask). */
export const ITALIAN_OPENER = 64;
export const GERMAN_OPENER = 128;
export const FRENCH_KIND = 256;
/** Not in the table: a word ending in a street suffix before a house number (see suffixWordAt). */
export const STREET_SUFFIX = 512;
/** Not in the table: a city after a postcode after an address label (see addressLabelBefore). */
export const ADDRESS_LABEL = 1024;
/** Not in the table: a name after a French kind or an Italian opener in small letters (see smallOpenerBefore). */
export const SMALL_OPENER_NAME = 2048;

/** Words that open an Italian line (`Via`, `Piazza`); in small letters see SMALL_WORDS. */
export const ITALIAN_OPENERS = words('Via Viale Piazza Piazzale Corso Largo Vicolo Lungomare Lungotevere Strada');
/** German prepositions and `Platz` that open a street's name (`Am Markt 3`, `Platz der Republik 1`). */
export const GERMAN_OPENERS = words('Am An Auf Unter Platz');
/**
 * French kinds of street, read after a house number (`All` is `Allée`'s first ASCII run, see frenchKindAt); the
 * ones English shares need more (see FRENCH_SHARED). In small letters see SMALL_WORDS.
 */
export const FRENCH_KINDS = words('Rue Avenue Boulevard Place All Chemin Impasse Quai Route Square Cours');
/** French kinds English writes too: capitalised, a particle or a postcode must follow (`5 Place Settings`). */
const FRENCH_SHARED = new Set(words('Place Avenue Boulevard Route Square place route square'));

/**
 * Whether a French kind of street [start, end) comes right after a house number (`12 rue`, `12, rue`, `5 bis
 * avenue`, `12-14 rue`): a cheap look at the 12 characters before it, for the word-run pass's start check.
 */
export function frenchKindAt(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(start - 1) !== 32) return false;
  if (end - start === 3 && (text.charCodeAt(start + 1) | 32) === 108 && !text.startsWith('ée', end)) return false;
  for (let index = start - 2; index >= 0 && index >= start - 12; index--) {
    const code = text.charCodeAt(index);
    if (isDigit(code)) return true;
    if (code === 10 || code === 13) return false;
  }
  return false;
}

/**
 * Whether an Italian or German opener [start, end) is followed by a space, and a small `via` comes where an Italian
 * street is named (after `in`, `di`, `da`, `a`, a colon, a comma or at a line's start), not after an English verb
 * (`shipped via`).
 */
export function openerAt(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(end) !== 32) return false;
  if (text.charCodeAt(start) !== 118 || end - start !== 3) return true;
  return ITALIAN_BEFORE_VIA.test(text.slice(Math.max(0, start - 4), start));
}
const ITALIAN_BEFORE_VIA = /(?:^|[\n:,"(]|(?:^|[^\w])(?:[Ii]n|di|da|a)) ?$/;

// French kinds and Italian openers in small letters (1) and 2, and the particles between them and the name (0):
// read back from the name's capitalised word (`12 rue de la Paix` from `Paix`), as the word-run pass starts the
// finder at no word in small letters but zip, postal and c (a start at every small word of their first letters cost
// up to 6% of the corpus's time in one in-process measurement).
const FRENCH_SMALL = 1;
const ITALIAN_SMALL = 2;
const SMALL_WORDS = new Map<number, [string, number][]>();
for (const [list, kind] of [
  ['rue avenue boulevard bd place allée chemin impasse quai route square', FRENCH_SMALL],
  ['via viale piazza piazzale corso vicolo', ITALIAN_SMALL],
  ['de du des la le les aux au à del della dei degli delle dello di da', 0],
] as const) {
  for (const word of words(list)) {
    const key = (word.charCodeAt(0) << 4) | word.length;
    SMALL_WORDS.set(key, [...(SMALL_WORDS.get(key) ?? []), [word, kind]]);
  }
}

/**
 * Where the French kind or Italian opener in small letters before the capitalised name at `start` begins (`rue` in
 * `12 rue de la Paix`, `via` in `abito in via Roma 10`), across at most two particles and an elided `d'` or `l'`,
 * or -1; a kind must come after a house number (frenchKindAt), `via` where an Italian street is named (openerAt).
 * Cheap for most capitalised words: a table lookup of the word before, without slicing it.
 */
export function smallOpenerBefore(text: string, start: number): number {
  let end = start - 1;
  const before = text.charCodeAt(end);
  if (before === 39 || before === 8217) {
    const elided = text.charCodeAt(end - 1);
    if (!(elided === 100 || elided === 108) || text.charCodeAt(end - 2) !== 32) return -1;
    end -= 2;
  } else if (before !== 32) return -1;
  for (let hop = 0; hop < 3; hop++) {
    let wordStart = end;
    while (wordStart > end - 9 && isSmallLetter(text.charCodeAt(wordStart - 1))) wordStart--;
    if (wordStart === end || isNameLetter(text.charCodeAt(wordStart - 1))) return -1;
    const kind = smallWordKind(text, wordStart, end);
    if (kind === FRENCH_SMALL) return frenchKindAt(text, wordStart, end) ? wordStart : -1;
    if (kind === ITALIAN_SMALL) return openerAt(text, wordStart, end) ? wordStart : -1;
    if (kind !== 0 || text.charCodeAt(wordStart - 1) !== 32) return -1;
    end = wordStart - 1;
  }
  return -1;
}

/** The kind of the small word [start, end) in SMALL_WORDS (a particle 0), or -1 when it is none. */
function smallWordKind(text: string, start: number, end: number): number {
  const listed = SMALL_WORDS.get((text.charCodeAt(start) << 4) | (end - start));
  if (listed === undefined) return -1;
  for (const [word, kind] of listed) if (text.startsWith(word, start)) return kind;
  return -1;
}

/**
 * The line of the French kind or Italian opener in small letters before the capitalised name at `at` (see
 * smallOpenerBefore), as frenchLines and italianLines read it.
 */
export function smallOpenerLines(text: string, at: number, reported: number): Candidate[] {
  const opener = smallOpenerBefore(text, at);
  if (opener < reported) return [];
  let end = opener;
  while (isSmallLetter(text.charCodeAt(end))) end++;
  return smallWordKind(text, opener, end) === FRENCH_SMALL
    ? frenchLines(text, opener, reported)
    : italianLines(text, opener);
}

/** A small letter: ASCII or Latin-1 (`à`, `é`). */
function isSmallLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 223 && code <= 255 && code !== 247);
}

// Street suffixes (lower case), by how a word ends: German, Austrian, Swiss, Dutch.
const SEPARATE = 'straße strasse str weg gasse allee platz ring damm ufer chaussee';
const SUFFIXES = words(`${SEPARATE} steig stieg pfad graben gracht straat laan plein kade dijk steeg singel`);
// Compounds of a suffix that are common nouns, not streets (a parking space, an escape route, a seal ring).
const NOT_STREETS = new Set(
  words(
    'parkplatz stellplatz steckplatz sitzplatz arbeitsplatz spielplatz speicherplatz tabellenplatz listenplatz ' +
      'ausbildungsplatz studienplatz kitaplatz krippenplatz startplatz stehplatz liegeplatz lagerplatz abstellplatz ' +
      'campingplatz sportplatz sendeplatz bauplatz pflegeplatz therapieplatz praktikumsplatz standplatz flugplatz ' +
      'lösungsweg rechtsweg fluchtweg rettungsweg rückweg heimweg umweg ausweg hinweg zahlungsweg bildungsweg ' +
      'lieferweg lebensweg dienstweg instanzenweg kommunikationsweg signalweg datenweg versandweg transportweg ' +
      'postweg seeweg luftweg landweg arbeitsweg schlüsselring dichtring sprengring stützring zwischenring ' +
      'sicherungsring distanzring klemmring einbahnstraße einbahnstrasse',
  ),
);
/**
 * The suffixes that also stand as a word after the street's name (`Berliner Allee 7`, `Frankfurter Straße 5`):
 * German ones English does not write (`John Steig 3` is a name); Dutch writes its suffixes as one word.
 */
const SEPARATE_SUFFIXES = new Set(words(SEPARATE));
/** Words that stand before a separate suffix but name no street (`Der Weg 2`, `The Ring 2`, `Ihr Platz 1`). */
const NOT_NAMES = new Set(
  words(
    'Der Die Das Den Dem Des Ein Eine Einen Einem Einer Eines Kein Keine Mein Meine Dein Deine Sein Seine Ihr ' +
      'Ihre Unser Unsere Euer Eure Dieser Diese Dieses Jeder Jede Jedes Welcher Welche Erster Erste Zweiter Dritter ' +
      'Letzter Nächster Am Im In Zum Zur Vom Beim Mit Nach Von Bis Für Über Unter Ohne Auf An Und Oder Platz Nr ' +
      'The A An This That My Our Your His Her Its Their Every Each Any No Top Best Level Seat',
  ),
);
/**
 * The Latin-1 letters after which a street's word goes on past its first run of ASCII letters (`Hauptstra|ße`,
 * `M|ühlenweg`, `All|ée`): the word-run pass starts the finder before them (pattern-starts.ts).
 */
export const WORD_GOES_ON = 'ßäöüÄÖÜéèêëàâîïôûçìòùÉÈ';
/** The longest word a suffix line's word is read to (`Hohenzollernring`, `Sachsenhäuser Landwehrweg`). */
const MAX_STREET_WORD = 40;

/** The end of the word of letters (Latin-1 too: `Königstraße`) that starts at `start`, at most MAX_STREET_WORD. */
function wordEnd(text: string, start: number): number {
  let index = start;
  const stop = Math.min(text.length, start + MAX_STREET_WORD);
  while (index < stop && isNameLetter(text.charCodeAt(index))) index++;
  return index;
}

/** A letter of a name: ASCII or Latin-1 (not × or ÷). */
function isNameLetter(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 192 && code <= 255 && code !== 215 && code !== 247)
  );
}

/**
 * Whether the capitalised run at `start` (ending at `runEnd`) begins a word that ends in a street suffix right
 * before a house number (`Lindenweg 3`, `Hauptstraße 12`, `Musterstr. 5a`), for the word-run pass's start check:
 * cheap for most words, which are followed neither by a space and a digit nor by a letter outside ASCII.
 */
export function suffixWordAt(text: string, start: number, runEnd: number): boolean {
  const next = text.charCodeAt(runEnd);
  if (next === 32 || next === 46) {
    if (!isDigit(text.charCodeAt(runEnd + (next === 46 ? 2 : 1)))) return false;
    return streetSuffixOf(text, start, runEnd) !== -1;
  }
  if (next < 192 || !WORD_GOES_ON.includes(text.charAt(runEnd))) return false;
  const end = wordEnd(text, start);
  const after = text.charCodeAt(end);
  if (!(after === 32 || after === 46) || !isDigit(text.charCodeAt(end + (after === 46 ? 2 : 1)))) return false;
  return streetSuffixOf(text, start, end) !== -1;
}

/**
 * The length of the street suffix the word [start, end) ends with (`str` only before a `.`), or -1 when it ends in
 * none or is a common noun (NOT_STREETS, and English words ending in `ring`: `Spring`, `String`, `Offering`,
 * `Monitoring`).
 */
function streetSuffixOf(text: string, start: number, end: number): number {
  const word = text.slice(start, end).toLowerCase();
  for (const suffix of SUFFIXES) {
    if (!word.endsWith(suffix)) continue;
    if ((suffix === 'str') !== (text.charCodeAt(end) === 46)) continue;
    if (NOT_STREETS.has(word)) return -1;
    if (suffix === 'ring' && word.length > 4 && !compoundRing(word)) return -1;
    return suffix.length;
  }
  return -1;
}

/**
 * Whether a word ending in `ring` is a German ring road (`Kaiserring`, `Hohenzollernring`, `Altstadtring`): at
 * least four letters before `ring` and not a vowel or an `r` last among them, which English gerunds and nouns have
 * (`Offering`, `Monitoring`, `Recurring`, `Keyring`), nor `string` or `spring` (`Substring`, `Offspring`).
 */
function compoundRing(word: string): boolean {
  if (word.length < 8 || word.endsWith('string') || word.endsWith('spring')) return false;
  return !'aeiouyr'.includes(word.charAt(word.length - 5));
}

// A separate suffix word's name before it: one or two capitalised words (`Berliner Allee`, `Neue Schönhauser
// Straße`) or a hyphenated name (`Friedrich-Ebert-Straße`, `Kaiser-Wilhelm-Ring`), right before the window's end.
const NAME_BEFORE = new RegExp(
  `(?<![${UPPER}${LOWER}\\d'’.-])(?:(?:${NAME_WORD}) )?(${NAME_WORD}) $|(?<![${UPPER}${LOWER}\\d'’.-])(?:${NAME_WORD}|[A-Z]\\.)(?:-(?:${NAME_WORD}|\\d{1,2}\\.))*-$`,
);
// After a suffix line's word: the abbreviation's dot, the house number, then the postcode and city.
const SUFFIX_LINE = new RegExp(`\\.? ${HOUSE}${HOUSE_END}`, 'y');

/**
 * The street line a suffix word at `at` ends (`Lindenweg 3`, `Berliner Allee 7`, `Friedrich-Ebert-Straße 5`), with
 * its postcode and city, or nothing: a separate suffix needs a name before it (NAME_BEFORE) that is no article or
 * pronoun (`Der Weg 2`). `Ring` alone only after a hyphen (`Oura Ring 3` is a product).
 */
export function suffixLines(text: string, at: number, reported: number): Candidate[] {
  const end = wordEnd(text, at);
  const suffixLength = streetSuffixOf(text, at, end);
  if (suffixLength === -1) return [];
  const numberEnd = stickyAt(SUFFIX_LINE, text, end);
  if (numberEnd === -1) return [];
  let start = at;
  if (end - at === suffixLength) {
    if (!SEPARATE_SUFFIXES.has(text.slice(at, end).toLowerCase())) return [];
    const from = Math.max(0, reported, at - 80);
    const window = text.slice(from, at);
    const name = NAME_BEFORE.exec(window);
    if (name === null) return [];
    const spaced = name[1] !== undefined;
    if (spaced && (NOT_NAMES.has(name[1] as string) || text.startsWith('Ring', at))) return [];
    start = from + name.index;
    if (spaced && name[0] !== `${name[1]} ` && NOT_NAMES.has(name[0].slice(0, name[0].indexOf(' ')))) {
      start = from + name.index + name[0].indexOf(' ') + 1;
    }
  }
  if (start < reported) return [];
  return withTail(text, start, numberEnd);
}

// Italian: the opener, the name (particles, capitalised words, a Roman numeral before a word: `Via XX Settembre`),
// maybe a comma, the house number, then no lower-case word (`via UPS 12 days`).
const IT_PARTICLE = "(?:del|della|dei|degli|delle|dello|di|da|de|d'|d’|San|Santa|Sant'|Sant’)";
const IT_NAME = `(?:[IVXL]{1,5} )?${NAME_WORD}`;
const ITALIAN_LINE = new RegExp(
  `[A-Za-z]+ (?:${IT_PARTICLE} ?){0,2}${IT_NAME}(?: (?:${IT_PARTICLE} ?)?${IT_NAME}){0,4},? ${HOUSE}${HOUSE_END}(?! [${LOWER}])`,
  'y',
);
// Words after `Via` that are products, services and transport in English text (`via Python 3`, `via Office 365`,
// `Via Gate 12`), no street's name.
const NOT_VIA = new Set(
  words(
    'Python Windows Node Java Office Microsoft Chrome Gate Terminal Channel Route Line Bus Port Exit Door Platform ' +
      'Server Version Step Option Level Phase Room Floor Box Page Email Slack Zoom Teams Android Docker Azure Google ' +
      'Amazon Apple Spring Ticket Order Plan Chapter Table Item Build Release Week Day Flight Train Highway',
  ),
);

/**
 * The Italian line an opener at `at` starts (`Via Roma 10`, `Via Giuseppe Garibaldi, 7`, `Piazza del Duomo 1`),
 * with its postcode, city and province; for `Via` the number must end its clause or a postcode follow, and the
 * name must not be a product's or a transport's (NOT_VIA).
 */
export function italianLines(text: string, at: number): Candidate[] {
  const numberEnd = stickyAt(ITALIAN_LINE, text, at);
  if (numberEnd === -1) return [];
  if ((text.charCodeAt(at) | 32) === 118 && text.charCodeAt(at + 3) === 32) {
    const first = /^[^ ]+ ((?:[IVXL]{1,5} )?[^ ,]+)/.exec(text.slice(at, at + 40));
    if (first !== null && NOT_VIA.has(first[1] as string)) return [];
    if (!clauseEndsAt(text, numberEnd) && stickyAt(TAIL, text, numberEnd) === -1) return [];
  }
  return withTail(text, at, numberEnd);
}

// German: a preposition and its article (`Am`, `An der`, `Unter den`, `Platz der`), one or two name words, the
// house number, and the clause's end or a postcode.
const GERMAN_LINE = new RegExp(
  `(?:Am|(?:An|Auf|Unter|Platz) (?:der|dem|den|des)) (${NAME_WORD})(?: ${NAME_WORD})? ${HOUSE}${HOUSE_END}`,
  'y',
);
// Words after `Am` or `Unter den` that make a date or a phrase, no street (`Am Montag 3`, `Unter den Top 3`); `Zum` and
// `Zur` open no line (`Zum Glück 3`, `Zum Beispiel 3`).
const NOT_GERMAN_PLACES = new Set(
  words(
    'Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Wochenende Tag Morgen Abend Mittag Nachmittag ' +
      'Vormittag Ende Anfang Start Schluss Telefon Preis Beispiel Thema Stand Jahr Monat Zeitpunkt Termin Number ' +
      'Top Platz Rang Position Seite Stufe Punkt Kapitel Folie Bild Tabelle Abbildung Version Artikel Absatz',
  ),
);

/** The German line an opener at `at` starts (`Am Markt 3`, `Platz der Republik 1`), with its postcode and city. */
export function germanLines(text: string, at: number): Candidate[] {
  GERMAN_LINE.lastIndex = at;
  const line = GERMAN_LINE.exec(text);
  if (line === null || NOT_GERMAN_PLACES.has(line[1] as string)) return [];
  if (text.startsWith('I ', at - 2)) return [];
  const numberEnd = at + line[0].length;
  if (!clauseEndsAt(text, numberEnd) && stickyAt(TAIL, text, numberEnd) === -1) return [];
  return withTail(text, at, numberEnd);
}

// French: the house number before the kind (`12`, `12 bis`, `12-14`, `12,`), then the kind and the name.
const FRENCH_HEAD =
  /(?<![\w.,$€£#/:-])\d{1,4}(?:[A-Za-z](?![A-Za-z]))?(?:-\d{1,4})?(?: ?(?:bis|ter|quater|B|T)(?![A-Za-z]))?,? $/;
// A unit after a street's name (`76 Boulevard de Normandie Suite 106`, `Via Roma 10 Scala B`): no word of the name.
const NOT_UNIT =
  '(?!(?:Suite|Apt|Apartment|Unit|Floor|Room|Bldg|Building|Ste|Appartement|Appt|Bâtiment|Bât|Étage|Etage|Interno|Scala|Piano)(?![A-Za-z]))';
const FR_PARTICLE = "(?:de la |de l'|de l’|du |des |de |d'|d’|la |le |les |l'|l’|aux |au |à )";
const FRENCH_LINE = new RegExp(
  `(?:[A-Za-z]+ée|[A-Za-z]+) (${FR_PARTICLE})?${NAME_WORD}(?: (?:${FR_PARTICLE})?${NOT_UNIT}${NAME_WORD}){0,4}(?![${LOWER}\\d])`,
  'y',
);

/**
 * The French line whose kind is at `at` (`12 rue de la Paix`, `5 bis avenue Victor Hugo`), from its house number,
 * with its postcode and city; a kind English shares (FRENCH_SHARED) needs a particle after it or a postcode.
 */
export function frenchLines(text: string, at: number, reported: number): Candidate[] {
  const from = Math.max(0, reported, at - 16);
  const head = FRENCH_HEAD.exec(text.slice(from, at));
  if (head === null) return [];
  const start = from + head.index;
  if (start > 0 && /[\w.,$€£#/:-]/.test(text.charAt(start - 1))) return [];
  FRENCH_LINE.lastIndex = at;
  const line = FRENCH_LINE.exec(text);
  if (line === null) return [];
  const nameEnd = at + line[0].length;
  let runEnd = at;
  while (isNameLetter(text.charCodeAt(runEnd))) runEnd++;
  if (FRENCH_SHARED.has(text.slice(at, runEnd)) && line[1] === undefined && stickyAt(TAIL, text, nameEnd) === -1) {
    return [];
  }
  return withTail(text, start, nameEnd);
}

/**
 * Where the postcode before the capitalised word at `start` begins (`10115` before `Berlin`, `1016` before `GV`,
 * with a country's `D-`) when an address label and its colon come right before it (`Anschrift: 10115 Berlin`,
 * `Lieferadresse:`, `adresse :`, `indirizzo:`, `adres:`, `Address:`; not after a hyphen: `E-Mail-Adresse`), or -1.
 * Read from the city, as the word-run pass starts the finder at no label in small letters; cheap for the words no
 * space and digit come before.
 */
export function addressLabelBefore(text: string, start: number): number {
  if (text.charCodeAt(start - 1) !== 32 || !isDigit(text.charCodeAt(start - 2))) return -1;
  let postcode = start - 2;
  while (postcode > start - 7 && isDigit(text.charCodeAt(postcode - 1))) postcode--;
  // Four or five digits (`200 OK` in a log is no postcode).
  if (start - 1 - postcode < 4 || isDigit(text.charCodeAt(postcode - 1))) return -1;
  if (text.charCodeAt(postcode - 1) === 45) {
    const country = /(?<![\w-])(?:D|A|CH|F|I|NL|B|L)-$/.exec(text.slice(Math.max(0, postcode - 4), postcode));
    if (country !== null) postcode -= country[0].length;
  }
  if (!LABEL_BEFORE.test(text.slice(Math.max(0, postcode - 24), postcode))) return -1;
  const end = stickyAt(POSTCODE_CITY_AT, text, postcode);
  return end > start ? postcode : -1;
}
const LABEL_BEFORE = /(?<!-)(?:[Aa]dresse|[Aa]nschrift|[Ii]ndirizzo|[Aa]dres|[Aa]ddress) ?: {0,3}$/;

/** The postcode and city after an address label whose city's word is at `at` (`Anschrift: 10115 Berlin`). */
export function addressLabelLines(text: string, at: number): Candidate[] {
  const postcode = addressLabelBefore(text, at);
  if (postcode === -1) return [];
  return [{ start: postcode, end: stickyAt(POSTCODE_CITY_AT, text, postcode), score: ADDRESS_SCORE }];
}

/** Base score of a street line (street-address.ts's). */
const ADDRESS_SCORE = 0.85;

/**
 * The street line [start, lineEnd) and its postcode and city: one span when they share the line, two when the
 * postcode opens the next one (an address block).
 */
function withTail(text: string, start: number, lineEnd: number): Candidate[] {
  TAIL.lastIndex = lineEnd;
  const tail = TAIL.exec(text);
  if (tail === null) return [{ start, end: lineEnd, score: ADDRESS_SCORE }];
  if (tail[1] !== undefined) return [{ start, end: TAIL.lastIndex, score: ADDRESS_SCORE }];
  const next = tail[2] as string;
  return [
    { start, end: lineEnd, score: ADDRESS_SCORE },
    { start: TAIL.lastIndex - next.length, end: TAIL.lastIndex, score: ADDRESS_SCORE },
  ];
}

/**
 * Whether a clause ends at `at`: the end of the text, a line break (a JSON-escaped one too), `,`, `;`, `)`, a
 * quote or a tab.
 */
function clauseEndsAt(text: string, at: number): boolean {
  if (at >= text.length) return true;
  const code = text.charCodeAt(at);
  if (code === 10 || code === 13 || code === 44 || code === 59 || code === 41 || code === 34 || code === 39)
    return true;
  if (code === 9) return true;
  if (code === 92) return /^\\[nrt"]/.test(text.slice(at, at + 2));
  return false;
}

/** Where a sticky regex's match at `start` ends, or -1 when it does not match there. */
function stickyAt(regex: RegExp, text: string, start: number): number {
  regex.lastIndex = start;
  return regex.test(text) ? regex.lastIndex : -1;
}

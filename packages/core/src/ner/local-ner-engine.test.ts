import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MaskError } from '../errors/mask-error.js';
import { PACKAGE_ROOT } from './__fixtures__/build-core.js';
import { LocalNerEngine } from './local-ner-engine.js';

const engine = new LocalNerEngine();

function found(text: string, entities?: string[]): [string, string][] {
  return engine
    .detectSync(text, entities ? { entities } : {})
    .map((span) => [span.type, text.slice(span.start, span.end)]);
}

describe('LocalNerEngine: span boundaries', () => {
  it('keeps titles, possessives and trailing punctuation out of names, and multi-word names whole', () => {
    expect(found('Dr. María López, Mr. John F. Kennedy Jr. and Sra. Ana de la Fuente met.')).toEqual([
      ['PERSON', 'María López'],
      ['PERSON', 'John F. Kennedy Jr.'],
      ['PERSON', 'Ana de la Fuente'],
    ]);
    expect(found("Please ask Donald van der Voet's assistant.")).toEqual([['PERSON', 'Donald van der Voet']]);
    expect(found('Dear Sir, please call Ms. O’Brien!')).toEqual([['PERSON', 'O’Brien']]);
    // A sentence's first word is joined to no given name after `for` (`Bank of America` still is one chunk).
    expect(found('Prescription for Eleanor Whitfield today')).toEqual([['PERSON', 'Eleanor Whitfield']]);
    // German, French and Italian courtesy titles: the unknown name after them is a person's.
    expect(found('Herr Jürgen Schmidt, Mme Claire Dubois and Signora Rossi')).toEqual([
      ['PERSON', 'Jürgen Schmidt'],
      ['PERSON', 'Claire Dubois'],
      ['PERSON', 'Rossi'],
    ]);
  });

  it('keeps a known family name with its given name in lower-case text, though it is also a dictionary word', () => {
    // Before: only the given name was found and "miller" / "fowler" reached the model.
    expect(found('call david miller tomorrow about the refund please')).toEqual([['PERSON', 'david miller']]);
    expect(found('alexandra fowler\n\n58 kvaløyvågvegen 140\n oslo')).toEqual([
      ['PERSON', 'alexandra fowler'],
      ['LOCATION', 'oslo'],
    ]);
    expect(found('ok so maria said the invoice was late again')).toEqual([]);
  });

  it('finds organisations with corporate suffixes, heads and dotted forms', () => {
    expect(found('Apple Inc. hired Tim Cook from the University of Texas.')).toEqual([
      ['ORGANIZATION', 'Apple Inc.'],
      ['PERSON', 'Tim Cook'],
      ['ORGANIZATION', 'University of Texas'],
    ]);
    expect(found('Sent by Ana García-López, CEO of Banco Santander.')).toEqual([
      ['PERSON', 'Ana García-López'],
      ['ORGANIZATION', 'Banco Santander'],
    ]);
  });

  it('reads ampersands and signature blocks', () => {
    expect(found('Procter & Gamble hired Dr. Ana & Mr. Luis.')).toEqual([
      ['ORGANIZATION', 'Procter & Gamble'],
      ['PERSON', 'Ana'],
      ['PERSON', 'Luis'],
    ]);
    const card =
      'Shannon Azevedo\nSystems administrator\nUniversal Design Partners\n91 Rua Augusta\nSuite 12\nHumppila\nFinland';
    expect(found(card)).toEqual([
      ['PERSON', 'Shannon Azevedo'],
      ['ORGANIZATION', 'Universal Design Partners'],
      ['LOCATION', 'Humppila'],
      ['LOCATION', 'Finland'],
    ]);
  });

  it("reads a form's labels as labels: no company in a label alone on its line, a town label's value a place", () => {
    // Tier 0 found the values and blanked them: the labels stand alone on their lines.
    expect(found('Vorname:       \nNachname:     \nStraße:               \nGeburtsdatum:           ')).toEqual([]);
    expect(found('Prénom :       \nNom :     ')).toEqual([]);
    expect(found('Data di nascita:           ')).toEqual([]);
    // Text without case (Chinese, Japanese): a label after an address line, its value blanked, is no town line.
    expect(found('氏名：山田 太郎\n住所：東京都千代田区千代田1-1\n電話番号：             ')).toEqual([]);
    expect(found('氏名：山田 太郎\n住所：東京都千代田区千代田1-1\n電話番号 :             ')).toEqual([]);
    // A town label's value, though the town is also an ordinary word or a name (`Berlin`, `Florence`).
    expect(found('Ort: Berlin')).toEqual([['LOCATION', 'Berlin']]);
    expect(found('City: Florence')).toEqual([['LOCATION', 'Florence']]);
    expect(found('Ville : Lyon')).toEqual([['LOCATION', 'Lyon']]);
    expect(found('Berlin is big')).toEqual([]);
    // A blood pressure's label is no oil company (`[ORGANIZATION_1] 142/88` lost a clinical note's vital sign).
    expect(found('O: BP 142/88, HR 91. Her BP was 130/85.')).toEqual([]);
    expect(found('BP shares fell 3%')).toEqual([['ORGANIZATION', 'BP']]);
    // Fields two spaces apart on one line: the next field's label is no part of the name (`Dx` was masked with it).
    expect(found('Attending: Dr. Kofi Osei  Dx: T2DM')).toEqual([['PERSON', 'Kofi Osei']]);
    expect(found('Name: John  Smith')).toEqual([['PERSON', 'John  Smith']]);
    // A corporate word names a firm after other words only.
    expect(found('Data Systems hired Ana Lopez.')).toEqual([
      ['ORGANIZATION', 'Data Systems'],
      ['PERSON', 'Ana Lopez'],
    ]);
    expect(found('Ville Virtanen called.')).toEqual([['PERSON', 'Ville Virtanen']]);
  });

  it('reads a word no list holds before a known family name as a given name, in prose, not on a line of its own', () => {
    expect(found('I spoke with Wanjiru Okonkwo yesterday about the refund.')).toEqual([['PERSON', 'Wanjiru Okonkwo']]);
    expect(found('Please ask Wanjiru Okonkwo to call back.')).toEqual([['PERSON', 'Wanjiru Okonkwo']]);
    // An ordinary word before a family name is no given name.
    expect(found('We reviewed the Project Okonkwo report.')).not.toContainEqual(['PERSON', 'Project Okonkwo']);
  });

  it('reads greetings, courtesy titles and institutions after a name', () => {
    expect(found('Dear Mr. Smith, thanks. Estimado Sr. Gómez: le escribimos desde Bilbao.')).toEqual([
      ['PERSON', 'Smith'],
      ['PERSON', 'Gómez'],
      ['LOCATION', 'Bilbao'],
    ]);
    expect(found('Hablé con María José Rodríguez de la Universidad de Salamanca.')).toEqual([
      ['PERSON', 'María José Rodríguez'],
      ['ORGANIZATION', 'Universidad de Salamanca'],
    ]);
  });

  it("reads a Catalan name's two family names joined by `i` as one name (`Jordi Puigvert i Casals`)", () => {
    // Before: `i Casals` was left after the name, and `Casals` reached the model.
    expect(found('De una parte, Jordi Puigvert i Casals, mayor de edad')).toEqual([
      ['PERSON', 'Jordi Puigvert i Casals'],
    ]);
    expect(found('Tom i Jerry')).toEqual([
      ['PERSON', 'Tom'],
      ['PERSON', 'Jerry'],
    ]);
  });

  it("reads Spanish `D.` (don) before a name as a title, as `Dña.` is (a deed's `comparece D. Ramón …`)", () => {
    // Before: the initial-shaped title took the name with it, and nothing was read.
    expect(found('comparece D. Ramón Ibáñez Prieto, mayor de edad')).toEqual([['PERSON', 'Ramón Ibáñez Prieto']]);
    expect(found('El titular D. Ramón Ibáñez firmó')).toEqual([['PERSON', 'Ramón Ibáñez']]);
    expect(found('Vitamin D levels are low')).toEqual([]);
  });

  it('handles Spanish text', () => {
    expect(
      found('Hola, me llamo Carmen Ruiz y vivo en Sevilla, España. Trabajo en Telefónica S.A. desde 2019.'),
    ).toEqual([
      ['PERSON', 'Carmen Ruiz'],
      ['LOCATION', 'Sevilla'],
      ['LOCATION', 'España'],
      ['ORGANIZATION', 'Telefónica S.A.'],
    ]);
  });

  it('finds multi-word places, including ones with inner lower-case words', () => {
    expect(found("He flew from the People's Republic of China to Saint Kitts and Nevis.")).toEqual([
      ['LOCATION', "People's Republic of China"],
      ['LOCATION', 'Saint Kitts and Nevis'],
    ]);
  });

  it('uses the gazetteers alone on text without capitals', () => {
    expect(found('i live in spain and my friend natasha higuchi lives in peru')).toEqual([
      ['LOCATION', 'spain'],
      ['PERSON', 'natasha higuchi'],
      ['LOCATION', 'peru'],
    ]);
  });

  it('reads dialogue, lists and credits', () => {
    expect(found('Brianna, can I please speak to your boss?')).toEqual([['PERSON', 'Brianna']]);
    expect(found('Our founders: Eklund, Warren and Bailey.').sort()).toEqual([
      ['PERSON', 'Bailey'],
      ['PERSON', 'Eklund'],
      ['PERSON', 'Warren'],
    ]);
    expect(found('We visited Paris, London and Berlin.')).toEqual([
      ['LOCATION', 'Paris'],
      ['LOCATION', 'London'],
      ['LOCATION', 'Berlin'],
    ]);
    expect(found('A film starring Lafontaine, directed by Dr. Taylor Einarsson MD.')).toEqual([
      ['PERSON', 'Lafontaine'],
      ['PERSON', 'Taylor Einarsson MD'],
    ]);
  });

  it("reads a mail address's display name as a person's, unknown names too, not a mailbox's or a type's", () => {
    expect(found('From: Wanjiru Okonkwo <w.okonkwo@gmail.com>')).toEqual([['PERSON', 'Wanjiru Okonkwo']]);
    // As the waterfall passes it: the address blanked with spaces.
    expect(found('{"name":"From","value":"Tadeusz Wróblewski <                    >"}')).toEqual([
      ['PERSON', 'Tadeusz Wróblewski'],
    ]);
    expect(found('Cc: "Okonkwo, Wanjiru" <w@example.com>')).toEqual([['PERSON', 'Okonkwo, Wanjiru']]);
    expect(found('From: Acme Support <help@acme.com>')).toEqual([]);
    expect(found('From: Billing Team <billing@example.com>')).toEqual([]);
    expect(found('List<String> names = new ArrayList<>();')).toEqual([]);
    expect(found('if Foo Bar < c > d')).toEqual([]);
  });

  it('reads two or three name-like words after a role the system gives people, not a role before a thing', () => {
    // Before: `Li` is a dictionary word and `Eze` in no gazetteer, so both names reached the model.
    expect(found('Customer Li Wei called from home.')).toEqual([['PERSON', 'Li Wei']]);
    expect(found('Customer Ngozi Eze asked for a refund.')).toEqual([['PERSON', 'Ngozi Eze']]);
    expect(found('Caller: Ngozi Eze')).toEqual([['PERSON', 'Ngozi Eze']]);
    expect(found('Please call Patient Ngozi Eze today.')).toEqual([['PERSON', 'Ngozi Eze']]);
    expect(found('La paciente Ngozi Eze llegó tarde.')).toEqual([['PERSON', 'Ngozi Eze']]);
    expect(found('Customer Tomasz Nowak called')).toEqual([['PERSON', 'Tomasz Nowak']]);
    for (const text of [
      'Contact Customer Service today.',
      'Open the Patient Portal to see it.',
      'Go to User Settings and rotate the Client Secret.',
      'See Member Benefits for details.',
      'The Customer Service Team called back.',
      'Log in to the Patient Portal Login page.',
      'The customer Acme Cloud renewed.',
    ]) {
      expect(found(text).filter(([type]) => type === 'PERSON')).toEqual([]);
    }
  });

  it('reads a name after `spoke with` or a colleague, and before `signed` or `approved`, one of its words known', () => {
    // Before: three words, or a cue the rules did not know, and the name reached the model.
    expect(found('I spoke with Thanh Huong Nguyen yesterday about the invoice.')).toEqual([
      ['PERSON', 'Thanh Huong Nguyen'],
    ]);
    expect(found('Adebayo Oluwole Fashola signed the lease.')).toEqual([['PERSON', 'Adebayo Oluwole Fashola']]);
    expect(found('Please update the billing contact to my colleague Folasade Adebayo-Ogunleye today.')).toEqual([
      ['PERSON', 'Folasade Adebayo-Ogunleye'],
    ]);
    // A company is spoken and met with too: no name word, no person.
    expect(found('I spoke with Acme Support yesterday')).toEqual([]);
    expect(found('We met with Google Cloud sales')).toEqual([]);
  });

  it('reads a name-like chunk before a verb only people do, not a team, a firm or ordinary words', () => {
    expect(found('Ngozi Eze called twice.')).toEqual([['PERSON', 'Ngozi Eze']]);
    expect(found('Yesterday Ngozi Eze wrote back.')).toEqual([['PERSON', 'Ngozi Eze']]);
    expect(found('Okafor Ubah called twice.')).toEqual([['PERSON', 'Okafor Ubah']]);
    expect(found('Okafor Ubah is here.')).toEqual([]);
    expect(found('Customer Service called twice.')).toEqual([]);
    expect(found('Sun Microsystems said no.')).toEqual([]);
    expect(found('The White House said no.').filter(([type]) => type === 'PERSON')).toEqual([]);
  });

  it('reads a Chinese, Korean or Vietnamese family name before a given name, not before an ordinary word', () => {
    expect(found('Li Wei called.')).toEqual([['PERSON', 'Li Wei']]);
    expect(found('Caller: Li Wei')).toEqual([['PERSON', 'Li Wei']]);
    expect(found('The invoice went to Wang Fang and Li Xiaoming.')).toEqual([
      ['PERSON', 'Wang Fang'],
      ['PERSON', 'Li Xiaoming'],
    ]);
    expect(found('Customer Wei Chen called')).toEqual([['PERSON', 'Wei Chen']]);
    // Without capitals: the family name joins the given name after it (before: `li [PERSON_1]`, half a name).
    expect(found('customer li wei called from home about the refund')).toEqual([['PERSON', 'li wei']]);
    expect(found('please ask wang jing about the invoice today')).toEqual([['PERSON', 'wang jing']]);
    expect(found('the sun lili show starts at nine tonight')).toEqual([['PERSON', 'lili']]);
    for (const text of ['We skied in Sun Valley.', 'The Park Avenue office opened.', 'Ma Bell was a phone company.']) {
      expect(found(text).filter(([type]) => type === 'PERSON')).toEqual([]);
    }
  });

  it('reads every single word of a list after a plural noun for people and a colon as a person', () => {
    // Before: `Copeland` and `Leehy` are in no gazetteer and `Ewing` is a town, so the founders reached the model.
    expect(found('It is the brainchild of our 3 founders: Leehy, Perkins and Copeland.')).toEqual([
      ['PERSON', 'Leehy'],
      ['PERSON', 'Perkins'],
      ['PERSON', 'Copeland'],
    ]);
    expect(found('Attendees: Turgeon, Guerra and Ewing').sort()).toEqual([
      ['PERSON', 'Ewing'],
      ['PERSON', 'Guerra'],
      ['PERSON', 'Turgeon'],
    ]);
    // Not without the noun, and not after one for things.
    expect(found('Our partners: Acme, Globex and Initech.').filter(([type]) => type === 'PERSON')).toEqual([]);
    expect(found('We visited Paris, London and Berlin.')).toEqual([
      ['LOCATION', 'Paris'],
      ['LOCATION', 'London'],
      ['LOCATION', 'Berlin'],
    ]);
  });

  it('knows frequent Igbo, Hausa, Yoruba and Akan names that no Faker list holds', () => {
    // Before: no cue, and neither word in a gazetteer: both names reached the model.
    expect(found('Please reply to Adaeze Nwosu today.')).toEqual([['PERSON', 'Adaeze Nwosu']]);
    expect(found('I met Chioma Okafor and Abdullahi Garba in the lobby.')).toEqual([
      ['PERSON', 'Chioma Okafor'],
      ['PERSON', 'Abdullahi Garba'],
    ]);
    expect(found('please forward it to kwadwo frimpong')).toEqual([['PERSON', 'kwadwo frimpong']]);
    // A Spanish word is no name here: `sola` (alone) was left out of the list on purpose.
    expect(found('ella vino sola a la cita de hoy con el equipo').filter(([type]) => type === 'PERSON')).toEqual([]);
  });

  it("knows the US's frequent given and family names (SSA, Census), not one that is a word, a place or a people", () => {
    // Before: in no Faker list, so with no cue both names reached the model.
    expect(found('Rashida Johnson approved the refund.')).toEqual([['PERSON', 'Rashida Johnson']]);
    expect(found('Name: Rashida Whitfield')).toEqual([['PERSON', 'Rashida Whitfield']]);
    expect(found('Kyson McDonald opened PR 42')).toEqual([['PERSON', 'Kyson McDonald']]);
    expect(found('Call Jamilah Kimbrough at noon')).toEqual([['PERSON', 'Jamilah Kimbrough']]);
    // The SSA gives `Thai`, `Denver` and `Hamilton` as names: taken from it, they read as people.
    expect(found("There's this nice new Thai place downtown.")).toEqual([]);
    expect(found('Flights to Denver on Friday')).toEqual([['LOCATION', 'Denver']]);
    expect(found('Celebrating its 10th year in Hamilton East, the firm').map(([type]) => type)).toEqual(['LOCATION']);
  });

  it('leaves a name inside a URL, a path, an ARN or a dotted identifier whole to the pattern tier', () => {
    // Before: `http://hl7.org/fhir/[PERSON_1]` and `user/maria.[LOCATION_1]`, a broken URL and a half-masked user.
    expect(found('see http://hl7.org/fhir/sid/us-ssn now')).toEqual([]);
    expect(found('arn:aws:iam::123456789012:user/maria.garcia')).toEqual([]);
    expect(found('user maria.garcia logged in from the app today')).toEqual([]);
    expect(found('Open https://www.linkedin.com/in/Maria-Garcia today.')).toEqual([]);
    expect(found('Saved to /home/Maria/notes.txt')).toEqual([]);
    expect(found('{"system":"http://hl7.org/fhir/sid/us-ssn","name":"Maria Lopez"}')).toEqual([
      ['PERSON', 'Maria Lopez'],
    ]);
    // A slash between names is no path.
    expect(found('Ask Maria/Juan about it')).toEqual([
      ['PERSON', 'Maria'],
      ['PERSON', 'Juan'],
    ]);
    expect(found('Customer Li Wei (see /tickets/12) called.')).toEqual([['PERSON', 'Li Wei']]);
    expect(found('Maria Lopez.')).toEqual([['PERSON', 'Maria Lopez']]);
  });

  it('reads a town before a comma and its country or state as a place, and the state too', () => {
    // Before: `Lindon` and `Utah` alone, and `Muscat` (also a grape) in a résumé's header, reached the model.
    expect(found('Lindon, Utah')).toEqual([
      ['LOCATION', 'Lindon'],
      ['LOCATION', 'Utah'],
    ]);
    expect(found('Aisha Al-Farsi\nMuscat, Oman | +968 9123 4567')).toContainEqual(['LOCATION', 'Muscat']);
    expect(found('Salt Lake City, Utah')).toEqual([
      ['LOCATION', 'Salt Lake City'],
      ['LOCATION', 'Utah'],
    ]);
    expect(found('Office: Selwyn Heights, New South Wales')).toEqual([
      ['LOCATION', 'Selwyn Heights'],
      ['LOCATION', 'New South Wales'],
    ]);
    // India's states; a locality before its city and state.
    expect(found('H.No. 12-2-826/A, Mehdipatnam, Hyderabad, Telangana 500028')).toEqual([
      ['LOCATION', 'Mehdipatnam'],
      ['LOCATION', 'Hyderabad'],
      ['LOCATION', 'Telangana'],
    ]);
    // A greeting, an ordinary word inside a sentence and a family name before a given name are no towns.
    expect(found('Hello, Jordan!').map(([, value]) => value)).not.toContain('Hello');
    expect(found('Thanks, Georgia').map(([, value]) => value)).not.toContain('Thanks');
    expect(found('Welcome to the team, Georgia, we are glad.').map(([, value]) => value)).not.toContain('Welcome');
    // (Alone, it is a name family name first: see detectInvertedNames.)
    expect(found('Smith, Jordan')).not.toContainEqual(['LOCATION', 'Smith']);
    expect(found('Smith, Jordan')).toContainEqual(['PERSON', 'Smith']);
    expect(found('Team: Sales, India\nStatus: Approved, Texas').map(([, value]) => value)).toEqual(['India']);
    expect(found('Team: Operations, Canada').map(([, value]) => value)).toEqual(['Canada']);
  });

  it("reads French, Italian and Portuguese greetings before a name, and Chile's `RUT` as no name", () => {
    // Before, `Lefèvre` and `Giuseppe Verdi` reached the model, and `RUT` (Rut, a given name) was masked.
    expect(found('Bonjour M. Lefèvre, votre rendez-vous est confirmé.')).toEqual([['PERSON', 'M. Lefèvre']]);
    expect(found('Caro Giuseppe Verdi, la fattura è pronta.')).toEqual([['PERSON', 'Giuseppe Verdi']]);
    expect(found('Gentile Signora Bianchi,')).toEqual([['PERSON', 'Bianchi']]);
    expect(found('Prezado Rodrigo, obrigado.')).toEqual([['PERSON', 'Rodrigo']]);
    expect(found('Mi RUT es 12.345.678-5')).toEqual([]);
  });

  it('reads a double-barrelled name as a known name when its family part or its given part is known', () => {
    // Before: `for customer Bethan Pryce-Jones` gave nothing (neither `Bethan` nor `Pryce-Jones` is in a list).
    expect(found('INFO sending SMS for customer Bethan Pryce-Jones (account 12345678)')).toEqual([
      ['PERSON', 'Bethan Pryce-Jones'],
    ]);
    expect(found('We met Jean-Pierre Okafor today')).toEqual([['PERSON', 'Jean-Pierre Okafor']]);
    expect(found('The Paris-London route and Coca-Cola')).toEqual([]);
  });

  it("reads a bank statement's transfer codes as cues: the payee in capitals is a person", () => {
    // Before, `J SMITH` and `ANNA KOWALSKA` reached the model: in capitals only the gazetteers count, and `anna`,
    // `john` and `smith` are dictionary words too.
    const statement =
      '05/11 TFR TO J SMITH REF RENT NOV 850.00\n12/11 FPS FROM ANNA KOWALSKA REF LOAN 200.00\n09/11 DD BRITISH GAS 64.00';
    expect(found(statement)).toEqual([
      ['PERSON', 'J SMITH'],
      ['PERSON', 'ANNA KOWALSKA'],
    ]);
    expect(found('Zelle to Maria Gonzalez $40')).toEqual([['PERSON', 'Maria Gonzalez']]);
    expect(found('TRANSFER TO SAVINGS 100.00').filter(([type]) => type === 'PERSON')).toEqual([]);
    // An ACH entry's and Spanish banks' payees, whole: only the given name was read before (`MARIA`, `JAVIER RUIZ`).
    expect(found('ACH CREDIT IND NAME:MARIA L GONZALEZ IND ID:123')).toEqual([['PERSON', 'MARIA L GONZALEZ']]);
    expect(found('TRANSFERENCIA A FAVOR DE MARIA DEL CARMEN LOPEZ GARCIA')).toEqual([
      ['PERSON', 'MARIA DEL CARMEN LOPEZ GARCIA'],
    ]);
    expect(found('BIZUM DE JAVIER RUIZ MARTIN 612845390 CONCEPTO CENA')).toEqual([['PERSON', 'JAVIER RUIZ MARTIN']]);
  });

  it('reads no one in a letter to a customer, a job title, a currency, a field abbreviation or a bank field (red team)', () => {
    expect(found('Dear Customer, Rs. 12,500.00 debited from A/c XX3726')).toEqual([]);
    expect(found('Dear Valued Member,')).toEqual([]);
    expect(found('Name: Courtney Blackwell\nTitle: General Counsel')).toEqual([['PERSON', 'Courtney Blackwell']]);
    expect(found('Title: VP Finance')).toEqual([]);
    // Only a job's title: a document's or a ticket's title that is a name is read as one.
    expect(found('Title: Jane Smith')).toEqual([['PERSON', 'Jane Smith']]);
    expect(found('Position: Maria Lopez')).toEqual([['PERSON', 'Maria Lopez']]);
    expect(found('Job title: Head of Growth')).toEqual([]);
    expect(found('acct no. 4471928830 / ABA 026009593')).toEqual([]);
    expect(found('Employee: MARCUS D. ELLINGTON   File #: 004721   Dept: 310')).toEqual([
      ['PERSON', 'MARCUS D. ELLINGTON'],
    ]);
    expect(found('Employee,Bank Routing,Bank Account')).toEqual([]);
    // The same words still name people and firms where they do.
    expect(found('Dear Maria,')).toEqual([['PERSON', 'Maria']]);
    expect(found('Job Smith called about the refund')).toEqual([['PERSON', 'Job Smith']]);
    expect(found('Paid Bank of America and Banco Santander')).toEqual([
      ['ORGANIZATION', 'Bank of America'],
      ['ORGANIZATION', 'Banco Santander'],
    ]);
  });

  it('reads a name after kin as a label (`Wife: Adaora`), and every name of a list after `Kids:`', () => {
    expect(found('NOTE:Wife: Adaora. Son: Tobi')).toEqual([
      ['PERSON', 'Adaora'],
      ['PERSON', 'Tobi'],
    ]);
    expect(found('Kids: Ebube, Chidera and Tobi')).toEqual([
      ['PERSON', 'Ebube'],
      ['PERSON', 'Chidera'],
      ['PERSON', 'Tobi'],
    ]);
    // Not a placeholder's letter, kin in prose without its colon, a business's partner, or a price list's words.
    expect(found('Son: N/A')).toEqual([]);
    expect(found('the wife Lunch menu')).toEqual([]);
    expect(found('Partner: Google Cloud').filter(([type]) => type === 'PERSON')).toEqual([]);
    expect(found('Kids: Free, Adults: $12')).toEqual([]);
  });

  it("reads no town line in a record's or a markup's line (keys and tags after a line with a digit)", () => {
    // The waterfall blanks what Tier 0 found: the keys left on the line read as an address block's town before.
    expect(found('{"a":1}\n{"changes":{"last_name":["        ","               "]}}')).toEqual([]);
    expect(found('BEGIN:VCARD\nVERSION:3.0\nFN:          \nNOTE:Wife: Ada. Kids: Ebube (8)\nEND:VCARD')).toEqual([
      ['PERSON', 'Ada'],
    ]);
    expect(found('12 MAIN ST\nSPRINGFIELD IL')).toEqual([['LOCATION', 'SPRINGFIELD IL']]);
    // A short card's keys in capitals do not make its text read as written in capitals (its cues still count).
    expect(found('NOTE:Wife: Adaora\nEND:VCARD')).toEqual([['PERSON', 'Adaora']]);
  });

  it('keeps initials before a family name, and reads no code before a number as a given name', () => {
    // `D.` is Spanish `don` before a name, but before another initial it is the name's first (`D. L. Kettering`).
    expect(found('aliases: D. L. Kettering')).toEqual([['PERSON', 'D. L. Kettering']]);
    expect(found('comparece D. Ramón Ibáñez Prieto, mayor de edad')).toEqual([['PERSON', 'Ramón Ibáñez Prieto']]);
    // `NIA: 8472910` (a student number's label), `IB 48201937` (an airline's code): no person.
    expect(found('NIA: 8472910')).toEqual([]);
    expect(found('Frequent flyer: IB 48201937')).toEqual([]);
    expect(found('Dear ANA, your code is 12345')).toEqual([['PERSON', 'ANA']]);
  });

  it('reads a name after a police, legal or claims role in capitals (`Detective Maria Lopez`), red team', () => {
    // Before, the role word opened the chunk and hid the name after it, known names too.
    expect(found('Spoke with Detective Maria Lopez')).toEqual([['PERSON', 'Maria Lopez']]);
    expect(found('Public Defender Lisa Hartmann called')).toEqual([['PERSON', 'Lisa Hartmann']]);
    expect(found('Officer Training Program starts')).toEqual([]);
  });

  it('reads a name after a qualified role, a specialty before a title or what a person leaves (red team)', () => {
    // Before, the word before the role, the title or `of` opened the chunk and the name reached the model.
    expect(found('Referred by Public Defender Lisa Hartmann.')).toEqual([['PERSON', 'Lisa Hartmann']]);
    expect(found('Follow up with OB Dr. Lena Fischer.')).toEqual([['PERSON', 'Lena Fischer']]);
    expect(found('Contingent — Estate of Harold Feldstein.')).toEqual([['PERSON', 'Harold Feldstein']]);
    // No name after them: the words are an office's, a film's or a company's name as before.
    expect(found('Public Defender Office')).toEqual([['ORGANIZATION', 'Public Defender Office']]);
    expect(found('Estate of Mind Records')).toEqual([['ORGANIZATION', 'Estate of Mind Records']]);
    expect(found('ICU Dr.')).toEqual([]);
  });

  it("leaves a disease named after a person and a name field's label, a patient's name read (red team)", () => {
    // Before, the eponyms and `Major` were PERSONs and the diagnosis lost its meaning.
    expect(found('Dx: Parkinson disease; hx Hashimoto thyroiditis.')).toEqual([]);
    expect(found("Crohn's disease flare")).toEqual([]);
    expect(found('Diagnosis: F33.1 Major depressive disorder, recurrent')).toEqual([]);
    expect(found('Delivered a girl. Baby name: Aurora Chen-Whitaker.')).toEqual([['PERSON', 'Aurora Chen-Whitaker']]);
    expect(found("Hx of Bell's palsy noted")).toEqual([]);
    // A patient's name stays one: no eponym, after a title or a role, after other words, or with a given name.
    expect(found('Maria has arthritis')).toEqual([['PERSON', 'Maria']]);
    expect(found("Maria's arthritis")).toEqual([['PERSON', 'Maria']]);
    expect(found('Maria Lopez arthritis')).toEqual([['PERSON', 'Maria Lopez']]);
    expect(found("Mrs. Smith's arthritis is worse.")).toEqual([['PERSON', 'Smith']]);
    expect(found("Follow up on Hernandez's anemia")).toEqual([['PERSON', 'Hernandez']]);
    expect(found('Mr. Nguyen chronic arthritis')).toEqual([['PERSON', 'Nguyen']]);
    // `name:` after a name inside a sentence is no label.
    expect(found('Verified Kowalski name: matches ID')).toEqual([['PERSON', 'Kowalski']]);
  });

  it('leaves a word that spells a letter out on a call (`N as in Nancy`), red team', () => {
    expect(found('Speaker 1: Sure, N as in Nancy, G, U, Y, E, N.')).toEqual([]);
    expect(found("It's W as in William, 8 3 7 2 9 1 4 5 6.")).toEqual([]);
    // A ZIP said digit by digit, its first word capitalised; `Nine Martinez` stays a name.
    expect(found('Agent: And the billing zip?\nCaller: Nine four one one oh.')).toEqual([]);
    expect(found('Nine Martinez called back')).toEqual([['PERSON', 'Nine Martinez']]);
    // Not another letter's word, nor a name after `as in` alone.
    expect(found('Maria Lopez, as in Maria Lopez the singer')).toEqual([
      ['PERSON', 'Maria Lopez'],
      ['PERSON', 'Maria Lopez'],
    ]);
  });

  it("reads a parcel's sender, recipient and who picked it up (red team: courier records)", () => {
    expect(found('Sender Wang Fang')).toEqual([['PERSON', 'Wang Fang']]);
    expect(found('Picked up by Xiaoming Li at 3pm')).toEqual([['PERSON', 'Xiaoming Li']]);
    expect(found('Sender Service Team')).toEqual([]);
    expect(found('Picked up by courier at 3pm')).toEqual([]);
  });

  it('reads a Vietnamese name whose given name is `An` whole (red team: `An` reached the model)', () => {
    expect(found('Employee: Nguyen Van An joined')).toEqual([['PERSON', 'Nguyen Van An']]);
    expect(found('Tran Thi An said so')).toEqual([['PERSON', 'Tran Thi An']]);
    // Review: family names the gazetteers lack or that are particles too, four words, two words.
    expect(found('Employee: Le Van An')).toEqual([['PERSON', 'Le Van An']]);
    expect(found('Dang Huu An')).toEqual([['PERSON', 'Dang Huu An']]);
    expect(found('Nguyen Thi Thu An')).toEqual([['PERSON', 'Nguyen Thi Thu An']]);
    expect(found('Nguyen An')).toEqual([['PERSON', 'Nguyen An']]);
    // `Do` alone before `An` may be a title's words.
    expect(found('How To Do An Exercise')).toEqual([]);
    // Another ordinary word after the middle name stays out of the name, as before.
    expect(found('Tran Thi Do said')).toEqual([['PERSON', 'Tran Thi']]);
  });

  it("reads joint holders' names written family name first, joined by `&` (a deed's owners, red team)", () => {
    expect(found('Owner: SMITH, JOHN & SMITH, MARY')).toEqual([
      ['PERSON', 'SMITH'],
      ['PERSON', 'JOHN'],
      ['PERSON', 'SMITH'],
      ['PERSON', 'MARY'],
    ]);
    // In mixed case the ampersand made `John & Smith` a firm and let the first `Smith` through.
    expect(found('Owner: Smith, John & Smith, Mary')).toEqual([
      ['PERSON', 'Smith'],
      ['PERSON', 'John'],
      ['PERSON', 'Smith'],
      ['PERSON', 'Mary'],
    ]);
    expect(found('John & Smith, Inc.')).toEqual([
      ['ORGANIZATION', 'John & Smith'],
      ['ORGANIZATION', 'Inc'],
    ]);
  });

  it('reads the name after `maiden name` or `de soltera` as a person, an identity check asks for it (red team)', () => {
    expect(found("Verified via mother's maiden name (Bhattacharya).")).toEqual([['PERSON', 'Bhattacharya']]);
    expect(found('confirmó su apellido de soltera Etxeberria')).toEqual([['PERSON', 'Etxeberria']]);
  });

  it('reads the kin a family writes before a name as a title (`Auntie Li`, `Cousin Tavish`)', () => {
    // Before, both names reached the model: `Li` and `Tavish` alone are no name the rules read.
    expect(found('Happy birthday Mei! Love, Auntie Li')).toEqual([
      ['PERSON', 'Mei'],
      ['PERSON', 'Li'],
    ]);
    expect(found('Cousin Tavish will come')).toEqual([['PERSON', 'Tavish']]);
    expect(found("Grandma's recipe")).toEqual([]);
  });

  it('leaves a time zone whole: its area and its city name the clock, not where anyone is', () => {
    // Before: `[LOCATION_1]/Los_Angeles`, `Europe/[PERSON_1]` and `[PERSON_1]/[LOCATION_2]` (Asia/Kolkata).
    expect(found('{"tz": "America/Los_Angeles"}')).toEqual([]);
    expect(found('server TZ=Europe/London.')).toEqual([]);
    expect(found('Asia/Kolkata')).toEqual([]);
    expect(found('zone America/Argentina/Buenos_Aires, alias US/Eastern, Etc/GMT+5')).toEqual([]);
    // The places around a zone are still places.
    expect(found('Maria moved from Sydney (Australia/Sydney) to Paris.')).toEqual([
      ['PERSON', 'Maria'],
      ['LOCATION', 'Sydney'],
      ['LOCATION', 'Paris'],
    ]);
  });

  it('scans a 200 KB text whole, with long capitalised runs classified in pieces', () => {
    const text = 'Ana López met Bob Smith at Acme Corp. '.repeat(5_000);
    const spans = engine.detectSync(text);
    expect(spans.filter((span) => span.type === 'PERSON')).toHaveLength(10_000);
    expect(spans.filter((span) => span.type === 'ORGANIZATION')).toHaveLength(5_000);
    const headline = Array.from({ length: 33 }, () => 'Maria').join(' ');
    expect(engine.detectSync(headline).at(-1)!.end).toBe(headline.length);
  });

  it('reports UTF-16 offsets after astral characters', () => {
    const text = '🙂🙂 Maria Lopez';
    const [span] = engine.detectSync(text);
    expect(span).toMatchObject({ type: 'PERSON', start: 5, end: 16, recognizer: 'mask-ner' });
  });

  it('does not invent names in ordinary sentences', () => {
    expect(found('The meeting is on Monday. Will you bring the report? Thanks!')).toEqual([]);
    expect(found('The Princess Royal arrived this morning.')).toEqual([]);
  });

  it('reads an organisation head opening a sentence with the rest (`Bank of America`), not a place after it', () => {
    expect(found('Bank of America')).toEqual([['ORGANIZATION', 'Bank of America']]);
    expect(found('Bank of America charged me twice.')).toEqual([['ORGANIZATION', 'Bank of America']]);
    expect(found('University of Texas')).toEqual([['ORGANIZATION', 'University of Texas']]);
    expect(found('Prescription for Eleanor Whitfield today')).toEqual([['PERSON', 'Eleanor Whitfield']]);
  });

  it('takes no X12 segment identifier for a given name (`ISA*00*`, `PER*IC*`), a name in stars still', () => {
    const header = 'ISA*00*          *00*          *ZZ*SENDERID       *ZZ*RECEIVERID     *210101*1200*U*00401*0*P*>~';
    expect(found(header)).toEqual([]);
    expect(found(`${header}GS*HC*SENDER*RECEIVER~\nPER*IC*BILLING DEPT*TE*5551234567~`)).toEqual([]);
    expect(found('*Isa* called twice').map(([type]) => type)).toEqual(['PERSON']);
    expect(found('Dear ANA, thanks for the update.')).toEqual([['PERSON', 'ANA']]);
  });

  it('reads an unknown given name before a known family name after `to` as a person, a place after `moved to`', () => {
    expect(found('Venmo payment to Wanjiru Okonkwo')).toEqual([['PERSON', 'Wanjiru Okonkwo']]);
    expect(found('wire sent to Chidinma Adeyemi today')).toEqual([['PERSON', 'Chidinma Adeyemi']]);
    expect(found('She flew to Port Harcourt on Monday.')).toEqual([['LOCATION', 'Port Harcourt']]);
    expect(found('We drove to Fort Collins.')).toEqual([['LOCATION', 'Fort Collins']]);
  });

  it("takes no markup tag's or attribute's name for an entity (ISO 20022 `<Amt>`), the text between tags still", () => {
    const payment =
      '<CdtTrfTxInf><Amt><InstdAmt Ccy="EUR">1250.00</InstdAmt></Amt><Cdtr><Nm>Olivia Hartwell</Nm></Cdtr></CdtTrfTxInf>';
    expect(found(payment)).toEqual([['PERSON', 'Olivia Hartwell']]);
    expect(found('<Amt>5</Amt>')).toEqual([]);
    expect(found('<doc><Bank Amt="5" Nm="x"/></doc>')).toEqual([]);
    expect(found('<p>Dear <b>Olivia Hartwell</b>, thank you.</p>')).toEqual([['PERSON', 'Olivia Hartwell']]);
    expect(found('<img alt="Olivia Hartwell">')).toEqual([['PERSON', 'Olivia Hartwell']]);
  });

  it('reads no ordinary word after a place cue as a place (`In Progress`, `in Review`), an unknown one still', () => {
    for (const status of [
      'In Progress',
      'In Review',
      'Ticket moved to In Progress by the bot',
      'Order is in Transit',
      'Deployed in Production',
      'Refer to Endocrinology.',
    ]) {
      expect(found(status)).toEqual([]);
    }
    expect(found('I am staying in Kettlewick this week.')).toEqual([['LOCATION', 'Kettlewick']]);
    expect(found('She lives in Reading.')).toEqual([['LOCATION', 'Reading']]);
  });

  it("reads a letter's closing line as nobody and the line after it as the writer", () => {
    expect(found('Hi team, please refund.\n\nBest,\nWanjiru')).toEqual([['PERSON', 'Wanjiru']]);
    expect(found('Gracias.\n\nSaludos,\nMaría')).toEqual([['PERSON', 'María']]);
    expect(found('Danke.\n\nMit freundlichen Grüßen\nJürgen Müller')).toEqual([['PERSON', 'Jürgen Müller']]);
    expect(found('Hi.\n\nBest regards,\nPriya Raghunathan')).toEqual([['PERSON', 'Priya Raghunathan']]);
    // `Best` is a family name, and a closing word in a sentence is no closing line.
    expect(found('George Best scored twice.')).toEqual([['PERSON', 'George Best']]);
    expect(found('Best,\nAcme Support').map(([, value]) => value)).toEqual(['Acme Support']);
  });

  it("reads no identifier's letters, temperature unit, SQL keywords or software after `to` as an entity", () => {
    expect(found('WM-2201 and PROJ-1234 shipped')).toEqual([]);
    expect(found('Preheat oven to 200°C. Mix 2 cups flour.')).toEqual([]);
    expect(found("SELECT id FROM orders WHERE status = 'open' ORDER BY created_at DESC LIMIT 50;")).toEqual([]);
    for (const text of ['Migrate billing service to Kubernetes.', 'deploy to Vercel today', 'stored in Postgres']) {
      expect(found(text)).toEqual([]);
    }
    // Names and places still: a name beside a number, one that is also a product's elsewhere, a city after `to`.
    expect(found('Ticket for Maria Lopez-2 moved to Berlin')).toContainEqual(['LOCATION', 'Berlin']);
    expect(found('Report by Okonkwo-3')).toEqual([['PERSON', 'Okonkwo']]);
    expect(found('We drove to Mobile')).toEqual([['LOCATION', 'Mobile']]);
    // Only right after a place's cue: `Okta` is a given name too.
    expect(found('Dear Okta, thanks')).toEqual([['PERSON', 'Okta']]);
    expect(found('Claude said he would call.')).toEqual([['PERSON', 'Claude']]);
    expect(found('Franz Kafka wrote it.')).toEqual([['PERSON', 'Franz Kafka']]);
  });

  it('reads a short word in capitals alone as an acronym unless a cue names a person (`MAC address`, `Dear ANA`)', () => {
    expect(found('MAC 00:1A:2B:3C:4D:5E on host')).toEqual([]);
    expect(found('The PC and MAC users')).toEqual([]);
    expect(found('Dear ANA, thanks')).toEqual([['PERSON', 'ANA']]);
    expect(found('Mac Thornberry called')).toEqual([['PERSON', 'Mac Thornberry']]);
    // Every Okta user object names its provider `OKTA`, which was masked as a person (red team).
    expect(found('OKTA')).toEqual([]);
    expect(found('provider OKTA')).toEqual([]);
    // Given names in capitals that are no common acronym stay names.
    expect(found('Please call JOHN tomorrow')).toEqual([['PERSON', 'JOHN']]);
    expect(found('Refund approved for MARY')).toEqual([['PERSON', 'MARY']]);
    // In an address block the town line is read in capitals too (a given name's as a person: masked either way).
    expect(found('Theodore Sedej\n99 Park Avenue\nApt. 763\nLEA\n').map(([, value]) => value)).toContain('LEA');
    expect(found('Theodore Sedej\n99 Park Avenue\nApt. 763\nSKY\n')).toContainEqual(['LOCATION', 'SKY']);
  });

  it("reads a Russian name after a role or a sentence's first word (`Клиент Ольга Смирнова`)", () => {
    expect(found('Клиент Ольга Смирнова оставила отзыв.')).toEqual([['PERSON', 'Ольга Смирнова']]);
    expect(found('Менеджер Сергей Кузнецов ответил.')).toEqual([['PERSON', 'Сергей Кузнецов']]);
    expect(found('Сегодня Ольга Смирнова пришла.')).toEqual([['PERSON', 'Ольга Смирнова']]);
    expect(found('Новый Год')).toEqual([]);
  });

  it('reads a city the gazetteers know by its English name, and one that is also a name, with no cue', () => {
    // GeoNames writes `New York City`, `Antwerpen`, `Köln`: `York` alone was read, `New` left or taken for a person.
    expect(found('Offices: London, New York')).toEqual([
      ['LOCATION', 'London'],
      ['LOCATION', 'New York'],
    ]);
    expect(found('Flights: Antwerp to Cologne')).toEqual([
      ['LOCATION', 'Antwerp'],
      ['LOCATION', 'Cologne'],
    ]);
    // `Madrid` and `Paris` are family names too: with no cue either way they were let through.
    expect(found('Destination: Madrid')).toEqual([['LOCATION', 'Madrid']]);
    // `Paris` is a given name too, which reads it as a person: masked either way.
    expect(found('Flights: Paris').map(([, value]) => value)).toEqual(['Paris']);
    // A cue still decides.
    expect(found('Florence said hi')).toEqual([['PERSON', 'Florence']]);
  });

  it("reads a person's name mentioned again alone, and a name after a role in German, French or Italian", () => {
    expect(
      found('Customer Bongani Khumalo called on Monday. Later Bongani emailed again and Khumalo asked for a refund.'),
    ).toEqual([
      ['PERSON', 'Bongani Khumalo'],
      ['PERSON', 'Bongani'],
      ['PERSON', 'Khumalo'],
    ]);
    // Read alone as a place before; the same person.
    expect(found('Dr. Maria Lopez saw the patient. Lopez noted improvement.')).toEqual([
      ['PERSON', 'Maria Lopez'],
      ['PERSON', 'Lopez'],
    ]);
    expect(found('Florence Nightingale was born in Florence.')).toContainEqual(['LOCATION', 'Florence']);
    expect(found('Kunde Dieter Kleinschmidt hat angerufen.')).toEqual([['PERSON', 'Dieter Kleinschmidt']]);
    expect(found('Il paziente Marco Rossi ha chiamato.')).toEqual([['PERSON', 'Marco Rossi']]);
  });

  it('reads the family name after a nickname in quotes (`Ekaterina "Katya" Morozova`)', () => {
    expect(found('Ekaterina "Katya" Morozova called')).toEqual([
      ['PERSON', 'Ekaterina'],
      ['PERSON', 'Katya'],
      ['PERSON', 'Morozova'],
    ]);
    expect(found('Ana "Admin" Account')).toEqual([['PERSON', 'Ana']]);
  });

  it("keeps a name before a field's label, a cue before a world region's name, and no bracketed word (review)", () => {
    expect(found('Patient Jane Doe DOB: 01/02/1980')).toContainEqual(['PERSON', 'Jane Doe']);
    expect(found('Employee John Smith ID: 4452')).toContainEqual(['PERSON', 'John Smith']);
    expect(found('John Smith status: approved')).toContainEqual(['PERSON', 'John Smith']);
    expect(found('Maria notes: follow up')).toContainEqual(['PERSON', 'Maria']);
    expect(found('Dear Asia,\nThanks for the update.')).toContainEqual(['PERSON', 'Asia']);
    expect(found('Reviewed by Alice Chen (Engineering) Kubernetes upgrade').map(([, value]) => value)).not.toContain(
      'Engineering',
    );
    // An unknown `Server Version` read as a person spreads to no later `Version`.
    expect(
      found('Server Version: 24.0.7\nKernel Version: 6.5.0').filter(([, value]) => value === 'Version').length,
    ).toBeLessThanOrEqual(1);
  });

  it('takes no clinical shorthand, label, greeting or key for a name (`A: GAD`, `Vital signs:`, `Olá,`, `Server=`)', () => {
    expect(found('Vital signs: BP 120/80, HR 72\nSig: 1 tab PO daily\nA: GAD')).toEqual([]);
    expect(found('Chief complaint: chest pain\nPast medical history: HTN')).toEqual([]);
    expect(found('Olá, tudo bem?')).toEqual([]);
    expect(found('Server=db01;Database=crm;User Id=sa')).toEqual([]);
    // A speaker's verb before the colon, a name without its accent, a name after `=` stay names.
    expect(found('Maria said: hello')).toEqual([['PERSON', 'Maria']]);
    expect(found('Ola, can you check?')).toEqual([['PERSON', 'Ola']]);
    expect(found('owner=Maria Lopez')).toContainEqual(['PERSON', 'Maria Lopez']);
  });

  it('takes no month abbreviation beside a day or a year for a name (`Jan 12`, `12 Sep 2026`), the name `Jan` still', () => {
    // Before: `Jan` and `Sep` are given names, so every syslog line, mail date and `ls -l` line of January and
    // September carried a [PERSON].
    expect(found('Jan 12 09:00:01 web01 sshd[4821]: Accepted publickey for deploy')).toEqual([]);
    expect(found('Date: Mon, 12 Jan 2026 09:14:02 -0500')).toEqual([]);
    expect(found('Sat, 12 Sep 2026 18:22:10 +0000')).toEqual([]);
    expect(found('-rw-r--r--  1 root root 4096 Jan 12 09:00 notes.txt')).toEqual([]);
    expect(found('Filed 12-Jan-2026, due Sep 3, 2026')).toEqual([]);
    expect(found('Jan Novak signed')).toEqual([['PERSON', 'Jan Novak']]);
    expect(found('Hi Jan, the 3 files are here')).toEqual([['PERSON', 'Jan']]);
    expect(found('Contact: Jan 555-1234')).toEqual([['PERSON', 'Jan']]);
  });

  it("takes no label ending in a little word for a person (an invoice's `Bill To:`)", () => {
    expect(found('Bill To:\nAcme Corp\n12 Main St')).toEqual([['ORGANIZATION', 'Acme Corp']]);
    expect(found('Ship To: Maria Lopez')).toEqual([['PERSON', 'Maria Lopez']]);
  });

  it('reads no part of a building before its number as a name (`Ward 4`, `Bay 3, Bed 2`)', () => {
    expect(found('Patient moved to Ward 4 today')).toEqual([]);
    expect(found('Bay 3, Bed 2')).toEqual([]);
    expect(found('Mr Ward called')).toEqual([['PERSON', 'Ward']]);
  });

  it('reads no continent or world region as a person or a place (`Europe`, `North America`, `EMEA`)', () => {
    expect(found('offices across Europe and Asia')).toEqual([]);
    expect(found('Sales in North America grew; shipping to the Middle East resumed.')).toEqual([]);
    expect(found('EMEA and APAC teams')).toEqual([]);
    expect(found('I live in South Africa')).toEqual([['LOCATION', 'South Africa']]);
  });

  it("leaves an organisation's name in an identifier's label (`NHS number`), and reads it elsewhere", () => {
    expect(found('NHS number: 943 476 5919')).toEqual([]);
    expect(found('Your NHS No. is on the letter')).toEqual([]);
    expect(found('I work for the NHS')).toEqual([['ORGANIZATION', 'NHS']]);
  });

  it("takes no document's title on a line of its own for a company (`Lab Report`, `Discharge Summary`)", () => {
    expect(found('Lab Report\nPatient Name: Rosa Espinoza')).toEqual([['PERSON', 'Rosa Espinoza']]);
    expect(found('Discharge Summary\nSeen on the ward today.')).toEqual([]);
    // A signature block's company line is still one.
    expect(found('Best regards,\nJohn Smith\nBlue Bottle Coffee\n')).toContainEqual([
      'ORGANIZATION',
      'Blue Bottle Coffee',
    ]);
  });

  it('reads a name written family name first in a field (`ESPINOZA, ROSA M` on a label, `Smith, John A`)', () => {
    // The given name's reading alone let the family name through; in capitals, both are ordinary words too.
    // The middle initial joins the given name another rule read alone (`ROSA` before).
    expect(found('ESPINOZA, ROSA M   DOB 02/14/1961')).toEqual([
      ['PERSON', 'ESPINOZA'],
      ['PERSON', 'ROSA M'],
    ]);
    expect(found('SMITH, JOHN A   MRN 1234')).toEqual([
      ['PERSON', 'SMITH'],
      ['PERSON', 'JOHN A'],
    ]);
    expect(found('Patient: Espinoza, Rosa M.\nRx: Lisinopril 10 mg')).toContainEqual(['PERSON', 'Espinoza']);
    expect(found('| Kowalczyk, Marek | 42 |')).toContainEqual(['PERSON', 'Kowalczyk']);
    // A family name no list holds, before two given names or a given name and an initial (Canvas's `sortable_name`,
    // FHIR's `display`), and a second given name that is an ordinary word too: the family name leaked before.
    expect(found('Venkatesan, Lakshmi Priya')).toEqual([
      ['PERSON', 'Venkatesan'],
      ['PERSON', 'Lakshmi Priya'],
    ]);
    expect(found('SMITHERS, DELORES J')).toEqual([
      ['PERSON', 'SMITHERS'],
      ['PERSON', 'DELORES J'],
    ]);
    expect(found('Registered owner: ESTRADA, MIGUEL ANGEL, 1420 W SUNSET BLVD').slice(0, 2)).toEqual([
      ['PERSON', 'ESTRADA'],
      ['PERSON', 'MIGUEL ANGEL'],
    ]);
    // Not a field of its own, or no given name after the comma: no such reading.
    expect(found('Thanks, John')).toEqual([['PERSON', 'John']]);
    expect(found('Colours: BROWN, ROSE and GREEN')).toEqual([]);
    expect(found('Paris, France')).toEqual([
      ['LOCATION', 'Paris'],
      ['LOCATION', 'France'],
    ]);
  });

  it('never takes a contraction such as "I\'m" for a name or part of one', () => {
    expect(found("Hi, I'm Maria Lopez from Acme Corp in Valencia.")).toContainEqual(['PERSON', 'Maria Lopez']);
    expect(found("Hi, I'm here and it's fine. We're ready.").filter(([type]) => type === 'PERSON')).toEqual([]);
  });

  it('filters by entity type and rejects non-strings', async () => {
    expect(found('Maria Lopez from Valencia', ['LOCATION'])).toEqual([['LOCATION', 'Valencia']]);
    expect(() => engine.detectSync(42 as unknown as string)).toThrow(MaskError);
    await expect(engine.detect('Maria', { signal: AbortSignal.abort() })).rejects.toMatchObject({
      code: 'SCAN_FAILED',
    });
  });
});

// Regression floor on the shared dev set (see docs/ner.md): strict span F1 on all 2,109 documents.
const DEV_SET = join(PACKAGE_ROOT, 'test/__fixtures__/ner-dev.json');

describe('LocalNerEngine on ner-dev.json', () => {
  it('keeps strict F1 at or above the goals (PERSON 0.85, LOCATION 0.75, ORGANIZATION 0.60)', () => {
    expect(existsSync(DEV_SET)).toBe(true);
    const records = JSON.parse(readFileSync(DEV_SET, 'utf8')) as {
      full_text: string;
      spans: { entity_type: string; start_position: number; end_position: number }[];
    }[];
    const types = ['PERSON', 'LOCATION', 'ORGANIZATION'];
    const counts = Object.fromEntries(types.map((type) => [type, { tp: 0, fp: 0, fn: 0 }]));
    for (const record of records) {
      const text = record.full_text;
      const toUtf16 = (points: number) => [...text].slice(0, points).join('').length;
      const gold = record.spans.map((span) => ({
        type: span.entity_type,
        start: toUtf16(span.start_position),
        end: toUtf16(span.end_position),
      }));
      const matched = new Set<number>();
      for (const span of engine.detectSync(text)) {
        const hit = gold.findIndex(
          (g, index) => !matched.has(index) && g.type === span.type && g.start === span.start && g.end === span.end,
        );
        if (hit >= 0) {
          matched.add(hit);
          counts[span.type]!.tp++;
        } else if (!gold.some((g) => !types.includes(g.type) && span.start < g.end && g.start < span.end)) {
          counts[span.type]!.fp++;
        }
      }
      gold.forEach((g, index) => {
        if (types.includes(g.type) && !matched.has(index)) counts[g.type]!.fn++;
      });
    }
    const f1 = (type: string) => {
      const { tp, fp, fn } = counts[type]!;
      return (2 * tp) / (2 * tp + fp + fn);
    };
    expect(f1('PERSON')).toBeGreaterThanOrEqual(0.85);
    expect(f1('LOCATION')).toBeGreaterThanOrEqual(0.75);
    expect(f1('ORGANIZATION')).toBeGreaterThanOrEqual(0.6);
  });
});

// The speed work of November 2026 (hand-read ASCII words, one gazetteer table, char-code rules) had to keep every
// span: this was the digest of the spans the engine gave on the whole set before it (commit 1bc2663). A change of
// the rules that moves a span changes it on purpose: check the F1 above, compare the two builds with
// `node bench/ner/same-output.mjs --base <old build>`, then put the new digest here.
// Changed on purpose once since: a known family name that is also a dictionary word now stays with its given name
// in lower-case text (`david miller`): 62 spans of the same-output comparison grew, none moved or vanished; tune
// PERSON F1 0.898 -> 0.903, holdout unchanged.
// And once more: a span that is one piece of a URL, a path, an ARN or a dotted identifier is left out (`P` of `P.O.
// Box`, and one organisation of the holdout half): two spans vanished, none counted as right or wrong, so every
// figure of the set stayed as it was.
// And again: a list after a plural noun for people and a colon (`our 3 founders: Leehy, Perkins and Copeland`) is
// read as people: 8 PERSON spans more and one LOCATION (`Ewing`) less, all in the tune half; tune PERSON recall
// 0.847 -> 0.858 (precision 0.967 both), holdout unchanged.
// And again: a name in lower case after a cue (`user: dana mitchell`, `my name is john smith`) is read: in the set's
// three lower-case `user: <name>` answers two names were found and one was found in two pieces before; PERSON
// precision 0.958 -> 0.959, recall 0.850 -> 0.853 (holdout 0.948 / 0.843 -> 0.951 / 0.847).
// And again: a corporate word alone (`Office` after a phone number, `Science`, `Data` of `Data di nascita:`) is no
// organisation; it names one only after other words (`Data Systems`): 18 ORGANIZATION spans less, every one wrong;
// ORGANIZATION precision 0.690 -> 0.737 (holdout 0.659 -> 0.752), recall unchanged.
// And again: a word no list holds before a known family name reads as a given name (`spoke with Wanjiru Okonkwo`, which
// reached the model), not on a line of its own: one PERSON span more, a Greek street inside an address the set labels
// ADDRESS (neither right nor wrong); every figure unchanged.
// And again (2026-11-25): a word in capitals alone that is a common acronym and a given name is the acronym unless a
// cue names a person (`MAC address`, `SKY` the firm), and an address block's town line counts in capitals: PERSON
// precision 0.959 -> 0.962, LOCATION recall 0.819 -> 0.820 (holdout PERSON 0.951 -> 0.956, LOCATION recall 0.671 ->
// 0.674). Written from agent texts (`MAC 00:1A:…` read as a person); the changed documents were then read, two of
// them from the holdout half.
// And again (2026-11-25, later): a town right before a comma and a country or a state (`Lindon, Utah`, `Muscat, Oman`
// in a résumé's header) is a place when no rule typed it: 11 LOCATION spans more, every one a town of an address the
// set labels ADDRESS (`Selwyn Heights, Denmark`, `Port Edward, Laos`; neither right nor wrong); every figure
// unchanged. Written from agent texts; the changed documents were then read.
// And again (2026-11-25, session 29): English names of large cities that GeoNames writes otherwise (`New York`, whose
// entry is `New York City`; `Antwerp`, `Cologne`, `Bangalore`) in the gazetteer: one span's score only (`New York` in an
// address block, 0.4 as a town line, 0.85 as a known place). Then a known city that is also a name, with no cue either
// way, is read as a place rather than let through (`Destination: Madrid` was nothing): 2 LOCATION spans more, `Melo`
// in an address (labelled ADDRESS: neither right nor wrong) and `Sousa`, a person (masked either way); LOCATION
// precision 0.898 -> 0.896 (holdout F1 0.745 -> 0.744), the other figures unchanged.
// Then a part of a building before its number (`Ward 4`, `Bay 3`) is no name nor place: 8 spans fewer, each `Unit` of
// a military address the set labels ADDRESS (`Unit 8411 Box 3596`; neither right nor wrong).
// And again (2026-11-25, session 30): the US's frequent given names (SSA, given at least 2,000 times) and family
// names (Census 1990, first 10,000) join the gazetteers, less those that are English words, places or peoples:
// `Rashida Johnson approved the refund` reached the model. 14 PERSON spans more and 4 LOCATION fewer (`Port Edward`,
// `Station Nord`, a town of an address whose second word is now a family name: masked either way); PERSON precision
// 0.962 -> 0.959, recall 0.853 -> 0.857, F1 0.904 -> 0.905 (holdout 0.898 -> 0.901); LOCATION F1 0.857 -> 0.854
// (holdout 0.744 -> 0.742); ORGANIZATION unchanged.
// Then a family name before a comma and a known given name is read when it has a name's shape, known or not
// (`Venkatesan, Lakshmi Priya`): the same spans, 7 scores 0.5 -> 0.7 (the first of a list of names after a colon,
// `They had 6: Malon, Mark, …`).
// Then two or three capitals before a number are a code, no name (`NIA: 8472910`, `IB 48201937`): one ORGANIZATION
// fewer, `OO` of an address's `WILDPFAD, OO 10135` (no gold organisation: precision up, recall unchanged).
const DEV_SET_SPANS_SHA256 = '678955e86a585f3e5844007a3ed9caff0e651d58a02aa85de37c69ecf11b4702';

describe('LocalNerEngine output on ner-dev.json', () => {
  it('gives, span for span, the recorded output (any change to it is on purpose)', () => {
    const records = JSON.parse(readFileSync(DEV_SET, 'utf8')) as { full_text: string }[];
    const hash = createHash('sha256');
    const counts: Record<string, number> = {};
    for (const record of records) {
      // A slice of a larger string, as callers often pass, must read the same as the string itself.
      const sliced = ` ${record.full_text}`.slice(1);
      const spans = engine.detectSync(sliced);
      expect(engine.detectSync(record.full_text)).toEqual(spans);
      for (const span of spans) {
        hash.update(`${span.type} ${span.start} ${span.end} ${span.score}\n`);
        counts[span.type] = (counts[span.type] ?? 0) + 1;
      }
      hash.update('|\n');
    }
    expect(counts).toEqual({ PERSON: 1373, LOCATION: 919, ORGANIZATION: 298 });
    expect(hash.digest('hex')).toBe(DEV_SET_SPANS_SHA256);
  });
});

import { entropyToMnemonic } from '@scure/bip39';
import { wordlist } from '@scure/bip39/wordlists/english.js';
import { describe, expect, it } from 'vitest';
import { PatternScanner } from './pattern-scanner.js';

// The one timing assertion in the suite, because it is the requirement itself: no pattern may backtrack
// catastrophically, so 1 MB of adversarial input scans in well under the bound. Measured on a quiet 2-core host:
// most inputs take under 0.5 s; the densest (a find every 8 to 15 characters, 70,000 to 130,000 per MB: `4111 `
// repeated reads as Aadhaar numbers, `fe80::1%` as IPv6 addresses, cards with expiry dates) take 0.5 to 0.85 s of
// CPU. A pattern that
// backtracks catastrophically takes minutes on 1 MB, not seconds.
//
// The bound counts this process's CPU time, not the wall clock: CI runs other packages' suites and servers on the
// same two cores, and a scan that waited for a core is not a slow scan (a CI run once took 2.2 s of wall clock for
// a 0.7 s scan). Vitest runs each test file in a process of its own (its default `forks` pool), so no other
// file's work is counted. A scan over the bound is timed once more and the faster run counts, as benchmarks do.
const MEGABYTE = 1 << 20;
const BOUND_MS = 2000;

function cpuMillis(run: () => unknown): number {
  const before = process.cpuUsage();
  run();
  const { user, system } = process.cpuUsage(before);
  return (user + system) / 1000;
}

/** CPU milliseconds of `run`, timed again when over the bound (the faster of the two counts). */
function boundedCpuMillis(run: () => unknown): number {
  const first = cpuMillis(run);
  return first < BOUND_MS ? first : Math.min(first, cpuMillis(run));
}

function fill(unit: string): string {
  return unit.repeat(Math.ceil(MEGABYTE / unit.length)).slice(0, MEGABYTE);
}

/** 1 MB of distinct valid 12-word BIP39 phrases (entropy counting up), one a sentence. */
function distinctPhrases(): string {
  const phrases: string[] = [];
  let length = 0;
  for (let counter = 0; length < MEGABYTE; counter++) {
    const entropy = new Uint8Array(16);
    new DataView(entropy.buffer).setUint32(12, counter * 2654435761);
    const phrase = `${entropyToMnemonic(entropy, wordlist)}. `;
    phrases.push(phrase);
    length += phrase.length;
  }
  return phrases.join('').slice(0, MEGABYTE);
}

const ADVERSARIAL: Record<string, string> = {
  'digit run': fill('1234567890'),
  'a@a@a@': fill('a@'),
  '1-1-1-': fill('1-'),
  // RUT, NIT and CUIT shapes that never close: dotted groups, dashes, capitals cut by & or Ñ (RFC).
  'dotted thousands': fill('12.345.678.901.'),
  'dashed digits': fill('1234567890-12-'),
  'rfc names': fill('AB&ÑA&'),
  'rfc name letters before a date': fill('ABCD 123456 ABCD-'),
  dots: fill('.'),
  '1.1.1.': fill('1.'),
  spaces: fill(' '),
  '1 1 1 ': fill('1 '),
  colons: fill('a:'),
  'hex:hex': fill('ab:'),
  'upper run': fill('ABCDEFGHJK'),
  'alnum run': fill('A1B2C3D4E5'),
  '+1 +1': fill('+1 '),
  '(1) (1)': fill('(12) '),
  'email parts': fill('a.b-c_d@e.f-'),
  // UPI ids (upi.ts): ids one after another, a local part longer than NPCI's 256 characters, handles that go on as
  // domains, and `@` after `@`.
  'UPI ids': fill('a.b-c_d@ybl '),
  'UPI local part too long': `${fill('a.')}@ybl`,
  'UPI handles as domains': fill('a.b@okhdfcbank.'),
  'UPI handles one after another': fill('a@ybl@'),
  // Names in file names (file-names.ts): extensions one after another, names before each; DNI and cédula labels
  // (latin-american-documents.ts) before dotted groups.
  'file name extensions': fill('.pdf'),
  'names in file names': fill('Shaniqua Thompson_Ab.pdf '),
  'document labels': fill('C.C. 1.017.'),
  // Eleven digits under Nigerian and Mexican words: each BVN or NIN reads its line back for the nearer word.
  'BVN and NIN labels': fill('bvn nin 12345678901 nss 04169512342 '),
  // Each address followed by `:` reads the path after it (at most 256 characters).
  'ssh remote paths': fill(`a@b.co:${'x/'.repeat(200)}@`),
  'ssh remotes': fill('git@b.co:o/r.git '),
  // Bracketed addresses read back to their header (message ids): one folded References header, ids on one line
  // with no header, ids of 900 characters.
  'references header': `References: ${fill('<a.b@c.co>\r\n ')}`,
  'bracketed addresses': fill('<a@b.co> '),
  'long bracketed ids': fill(`<${'x='.repeat(450)}a@b.co>`),
  // Header objects of the Gmail API, escaped twice: each value reads back to its name.
  'header objects': fill('{\\\\\\"name\\\\\\":\\\\\\"Message-ID\\\\\\",\\\\\\"value\\\\\\":\\\\\\"<a@b.co>\\\\\\"}, '),
  'url users': fill('https://a@b.co/'),
  'encoded e-mails': fill('%253Da%2540b.co%3D'),
  'encoded local parts': fill('%3D%2B%25'),
  // URL-encoded runs are read decoded too (at most 8 KB each): one long run, many short ones, forms' `+`.
  // HTML tables are read as pipe tables too: cells, tags never closed, a `<` of prose.
  'table cells': fill('<tr><td>cvv</td><td>1'),
  // Texts with tags are read again with their tags replaced: dense tags, entities far apart.
  'inline tags and labels': fill('<b>CVV:</b>&nbsp;123 <i>x</i> '),
  'dense tags, no entities': fill('<b>x</b>'),
  'paragraphs, no entities': fill('<p>PIN</p>'),
  'unclosed tags': fill('<td'),
  // Elements named for a secret (each read as its key before its text) and CDATA sections, closed or not.
  'secret elements': fill('<string name="api_key">Xk9mQ2vL7p</string><SessionToken>a</SessionToken>'),
  'cdata sections': fill('<password><![CDATA[<b>x</b>]]></password>'),
  'unclosed cdata sections': `</b>${fill('<apiKey><![CDATA[x')}`,
  'less-than signs': fill('a < b </td> x<y '),
  // Readings that add many spans to many plain ones (merged in one pass).
  'encoded finds among plain ones': fill('ana@example.com phone=%2B14155552671\n'),
  'encoded e-mail runs': fill('a%40b.co '),
  'table rows with finds': fill('</td><tr><td>ana@example.com</td><td>CVV</td><td>123</td></tr>'),
  'one encoded run': fill('%20'),
  'twice-encoded runs': fill('a=%2525%252B1%2B2+3 '),
  'one twice-encoded run': fill('%2525'),
  'encoded runs': fill('a=%201%2F2 '),
  'form pluses': fill('a=1+2+3+'),
  'escapes of other bytes': fill('%C3%A9'),
  'character references': fill('a&#64;bc&#x4 '),
  'json escapes': fill('a\\u0040bc\\u00 '),
  ampersands: fill('&&#;&#x;&commat'),
  // Seed phrases (read in a text holding `mnemonic`): one run of list words longer than any phrase; runs of 20 list
  // words whose windows all fail their checksum (each start tried with each length); one valid 12-word phrase
  // repeated, and distinct ones (@scure/bip39 confirms at most 64 a text, about 120 µs each).
  'bip39 word list': `mnemonic: ${fill('abandon ')}`,
  'bip39 runs, wrong checksums': `mnemonic: ${fill(`${'zoo '.repeat(19)}zoo. `)}`,
  'bip39 valid phrases': `mnemonic: ${fill('abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about. ')}`,
  'bip39 distinct valid phrases': `mnemonic: ${distinctPhrases()}`,
  'BEGIN without END': fill('-----BEGIN RSA PRIVATE KEY-----\nMIIE'),
  'eyJ.eyJ.': fill('eyJhbGciOiJIUzI1NiJ9.'),
  'scheme://': fill('http://a:b@'),
  'password=': fill('password='),
  // Quoted values run to the closing quote (at most 512 characters): never closed, every key rescans ahead.
  'unclosed quotes': fill('password="abc def '),
  'camelCase keys': fill('xPassword: "'),
  'escaped JSON keys': fill('\\"password\\":\\"'),
  // Escaped quotes inside a quoted value (at most eight escapes), never closed.
  'escaped quotes': fill('password="a\\"b\\\\c\\\'d'),
  // Up to four words between a password word and `is` or `:`, never reached.
  'sentence words': fill('password for a b c d e '),
  'sentence words and verbs': fill('the password for admin was reset '),
  // A word after an environment variable's key, with more of the line after it: no value, each key looked back at.
  'env keys': fill('DB_PASSWORD: abc x '),
  // A value runs on past an `&` that starts no query field, and through a character reference.
  'ampersands in values': fill('pw:Xk9&mQ&amp;2&#38;v &pw='),
  'query fields after values': `password=${fill('a&amp;b=1&')}`,
  'auth headers': fill('Authorization: Basic '),
  'cookie headers': fill('Cookie: a=b;c'),
  'analytics cookies': fill('Cookie: _ga=GA1.2.1234567890.1700000000.s1$o'),
  'pagination keys': fill('next_page_token: "'),
  'cookie names': fill('cookie:x'),
  'set-cookie folds': fill('Set-Cookie: a=b; e=1, x'),
  'set-cookie lists': fill('"set-cookie": ["a=b", "'),
  'cookie object lists': fill('"cookies": [{"value": "'),
  'cookie lists, no values': fill('"cookies": []'),
  flags: fill(' --password -'),
  // Spanish secret labels with a value that never reaches 40 base64 characters, and sentence-final full stops.
  'spanish secret labels': fill('secreto del cliente: clave secreta de AWS ab.'),
  'full stops in values': fill('api_key=a.b. '),
  // Rows of a table headed by a secret column, each cell short or a word.
  // A space-aligned header as long as a line may be, and rows of digits under it.
  'aligned table rows': `NAME  ACCOUNT  PASSPORT\n${fill('ab  123456789  987654321\n')}`,
  'aligned header cells': fill('ACCOUNT  '),
  'secret column rows': `client_secret,b,c\n${fill('x1,y,z\n')}`,
  'flag lists': fill('"--password", '),
  'yaml flag lists': fill('- --password\n'),
  'mysql -p': fill('mysql -'),
  'mysql words': fill('mysql '),
  'mysql continuations': fill('mysql \\\n'),
  'sshpass options': fill('sshpass -d 3 '),
  'sk-sk-': fill('sk-'),
  'xoxb-': fill('xoxb-1'),
  bc1q: fill('bc1q'),
  '0x': fill('0x0'),
  'date parts': fill('12/12/'),
  'phone parts': fill('(415) 555-'),
  'card groups': fill('4111 '),
  // Luhn-invalid cards with trailing groups: every match is rejected, retried shorter and from inside.
  'card and expiry': fill('4111 1111 1111 1112 12 27 '),
  'phone and digit': fill('+1 415 555 267 2 '),
  'iban parts': fill('GB29 '),
  'hyphenated iban parts': fill('GB29-'),
  'hyphenated iban groups': fill('DE89-3704-0044-'),
  'en-dashed iban groups': fill('DE89\u20133704\u20130044\u2013'),
  'nino parts': fill('AB 12 '),
  'lower-case nino parts': fill('ab 12 34 '),
  'lower-case postcode parts': fill('sw1a 1a '),
  'lower-case vins': fill('1hgcm82633a004352 '),
  'month names': fill('14 de marzo de '),
  'ordinal of month names': fill('3rd of March 3rd of '),
  'ordinal sign month names': fill('1º de dic. 1º '),
  'birth words between dates': fill('born 1985, b. 3 Mar '),
  'birth date objects': fill('"dob": {"day": 3, "month": 4, '),
  'birth date blocks': fill('dob:\n  day: 3\n  month: 4\n'),
  'birth date keys': fill('dob:   '),
  'birth date objects, other entries': fill('"dob": {"source": "manual", "meta": {"a": ['),
  'birth date objects, unclosed strings': fill('"dob": {"note": "a \\" '),
  'birth date blocks, other lines': fill('dob:\n  source: manual\n    nested: 1\n'),
  'flat birth date parts': fill('dob_day=3&dob_month=4&'),
  'flat birth date parts, bracketed': fill('individual[dob][day]=3&individual%5Bdob%5D%5Bmonth'),
  'partial birth dates': fill('born March 3 born in 1930 birthday party '),
  'birth verbs after dates': fill('On March 3, 1985, she she she she was born '),
  'glued months': fill('14MAR'),
  'month between dashes': fill('14-March-'),
  'table rows': fill('| password | a b\n'),
  'table rows, long cells': fill(`| password | ${'a '.repeat(200)}\n`),
  'SQL INSERT heads and rows': fill("INSERT INTO t (ssn, name, dob) VALUES ('536-22-1234', 'Ana', '1985-03-14'), "),
  'SQL INSERT heads without rows': fill('insert into t (a, b, c, d, e, f, g, h) values (1, 2, '),
  'SQL INSERT unterminated strings': fill("INSERT INTO t (a) VALUES ('x"),
  'table rows, many pipes': fill('\n|password|'),
  // Machine-readable zones: lines of a zone's widths, every pair a candidate, and a name line's fillers.
  'zone lines': fill(`P<UTO${'A'.repeat(39)}\n`),
  'zone fillers': fill('<<'),
  // Licence barcode element lines, and their ids glued after a subfile type.
  'licence element lines': fill('\nDAQ1'),
  'licence subfile ids': fill('1DLDAQ'),
  // Magnetic stripe tracks without their end sentinel.
  'track 1 heads': fill('%B4111111111111111^A^2512101'),
  'track 2 heads': fill(';4111111111111111=2512101'),
  // Airline layouts: name elements, DOCS elements without their end, boarding pass heads.
  'booking name elements': fill(' 1.AB CD EF/GH IJ KL MN '),
  'DOCS elements': fill('DOCS P/USA/1/USA/14MAR87/F/'),
  'boarding pass heads': fill('M1AB/CD'),
  // Home directories and people's pages whose segment runs long without its end.
  'home directory segments': fill('/home/Ab Cd Ef Gh Ij Kl Mn '),
  'profile folders': fill('\\Users\\A.'),
  // SWIFT MT party fields, each opening on the last one's lines.
  'MT party fields': fill('\n:59:/1\n:50F:\n1/A\n'),
  'table rows, escaped pipes': fill('\n| password | a\\|b\\|'),
  'netrc words': fill('machine h login a password '),
  // Keys parted from their values by white space: a properties line, and dotted keys on one long line.
  'property lines': fill('a.password Xk9mQ2vL7p\n'),
  // The base64 of `-----BEGIN`: alone, and as one long run.
  'base64 key prefixes': fill('LS0tLS1CRUdJTiBSU0Eg '),
  'vendor token prefixes': fill('hvs.a ya29.b PMAK-c tskey-d sntrys_eyJ+ AGE-x '),
  'device ids near their words': fill(
    'imei 49-015420-3237 490154203237518 meid A0000 idfa 6D92078A-8246- android_id 9774d56d ',
  ),
  'Monero addresses one after another': fill(
    '44AFFq5kSiGBoZ4NMDwYtN18obc8AemS33DBLWs3H7otXft3XjrpDtQGv7SqSsaBYBb98uNbr2VBBEt7f2wfn3RVGQBEP3A ',
  ),
  'Monero-length base58 runs': fill(`4${'4AFFq5kSiGB'.repeat(9)}4AFFqGB 8${'oZ4NMDwYtN1'.repeat(8)}oZ4NMD, `),
  'solana words and base58 runs': fill(`solana ${'EPGcLEe4yNwCjbBcZNzhG'.repeat(3)}1 `),
  'platform token prefixes': fill('pplx-a sq0csp- dp.pt. ops_eyJ+ fm1_/ ATATT3- EAAA- sl.u.- pcsk_a_ key-g '),
  'pgpass lines': `.pgpass ${fill('a:5432:*:b\\:c:d\n*:*:')}`,
  'pgpass fields': `:*: ${fill('a:1:')}`,
  'jwk objects': fill('{"kty":"oct","k":"abcdefgh","d":"x'),
  'jwk members without an object': fill('"kty":"RSA" }'),
  'jwt and pat keys': fill('a_b_c_d_e_f_g_h_pat jwt= PAT: _jwt "pat" '),
  'long snake names before pat': fill(`${'a_'.repeat(40)}pat `),
  'azure function urls': fill('a.azurewebsites.net/api/x?a&b&c&d&e&f&g&h&i&j&k&l&m&n&o&p&q&code=Zx '),
  'azure function url paths': `a.azurewebsites.net/api/${fill('x/')}`,
  'google client secrets and databricks tokens': fill('GOCSPX-aaaa GOCSPX- dapi3f9c1b7e4d4a8f9c2b1e3d5f7a9c1b0e-'),
  'one base64 key run': fill('LS0tLS1CRUdJTiBSU0Eg'),
  'dotted keys on one line': fill('a.b.c.secret.key x '),
  // Each holds `value`, or the pair finders would not run at all.
  'key / value pairs': fill('{"key": "db_password", "value'),
  'config attributes': fill('<add key="DbPassword" value'),
  'registry auths': fill('{"auth": "YWNtZTpR", _auth=YWRtaW46="'),
  'go dsns': fill('a:Qm9Lx7:x@tcp('),
  'oracle connect strings': fill('a/Qm9Lx7/x@//'),
  'mailchimp and telegram shapes': fill('3f9c1b7e4d4a8f9c2b1e3d5f7a9c1b0e-us 110201543:AA-'),
  'env fallbacks': fill("process.env.A_SECRET || 'a\\ ENV['B_PASSWORD'] || \"b ENV.fetch('C', 'c\\"),
  'spring defaults': fill('${db.password:a:b:c'),
  'table rows, wide padding': fill(`| password | a${' '.repeat(300)}b\n`),
  'kubernetes secret data': `kind: Secret\n${fill('data:\n  a: b c d e\n')}`,
  'kubernetes secret json': `"kind": "Secret" ${fill('"data": {"a": "bcde\\')}`,
  'password hash prefixes': fill('$2b$12$a$6$b$y$c$argon2id$v=1$m=1,t=1,p=1$'),
  'track 1 prefixes': fill('%B4111111111111111%B'),
  'one-time code labels': fill('your a b c code is 1234 is your a b c 2FA code OTP: '),
  'azure key names': fill('{"keyName": "key1", "a": {"b": ['),
  'azure key vault ids': fill('"id": "https://a.vault.azure.net/secrets/b", "x": "\\'),
  'box-drawing tables': fill('│ password │ Xk9mQ2vLp8 │\n├──────┼───┤\n'),
  'value objects': fill('{"a_password": {"value": "x\\'),
  'key variables': fill('A_B_KEY= "Zq8Lk2v9RtXk9mQ2vL7p'),
  'long key variable names': fill(
    'A_KEY_KEY_KEY_KEY_KEY_KEY_KEY_KEY_KEY_KEY_KEY_KEY_KEY_KEY_KEY_KEY_KEY_KEY_KEY_KEY_KEY=',
  ),
  'vault tables': `Key  Value\n---  -----\n${fill('password  a b c\n')}`,
  'vault table rows, long values': `Key  Value\n---  -----\n${fill(`password  ${'a '.repeat(300)}\n`)}`,
  'request signatures': fill('?X-Amz-Signature=&sig=a1 Signature=%2B&signature'),
  'long request signatures': `?sig=${fill('a1')}`,
  'authorization codes': fill('?code=&code=a1/'),
  'long authorization codes': `/cb?code=${fill('a1%')}`,
  'putty key headers': fill('Private-Lines: 999\nAAAA\n'),
  'putty key long lines': `Private-Lines: 9\n${fill('A')}`,
  'sigv2 headers': fill('AWS AKIAIOSFODNN7EXAMPLE:'),
  'wordpress keys': fill("define( 'AUTH_KEY', 'a\\"),
  'go dsn addresses': `a:${fill('b')}@tcp(`,
  'terraform outputs': fill('{"db_password": {"sensitive": true, "type": "string", "value'),
  'dotted tag names': fill(`value <${'a.'.repeat(16)} ${'key="x"'.repeat(36)}`),
  'key / value members between': fill('{"Name": "/a/password", "Type": "x", "A": 1, '),
  'percent zone': fill('fe80::1%'),
  loopback: fill('127.0.0.1 ::1 ::ffff:127.0.0.1 '),
  'tracking labels': fill('tracking fedex ups 2345 6789 0124 '),
  'time stamps as MACs': fill('24-01-15-12-30-45 2024.0115.1230 '),
  // Values on one long line below a table: each table lookup once searched back to the line's start (3 minutes).
  'values on a long line below a table': `a,b\nc,d\n${fill('536-22-1234 ')}`,
  // Each bare SSN or YYYYMMDD after a `|` looks back for its HL7 segment id (at most 37 fields, 4 KB).
  'hl7 fields': fill('|536221234|19850314'),
  'hl7 long fields': fill(`PID|${'a'.repeat(5000)}|19850314|536221234`),
  'birth-date keys': fill('dob=19850314 '),
  'birth-date keys before timestamps': fill('"birthDate": "1985-03-14T08:30:00", '),
  'FHIR birthTime extensions': fill('{"url": "patient-birthTime", "valueDateTime": "1985-03-14T08:30:00"}'),
  'YAML address blocks': fill('address: |\n  address: |\n    12 Main St\n'),
  'names after = with their spaces': fill('name=Ana Lopez Garcia Ruiz '),
  'towns before regions': fill('Lindon, Utah, Muscat, Oman, '),
  'timestamps after a birth word': `born ${fill('2024-03-14T10:22:01Z ')}`,
  'cells under a birth-date header': `id,dob\n${fill('1,19850314\n')}`,
  'lower-case iban parts': fill('gb82 west '),
  'ssn en dashes': fill('536\u201322\u2013'),
  // Single digits one space apart are read closed up (spoken-digits.ts): one long run, and runs cut by a letter.
  'spoken digits': fill('1 '),
  'obfuscated e-mail dots': fill('a dot '),
  'labelled inverted names': fill('Patient: Ab Cd, '),
  // Records that name their value, in text: each value was checked against every pair found before it (quadratic).
  'named records': fill('{"Key":"last_name","Value":"Okonkwo"},'),
  'named records in yaml': fill('- name: CITY\n  value: Paris\n'),
  'units before street lines': fill('Flat 3, 7/23 George St, Perth WA 6000 '),
  'portuguese street lines': fill('Rua Ab Cd da '),
  'labelled inverted names without a comma': fill('Patient: Ab Cd Ef '),
  'obfuscated e-mail ats': fill('a at b dot '),
  'obfuscated e-mail brackets': fill('a[at]b.'),
  'international call prefixes': fill('0044 '),
  'international call prefixes in groups': fill('0044 7911 1'),
  'spoken digits cut short': fill('1 2 3 4 5x '),
  // Digit words are read closed up too: one long run, runs cut by a letter, and `double` before nothing.
  'spoken digit words': fill('five two, '),
  'spoken digit groups': fill('1 2, 3 4, '),
  'spoken digit groups cut short': fill('1 2, 3 4,5 '),
  'spoken digit words cut short': fill('five two three eight onex '),
  'spoken doubles': fill('double double seven-'),
  // A security question is looked for up to 120 characters ahead of its `?` (security-answers.ts).
  'security questions': fill('security question a '),
  'security answers': fill('Security answer: a, '),
  'possessive labels': fill("Mother's maiden's "),
  'lists under name keys': `"last_name": [${fill('"Ab", ')}]`,
  'forms of payment': fill('FP CCVI45320151128303661'),
  // Letters one hyphen apart are looked for only where a letter stands alone before them (spelled-names.ts).
  'spelled letters': fill('a-'),
  'spelled words': fill('Okafor, O-K-A-F-O-R '),
  'many lists under name keys': fill('"last_name": ["Ab", '),
  'password sentences of many words': fill('password a b c d e f is now '),
  // A quoted-printable or a vCard text is also read unfolded (folded-lines.ts): soft breaks, escapes and folds.
  'quoted-printable soft breaks': `Content-Transfer-Encoding: quoted-printable\n${fill('4=\n')}`,
  'quoted-printable escapes': `Content-Transfer-Encoding: quoted-printable\n=\n${fill('=C3=A9=')}`,
  'vCard folds': `BEGIN:VCARD\n${fill('1\n ')}`,
  'phone word-processor dashes': fill('415\u2011555\u2011'),
  'card word-processor dashes': fill('4111\u20131111\u2013'),
  'nested shell defaults': fill('${DB_PASSWORD:-'),
  'long shell parameter names': fill(`\${${'A'.repeat(70)}`),
  // Keys padded to a column before their sign (PowerShell's Format-List), and padding that never reaches one.
  // A question about a password, then a speaker's reply (see password-answers.ts).
  'password questions and replies': fill("password?\nA: it's yes, "),
  'password questions without a reply': fill(`password ${'x'.repeat(59)}?\n`),
  // Street lines opening with a SWIFT option F line number's shape (the tag looked up once per text).
  'numbered street lines': fill('3/14 Main Street\n'),
  'numbered short street lines': fill('1/1 A ST\n'),
  'padded keys': fill(`Surname${' '.repeat(39)}: `),
  'padded keys without a sign': fill(`password${' '.repeat(60)}`),
  'padded name keys, one space short': fill(`last_name${' '.repeat(41)}x\n`),
  'shell defaults without end': fill(`\${DB_PASSWORD:-${'x'.repeat(300)}`),
  // Every id looks for its secret on its line and the next (within 256 characters), among 40-character runs.
  'access key ids': fill('AKIAIOSFODNN7EXAMPLE '),
  'ids and near keys': fill('AKIAIOSFODNN7EXAMPLE wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKE\n'),
  'ids before base64': fill(`AKIAIOSFODNN7EXAMPLE ${'aB3/'.repeat(200)}`),
  'secret key headers': fill('Secret access key,x\n'),
  'session token starts': fill('IQoJb3JpZ2luX2Vj/'),
  'card code labels': fill('card cvv/cvc (cvv) de la tarjeta is: "'),
  'card code labels, escaped quotes': fill('x_card_code\\"\\" = \\"'),
  'card code XML tags': fill('<cardCode>123'),
  'PIN labels': fill('card pin code de la tarjeta is '),
  'MRN labels': fill('patient mrn # \\"'),
  'MRN values that run on': fill('MRN: A-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1x '),
  'spelled MRN labels': fill('medical record historia clínica '),
  'health plan labels': fill('plan member id # afiliado nº "'),
  // A-number labels (us-alien-number.ts) whose values never close: groups one digit short, `is` without a value.
  'A-number labels': fill('A-number is A212-845-30 A# 212 845 alien registration no. "uscis #'),
  // Travel elements and labels (airline-service-requests.ts, traveler-numbers.ts, loyalty-numbers.ts) that never
  // close: an e-mail without its domain's letters, a phone one digit short, groups past the count.
  'travel elements and labels': fill(
    'SSR CTCE UA HK1/A..B./C//D.1 CTCM HK1/123456 FOID UA HK1 PP12 DOCO UA HK1/A B/K/ KTN Bonvoy # 12 34 56 78 90 12 ',
  ),
  // Patient id, encounter and student labels (medical-record-number.ts, encounter-numbers.ts, student-id.ts) whose
  // values never close: too few digits, letters where digits go.
  'patient id labels': fill('Patient ID: E-1-1x pt. id # ID del paciente nº de paciente '),
  'encounter labels': fill('patient CSN #: 12345x encounter id contact serial number '),
  'loan labels': fill('loan # mortgage account no. 0-1-2-3-4x loan number "'),
  'cells under an account header': `date,account\n${fill('1,1-2-3-4-5\n')}`,
  'I-94 labels': fill('I-94 admission record number is 6-9-4-8 i94# 69482155 3A admission (I-94) no. '),
  'insurance card lines': fill('Member: ANA\nID: UHC 9 1 1 1 1x Member ID: AB 1 2 3 4 5 6 '),
  'student id labels': fill('student number is S-1-1-1x sis_user_id "número de estudiante '),
  'health plan ids that run on': fill('Member ID: A1-1-1x '),
  'cells under a member id header': `id,member_id\n${fill('1,A-1\n')}`,
  'plate labels': fill('license plate number vehicle registration "'),
  'plates that run on': fill('plate: A1 A1 '),
  'Twilio auth token labels': fill('twilio auth_token authtoken: "9f8e7d6c5b4a3928 '),
  'car reg labels': fill('car reg car_tag: '),
  'RFC labels': fill('R.F.C. rfc: "gomr-800101 '),
  'coordinate pairs in degrees': fill('40°26′46″N 79°58′56.123″W, '),
  'degree signs that fall short': fill('4.0°26′46.1″N 1°1\\"°C 90°0′0″S / longitude: 0.0000000000000000° 1°'),
  'coordinate pairs': fill('1.123,1.123, '),
  'coordinate pairs that fall short': fill('-12.123, -1.12 '),
  'coordinate keys': fill('a_b_c_lat: '),
  'camelCase coordinate keys': fill('abcdefghLatitude="1.1234 '),
  'HL7 patient identifier lists': fill('PID|1|A1^B~C2^D~E3^F~|'),
  'HL7 segments without fields': fill('\rPID|\rMRG|'),
  'cells under an MRN header': `id,mrn\n${fill('1,A-1\n')}`,
  'one line of digit cells': fill(',123'),
  'digit cells under a CVV header': `id,cvv\n${fill('1,123\n')}`,
  'cards and expiry dates': fill('4111 1111 1111 1111 12/27 '),
  'cards with en dashes and expiry dates': fill('4111\u20131111\u20131111\u20131112 12\u201327 '),
  // Street lines: a suffix every few words (each looks back for its house number), tails that never close.
  'street suffixes': fill('1 A B C D E F Street St. '),
  'street lines with tails': fill('12 Main Street, Apt 4, Springfield Spring Field, IL 62704-'),
  'Spanish street words': fill('Calle de la de la Mayor Mayor Mayor Mayor Mayor Mayor Mayor '),
  'ZIP codes after states': fill('Springfield, IL 12345 '),
  'ZIP labels': fill('zip code: 12345 '),
  // Two-letter suffixes before a space (each reads what follows for a unit or a directional), suffixes at line
  // starts, states and ZIPs looking back for a city, a street line after every JSON-escaped line break.
  'short street suffixes': fill('1 A St '),
  'short suffixes at line ends': fill('St\n'),
  'states and ZIPs with no city': fill(', NY 11201'),
  'street lines between escaped line breaks': fill('1 A St\\n'),
  // European lines: a suffix word before every number (each reads its name back and its postcode on), openers
  // whose names never close, French kinds after numbers, labels before postcodes with cities that run on.
  'European suffix words': fill('Berliner Neue Allee 1 Lindenweg 2 Hauptstraße 3, 10115 '),
  'Italian and German openers': fill('Via de la Roma Roma Piazza Am Markt Platz der '),
  'French kinds after numbers': fill('1 rue de la Paix Paix 2 bis place '),
  'postcodes after labels': fill('Adresse: 10115 Frankfurt am Main am '),
};

describe('linear time on 1 MB adversarial strings', () => {
  it('scans many candidates with an allow-list and one no-break space', () => {
    const text = `${fill('a@b.co 123-45-6789 ')}\u00a0`;
    let spans: unknown[] = [];
    const elapsed = boundedCpuMillis(() => {
      spans = new PatternScanner({ allowList: ['nothing'] }).scanSync(text);
    });
    expect(spans.length).toBeGreaterThan(1000);
    expect(elapsed, `took ${elapsed.toFixed(0)} ms`).toBeLessThan(BOUND_MS);
  });

  const scanner = new PatternScanner();
  for (const [name, text] of Object.entries(ADVERSARIAL)) {
    it(`scans ${name}`, () => {
      let spans: unknown;
      const elapsed = boundedCpuMillis(() => {
        spans = scanner.scanSync(text);
      });
      expect(Array.isArray(spans)).toBe(true);
      expect(elapsed, `${name} took ${elapsed.toFixed(0)} ms`).toBeLessThan(BOUND_MS);
    });
  }
});

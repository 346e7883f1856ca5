import { describe, expect, it } from 'vitest';
import { PatternScanner } from '../pattern-scanner.js';
import { builtinRecognizers } from '../registry.js';
import { BBAN_LAYOUTS, bbanFits, IBAN_LENGTHS } from './iban.js';

// Each case: text (with its context words, as users write it), the entity type, and the exact value expected
// (`found`), or `undefined` when the recognizer must stay silent. Valid values come from the issuers' published
// examples or are computed with the published rule; near-misses change one character or break one rule.
interface Case {
  readonly text: string;
  readonly found?: string;
}
const scanner = new PatternScanner();

const CASES: Record<string, readonly Case[]> = {
  EMAIL_ADDRESS: [
    { text: 'write to maría.lópez+news@correo.example.es', found: 'maría.lópez+news@correo.example.es' },
    { text: 'contact: first.last@sub.example.co.uk.', found: 'first.last@sub.example.co.uk' },
    { text: "o'brien@example.ie replied", found: "o'brien@example.ie" },
    // Internationalised domain names as written (RFC 5890), the top-level domain in ASCII; not punctuation after one.
    { text: 'an müller@bücher.de schreiben', found: 'müller@bücher.de' },
    { text: 'mail ivan@пример.com.', found: 'ivan@пример.com' },
    { text: 'ana@example.com’s inbox', found: 'ana@example.com' },
    { text: 'ana@example.comÉtait là', found: 'ana@example.com' },
    // RFC 5322's rarer local-part characters, between two others; not the punctuation around an address.
    { text: 'Contact Claud~Streich@breakable-apparatus.info now', found: 'Claud~Streich@breakable-apparatus.info' },
    { text: 'from: x{y}z*w@a.io', found: 'x{y}z*w@a.io' },
    { text: 'ssh $USER@example.com', found: 'USER@example.com' },
    { text: 'To: {email}@corp.com' },
    { text: 'see **ana@example.com**', found: 'ana@example.com' },
    { text: 'user@localhost is not an address' },
    { text: 'a..b@example.com has a double dot' },
    { text: 'token abcdefghijkl@mask.invalid' },
    { text: 'npm i @scope/pkg@1.2.3' },
    { text: 'x@y.c1' },
    { text: 'GET /unsubscribe?email=ana.lopez%40example.com&list=7 200', found: 'ana.lopez%40example.com' },
    { text: 'redirect_uri=x&login_hint=ana%2Bnews%40correo.example.es', found: 'ana%2Bnews%40correo.example.es' },
    { text: 'GET /search?q=100%40%20off' },
    { text: 'GET /img/icon%402x.png 200' },
    // Encoded twice, and encoded inside an encoded query string: the span is the address alone.
    { text: 'GET /x?email=user%2540example.com&y=1', found: 'user%2540example.com' },
    { text: 'GET /login?next=%2Fx%3Femail%3Dana%40example.com 200', found: 'ana%40example.com' },
    { text: 'GET /login?next=%252Fx%253Femail%253Dana%2540example.com 200', found: 'ana%2540example.com' },
    { text: 'email=jos%C3%A9%40example.com', found: 'jos%C3%A9%40example.com' },
    { text: 'GET /img/icon%25402x.png 200' },
    { text: 'srcset="logo@3x.webp 3x"' },
    // SSH logins are no mailboxes: git and scp remotes (`user@host:path`), users after an ssh scheme.
    { text: 'origin\tgit@github.com:org/repo.git (fetch)' },
    { text: '"repository": "git@gitlab.com:team/project.git",' },
    { text: 'git clone git@heroku.com:my-app.git' },
    { text: 'scp app.tgz deploy@build.example.com:/srv/releases' },
    { text: '"url": "git+ssh://git@github.com/org/repo.git"' },
    { text: 'ssh://git@github.com:22/org/repo.git' },
    { text: 'write to ana@example.com: thanks', found: 'ana@example.com' },
    { text: 'ana@example.com:hunter2', found: 'ana@example.com' },
    { text: 'ana@example.com:pass/word!', found: 'ana@example.com' },
    // A Sentry DSN's key is no mailbox (URL_CREDENTIALS), nor an ssh login; another URL user names a person and is
    // read as an address; an address as the user, its `@` encoded, is one.
    { text: 'https://ana@example.com/', found: 'ana@example.com' },
    { text: 'SENTRY_DSN=https://f3b2a1c4d5e6f7a8b9c0d1e2f3a4b5c6@o123456.ingest.sentry.io/4504' },
    { text: 'https://ana%40example.com@jira.example.com/', found: 'ana%40example.com' },
    { text: 'see https://example.com/ or mail ana@example.com', found: 'ana@example.com' },
    { text: 'https://example.com/?login=ana@example.com', found: 'ana@example.com' },
    // A message id names a mail, not a mailbox (more in message-ids.test.ts).
    { text: 'Message-ID: <CAF7x9=abc123@mail.gmail.com>' },
    { text: 'From: Ana Diaz <ana@example.com>', found: 'ana@example.com' },
    // `at` and `dot` for `@` and `.` (obfuscated-email.ts): a bare ` at ` needs a written-out dot.
    { text: 'reach me at john dot doe at gmail dot com', found: 'john dot doe at gmail dot com' },
    { text: 'or jdoe[at]outlook[dot]com', found: 'jdoe[at]outlook[dot]com' },
    { text: 'ping jane.doe [at] acme.co.uk today', found: 'jane.doe [at] acme.co.uk' },
    { text: 'ana (at) example (dot) org', found: 'ana (at) example (dot) org' },
    { text: 'available at amazon.com' },
    { text: 'meet me at the office dot com' },
    { text: 'polka dot com' },
  ],
  PHONE_NUMBER: [
    { text: 'call +1 (415) 555-2671', found: '+1 (415) 555-2671' },
    { text: 'tel: +34 612 34 56 78', found: '+34 612 34 56 78' },
    { text: 'office +49 30 901820', found: '+49 30 901820' },
    { text: 'móvil 612 34 56 78', found: '612 34 56 78' },
    { text: 'Llámame al 612 345 678', found: '612 345 678' },
    { text: 'call 415.555.2671 now', found: '415.555.2671' },
    { text: 'phone 4155552671', found: '4155552671' },
    { text: 'order 4155552671 shipped' },
    { text: 'on 2024-03-15 at noon' },
    { text: 'call (212) 555-0123 (fiction range)' },
    { text: '+1 123 456 7890 is not a valid NANP number' },
    { text: 'version 1.234.567.8901' },
    // `00` for `+` (the international call prefix), the country code a group of its own, and a phone word (a run
    // opening with 00 is as often a zero-padded id).
    { text: 'call 0044 7911 123456', found: '0044 7911 123456' },
    { text: 'phone: 0033 1 42 68 53 00.', found: '0033 1 42 68 53 00' },
    { text: 'tel: 0049 30 12345678', found: '0049 30 12345678' },
    { text: 'call 00123 4567 8901' },
    { text: 'id 0012345678901' },
    { text: 'ref 0044 7911 123456' },
    { text: 'call 0044 20 7946 0958 (Ofcom drama range)' },
    // Labels in the other languages whose words ship (DEFAULT_LANGUAGES): a national layout needs one.
    { text: 'Handy: 0151 23456789', found: '0151 23456789' },
    { text: 'Festnetz 030 12345678', found: '030 12345678' },
    { text: 'Rückfragen unter 089 1234567.', found: '089 1234567' },
    { text: 'Ich bin unter 0171 1234567 erreichbar.', found: '0171 1234567' },
    { text: 'Rechnung 089 1234567 bezahlt.' },
    { text: 'Tél. : 06 12 34 56 78', found: '06 12 34 56 78' },
    { text: 'Telemóvel 912 345 678', found: '912 345 678' },
    { text: 'Telefoonnummer: 06-12345678', found: '06-12345678' },
    { text: 'Bestellung 0151 23456789' },
    // Three-three-four numbers no North American number can be (area code or exchange opening with 0 or 1) are read
    // as the national numbers of the default regions: an Italian mobile, a Johannesburg line; with a phone word.
    { text: 'Cellulare: 347 123 4567', found: '347 123 4567' },
    { text: 'Tel: 011 555 1234', found: '011 555 1234' },
    { text: 'Mobile: 0412 345 678', found: '0412 345 678' },
    { text: 'ticket 347 123 4567 closed' },
    // Chinese, Japanese and Korean labels, written without spaces and in compounds, and their regions' numbers.
    { text: '携帯電話: 090-1234-5678', found: '090-1234-5678' },
    { text: 'お電話番号：03-1234-5678', found: '03-1234-5678' },
    { text: '연락처: 010-1234-5678', found: '010-1234-5678' },
    { text: '手机号码：139 1234 5678', found: '139 1234 5678' },
    { text: '{"手机": "13800138000"}', found: '13800138000' },
    { text: '订单 13800138000 已发货' },
    // In running Chinese, Japanese and Korean text, where no space sets the label apart.
    { text: '客户王伟的电话是13800138000', found: '13800138000' },
    { text: '山田様の携帯電話は090-1234-5678です', found: '090-1234-5678' },
    // Russian, Turkish, Arabic and Hebrew labels and national numbers; a Russian word inside another is none.
    { text: 'Телефон: 8 (912) 345-67-89', found: '(912) 345-67-89' },
    { text: 'Telefon: 0532 123 45 67', found: '0532 123 45 67' },
    { text: 'الهاتف: 0501234567', found: '0501234567' },
    { text: 'טלפון: 050-123-4567', found: '050-123-4567' },
    { text: 'Отель 8 (912) 345-67-89' },
  ],
  US_SSN: [
    { text: 'SSN 536-22-1234', found: '536-22-1234' },
    { text: 'ssn: 536 22 1234', found: '536 22 1234' },
    { text: 'social security number 536221234', found: '536221234' },
    { text: 'SSN 000-12-3456' },
    { text: 'SSN 666-12-3456' },
    { text: 'SSN 912-12-3456' },
    { text: 'SSN 536-00-1234' },
    { text: 'SSN 536-22-0000' },
    // Numbers the SSA voided after advertising them: reported next to an SSN word only (people write them as one).
    { text: 'SSN 078-05-1120', found: '078-05-1120' },
    { text: 'sample 078-05-1120 from the wallet insert' },
    { text: 'call 123-45-6789' },
    { text: 'ref 536221234 only digits, no context' },
    { text: 'part 536-22-12345' },
    // Word processors turn `-` into an en dash, an em dash, a non-breaking hyphen or a minus sign.
    { text: 'SSN 536\u201322\u20131234', found: '536\u201322\u20131234' },
    { text: 'ssn: 536\u201422\u20141234.', found: '536\u201422\u20141234' },
    { text: 'applicant 536\u201122\u20111234', found: '536\u201122\u20111234' },
    { text: 'id 536\u221222\u22121234', found: '536\u221222\u22121234' },
    { text: 'SSN 666\u201322\u20131234' },
    { text: 'SSN 536\u201322-1234' },
    { text: 'SSN 536\u201322\u20131234\u20135' },
    { text: 'SSN 9\u2013536\u201322\u20131234' },
    // Dots only with a context word: dotted numbers are versions and outline numbers far more often.
    { text: 'SSN: 536.22.1234', found: '536.22.1234' },
    { text: 'see section 536.22.1234 of the manual' },
    { text: 'SSN 536.22.1234.7' },
    { text: 'ssn v1.536.22.1234' },
    { text: 'SSN 536.22-1234' },
  ],
  CREDIT_CARD: [
    { text: 'card 4111 1111 1111 1111', found: '4111 1111 1111 1111' },
    { text: 'amex 3782-822463-10005', found: '3782-822463-10005' },
    { text: 'mc 5555555555554444', found: '5555555555554444' },
    { text: 'mc2 2223003122003222', found: '2223003122003222' },
    { text: 'discover 6011000990139424', found: '6011000990139424' },
    { text: 'jcb 3530111333300000', found: '3530111333300000' },
    { text: 'visa13 4222222222222', found: '4222222222222' },
    { text: 'card 4111 1111 1111 1112' },
    { text: 'card 9911 1111 1111 1116' },
    { text: 'card 1234567812345670' },
    { text: 'card 4111-1111 1111-1111' },
    { text: 'card 4111.1111.1111.1111.', found: '4111.1111.1111.1111' },
    { text: 'card 4111.1111.1111.1112' },
    { text: 'GET /api/orders/4872288545 500 12ms' },
    { text: 'card 4111111111111111 exp 12/27', found: '4111111111111111' },
    { text: 'build v4111.1111.1111.1111' },
    { text: 'card 4111.1111-1111.1111' },
    { text: 'amex with 16 digits 3782822463100051' },
  ],
  // PCI DSS's card verification codes: three digits (four for Amex's CID) after a label, as key / value or prose.
  CARD_SECURITY_CODE: [
    { text: '{"number": "4111111111111111", "cvv": "123"}', found: '123' },
    { text: 'cvc=123&exp_month=12', found: '123' },
    { text: 'card[cvc]=123&card[exp_month]=12', found: '123' },
    { text: 'card%5Bnumber%5D=4242424242424242&card%5Bcvc%5D=123&card%5Bexp_month%5D=12', found: '123' },
    // Moneris' name for it (card validation digits); CVD alone is also cardiovascular disease.
    { text: 'cvd_value=123&exp_date=2712', found: '123' },
    { text: 'CVD: 123' },
    { text: "'cvv2' => '123'", found: '123' },
    { text: 'CVV: 123', found: '123' },
    { text: 'CVV2/CVC2: 123', found: '123' },
    { text: 'the CVV is 123', found: '123' },
    // A few words between the label and `is` / `:` in prose; not a label that names something else.
    { text: 'Hi team, the cvv on file is 215. Thanks!', found: '215' },
    { text: 'the CVV on the back of the card is 123', found: '123' },
    { text: 'Security code for this card: 4821', found: '4821' },
    { text: 'el CVV de mi tarjeta es 123', found: '123' },
    { text: 'Hola, el cvv del cliente es 123.', found: '123' },
    { text: 'the CVV of the customer is 123', found: '123' },
    { text: 'the CVV check for order A-1 is 200' },
    { text: 'CVV length for Amex cards is 4' },
    { text: 'The CVV retry limit per day is 1000' },
    { text: 'CVV error rate last week was 1200 requests' },
    { text: 'Security code review meeting room is 1204' },
    { text: 'Security code scanning results for repo: 1532 alerts' },
    { text: 'exp 12/27 cvv 123', found: '123' },
    { text: 'Security code (CVV): 123', found: '123' },
    { text: 'card verification value 123', found: '123' },
    { text: '"verification_value": "123"', found: '123' },
    { text: 'cardCvv: 123', found: '123' },
    { text: 'cc_cid: 1234', found: '1234' },
    { text: 'Amex card, CID: 1234', found: '1234' },
    { text: 'código de seguridad: 123', found: '123' },
    { text: 'el código CVV de la tarjeta es 123', found: '123' },
    { text: '| CVV | 123 |', found: '123' },
    // Payment gateways' field names: Authorize.net's cardCode (x_card_code in its form API), Stripe's and Adyen's
    // cvc, Braintree's and Square's cvv, PayPal's security_code; JSON (escaped in a log line too), XML and forms.
    { text: '{"creditCard": {"cardNumber": "4111111111111111", "cardCode": "123"}}', found: '123' },
    {
      text: '<creditCard><cardNumber>4111111111111111</cardNumber><cardCode>123</cardCode></creditCard>',
      found: '123',
    },
    { text: 'x_exp_date=12%2F27&x_card_code=123&x_amount=9.99', found: '123' },
    { text: 'card_code=1234', found: '1234' },
    { text: '"CardCode" => "123"', found: '123' },
    { text: 'Card Code (CVV2): 123', found: '123' },
    { text: 'payment_method_data[card][cvc]=123', found: '123' },
    { text: '{"paymentMethod": {"type": "scheme", "cvc": "737"}}', found: '737' },
    { text: '{"card": {"security_code": "123"}}', found: '123' },
    { text: 'body={\\"cvv\\":\\"123\\"}', found: '123' },
    { text: '<cvv>123</cvv>', found: '123' },
    // After a card and its expiry date, the card written with a word processor's dashes (en dash, non-breaking
    // hyphen, em dash, minus sign), the expiry date too.
    { text: '4111\u20131111\u20131111\u20131111 12/27 123', found: '123' },
    { text: 'card 4111\u20111111\u20111111\u20111111 exp 12/27 123', found: '123' },
    { text: '5500\u20140055\u20145555\u20145559, 01\u201329, 456', found: '456' },
    { text: '4111\u22121111\u22121111\u22121111 12\u20132027 1234', found: '1234' },
    // Near-misses: no label, a label that is part of a longer key or a path, no code after it.
    { text: 'status 403' },
    { text: 'cvv_length: 3' },
    { text: 'cvv_check: 403' },
    { text: 'CVV verification failed with status 403' },
    { text: 'GET /api/cvv 403 12ms' },
    { text: 'CVV 12:30' },
    { text: 'cvv: 123.45' },
    { text: 'cvv=1234567' },
    { text: 'CVV: 12/27' },
    { text: 'CVV123' },
    // `cid` alone names many ids; CSC, CCV, CVN and CID with only a space before the digits are no labels.
    { text: 'cid: 1234' },
    { text: 'conn cid=4821 closed' },
    { text: 'I took CSC 148 last term' },
    // A card code with white space alone before the value, a gift card's code, longer keys, a comparison.
    { text: 'enter the card code 123 times' },
    { text: 'gift card code: 4821' },
    { text: 'cardCodeLength: 3, card_code_type=123' },
    { text: 'if (cvv > 999) reject()' },
    // Not a card (Luhn), no expiry date.
    { text: '4111\u20131111\u20131111\u20131112 12/27 123' },
    { text: '4111\u20131111\u20131111\u20131111 123' },
    { text: '<cvv>123.5</cvv>' },
  ],
  PIN: [
    { text: 'PIN: 4821', found: '4821' },
    { text: '{"pin": "4821"}', found: '4821' },
    { text: 'pin code 4821', found: '4821' },
    { text: 'your PIN is 4821', found: '4821' },
    { text: 'PIN 482193', found: '482193' },
    { text: 'card pin 4821', found: '4821' },
    { text: 'atm_pin=4821', found: '4821' },
    { text: 'NIP: 4821', found: '4821' },
    { text: 'tu NIP es 4821', found: '4821' },
    { text: 'PIN de la tarjeta: 4821', found: '4821' },
    { text: '<card><pin>4821</pin></card>', found: '4821' },
    { text: 'card%5Bpin%5D=4821&card%5Bid%5D=7', found: '4821' },
    { text: 'the PIN for this card is 4821', found: '4821' },
    { text: 'your ATM PIN for the new card: 4821', found: '4821' },
    { text: 'pin count for the board is 1024' },
    { text: 'PIN entry timeout for terminals is 3000 ms' },
    { text: 'the PIN diode reverse voltage is 1000 V' },
    { text: 'PIN pad firmware version: 2024' },
    { text: 'PIN code of the office is 560001' },
    // Hardware pins, flags, versions, other keys, other words.
    { text: 'GPIO pin 13' },
    { text: 'connect pin 4 of the connector' },
    { text: 'pin: true' },
    { text: 'pinned 4821 packages' },
    { text: 'pin: 1.2.3' },
    { text: 'pin: 1.2.3.4' },
    { text: 'pin_count: 1234' },
    { text: 'spin 4821' },
    { text: 'PIN_LENGTH=6' },
    { text: 'PIN: 123' },
    { text: 'pin=1234567' },
    { text: 'pin=1234-5678' },
    { text: 'Pin 4821 to the dashboard' },
    { text: 'POST /v1/pin 4821' },
    // India's postal PIN code (six digits).
    { text: 'Bengaluru, PIN code: 560001' },
    { text: 'Pincode 560001' },
  ],
  ABA_ROUTING_NUMBER: [
    { text: 'routing number 021000021', found: '021000021' },
    { text: 'ABA: 322271627', found: '322271627' },
    { text: 'número de ruta 122000661', found: '122000661' },
    { text: 'routing 021000022' },
    { text: 'routing 521000024' },
    { text: 'routing 421000029' },
    { text: 'order 021000021' },
  ],
  IBAN_CODE: [
    { text: 'IBAN GB29 NWBK 6016 1331 9268 19', found: 'GB29 NWBK 6016 1331 9268 19' },
    { text: 'iban: ES9121000418450200051332.', found: 'ES9121000418450200051332' },
    { text: 'FR1420041010050500013M02606 BIC BNPAFRPP', found: 'FR1420041010050500013M02606' },
    { text: 'NO9386011117947', found: 'NO9386011117947' },
    { text: 'IBAN GB28 NWBK 6016 1331 9268 19' },
    { text: 'IBAN GB29 NWBK 6016 1331 9268 1' },
    { text: 'IBAN XX29NWBK60161331926819' },
    { text: 'IBAN GB29NWBK60161331926819X' },
    // Typed in lower or mixed case: the BBAN must also fit the country's layout.
    { text: 'my iban is gb82 west 1234 5698 7654 32', found: 'gb82 west 1234 5698 7654 32' },
    { text: 'transfer to es91 2100 0418 4502 0005 1332 please', found: 'es91 2100 0418 4502 0005 1332' },
    { text: 'nl91abna0417164300', found: 'nl91abna0417164300' },
    { text: 'Gb82 west 1234 5698 7654 32', found: 'Gb82 west 1234 5698 7654 32' },
    { text: 'GB82 west 1234 5698 7654 32', found: 'GB82 west 1234 5698 7654 32' },
    { text: 'ro49aaaa1b31007593840000', found: 'ro49aaaa1b31007593840000' },
    { text: 'iban gb82 west 1234 5698 7654 33' },
    // mod-97 and length pass, the layout does not: digits for GB's bank letters, a letter in DE's digits.
    { text: 'iban gb16 1234 1234 5698 7654 00' },
    { text: 'iban de05 3704 0044 0532 0130 0a' },
    { text: 'iban nl52 0417 1643 00ab na' },
    // Letters of both cases in the BBAN (a base62 token), spaces inside a group of four.
    { text: 'ro49aAaa1b31007593840000' },
    { text: 'iban gb82 wes t123 4569 8765 432' },
    // Groups of four joined by hyphens, in any case; one separator throughout, hyphens between groups of four only.
    { text: 'IBAN DE89-3704-0044-0532-0130-00', found: 'DE89-3704-0044-0532-0130-00' },
    { text: 'IBAN: GB29-NWBK-6016-1331-9268-19.', found: 'GB29-NWBK-6016-1331-9268-19' },
    { text: 'FR14-2004-1010-0505-0001-3M02-606 BIC BNPAFRPP', found: 'FR14-2004-1010-0505-0001-3M02-606' },
    { text: 'iban de89-3704-0044-0532-0130-00', found: 'de89-3704-0044-0532-0130-00' },
    { text: 'IBAN DE88-3704-0044-0532-0130-00' },
    { text: 'IBAN DE89-3704 0044-0532-0130-00' },
    { text: 'IBAN DE89 3704-0044 0532 0130 00' },
    { text: 'IBAN DE893-704-0044-0532-0130-00' },
    { text: 'IBAN DE89--3704-0044-0532-0130-00' },
    { text: 'ref DE89-3704-0044-0532-0130-00-77' },
    { text: 'iban gb16-1234-1234-5698-7654-00' },
  ],
  IP_ADDRESS: [
    { text: 'from 203.0.113.195', found: '203.0.113.195' },
    // A browser's version in a user agent is no address; a path segment before one does not make it a version.
    { text: 'ua="Mozilla/5.0 (Linux; Android 13) AppleWebKit/548.33 (KHTML, like Gecko) Chrome/130.7.20.9 Mobile"' },
    { text: 'YaBrowser/23.11.1.82 Yowser/2.5' },
    { text: 'GET /api/hosts/10.1.2.3 200', found: '10.1.2.3' },
    { text: 'cidr 10.0.0.0/8 allowed', found: '10.0.0.0/8' },
    { text: 'v6 2606:4700:4700::1111', found: '2606:4700:4700::1111' },
    { text: 'link fe80::1ff:fe23:4567:890a%eth0', found: 'fe80::1ff:fe23:4567:890a%eth0' },
    { text: 'mapped ::ffff:192.0.2.128', found: '::ffff:192.0.2.128' },
    { text: 'prefix 2a00:1450:4001::/48', found: '2a00:1450:4001::/48' },
    { text: 'ip 256.1.1.1' },
    { text: 'version 1.2.3.4.5' },
    { text: 'v1.2.3.4' },
    // Version labels, spelled out or as an abbreviation with its `.`, `:` or `=`, before four dotted numbers.
    { text: 'Firmware: 10.2.4.1' },
    { text: 'firmware 10.1.2.3' },
    { text: 'Build: 10.8.8.8' },
    { text: 'Kernel 10.2.4.1' },
    { text: 'App version: 10.2.4.1' },
    { text: 'Versión: 10.2.4.1' },
    { text: 'VERSIÓN 10.2.4.1' },
    { text: 'Ver. 10.2.4.1' },
    { text: 'ver: 10.2.4.1' },
    { text: 'v=10.2.4.1' },
    { text: 'FW: 10.2.4.1' },
    { text: '"sw": "10.2.4.1"' },
    { text: 'IP: 10.2.4.1', found: '10.2.4.1' },
    { text: 'host 10.2.4.1', found: '10.2.4.1' },
    { text: 'connection from 10.2.4.1', found: '10.2.4.1' },
    { text: 'firmware server 10.2.4.1', found: '10.2.4.1' },
    { text: 'rebuild 10.2.4.1', found: '10.2.4.1' },
    { text: 'dev: 10.2.4.1', found: '10.2.4.1' },
    { text: 'Firmware: 10.2.4.1, IP: 10.2.4.2', found: '10.2.4.2' },
    { text: 'token 241.10.20.30' },
    { text: 'doc 2001:db8::1' },
    { text: 'time 12:30:45' },
    // Loopback and unspecified addresses identify no one; private ranges name internal hosts and stay.
    { text: 'listening on http://127.0.0.1:8080' },
    { text: '127.0.1.1\tbuild-host' },
    { text: 'bind 0.0.0.0:3000' },
    { text: '::1 localhost ip6-localhost' },
    { text: 'server at [0:0:0:0:0:0:0:1]:80' },
    { text: 'client ::ffff:127.0.0.1 connected' },
    { text: 'server 10.0.0.5:5432', found: '10.0.0.5' },
    { text: 'gateway 192.168.1.1', found: '192.168.1.1' },
    { text: 'from 128.0.0.1', found: '128.0.0.1' },
    { text: 'from 126.255.255.254', found: '126.255.255.254' },
    { text: 'peer ::2 joined', found: '::2' },
    { text: 'client ::ffff:10.0.0.1 connected', found: '::ffff:10.0.0.1' },
    // AWS host names: the dashed address, the rest of the name kept readable.
    { text: 'ip-10-0-1-23.ec2.internal', found: '10-0-1-23' },
    { text: 'ip-10-0-1-23.eu-west-1.compute.internal   Ready', found: '10-0-1-23' },
    { text: 'level=info host=ip-10-0-1-23 msg="started"', found: '10-0-1-23' },
    { text: 'Node: IP-172-31-5-9', found: '172-31-5-9' },
    { text: 'ec2-54-12-3-4.compute-1.amazonaws.com', found: '54-12-3-4' },
    { text: 'curl http://ec2-54-12-3-4.us-west-2.compute.amazonaws.com:8080/', found: '54-12-3-4' },
    { text: 'host ip-300-1-1-1' },
    { text: 'host ip-10-0-1' },
    { text: 'zip-10-0-1-23' },
    { text: 'build v1-2-3-4' },
    { text: 'backup-2024-01-02-03.tar' },
    { text: 'host ip-10-0-1-23-5' },
    { text: 'host ip-10-0-1-23x' },
    { text: 'host ip-10-01-1-23' },
    { text: 'host ip-127-0-0-1' },
    { text: 'token ip-241-10-20-30.ec2.internal' },
  ],
  US_ITIN: [
    { text: 'ITIN 912-70-1234', found: '912-70-1234' },
    { text: 'itin 912 94 1234', found: '912 94 1234' },
    { text: 'ITIN 912-40-1234' },
    { text: 'ITIN 912-93-1234' },
  ],
  US_EIN: [
    { text: 'EIN 12-3456789', found: '12-3456789' },
    { text: 'employer identification number: 95-1234567', found: '95-1234567' },
    { text: 'EIN 07-1234567' },
    { text: 'ref 12-3456789' },
  ],
  US_PASSPORT: [
    // A code labelled as an error or status code near a passport word says what failed, not the book.
    { text: 'Passport renewal failed: error C12345678' },
    { text: 'passport upload failed: code 123456789' },
    { text: 'passport ref 123456789', found: '123456789' },
    { text: 'passport no. C03005988', found: 'C03005988' },
    { text: 'pasaporte 912803456', found: '912803456' },
    { text: 'ticket C03005988' },
  ],
  // Other countries' books (ICAO 9303 document numbers), by their own layouts; the US and UK layouts keep their types.
  PASSPORT: [
    { text: 'passport no: K1234567 (India)', found: 'K1234567' },
    { text: 'Reisepass Nr. C01X00T47', found: 'C01X00T47' },
    { text: 'Número de pasaporte: PAA123456', found: 'PAA123456' },
    { text: 'numéro de passeport 12AB34567', found: '12AB34567' },
    { text: '{"passport_number": "AB123456", "nationality": "CAN"}', found: 'AB123456' },
    { text: 'order K1234567 shipped' },
    { text: 'passport: ABCDEFGH' },
    { text: 'passport: c01x00t47' },
    { text: 'passport: C01X00T47X9' },
    { text: 'passport form DS82' },
    { text: 'passport no. C03005988' },
    { text: 'UK passport GB1234567' },
  ],
  // IMEI test value of 3GPP's examples (Luhn), an MEID, Apple's and Google's advertising id layouts, an Android id.
  DEVICE_ID: [
    { text: 'IMEI 490154203237518', found: '490154203237518' },
    { text: 'imei: 49-015420-323751-8', found: '49-015420-323751-8' },
    { text: 'MEID A10000009296F2', found: 'A10000009296F2' },
    { text: '{"idfa": "6D92078A-8246-4BA4-AE5B-76104861E7DC"}', found: '6D92078A-8246-4BA4-AE5B-76104861E7DC' },
    { text: 'gaid=38400000-8cf0-11bd-b23e-10b96e40000d', found: '38400000-8cf0-11bd-b23e-10b96e40000d' },
    { text: 'android_id 9774d56d682e549c', found: '9774d56d682e549c' },
    { text: 'ICCID 89014103211118510720', found: '89014103211118510720' },
    // A SIM's IMSI (red team: telecom records): its word required, a country code 200-799 first.
    { text: 'IMSI: 310260123456789', found: '310260123456789' },
    { text: 'order 310260123456789' },
    { text: 'IMSI 111111111111111' },
    { text: 'SIM card: 8991101200003204514', found: '8991101200003204514' },
    // ICCIDs: the check digit, the `89` prefix and the word are required.
    { text: 'ICCID 8991101200003204510' },
    { text: 'ICCID 89014103211118510730' },
    { text: 'ICCID 7991101200003204519' },
    { text: 'order 8991101200003204514 shipped' },
    { text: 'IMEI 490154203237519' },
    { text: 'imei: 49-015420 323751-8' },
    { text: 'order 490154203237518' },
    { text: 'request id 6D92078A-8246-4BA4-AE5B-76104861E7DC' },
    { text: 'IDFA 00000000-0000-0000-0000-000000000000' },
    { text: 'span 9774d56d682e549c' },
  ],
  US_DRIVER_LICENSE: [
    { text: "driver's license D1234567", found: 'D1234567' },
    { text: 'licencia de conducir W426-545-30-761-0', found: 'W426-545-30-761-0' },
    { text: 'driver license WDLABCD456DG', found: 'WDLABCD456DG' },
    { text: 'invoice D1234567' },
  ],
  US_BANK_NUMBER: [
    { text: 'checking account 000123456789', found: '000123456789' },
    { text: 'número de cuenta 98765432101', found: '98765432101' },
    { text: 'tracking 000123456789' },
    // `a/c`, the account abbreviation of Indian and British banking.
    { text: 'refund to a/c 50100012345678', found: '50100012345678' },
    { text: 'a/c no. 50100012345678', found: '50100012345678' },
    { text: 'data/config 50100012345678' },
  ],
  US_NPI: [{ text: 'NPI 1234567893', found: '1234567893' }, { text: 'NPI 1234567890' }, { text: 'NPI 3234567893' }],
  US_MBI: [
    { text: 'Medicare MBI 1EG4-TE5-MK73', found: '1EG4-TE5-MK73' },
    { text: 'mbi 1EG4TE5MK73', found: '1EG4TE5MK73' },
    { text: 'mbi 1EG4-TS5-MK73' },
    { text: 'mbi 0EG4-TE5-MK73' },
  ],
  US_DEA_NUMBER: [
    { text: 'DEA AB1234563', found: 'AB1234563' },
    { text: 'dea FS9876547', found: 'FS9876547' },
    { text: 'DEA AB1234564' },
    { text: 'DEA NB1234563' },
  ],
  SWIFT_CODE: [
    { text: 'SWIFT DEUTDEFF500', found: 'DEUTDEFF500' },
    { text: 'bic BOFAUS3N', found: 'BOFAUS3N' },
    { text: 'código swift BNPAFRPP', found: 'BNPAFRPP' },
    { text: 'SWIFT DEUTXXFF' },
    { text: 'ERROR CONNECTION REFUSED' },
    { text: 'DEUTDEFF500 alone' },
  ],
  CRYPTO: [
    { text: 'btc 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa', found: '1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa' },
    { text: 'p2sh 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy', found: '3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy' },
    { text: 'segwit bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4', found: 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4' },
    {
      text: 'taproot bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297',
      found: 'bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297',
    },
    { text: 'btc 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb' },
    // The XRP Ledger's genesis account (its published address), and addresses built from each network's published
    // version byte (or bech32 prefix) and one 20-byte key hash: Litecoin, Dogecoin, Dash, TRON.
    { text: 'xrp rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh', found: 'rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh' },
    { text: 'ltc LVK7GzYkyHW4e8fXaxK71QyUDrrefPsWWg', found: 'LVK7GzYkyHW4e8fXaxK71QyUDrrefPsWWg' },
    { text: 'ltc MHzKFD9LPeRpGzwhdnyjyfX3UsNY3YSLMJ', found: 'MHzKFD9LPeRpGzwhdnyjyfX3UsNY3YSLMJ' },
    { text: 'ltc ltc1qd64dexqz2za964gvzl9s9my9239w008gxavfr0', found: 'ltc1qd64dexqz2za964gvzl9s9my9239w008gxavfr0' },
    { text: 'doge DFEFZ3BaC3AHvL9y9QKNHA5JtnDfswQmVC', found: 'DFEFZ3BaC3AHvL9y9QKNHA5JtnDfswQmVC' },
    { text: 'doge A2XRgAoGWbTHNs3Gx3epQ9u1rkA87UwF2H', found: 'A2XRgAoGWbTHNs3Gx3epQ9u1rkA87UwF2H' },
    { text: 'dash Xkmzr2tprLUbYGZxGhe2avbVqz54XkUXGk', found: 'Xkmzr2tprLUbYGZxGhe2avbVqz54XkUXGk' },
    { text: 'dash 7cVomX1YFWg2UGCkoXeuVQGJ5icTtgjw1F', found: '7cVomX1YFWg2UGCkoXeuVQGJ5icTtgjw1F' },
    { text: 'usdt TRC-20 TL4N1qcf3MNxYW3115yXFYbqvSEgjF6fXq', found: 'TL4N1qcf3MNxYW3115yXFYbqvSEgjF6fXq' },
    // Monero: the project's published donation address (on sight, with no word), a subaddress and an integrated
    // address built by the published rule (network byte 0x2a / 0x13, two keys, an 8-byte payment id, the first 4
    // bytes of Keccak-256, block base58); one character changed, one dropped, a testnet byte.
    {
      text: 'Send XMR to 44AFFq5kSiGBoZ4NMDwYtN18obc8AemS33DBLWs3H7otXft3XjrpDtQGv7SqSsaBYBb98uNbr2VBBEt7f2wfn3RVGQBEP3A please',
      found: '44AFFq5kSiGBoZ4NMDwYtN18obc8AemS33DBLWs3H7otXft3XjrpDtQGv7SqSsaBYBb98uNbr2VBBEt7f2wfn3RVGQBEP3A',
    },
    {
      text: 'sub 84HVDWbfmp99b7oZQt3SHsGJgyLLXEJGDP2G979eNKNdVjqJPC8xg6hcTNGgFKocCVj1EmSNAyrBf6uHjeeDNhPb9Xr7qi8.',
      found: '84HVDWbfmp99b7oZQt3SHsGJgyLLXEJGDP2G979eNKNdVjqJPC8xg6hcTNGgFKocCVj1EmSNAyrBf6uHjeeDNhPb9Xr7qi8',
    },
    {
      text: '4DA1twmKnfF9b7oZQt3SHsGJgyLLXEJGDP2G979eNKNdVjqJPC8xg6hcTNGgFKocCVj1EmSNAyrBf6uHjeeDNhPbDcruRZrZZMwDzsmpG6',
      found:
        '4DA1twmKnfF9b7oZQt3SHsGJgyLLXEJGDP2G979eNKNdVjqJPC8xg6hcTNGgFKocCVj1EmSNAyrBf6uHjeeDNhPbDcruRZrZZMwDzsmpG6',
    },
    { text: 'xmr 44AFFq5kSiGBoZ4NMDwYtN18obc8AemS33DBLWs3H7otXft3XjrpDtQGv7SqSsaBYBb98uNbr2VBBEt7f2wfn3RVGQBEP3B' },
    { text: 'xmr 44AFFq5kSiGBoZ4NMDwYtN18obc8AemS33DBLWs3H7otXft3XjrpDtQGv7SqSsaBYBb98uNbr2VBBEt7f2wfn3RVGQBEP3' },
    { text: 'xmr 44AFFq5kSiGBoZ4NMDwYtN18obc8AemS33DBLWs3H7otXft3XjrpDtQGv7SqSsaBYBb98uNbr2VBBEt7f2wfn3RVGQBEP3Ax' },
    { text: 'xmr 94HVDWbfmp99b7oZQt3SHsGJgyLLXEJGDP2G979eNKNdVjqJPC8xg6hcTNGgFKocCVj1EmSNAyrBf6uHjeeDNhPb9Xr7qi8' },
    // A Solana address (a 32-byte key, no checksum): near a Solana word only; not a transaction signature (64
    // bytes), nor a run of letters.
    {
      text: 'Send SOL to my Phantom wallet EPGcLEe4yNwCjbBcZNzhGwNPNUbec16RGm2xLtw3wgtW please',
      found: 'EPGcLEe4yNwCjbBcZNzhGwNPNUbec16RGm2xLtw3wgtW',
    },
    { text: 'request id EPGcLEe4yNwCjbBcZNzhGwNPNUbec16RGm2xLtw3wgtW' },
    {
      text: 'solana tx 5VERv8NMvzbJMEkV8xnrLkEaWRtSz9CosKDYjCJjBRnbJLgp8uirBgmQpjKhoR4tjF3ZpRzrFmBV6UjKdiSZkQUW',
    },
    { text: 'solana docs mention ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijk' },
    // A last or a first character changed: the checksum fails.
    { text: 'usdt TL4N1qcf3MNxYW3115yXFYbqvSEgjF6fXr' },
    { text: 'ltc1qd64dexqz2za964gvzl9s9my9239w008gxavfr1' },
    { text: 'xrp rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTi' },
    { text: 'ltc LL4N1qcf3MNxYW3115yXFYbqvSEgjF6fXq' },
    { text: 'segwit bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5' },
  ],
  ETHEREUM_ADDRESS: [
    { text: 'eth 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed', found: '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed' },
    { text: 'wallet 0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed', found: '0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed' },
    { text: 'eth 0x5AAeb6053F3E94C9b9A09f33669435E7Ef1BeAed' },
    { text: 'zero 0x0000000000000000000000000000000000000000' },
  ],
  // BIP39 test vectors (trezor/python-mnemonic); recognizers/seed-phrase.test.ts has the layouts and near misses.
  CRYPTO_SEED_PHRASE: [
    {
      text: 'seed phrase: legal winner thank year wave sausage worth useful legal winner thank yellow',
      found: 'legal winner thank year wave sausage worth useful legal winner thank yellow',
    },
    // The last word changed: the checksum fails.
    { text: 'seed phrase: legal winner thank year wave sausage worth useful legal winner thank year' },
    // No seed, mnemonic, phrase or wallet word in the text: not read.
    { text: 'legal winner thank year wave sausage worth useful legal winner thank yellow' },
  ],
  MAC_ADDRESS: [
    { text: 'mac 00:1A:2B:3C:4D:5E', found: '00:1A:2B:3C:4D:5E' },
    { text: 'hwaddr 00-1a-2b-3c-4d-5e', found: '00-1a-2b-3c-4d-5e' },
    { text: 'cisco 001a.2b3c.4d5e', found: '001a.2b3c.4d5e' },
    { text: 'mixed 00:1A-2B:3C:4D:5E' },
    { text: 'broadcast ff:ff:ff:ff:ff:ff' },
    { text: 'device 00:11:22:33:44:55', found: '00:11:22:33:44:55' },
    { text: 'mac 12:34:56:78:90:12', found: '12:34:56:78:90:12' },
    { text: 'switch 2024.0a15.1230', found: '2024.0a15.1230' },
    { text: 'port 1234.5678.9012', found: '1234.5678.9012' },
    // One hex group: no date and time, however the decimal groups read (found by a faker seed).
    { text: '"mac_address": "a8-08-28-02-04-22"', found: 'a8-08-28-02-04-22' },
    { text: 'mac 0a:08:28:02:04:22', found: '0a:08:28:02:04:22' },
    // Date and time stamps, calendar versions.
    { text: 'image tag 24-01-15-12-30-45' },
    { text: 'started 15-01-24-23-59-59' },
    { text: 'ts 12:30:45:00:11:22' },
    { text: 'release 2024.0115.1230 out' },
    { text: 'release 2024.01.15 out' },
    { text: 'tag v2024-01-15-12-30-45' },
  ],
  URL_CREDENTIALS: [
    {
      text: 'DATABASE_URL=postgres://app:s3cr3t@db.internal:5432/prod',
      found: 'postgres://app:s3cr3t@db.internal:5432/prod',
    },
    {
      text: 'see https://api.example.com/v1/x?api_key=abcd1234efgh.',
      found: 'https://api.example.com/v1/x?api_key=abcd1234efgh',
    },
    {
      text: 'id,url,phone\n1,mysql://root:hunter2@db:3306/app,+61 2 9044 5358',
      found: 'mysql://root:hunter2@db:3306/app',
    },
    { text: 'https://example.com/docs?page=2' },
    { text: 'git@github.com:org/repo.git and https://user@example.com/' },
    // A Sentry DSN: its user is the project's key (32 hex digits), new and old hosts.
    {
      text: 'SENTRY_DSN=https://f3b2a1c4d5e6f7a8b9c0d1e2f3a4b5c6@o123456.ingest.sentry.io/4504',
      found: 'https://f3b2a1c4d5e6f7a8b9c0d1e2f3a4b5c6@o123456.ingest.sentry.io/4504',
    },
    {
      text: '"dsn": "https://0123456789ABCDEF0123456789abcdef@sentry.io/42"',
      found: 'https://0123456789ABCDEF0123456789abcdef@sentry.io/42',
    },
    // A user of 31 hex digits, or with a letter past `f`, is a name.
    { text: 'https://f3b2a1c4d5e6f7a8b9c0d1e2f3a4b5c@o123456.ingest.sentry.io/4504' },
    { text: 'https://g3b2a1c4d5e6f7a8b9c0d1e2f3a4b5c6@o123456.ingest.sentry.io/4504' },
    { text: 'https://deploy-bot@example.com/releases' },
  ],
  AGE: [
    { text: 'a 94-year-old man', found: '94' },
    { text: 'edad: 91', found: '91' },
    { text: 'a 64-year-old man' },
    { text: 'max-age=120' },
  ],
  CLINICAL_DATE: [
    { text: 'Discharged on 2024-03-18', found: '2024-03-18' },
    { text: 'fecha de defunción: 20/03/2024', found: '20/03/2024' },
    { text: 'discharged 2024-02-30' },
    { text: 'shipped 2024-03-18' },
  ],
  DATE_OF_BIRTH: [
    { text: '"fechaNacimiento":"1985-03-14"', found: '1985-03-14' },
    { text: 'nací el 14/03/1985', found: '14/03/1985' },
    { text: 'DOB: 1985-03-14', found: '1985-03-14' },
    { text: 'date of birth 03/14/1985', found: '03/14/1985' },
    { text: 'born on March 14, 1985', found: 'March 14, 1985' },
    { text: 'fecha de nacimiento: 14 de marzo de 1985', found: '14 de marzo de 1985' },
    // Chinese, Japanese and Korean labels; a compact date under such a key; an order date stays.
    { text: '生年月日：1985/03/14', found: '1985/03/14' },
    { text: '出生日期: 1985-03-14', found: '1985-03-14' },
    { text: '생년월일: 1985-03-14', found: '1985-03-14' },
    { text: '生年月日=19850314', found: '19850314' },
    { text: 'Дата рождения: 14.03.1985', found: '14.03.1985' },
    { text: 'تاريخ الميلاد: 1985-03-14', found: '1985-03-14' },
    { text: 'תאריך לידה: 14/03/1985', found: '14/03/1985' },
    // Year, month and day each with its sign, as Chinese, Japanese and Korean write a date.
    { text: '生年月日：1985年3月14日', found: '1985年3月14日' },
    { text: '1985年03月14日生まれ', found: '1985年03月14日' },
    { text: '생년월일: 1985년 3월 14일', found: '1985년 3월 14일' },
    { text: '生年月日：1985年2月30日' },
    { text: '注文日：2024年3月14日' },
    { text: '注文日: 2024-03-14' },
    { text: 'DOB: 1985-02-30' },
    { text: 'shipped 1985-03-14' },
    // YYYYMMDD under a birth-date key only.
    { text: 'dob=19850314', found: '19850314' },
    { text: 'DOB: 19850314', found: '19850314' },
    { text: '{"birthDate": "19850314"}', found: '19850314' },
    { text: 'fecha_nacimiento=19850314', found: '19850314' },
    { text: '<PatientDOB>19850314</PatientDOB>', found: '19850314' },
    { text: 'Date of Birth 19850314', found: '19850314' },
    { text: 'Birth Date: 19850314', found: '19850314' },
    { text: 'start date: 20240314' },
    { text: 'build 20240314' },
    { text: 'date=20240314' },
    { text: 'started 20240314T1200' },
    { text: 'dob=20240314T1200' },
    { text: 'dob=19850231' },
    { text: 'dob=18991231' },
    { text: 'dob=198503145' },
    { text: 'dob=19850314.5' },
    { text: 'DOB: 1985-03-14, order 20240314', found: '1985-03-14' },
    { text: 'born in Madrid, order 19850314' },
    // FHIR: Patient.birthDate, and the patient-birthTime extension's valueDateTime (a date with a time of day).
    { text: '{"resourceType": "Patient", "id": "p1", "birthDate": "1985-03-14"}', found: '1985-03-14' },
    {
      text: '{"extension": [{"url": "http://hl7.org/fhir/StructureDefinition/patient-birthTime", "valueDateTime": "1985-03-14T08:30:00-05:00"}]}',
      found: '1985-03-14',
    },
    {
      text: '<extension url="http://hl7.org/fhir/StructureDefinition/patient-birthTime"><valueDateTime value="1985-03-14T08:30:00-05:00"/></extension>',
      found: '1985-03-14',
    },
    // A date of birth with a time under a birth-date key (a local midnight written in UTC is the day before).
    { text: '{"dob": "1985-03-13T23:00:00.000Z"}', found: '1985-03-13' },
    // Other timestamps near a birth date, in another extension, or under another key, are events.
    { text: '{"birthDate": "1985-03-14", "meta": {"lastUpdated": "2024-03-14T10:22:01Z"}}', found: '1985-03-14' },
    {
      text: '{"url": "http://example.org/fhir/StructureDefinition/patient-birthPlace", "valueDateTime": "2024-03-14T10:22:01Z"}',
    },
    { text: '{"birthTimeKnown": true, "created": "2024-03-14T10:22:01Z"}' },
    // The label a field's words make (`birthTime`, as deepEncode reads the extension's url), and other times.
    { text: 'patient birth time: 1974-12-25T14:35:45-05:00', found: '1974-12-25' },
    { text: 'birth time: 1974-12-25T14:35:45', found: '1974-12-25' },
    { text: 'update time: 2024-03-14T10:22:01Z' },
    // YYYYMMDD in a column whose header names a birth date.
    { text: 'id,name,dob\n1,Ana,19850314', found: '19850314' },
    { text: 'patient_id,birth_date,name\n1,19850314,Ana', found: '19850314' },
    { text: 'id;fecha_nacimiento;nombre\n1;"19850314";Ana', found: '19850314' },
    { text: 'Here is the export:\nid\tDate of Birth\n1\t19850314', found: '19850314' },
    { text: 'id,order_date\n1,20240314' },
    { text: 'id,dob\n1,19850231' },
    { text: 'id,birth_place\n1,19850314' },
    { text: 'id,dob\n1,198503145' },
  ],
  VIN: [
    { text: 'VIN 1M8GDM9AXKP042788', found: '1M8GDM9AXKP042788' },
    { text: 'vehicle 1HGCM82690A004352', found: '1HGCM82690A004352' },
    { text: 'VIN 1HGCM82630A004352' },
    { text: 'VIN 1HGCM8269OA004352' },
    // Typed in lower case: only next to a context word, with the check digit.
    { text: 'vin 1hgcm82633a004352', found: '1hgcm82633a004352' },
    { text: 'número de bastidor: 1m8gdm9axkp042788', found: '1m8gdm9axkp042788' },
    { text: 'id 1hgcm82633a004352' },
    { text: 'vin 1hgcm82630a004352' },
  ],
  // HIPAA's medical record numbers: no checksum, so only after a label, in a column named for them or in an HL7 v2
  // patient identifier field (PID-2, PID-3, PID-4, MRG-1); never a bare number.
  MEDICAL_RECORD_NUMBER: [
    { text: 'MRN: 00123456', found: '00123456' },
    // MR# is a merge request in a developer's text: an MRN's label only after patient or pt, or before a colon.
    { text: 'See MR #45213 for details' },
    { text: 'Merged MR# 123456 into main' },
    { text: 'MR#45213 fixed the build' },
    { text: 'SMR#: 123456' },
    { text: 'Patient MR# 4459912, admitted', found: '4459912' },
    { text: 'pt. MR# A-44599', found: 'A-44599' },
    { text: 'MR#: 4459912', found: '4459912' },
    { text: 'MR #: 4459912', found: '4459912' },
    { text: 'Patient MRN 00123456 admitted', found: '00123456' },
    { text: '{"mrn": "A1234567", "visit_id": "98765432"}', found: 'A1234567' },
    { text: 'patient_mrn=E-7654321', found: 'E-7654321' },
    { text: '"patientMRN":"7654321"', found: '7654321' },
    { text: 'Medical Record Number: 4455667', found: '4455667' },
    { text: 'medical record no. 4455667', found: '4455667' },
    { text: 'MRN #: 00123456', found: '00123456' },
    { text: '<MRN>00123456</MRN>', found: '00123456' },
    { text: 'Número de historia clínica: 123456', found: '123456' },
    { text: 'nº historia clínica 123456', found: '123456' },
    { text: 'NHC: 123456', found: '123456' },
    { text: 'Paciente con NHC 123456 ingresa', found: '123456' },
    { text: 'id,mrn,name\n1,00123456,Ana', found: '00123456' },
    { text: 'Medical Record Number;Paciente\n"A1234567";Ana', found: 'A1234567' },
    { text: 'MSH|^~\\&|EPIC|HOSP\rPID|1||123456^^^HOSP^MR||DOE^JOHN||19850314|M', found: '123456' },
    { text: '{"hl7": "MSH|^~\\\\&|A\\rPID|1||E1234567^^^HOSP^MR||DOE^JANE"}', found: 'E1234567' },
    // Near misses: `mrn` inside other words or keys, the mRNA vaccine, no value after the label, order ids.
    { text: 'order 00123456 shipped' },
    { text: 'mRNA-1273 vaccine lot 123456' },
    { text: 'mrn_count: 1234, mrnList: 5678' },
    { text: 'MRN lookup failed with status 404' },
    { text: 'MRN: pending' },
    { text: 'MRN: 123' },
    { text: 'MRN: 2024-03-14' },
    { text: 'MRN 12:30' },
    { text: 'the medical record 12345678 pages long' },
    { text: 'la historia clínica 123456 veces' },
    { text: 'enhance nhc 123456' },
    { text: 'customs MRN: 24DE123456789012A5' },
    { text: 'id,order,name\n1,00123456,Ana' },
    { text: 'PV1|1|I|2000^2012^01||||004777^ATTEND^AARON^A' },
    { text: 'PID|1||^^^HOSP^MR||DOE^JOHN' },
    // The patient's id or number as a registration desk writes it, English and Spanish.
    { text: 'Patient Name: WASHINGTON, DENISE\nPatient ID: 009981274', found: '009981274' },
    { text: 'Patient #: 4471923 admitted', found: '4471923' },
    { text: 'Pt ID 4471923', found: '4471923' },
    { text: 'pt. id: E-4471923', found: 'E-4471923' },
    { text: 'patient no. 4471923', found: '4471923' },
    { text: 'ID del paciente: 4471923', found: '4471923' },
    { text: 'número de paciente: 4471923', found: '4471923' },
    { text: 'nº de paciente 4471923', found: '4471923' },
    { text: 'patient_id,name\n4471923,Ana', found: '4471923' },
    // Near misses: no number after the label, a patient counted, `patient` alone, a word that starts with `no`.
    { text: 'Patient ID: pending' },
    { text: 'Patient # 3 of 10' },
    { text: 'patient 44719230 seen today' },
    { text: 'patient notes 12345678' },
    { text: 'outpatient id 4471923' },
  ],
  // HIPAA's health plan beneficiary numbers: no checksum, so only after a member, subscriber, beneficiary or policy
  // label, or in a column so named; never a bare number, and not the employer's group number.
  HEALTH_PLAN_ID: [
    // `póliza` with and without its accent, in capitals (the accented spelling has a recognizer of its own).
    { text: 'PÓLIZA Nº 12345678', found: '12345678' },
    { text: 'numero de poliza: P-1234567', found: 'P-1234567' },
    { text: 'Member ID: XJH123456789, Group #: 0012345', found: 'XJH123456789' },
    { text: '{"member_id": "XJH123456789", "group_number": "0012345"}', found: 'XJH123456789' },
    { text: '"memberId":"W123456789"', found: 'W123456789' },
    { text: 'Subscriber No. ZGP-12345-01 (primary)', found: 'ZGP-12345-01' },
    { text: 'beneficiary_id=B00482913X', found: 'B00482913X' },
    { text: 'Plan Member Number 884412907', found: '884412907' },
    { text: 'Health plan ID: HP-00482913', found: 'HP-00482913' },
    { text: 'Insurance ID: BCX987654321', found: 'BCX987654321' },
    { text: 'Policy # P1234567', found: 'P1234567' },
    { text: 'policyNumber: "AB-1234567"', found: 'AB-1234567' },
    { text: 'Número de afiliado: 12345678', found: '12345678' },
    { text: 'afiliado nº 12345678', found: '12345678' },
    { text: 'Póliza n.º P-1234567', found: 'P-1234567' },
    { text: 'nº de póliza 00987654', found: '00987654' },
    { text: 'name,member_id,plan\nAna,XJH123456789,PPO', found: 'XJH123456789' },
    { text: '| Name | Subscriber Number |\n|------|----|\n| Ana | W123456789 |', found: 'W123456789' },
    // Near misses: the group number alone, a bare number, too few digits, a date, a word, other ids and policies.
    { text: 'Group #: 0012345' },
    { text: 'XJH123456789 on file' },
    { text: 'Member ID: ABC123' },
    { text: 'Member ID: 12345' },
    { text: 'Member since: 2019-04-01' },
    { text: 'member number 2019-04-01' },
    { text: 'Member ID: pending' },
    { text: 'team members 12345678' },
    { text: '"policy_id": 1234567' },
    { text: 'policy number 1234.56' },
    { text: 'member_id: XJH1234567890123456789' },
    { text: 'name,order_id\nAna,XJH123456789' },
    // A social or national insurance number is a person's tax and benefits number (CA_SIN, UK_NINO).
    { text: 'social insurance number 046 454 286' },
    { text: 'national insurance number: QQ123456C' },
  ],
  // HIPAA's vehicle identifiers: a licence plate has no checksum and no one shape, so only after its label.
  LICENSE_PLATE: [
    { text: 'License plate: 7ABC123 (CA)', found: '7ABC123' },
    { text: 'licence plate number AB12 CDE', found: 'AB12 CDE' },
    { text: '{"plate": "ABC-1234"}', found: 'ABC-1234' },
    { text: 'Plate No. 4GDK712 expired', found: '4GDK712' },
    { text: 'vehicle registration: WX70 ABC', found: 'WX70 ABC' },
    { text: 'license plate 7ABC123 issued in CA', found: '7ABC123' },
    { text: 'Matrícula: 1234 BCD', found: '1234 BCD' },
    { text: 'placa ABC-1234', found: 'ABC-1234' },
    { text: 'patente AB123CD', found: 'AB123CD' },
    { text: 'Plate: 123456', found: '123456' },
    // A car's registration in British and American speech: car reg, car tag, reg / registration / number plate.
    { text: 'car reg AB12 CDE', found: 'AB12 CDE' },
    { text: 'Car reg: WX70 ABC, blue Ford', found: 'WX70 ABC' },
    { text: 'car_reg=AB12CDE', found: 'AB12CDE' },
    { text: 'car tag 7ABC123 (GA)', found: '7ABC123' },
    { text: 'reg plate AB12 CDE', found: 'AB12 CDE' },
    { text: 'Registration plate: AB12 CDE', found: 'AB12 CDE' },
    { text: 'number plate AB12 CDE', found: 'AB12 CDE' },
    // The issuing state's code first: the plate decides (not any two capitals).
    { text: '{"plate": "CA 7XYZ123"}', found: 'CA 7XYZ123' },
    { text: 'plate number TX ABC1234 seen', found: 'TX ABC1234' },
    { text: 'license plate ZZ 7XYZ123' },
    // Near misses: no digit, a next word that is no plate, a lab's plate, a tag, a company's registration number.
    { text: 'License plate: unknown' },
    { text: 'plate: ABCDEF' },
    { text: 'plate no. 12' },
    { text: 'Plate 3 shows the cells' },
    { text: 'template: v2.0' },
    { text: 'image tag 7ABC123' },
    { text: 'registration number 7ABC123' },
    { text: 'license plate 1234567890' },
    { text: 'plate_number=KA01AB1234' },
    { text: 'license plate 12:30' },
    // `car reg` and `car tag` only as two whole words: not a bare `reg`, a car's regulation, an Oscar's register.
    { text: 'reg AB12 CDE' },
    { text: 'car regulations 2024' },
    { text: 'Oscar registered AB12 CDE' },
    { text: 'scar tag 7ABC123' },
    { text: 'car tagline 7ABC123' },
    { text: 'car reg is due' },
  ],
  // Latitude and longitude: a pair near a word about places, or each value under its own key.
  LOCATION_COORDINATES: [
    { text: 'geo 37.7749,-122.4194', found: '37.7749,-122.4194' },
    { text: 'GPS fix (37.7749, -122.4194) at 08:15', found: '37.7749, -122.4194' },
    { text: 'Location: -33.8688, 151.2093', found: '-33.8688, 151.2093' },
    { text: '"geometry": {"type": "Point", "coordinates": [-122.4194, 37.7749]}', found: '-122.4194, 37.7749' },
    { text: 'ubicación: 40.4168, -3.7038', found: '40.4168, -3.7038' },
    { text: '{"lat": 40.7128}', found: '40.7128' },
    { text: 'pickup_longitude=-73.985428', found: '-73.985428' },
    { text: '"dropoffLat": "40.758896"', found: '40.758896' },
    { text: '<latitude>51.5074</latitude>', found: '51.5074' },
    // Near misses: no place word, too few decimals, out of range, a vector, a version, a score, other keys.
    { text: 'ratio 37.7749,-122.4194' },
    { text: 'geo 37.77,-122.41' },
    { text: 'location 95.1234, 100.5678' },
    { text: 'position: 1.234, 5.678, 9.012' },
    // A first value beyond ±90 is a longitude first: only where that order is stated, never under `position`.
    { text: 'position: 120.123, 45.678' },
    { text: 'lng,lat: 151.2093, -33.8688', found: '151.2093, -33.8688' },
    { text: 'location: 0.123, 0.456, 0.789, 0.012' },
    { text: 'coords 37.0024, -101.4255' },
    { text: 'geo version 1.234.567, 2.345' },
    { text: '{"lat": 95.1234}' },
    { text: '{"lng": 190.1234}' },
    { text: '{"epsilon": 0.001, "flat": 12.345}' },
    { text: 'lat: 40.7' },
    // In degrees: a latitude with N or S, then a longitude with E or W, is a pair on sight (degrees, minutes and
    // seconds; degrees and decimal minutes; decimal degrees), with ASCII or typographic marks.
    { text: 'The clinic is at 40°26′46″N 79°58′56″W', found: '40°26′46″N 79°58′56″W' },
    { text: `meet at 40°26'46"N, 79°58'56"W.`, found: `40°26'46"N, 79°58'56"W` },
    { text: 'fix 40° 26.767′ N 79° 58.933′ W today', found: '40° 26.767′ N 79° 58.933′ W' },
    { text: '(40.446° N, 79.982° W)', found: '40.446° N, 79.982° W' },
    { text: '33°52′04″S 151°12′36″E', found: '33°52′04″S 151°12′36″E' },
    { text: 'Lat 51°28′38″N, lon 0°0′5.3″W (Greenwich)', found: '51°28′38″N, lon 0°0′5.3″W' },
    { text: 'at 51°28′38″ N / Longitude: 0°0′5″ W', found: '51°28′38″ N / Longitude: 0°0′5″ W' },
    { text: '{"where": "40°26\'46\\"N, 79°58\'56\\"W"}', found: '40°26\'46\\"N, 79°58\'56\\"W' },
    { text: 'pole 90°0′0″N 180°0′0″E', found: '90°0′0″N 180°0′0″E' },
    // Near misses: an angle, a temperature, a latitude alone (a parallel, no place), minutes or seconds of 60 and
    // more, degrees over 90 / 180, the longitude first, whole minutes or 2 decimals (a town, as for decimal pairs).
    { text: 'rotate 45° then 90°' },
    { text: 'temperature 40°C, 104°F' },
    { text: 'the border runs along 49°00′00″N' },
    { text: '40°60′46″N 79°58′56″W' },
    { text: '40°26′60″N 79°58′56″W' },
    { text: '91°26′46″N 79°58′56″W' },
    { text: '90°0′1″N 79°58′56″W' },
    { text: '40°26′46″N 181°58′56″W' },
    { text: '79°58′56″W 40°26′46″N' },
    { text: '40°26′N 79°58′W' },
    { text: '40.44° N, 79.98° W' },
    { text: '40°26′46″North 79°58′56″W' },
    { text: '40°26′46″N, longer 79°58′56″W' },
  ],
  // Street lines by their USPS Publication 28 suffixes, with unit, city, state (USPS abbreviations) and ZIP;
  // British and Spanish lines; ZIP codes after a state or a label. Near-misses: a suffix right after a number, a
  // number with no suffix, a state that is none, a ZIP glued to a longer token.
  PERSON: [
    // By its HL7 v2 field (PID-5, the patient's family name); not in another (PID-8), nor in a pipe table's header.
    { text: 'PID|1||12345^^^MRN||OKONKWO', found: 'OKONKWO' },
    { text: 'PID|1||12345^^^MRN|||||OKONKWO' },
    { text: 'PID|USER|TTY|STAT|OKONKWO' },
  ],
  LOCATION: [
    // An Indian PIN after its word or an Indian state or city (India Post: six digits, the first 1-9).
    { text: 'Hyderabad - 500028', found: '500028' },
    { text: 'Jubilee Hills, Telangana 500033.', found: '500033' },
    { text: 'Mumbai 400 001', found: '400 001' },
    { text: 'pincode: 560034', found: '560034' },
    { text: 'Mumbai office, order 500028' },
    { text: 'Pincode 012345' },
    { text: 'Bengaluru ref 5600341' },
    { text: 'order 560034 shipped' },
    { text: `PID|1${'|'.repeat(10)}^^SPRINGFIELD^IL`, found: 'SPRINGFIELD' },
    {
      text: 'Patient lives at 742 Evergreen Terrace, Springfield, IL 62704',
      found: '742 Evergreen Terrace, Springfield, IL 62704',
    },
    {
      text: 'Ship to 1600 Pennsylvania Avenue NW, Washington, DC 20500-0003.',
      found: '1600 Pennsylvania Avenue NW, Washington, DC 20500-0003',
    },
    { text: 'mail it to Springfield, IL 62704 please', found: 'Springfield, IL 62704' },
    { text: 'ship to 55 Water St Apt 4B, Brooklyn, NY 11201', found: '55 Water St Apt 4B, Brooklyn, NY 11201' },
    { text: 'Wei Chen\n1200 K St NW\nthanks', found: '1200 K St NW' },
    { text: '221B Baker Street was his', found: '221B Baker Street' },
    { text: '10 Downing Street, London SW1A 2AA', found: '10 Downing Street, London' },
    { text: '350 5th Ave, Suite 200, New York, NY 10118', found: '350 5th Ave, Suite 200, New York, NY 10118' },
    { text: 'office: 12 W. 34th St., Apt 4B', found: '12 W. 34th St., Apt 4B' },
    { text: 'at 12-14 Oak Rd, #12 today', found: '12-14 Oak Rd, #12' },
    { text: '123 Main St, Toronto, ON M5V 2T6', found: '123 Main St, Toronto, ON M5V 2T6' },
    { text: 'PO Box 123, Springfield, IL 62704', found: 'PO Box 123, Springfield, IL 62704' },
    { text: 'Calle Mayor 5, 3º B, 28013 Madrid', found: 'Calle Mayor 5, 3º B, 28013 Madrid' },
    { text: 'vive en C/ Alcalá 42, Madrid', found: 'C/ Alcalá 42' },
    { text: 'Avda. de la Constitución 12', found: 'Avda. de la Constitución 12' },
    { text: 'nos vemos en la Plaza Mayor 1', found: 'Plaza Mayor 1' },
    { text: 'ZIP: 62704', found: '62704' },
    { text: '{"zip": "62704", "city": "x"}', found: '62704' },
    { text: 'código postal 28013', found: '28013' },
    { text: 'Order 4521 shipped in 3 boxes' },
    { text: 'version 2 Way forward' },
    { text: '12 Street Fighter games' },
    { text: 'Room 101' },
    { text: 'Chapter 11 Drive' },
    { text: 'sang 5 Ave Maria twice' },
    { text: 'meet at 10 St. James' },
    { text: '1600 rows' },
    { text: 'Ref CA 94043' },
    { text: 'Springfield, XIL 62704' },
    { text: 'Springfield, IL 627041' },
    { text: 'Springfield, XX 62704' },
    { text: 'cost $62704' },
    { text: 'St. Louis is nice' },
    { text: 'on 2024-05-12' },
    { text: 'Plaza Hotel 2 nights' },
    { text: 'Dr. Smith saw 3 patients' },
    { text: 'at 3 Dr Smith said' },
    { text: 'see Table 4 Ref Dr' },
    { text: 'ZIP: 00000' },
  ],
  UK_NINO: [
    { text: 'NI number AB 12 34 56 C', found: 'AB 12 34 56 C' },
    { text: 'nino: JG103759A', found: 'JG103759A' },
    { text: 'nino QQ123456C' },
    { text: 'nino GB123456A' },
    { text: 'nino AB123456E' },
    // Typed in lower case: only next to a context word, with the prefix and suffix rules.
    { text: 'my ni number is ab123456c', found: 'ab123456c' },
    { text: 'national insurance: jg 10 37 59 a', found: 'jg 10 37 59 a' },
    { text: 'ref ab123456c' },
    { text: 'ni number gb123456a' },
    { text: 'ni number ab123456e' },
  ],
  UK_NHS: [
    { text: 'NHS number 943 476 5919', found: '943 476 5919' },
    { text: 'nhs 4010232137', found: '4010232137' },
    { text: 'NHS number 943 476 5918' },
    { text: 'NHS 1234567890' },
  ],
  UK_PASSPORT: [
    { text: 'UK passport GB1234567', found: 'GB1234567' },
    { text: 'code GB1234567' },
    { text: 'UK passport check failed: status GB1234567' },
  ],
  UK_POSTCODE: [
    { text: 'London SW1A 1AA', found: 'SW1A 1AA' },
    { text: 'postcode EC1A 1BB', found: 'EC1A 1BB' },
    { text: 'Manchester M1 1AE', found: 'M1 1AE' },
    { text: 'code QA1 1AA' },
    { text: 'code SW1A 1AC' },
    // Typed in lower case: only next to a context word, in the Royal Mail layout.
    { text: 'postcode sw1a 1aa', found: 'sw1a 1aa' },
    { text: 'código postal ec1a1bb', found: 'ec1a1bb' },
    { text: 'Manchester m1 1ae' },
    { text: 'h1 2px margin' },
    { text: 'postcode qa1 1aa' },
    { text: 'postcode sw1a 1ac' },
  ],
  ES_NIF: [
    { text: 'DNI 12345678Z', found: '12345678Z' },
    { text: 'DNI: 12.345.678-Z', found: '12.345.678-Z' },
    { text: 'con DNI 12.345.678Z', found: '12.345.678Z' },
    { text: 'DNI 12.345.678-A has the wrong letter' },
    { text: 'CNPJ 12.345.678/0001-95 is Brazilian' },
    { text: 'nif: 12345678-Z', found: '12345678-Z' },
    { text: 'DNI 12345678A' },
  ],
  ES_NIE: [
    { text: 'NIE X1234567L', found: 'X1234567L' },
    { text: 'nie Y-1234567-X', found: 'Y-1234567-X' },
    { text: 'NIE X1234567A' },
  ],
  ES_NUSS: [
    { text: 'nº seguridad social 28/12345678/40', found: '28/12345678/40' },
    { text: 'NUSS 080123456774', found: '080123456774' },
    // `NSS`, as payslips and HR records abbreviate it, was no context word: the number reached the model.
    { text: 'NSS: 281234567840', found: '281234567840' },
    { text: 'NUSS 28/12345678/41' },
    { text: 'NUSS 99/12345678/40' },
    // The province apart from the rest: with context only, the control still checked.
    { text: 'NUSS 28 1234567840', found: '28 1234567840' },
    { text: 'Seguridad Social: 28/1234567840', found: '28/1234567840' },
    { text: 'ref 28 1234567840 ok' },
    { text: 'NUSS 28 1234567841' },
  ],
  ES_CIF: [
    { text: 'CIF B12345674', found: 'B12345674' },
    { text: 'cif Q2826000H', found: 'Q2826000H' },
    { text: 'CIF B12345675' },
    { text: 'CIF Q28260008' },
  ],
  IT_FISCAL_CODE: [
    { text: 'codice fiscale RSSMRA85T10A562S', found: 'RSSMRA85T10A562S' },
    { text: 'CF BNCGLI80A41F205F', found: 'BNCGLI80A41F205F' },
    { text: 'CF RSSMRA85T10A562T' },
    { text: 'CF RSSMRA85Z10A562S' },
  ],
  DE_TAX_ID: [
    { text: 'Steuer-ID 86095742719', found: '86095742719' },
    { text: 'tax id 47 134 586 296', found: '47 134 586 296' },
    { text: 'Steuer-ID 86095742718' },
    { text: 'Steuer-ID 12345678903' },
    { text: 'Steuer-ID 06095742719' },
  ],
  FR_NIR: [
    { text: 'sécurité sociale 1 85 05 78 006 084 91', found: '1 85 05 78 006 084 91' },
    { text: 'NIR 269029934173285', found: '269029934173285' },
    { text: 'NIR 185022A12345682', found: '185022A12345682' },
    { text: 'NIR 2 85 12 2B 054 321 96', found: '2 85 12 2B 054 321 96' },
    { text: 'NIR 185057800608492' },
    { text: 'NIR 185137800608491' },
  ],
  CA_SIN: [
    { text: 'SIN 546 454 281', found: '546 454 281' },
    { text: 'SIN 046 454 286 (the government sample, first digit 0 is never issued)' },
    { text: 'social insurance number 130-042-823', found: '130-042-823' },
    { text: 'SIN 046 454 287' },
    { text: 'SIN 846 454 283' },
  ],
  AU_TFN: [
    { text: 'TFN 123 456 782', found: '123 456 782' },
    { text: 'tax file number 876543210', found: '876543210' },
    { text: 'TFN 123 456 789' },
  ],
  AU_ABN: [
    { text: 'ABN 51 824 753 556', found: '51 824 753 556' },
    { text: 'abn 18123456789', found: '18123456789' },
    { text: 'ABN 51 824 753 557' },
  ],
  AU_MEDICARE: [
    { text: 'Medicare 2123 45670 1', found: '2123 45670 1' },
    { text: 'medicare number 41234567211', found: '41234567211' },
    { text: 'Medicare 2123 45671 1' },
    { text: 'Medicare 7123 45670 1' },
  ],
  IN_AADHAAR: [
    { text: 'Aadhaar 2345 6789 0124', found: '2345 6789 0124' },
    { text: 'aadhaar: 498765432102', found: '498765432102' },
    { text: 'Aadhaar 2345 6789 0125' },
    { text: 'Aadhaar 1345 6789 0124' },
    // FedEx tracking numbers are 12 digits, and one in ten passes Verhoeff.
    { text: 'tracking number 2345 6789 0124' },
    { text: '"tracking_number": "2345-6789-0124"' },
    { text: 'FedEx 2345 6789 0124, uid of the parcel' },
    { text: 'shipped with UPS: 2345 6789 0124 (uidai)' },
    { text: 'número de seguimiento: 2345 6789 0124' },
    { text: 'fedexTrackingNumber=234567890124 aadhaar' },
    { text: 'tracking number 3456, Aadhaar 2345 6789 0124', found: '2345 6789 0124' },
    { text: 'Aadhaar 2345 6789 0124 and tracking number 4567', found: '2345 6789 0124' },
    { text: 'ups and downs; my Aadhaar: 234567890124', found: '234567890124' },
  ],
  IN_PAN: [
    { text: 'PAN ABCPE1234F', found: 'ABCPE1234F' },
    { text: 'KYC done for ABCPE1234F yesterday', found: 'ABCPE1234F' },
    // A company's, a firm's or a family's PAN needs its word; so does a product code of the same shape.
    { text: 'company PAN: AAACB1234C', found: 'AAACB1234C' },
    { text: 'sku=LNWHF9766U qty=2' },
    // A person's PAN has the shape of some product codes: right after a product key, it is one (found by a faker
    // seed). Product words elsewhere leave a PAN a PAN.
    { text: 'Order shipped; sku RYZPF4694D.' },
    { text: '{"part_number": "RYZPF4694D"}' },
    { text: 'Item #: RYZPF4694D' },
    { text: "modelo => 'RYZPF4694D'" },
    { text: 'item ABCPE1234F, PAN ABCPE1234F', found: 'ABCPE1234F' },
    { text: 'PAN (item 4): ABCPE1234F', found: 'ABCPE1234F' },
    { text: '{"item":3,"panNumber":"ABCPE1234F"}', found: 'ABCPE1234F' },
    { text: 'As part of KYC: ABCPE1234F', found: 'ABCPE1234F' },
    { text: 'Part B - Employee ABCPE1234F', found: 'ABCPE1234F' },
    { text: 'model: Priya Sharma ABCPE1234F', found: 'ABCPE1234F' },
    { text: 'PAN ABCXE1234F' },
  ],
  SG_NRIC_FIN: [
    { text: 'NRIC S1234567D', found: 'S1234567D' },
    { text: 'fin G7654321L', found: 'G7654321L' },
    { text: 'NRIC T0123456G', found: 'T0123456G' },
    { text: 'NRIC S1234567A' },
  ],
  KR_RRN: [
    { text: 'RRN 850101-1234566', found: '850101-1234566' },
    { text: '주민등록번호 9906152345671', found: '9906152345671' },
    { text: 'RRN 851301-1234566' },
    { text: 'RRN 850101-9234566' },
  ],
  CN_RESIDENT_ID: [
    // GB 11643-1999's own example, a lower-case x, a leap day, and a label in Chinese.
    { text: 'resident id 11010519491231002X', found: '11010519491231002X' },
    { text: 'id card: 11010519491231002x', found: '11010519491231002x' },
    { text: '身份证号 310115200002291235', found: '310115200002291235' },
    { text: 'customer 440304198506152328 verified', found: '440304198506152328' },
    // Wrong check character, 30 February, a birth date in the future, region digit 9, inside a longer number.
    { text: 'resident id 110105194912310021' },
    { text: 'resident id 510107199302301230' },
    { text: 'resident id 110105209901011234' },
    { text: 'resident id 910105194912310029' },
    { text: 'trace 1101051949123100291 ok' },
  ],
  RU_SNILS: [
    // Written as issued, with a dash before the check, and bare after its word; a check of 100 written 00.
    { text: 'СНИЛС 112-233-445 95', found: '112-233-445 95' },
    { text: 'client 112-233-445-95 verified', found: '112-233-445-95' },
    { text: 'snils: 08765430300', found: '08765430300' },
    // Wrong check, bare without its word, before the checked range, inside a longer number.
    { text: 'СНИЛС 112-233-445 96' },
    { text: 'order 11223344595' },
    { text: 'СНИЛС 001-001-998 00' },
    { text: 'id 112-233-445 951' },
  ],
  RU_INN: [
    { text: 'ИНН 500123456750', found: '500123456750' },
    { text: 'inn: 770708389324', found: '770708389324' },
    { text: 'ИНН 500123456751' },
    { text: 'order 500123456750' },
  ],
  TR_TCKN: [
    { text: 'TC Kimlik No: 10000000146', found: '10000000146' },
    { text: 'tckn=12345678950', found: '12345678950' },
    { text: 'TC Kimlik No: 10000000147' },
    { text: 'tckn 02345678950' },
    { text: 'order 12345678950' },
  ],
  // Nordic, Belgian, Swiss, South African and Israeli numbers (more cases in each country's own test file).
  SE_PERSONNUMMER: [
    { text: 'Personnummer: 811218-9876', found: '811218-9876' },
    { text: 'personnummer 811218-9877' },
    { text: 'order 811218-9876' },
  ],
  NO_FODSELSNUMMER: [
    { text: 'Fødselsnummer: 15058834685', found: '15058834685' },
    { text: 'fødselsnummer 15058834686' },
    { text: 'order 15058834685' },
  ],
  FI_HETU: [
    { text: 'HETU: 131052-308T', found: '131052-308T' },
    { text: 'hetu 131052-308U' },
    { text: 'ref 131052-308T' },
  ],
  BE_NATIONAL_NUMBER: [
    { text: 'Rijksregisternummer: 85.07.30-033.28', found: '85.07.30-033.28' },
    { text: 'rijksregisternummer 85.07.30-033.29' },
    { text: 'order 85073003328' },
  ],
  CH_AHV: [
    { text: 'AHV-Nr. 756.9217.0769.85', found: '756.9217.0769.85' },
    { text: 'AHV 756.9217.0769.86' },
    { text: 'EAN 7569217076985' },
  ],
  ZA_ID_NUMBER: [
    { text: 'SA ID number: 8001015009087', found: '8001015009087' },
    { text: 'SA ID number: 8001015009088' },
    { text: 'order 8001015009087' },
  ],
  IL_ID_NUMBER: [
    { text: 'Teudat Zehut: 123456782', found: '123456782' },
    { text: 'teudat zehut 123456783' },
    { text: 'order 123456782' },
  ],
  // USCIS A-numbers have no check digit: a number right after its label (more cases in us-alien-number.test.ts).
  // A school's student ids have no check digit: a number right after its label (more cases in student-id.test.ts).
  STUDENT_ID: [
    { text: 'Student ID: 48291036', found: '48291036' },
    { text: 'Student ID card office hours' },
    { text: 'order 48291036' },
  ],
  US_ALIEN_REGISTRATION_NUMBER: [
    { text: 'A-Number: A212-845-309', found: 'A212-845-309' },
    { text: 'A-Number: A212-845-3091' },
    { text: 'order A212845309' },
  ],
  // Loyalty programmes publish no check digit: a number after its label or the programme's name (more cases in
  // loyalty-numbers.test.ts and airline-service-requests.test.ts).
  LOYALTY_NUMBER: [
    { text: 'Marriott Bonvoy #: 884127339', found: '884127339' },
    { text: 'SSR FOID UA HK1/FFUA12345678-1.1', found: 'UA12345678' },
    { text: 'SkyMiles balance: 12,400' },
    { text: 'order 884127339' },
  ],
  // Nigeria's BVN and NIN have no check digit: eleven digits and their word (more cases in nigeria.test.ts).
  NG_BVN: [
    { text: 'BVN: 22156789012', found: '22156789012' },
    { text: 'BVN: 2215678901' },
    { text: 'order 22156789012' },
  ],
  NG_NIN: [
    { text: 'NIN: 48291037465', found: '48291037465' },
    { text: 'NIN: 482910374651' },
    { text: 'running 48291037465' },
  ],
  // Latin American interbank account codes (more cases in interbank-codes.test.ts).
  MX_CLABE: [
    { text: 'CLABE: 002010077777777771', found: '002010077777777771' },
    { text: 'CLABE: 002010077777777772' },
    { text: 'order 002010077777777771' },
  ],
  AR_CBU: [
    { text: 'CBU 2850590940090418135201', found: '2850590940090418135201' },
    { text: 'CBU 2850590940090418135202' },
    { text: 'trace 2850590940090418135201' },
  ],
  // UPI ids by their payment service provider's handle (more cases in upi.test.ts).
  IN_UPI_ID: [
    { text: '{"upi":"ananya.rao@okhdfcbank"}', found: 'ananya.rao@okhdfcbank' },
    { text: 'debited from A/c XX3726 to VPA rohit.khanna88@ybl', found: 'rohit.khanna88@ybl' },
    { text: 'pay me at priya.sharma@oksbi', found: 'priya.sharma@oksbi' },
    { text: 'write to a@ybl.com' },
    { text: 'ananya.rao@okhdfc' },
  ],
  ID_DOCUMENT_NUMBER: [
    // ICAO 9303 part 5's specimen identity card (TD1): the number by its place and check digit.
    {
      text: 'I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<',
      found: 'D23145890',
    },
    // The number's and the birth date's check digits wrong: no zone.
    { text: 'I<UTOD231458908<<<<<<<<<<<<<<<\n7408123F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<' },
  ],
  BR_CPF: [
    { text: 'CPF 111.444.777-35', found: '111.444.777-35' },
    { text: 'cpf 52998224725', found: '52998224725' },
    { text: 'CPF 111.444.777-36' },
    { text: 'CPF 111.111.111-11' },
  ],
  BR_CNPJ: [
    { text: 'CNPJ 11.222.333/0001-81', found: '11.222.333/0001-81' },
    { text: 'cnpj 04542000000174', found: '04542000000174' },
    { text: 'CNPJ 11.222.333/0001-82' },
  ],
  MX_CURP: [
    { text: 'CURP GODE561231HDFRRN00', found: 'GODE561231HDFRRN00' },
    { text: 'curp BADD110313HCMLNS06', found: 'BADD110313HCMLNS06' },
    { text: 'CURP GODE561231HDFRRN01' },
    { text: 'CURP GODE561331HDFRRN00' },
  ],
  // Check digits computed with SAT's, SII's, AFIP's, DIAN's and SUNAT's published rules.
  MX_RFC: [
    { text: 'RFC GODE561231GR8', found: 'GODE561231GR8' },
    { text: 'emisor MAB9307148T4 (persona moral)', found: 'MAB9307148T4' },
    { text: 'rfc: MUÑO800101AB3', found: 'MUÑO800101AB3' },
    { text: 'A&B930714AB4', found: 'A&B930714AB4' },
    { text: 'R.F.C. GODE 561231 GR8', found: 'GODE 561231 GR8' },
    { text: 'MAB-930714-8T4', found: 'MAB-930714-8T4' },
    { text: 'GODE 561231-GR8' },
    { text: 'RFC GODE561231GR9' },
    // February 30th, with the check digit that would fit it.
    { text: 'RFC GODE560230GR8' },
    { text: 'RFC genérico XEXX010101000' },
    // Typed in lower or mixed case: only under an RFC label, with the same check character (of the upper-cased
    // value: GOMR800101AB's is 2, so the `gomr800101ab1` of a bug report is no RFC).
    { text: 'RFC: gomr800101ab2', found: 'gomr800101ab2' },
    { text: 'rfc gode561231gr8', found: 'gode561231gr8' },
    { text: 'R.F.C. Gode 561231 Gr8', found: 'Gode 561231 Gr8' },
    { text: '{"rfc": "mab-930714-8t4"}', found: 'mab-930714-8t4' },
    { text: 'rfc: muño800101ab3', found: 'muño800101ab3' },
    { text: 'RFC: gomr800101ab1' },
    { text: 'rfc gode561231gr9' },
    { text: 'rfc gode 561231-gr8' },
    { text: 'cliente gode561231gr8' },
    { text: 'rfc: xexx010101000' },
    { text: 'see rfc 7231, section 6' },
  ],
  // IMSS's check digit: Luhn over the first ten digits (more cases in mexico.test.ts).
  MX_NSS: [
    { text: 'NSS: 04169512342', found: '04169512342' },
    { text: 'NSS: 04169512343' },
    { text: 'pedido 04169512342' },
  ],
  CL_RUT: [
    { text: 'cliente 12.345.678-5', found: '12.345.678-5' },
    { text: 'RUT: 12345678-5', found: '12345678-5' },
    { text: 'rol único tributario 10000013-K', found: '10000013-K' },
    { text: 'RUT 123456785', found: '123456785' },
    { text: 'RUT 12.345.678-4' },
    { text: 'build 12345678-5 passed' },
    { text: 'order 123456785' },
  ],
  AR_CUIT: [
    { text: 'CUIT 20-12345678-6', found: '20-12345678-6' },
    { text: 'factura a 20-12345678-6', found: '20-12345678-6' },
    { text: 'CUIL: 20123456786', found: '20123456786' },
    { text: 'CUIT 20-12345678-5' },
    // 21 is no CUIT prefix, though its check digit (2) fits the weights.
    { text: 'CUIT 21-12345678-2' },
    { text: 'ticket 20123456786' },
  ],
  CO_NIT: [
    { text: 'NIT 900.123.456-8', found: '900.123.456-8' },
    { text: 'proveedor 900.123.456-8', found: '900.123.456-8' },
    { text: 'nit: 900123456-8', found: '900123456-8' },
    { text: 'número de identificación tributaria 79.123.456-0', found: '79.123.456-0' },
    { text: 'NIT 900.123.456-7' },
    { text: 'job 900123456-8 done' },
  ],
  PE_RUC: [
    { text: 'RUC 20100070970', found: '20100070970' },
    { text: 'registro único de contribuyentes: 20100070970', found: '20100070970' },
    { text: 'RUC 20100070971' },
    // 12 is no RUC prefix, though its check digit (7) fits the weights.
    { text: 'RUC 12100070977' },
    { text: 'pedido 20100070970' },
  ],
  PL_PESEL: [
    { text: 'PESEL 44051401359', found: '44051401359' },
    { text: 'pesel 02210301232', found: '02210301232' },
    { text: 'PESEL 44051401358' },
    { text: 'PESEL 44053401351' },
  ],
  NL_BSN: [
    { text: 'BSN 111222333', found: '111222333' },
    { text: 'burgerservicenummer 1234.56.782', found: '1234.56.782' },
    { text: 'BSN 111222334' },
  ],
  AWS_ACCESS_KEY: [
    { text: 'aws_access_key_id = AKIAIOSFODNN7EXAMPLE', found: 'AKIAIOSFODNN7EXAMPLE' },
    { text: 'temp ASIAY34FZKBOKMUTVV7A', found: 'ASIAY34FZKBOKMUTVV7A' },
    { text: 'AKIAIOSFODNN7EXAMPL' },
    { text: 'XAKIAIOSFODNN7EXAMPLE' },
  ],
  AWS_SECRET_KEY: [
    {
      text: 'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      found: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    },
    {
      text: '"SecretAccessKey": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"',
      found: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    },
    { text: 'sha wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' },
    // Next to an access key id, with no key name: on its line or the next.
    {
      text: 'AKIAIOSFODNN7EXAMPLE,wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      found: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    },
    {
      text: 'AWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE\nAWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      found: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    },
    // A git SHA is 40 hex characters: never a secret key.
    { text: 'AKIAIOSFODNN7EXAMPLE 9944b09199c62bcf9418ad846dd0e4bbdfc6ee4b' },
    { text: 'AKIAIOSFODNN7EXAMPLE\n\nwJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' },
  ],
  AWS_SESSION_TOKEN: [
    {
      text: `AWS_SESSION_TOKEN=${'FwoGZXIvYXdzEBYaDH7kZ2'.padEnd(356, 'q8Wn3/Fv+Tz1')}`,
      found: 'FwoGZXIvYXdzEBYaDH7kZ2'.padEnd(356, 'q8Wn3/Fv+Tz1'),
    },
    { text: '"SessionToken": "IQoJb3JpZ2luX2VjEJr...EXAMPLETOKEN"' },
    { text: `blob=${'Zm9vYmFyYmF6'.padEnd(356, 'q8Wn3/Fv+Tz1')}` },
  ],
  GITHUB_TOKEN: [
    {
      text: 'GITHUB_TOKEN=ghp_1A2b3C4d5E6f7G8h9I0jK1l2M3n4O5p6Q7r8',
      found: 'ghp_1A2b3C4d5E6f7G8h9I0jK1l2M3n4O5p6Q7r8',
    },
    { text: 'ghp_short123' },
  ],
  GITLAB_TOKEN: [
    { text: 'token glpat-xYz12AbCdEfGh34IjKlM', found: 'glpat-xYz12AbCdEfGh34IjKlM' },
    { text: 'glpat-short' },
  ],
  NPM_TOKEN: [
    {
      text: '//registry.npmjs.org/:_authToken=npm_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789',
      found: 'npm_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789',
    },
    { text: 'npm_install_step' },
  ],
  SENDGRID_API_KEY: [
    {
      text: 'SENDGRID_API_KEY=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',
      found: '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',
    },
    { text: 'SG.short.key' },
  ],
  HUGGINGFACE_TOKEN: [
    { text: 'HF_TOKEN=hf_AbCdEfGhIjKlMnOpQrStUvWxYzAbCdEfGh', found: 'hf_AbCdEfGhIjKlMnOpQrStUvWxYzAbCdEfGh' },
    { text: 'hf_short' },
  ],
  SLACK_TOKEN: [
    {
      text: 'SLACK=xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx',
      found: 'xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx',
    },
    {
      text: 'hook https://hooks.slack.com/services/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',
      found: 'https://hooks.slack.com/services/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',
    },
    { text: 'xoxb-123' },
    // Slack's documentation placeholder: no secret in it.
    { text: 'hook https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX' },
  ],
  STRIPE_KEY: [
    { text: 'STRIPE_SECRET=sk_live_4eC39HqLyjWDarjtT1zdp7dc', found: 'sk_live_4eC39HqLyjWDarjtT1zdp7dc' },
    { text: 'publishable pk_live_4eC39HqLyjWDarjtT1zdp7dc is public' },
  ],
  OPENAI_API_KEY: [
    {
      text: 'OPENAI_API_KEY=sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAb7cDe0f',
      found: 'sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAb7cDe0f',
    },
    {
      text: 'legacy sk-abcdefghij0123456789T3BlbkFJabcdefghij0123456789',
      found: 'sk-abcdefghij0123456789T3BlbkFJabcdefghij0123456789',
    },
    { text: 'task-1234 sk-short' },
  ],
  ANTHROPIC_API_KEY: [
    {
      text: 'ANTHROPIC_API_KEY=sk-ant-api03-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789AA',
      found: 'sk-ant-api03-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789AA',
    },
    { text: 'sk-ant-api03-short' },
  ],
  GOOGLE_API_KEY: [
    { text: 'key=AIzaSyDaGmWKa4JsXZ-HjGw7ISLn_3namBGewQe', found: 'AIzaSyDaGmWKa4JsXZ-HjGw7ISLn_3namBGewQe' },
    { text: 'AIzaSyDaGmWKa4JsXZ-HjGw7ISLn_3nam' },
  ],
  JWT: [
    {
      text: 'Authorization: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U',
      found:
        'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U',
    },
    { text: 'eyJub3QiOiJhIGp3dCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.abcdefghijkl' },
    // A payload with UTF-8 (`"name":"José Núñez"`) is JSON; one cut short (`{"sub": 42, oops`) is not.
    {
      text: 'token eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI0MiIsIm5hbWUiOiJKb3PDqSBOw7rDsWV6In0.c2lnbmF0dXJlLXNpZ25hdHVyZQ',
      found:
        'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI0MiIsIm5hbWUiOiJKb3PDqSBOw7rDsWV6In0.c2lnbmF0dXJlLXNpZ25hdHVyZQ',
    },
    { text: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiA0Miwgb29wcw.c2lnbmF0dXJlLXNpZ25hdHVyZQ' },
    // A segment with one character too many for whole bytes reads as without it (as base64 decoders do).
    { text: 'token eyJhbGciOjF9A.eyJzdWIiOjF9.c2ln', found: 'eyJhbGciOjF9A.eyJzdWIiOjF9.c2ln' },
  ],
  PRIVATE_KEY: [
    { text: 'const PEM_HEADER = "-----BEGIN RSA PRIVATE KEY-----";' },
    {
      text: 'key:\n-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\n-----END RSA PRIVATE KEY-----\nok',
      found: '-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\n-----END RSA PRIVATE KEY-----',
    },
    { text: '-----BEGIN PUBLIC KEY-----\nMIIBIjAN\n-----END PUBLIC KEY-----' },
  ],
  PASSWORD: [
    // Nested form fields (Rails, PHP), as typed and URL-encoded in a logged request body.
    { text: 'user[password]=Xk9mQ2vL7p&user[email]=ana', found: 'Xk9mQ2vL7p' },
    { text: 'user%5Bpassword%5D=Xk9mQ2vL7p&remember=1', found: 'Xk9mQ2vL7p' },
    { text: 'Usage: login [username] [password]' },
    { text: 'Array\n(\n    [password] => Xk9mQ2vL7p\n)', found: 'Xk9mQ2vL7p' },
    // An `&` that starts no query field is part of the value (the `&3` reached the model before).
    { text: 'db password=Tr0ub4dor&3 ok', found: 'Tr0ub4dor&3' },
    { text: 'password: Xk9&mQ2vL7p', found: 'Xk9&mQ2vL7p' },
    { text: '<password>Xk9&amp;mQ2vL7p</password>', found: 'Xk9&amp;mQ2vL7p' },
    { text: '<a href="/login?password=Xk9mQ2vL7p&amp;next=/home">', found: 'Xk9mQ2vL7p' },
    { text: '{"password": "hunter2!x"}', found: 'hunter2!x' },
    { text: 'contraseña: MiClave2024', found: 'MiClave2024' },
    { text: 'password=$' + '{DB_PASSWORD}' },
    { text: 'password: ********' },
    { text: 'reset your password: click the link' },
    { text: 'my password is "Summer2024!" now', found: 'Summer2024!' },
    { text: 'tu contraseña es Verano2024', found: 'Verano2024' },
    { text: 'the password is required' },
    // Only a space after the word: a value mixing a letter, a digit and a symbol (no word, version or identifier).
    { text: 'username admin password S3cr3t!x', found: 'S3cr3t!x' },
    { text: 'temp password Tr0ub4dor&3 expires today', found: 'Tr0ub4dor&3' },
    { text: 'login maria.s password Pa55word!', found: 'Pa55word!' },
    { text: 'password SHA-256 hash' },
    { text: 'password v2.0.1-beta released' },
    { text: 'password db_user1 role' },
    { text: 'PASSWORD=[PASSWORD_1]' },
    { text: 'POSTGRES_PASSWORD=postgres', found: 'postgres' },
    { text: 'POSTGRES_PASSWORD: hidden' },
    { text: 'the password for admin is Xk9#mQ2v.', found: 'Xk9#mQ2v' },
    { text: 'the password for admin is stored in Vault' },
    // A shell parameter's default is the password used where the variable is unset.
    { text: `POSTGRES_PASSWORD: \${POSTGRES_PASSWORD:-Xk9mQ2vL7pz}`, found: 'Xk9mQ2vL7pz' },
    { text: `export DB_PASS="\${DB_PASS:=hunter2x}"`, found: 'hunter2x' },
    { text: `password: \${DB_PASSWORD}` },
    { text: `POSTGRES_PASSWORD: \${POSTGRES_PASSWORD:-changeme}` },
    { text: `PASSWORD_MIN_LENGTH=\${PASSWORD_MIN_LENGTH:-12345}` },
    { text: `DB_PASSWORD_FILE=\${DB_PASSWORD_FILE:-/run/secrets/db_password}` },
    // Spring's default after a bare `:`; a URL default under another name is none.
    { text: `spring.datasource.password=\${DB_PASS:Xk9mQ2vL7pWc}`, found: 'Xk9mQ2vL7pWc' },
    { text: `password: \${db.password:hunter2x}`, found: 'hunter2x' },
    { text: `url: \${DB_URL:jdbc:postgresql://localhost/app}` },
    // The literal a program falls back to when the variable is unset.
    { text: "const pw = process.env['DB_PASSWORD'] || 'hunter2x';", found: 'hunter2x' },
    { text: "ENV.fetch('DATABASE_PASSWORD', 'Xk9mQ2vL7pWc')", found: 'Xk9mQ2vL7pWc' },
    { text: "const port = process.env.PORT || '3000'; const pw = process.env.DB_PASSWORD || ''" },
  ],
  API_SECRET: [
    { text: 'settings[api_key]=Zx81mQ2vL7pAbCdEf9&settings[mode]=live', found: 'Zx81mQ2vL7pAbCdEf9' },
    { text: 'stripe%5Bsecret_key%5D=Zx81mQ2vL7pAbCdEf9', found: 'Zx81mQ2vL7pAbCdEf9' },
    { text: `JWT_SECRET=\${JWT_SECRET:-s3cr3tK3yF0rD3v2024}`, found: 's3cr3tK3yF0rD3v2024' },
    { text: `token: \${API_TOKEN-abcdefghijkl}` },
    { text: `LOG_LEVEL=\${LOG_LEVEL:-debug2024x}` },
    { text: "const secret = process.env.JWT_SECRET || 'dev-Xk9mQ2vL7pWc4NZq8Lk2';", found: 'dev-Xk9mQ2vL7pWc4NZq8Lk2' },
    { text: 'apiKey: import.meta.env.VITE_API_KEY ?? "Zq8Lk2v9RtXk9mQ2vL7pWc4N",', found: 'Zq8Lk2v9RtXk9mQ2vL7pWc4N' },
    { text: "Deno.env.get('SESSION_SECRET') ?? 'Zq8Lk2v9RtXk9mQ2vL7pWc4N'", found: 'Zq8Lk2v9RtXk9mQ2vL7pWc4N' },
    { text: "ENV['API_TOKEN'] || 'Zq8Lk2v9RtXk9mQ2vL7pWc4N'", found: 'Zq8Lk2v9RtXk9mQ2vL7pWc4N' },
    { text: "const region = process.env.AWS_REGION || 'us-east-1x2'; const t = process.env.API_TOKEN || 'changeme'" },
    { text: 'client_secret=9f8e7d6c5b4a3f2e1d0c', found: '9f8e7d6c5b4a3f2e1d0c' },
    { text: 'Authorization: Bearer abc123def456ghi789jkl', found: 'abc123def456ghi789jkl' },
    { text: 'token: expired' },
    // Analytics client ids in cookies and pagination cursors open nothing; session cookies and tokens do.
    { text: 'Cookie: _ga=GA1.2.1234567890.1700000000; _gid=GA1.2.987654321.1700000000' },
    { text: 'Cookie: _ga_ABC123XYZ=GS1.1.1700000000.5.1.1700000123.0.0.0' },
    { text: 'Cookie: _ga_ABC123XYZ=GS2.1.s1746000000$o1$g1$t1746000100$j60$l0$h0' },
    { text: 'Set-Cookie: _fbp=fb.1.1700000000000.1234567890; Path=/' },
    {
      text: 'Cookie: _ga=GA1.2.1234567890.1700000000; sessionid=abcdef0123456789abcdef',
      found: 'abcdef0123456789abcdef',
    },
    { text: 'Cookie: sid=GA1.2.k8Jd0aPq2ZxY7mWq3', found: 'GA1.2.k8Jd0aPq2ZxY7mWq3' },
    { text: 'GET /v1/items?next_page_token=eyJvZmZzZXQiOjEwMH0%3D&limit=5' },
    { text: '{"nextPageToken": "eyJvZmZzZXQiOjEwMH0=", "items": []}' },
    { text: '"continuation_token": "eyJvZmZzZXQiOjEwMH0="' },
    { text: 'next_token=eyJvZmZzZXQiOjEwMH0 cursor=eyJvZmZzZXQiOjEwMH0 after=eyJpZCI6MTIzfQ' },
    { text: 'refresh_token=Xk9mQ2vLp3sT8wZr1234', found: 'Xk9mQ2vLp3sT8wZr1234' },
    { text: 'access_token=eyJvZmZzZXQiOjEwMH0=', found: 'eyJvZmZzZXQiOjEwMH0=' },
    // A Twilio auth token (32 hex) in prose, right after `auth token` in a text naming Twilio; its keys were read.
    { text: 'Twilio auth token 9f8e7d6c5b4a39281706f5e4d3c2b1a0', found: '9f8e7d6c5b4a39281706f5e4d3c2b1a0' },
    {
      text: 'Twilio account AC1f2e3d4c5b6a79881706f5e4d3c2b1a0, authtoken: 9f8e7d6c5b4a39281706f5e4d3c2b1a0',
      found: '9f8e7d6c5b4a39281706f5e4d3c2b1a0',
    },
    { text: 'our twilio Auth_Token 9F8E7D6C5B4A39281706F5E4D3C2B1A0', found: '9F8E7D6C5B4A39281706F5E4D3C2B1A0' },
    { text: 'TWILIO_AUTH_TOKEN=9f8e7d6c5b4a39281706f5e4d3c2b1a0', found: '9f8e7d6c5b4a39281706f5e4d3c2b1a0' },
    { text: 'twilio auth_token: 9f8e7d6c5b4a39281706f5e4d3c2b1a0', found: '9f8e7d6c5b4a39281706f5e4d3c2b1a0' },
    // No Twilio word, no label, 31 or 34 hex, not hex, another token's word.
    { text: 'auth token 9f8e7d6c5b4a39281706f5e4d3c2b1a0' },
    { text: 'Twilio message SM9f8e7d6c5b4a39281706f5e4d3c2b1a0 sent, md5 9f8e7d6c5b4a39281706f5e4d3c2b1a0' },
    { text: 'Twilio auth token 9f8e7d6c5b4a39281706f5e4d3c2b1a' },
    { text: 'Twilio auth token 9f8e7d6c5b4a39281706f5e4d3c2b1a0ff' },
    { text: 'Twilio auth token 9f8e7d6c5b4a39281706f5e4d3c2b1g0' },
    { text: 'Twilio auth tokens rotated; commit 9f8e7d6c5b4a39281706f5e4d3c2b1a0' },
  ],
};

describe('built-in recognizers: published valid examples and near-misses', () => {
  for (const [entity, cases] of Object.entries(CASES)) {
    it(`${entity}`, () => {
      for (const { text, found } of cases) {
        const values = scanner
          .scanSync(text)
          .filter((span) => span.type === entity)
          .map((span) => text.slice(span.start, span.end));
        expect(values, `${entity} in ${JSON.stringify(text)}`).toEqual(found === undefined ? [] : [found]);
      }
    });
  }

  it('covers at least 50 entity types, each with valid and invalid cases', () => {
    const entities = new Set(builtinRecognizers().map((recognizer) => recognizer.entity));
    expect(entities.size).toBeGreaterThanOrEqual(50);
    for (const entity of entities) {
      const cases = CASES[entity] ?? [];
      expect(
        cases.some((c) => c.found !== undefined),
        `${entity} has a valid case`,
      ).toBe(true);
      expect(
        cases.some((c) => c.found === undefined),
        `${entity} has a near-miss`,
      ).toBe(true);
    }
  });

  it('knows a BBAN layout for every IBAN country, as long as its IBAN less four', () => {
    expect(Object.keys(BBAN_LAYOUTS).sort()).toEqual(Object.keys(IBAN_LENGTHS).sort());
    for (const [country, layout] of Object.entries(BBAN_LAYOUTS)) {
      const length = [...layout.matchAll(/(\d+)[anc]/g)].reduce((sum, [, count]) => sum + Number(count), 0);
      expect(length + 4, country).toBe(IBAN_LENGTHS[country]);
    }
    // Published examples fit; a letter for a digit, a digit for a letter or a wrong length do not.
    expect(bbanFits('GB', 'WEST12345698765432')).toBe(true);
    expect(bbanFits('MU', 'BOMM0101101030300200000MUR')).toBe(true);
    expect(bbanFits('FR', '20041010050500013M02606')).toBe(true);
    expect(bbanFits('GB', 'WES212345698765432')).toBe(false);
    expect(bbanFits('DE', '37040044053201300A')).toBe(false);
    expect(bbanFits('DE', '3704004405320130000')).toBe(false);
    expect(bbanFits('XX', '3704004405320130')).toBe(false);
  });

  it('gives every recognizer a category, English and Spanish context or a self-evident shape', () => {
    for (const recognizer of builtinRecognizers()) {
      expect(recognizer.category).toMatch(/^[A-Z_]+$/);
      if (recognizer.context !== undefined) {
        expect(recognizer.context.en?.length, recognizer.name).toBeGreaterThan(0);
        expect(recognizer.context.es?.length, recognizer.name).toBeGreaterThan(0);
      }
    }
  });
});

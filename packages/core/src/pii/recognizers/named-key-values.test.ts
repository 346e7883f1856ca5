import { describe, expect, it } from 'vitest';
import { testKey } from '../../../test/helpers.js';
import { MaskClient } from '../../client/mask-client.js';
import { PatternScanner } from '../pattern-scanner.js';

const scanner = new PatternScanner();

/** The PERSON and LOCATION spans of `text` as [type, value]. */
function found(text: string): [string, string][] {
  return scanner
    .scanSync(text)
    .filter((span) => span.type === 'PERSON' || span.type === 'LOCATION')
    .map((span) => [span.type, text.slice(span.start, span.end)]);
}

describe('values under name and place keys in text', () => {
  it('reads YAML, logfmt, JSON kept as text and form labels', () => {
    const yaml = 'customer:\n  last_name: Okonkwo\n  city: Kilcoole\n  address: Kastanienallee 12, 10435 Berlin';
    expect(found(yaml)).toEqual([
      ['PERSON', 'Okonkwo'],
      ['LOCATION', 'Kilcoole'],
      ['LOCATION', 'Kastanienallee 12, 10435 Berlin'],
    ]);
    expect(found('level=info msg="updated" last_name=Okonkwo city=Kilcoole latency_ms=12')).toEqual([
      ['PERSON', 'Okonkwo'],
      ['LOCATION', 'Kilcoole'],
    ]);
    expect(found('payload={"first_name": "Wanjiru", "billingCity": "Kilcoole"}')).toEqual([
      ['PERSON', 'Wanjiru'],
      ['LOCATION', 'Kilcoole'],
    ]);
    expect(found('Full Name: Wanjiru Okonkwo\nHome Address: 12 Ngong Road, Kilcoole')).toEqual([
      ['PERSON', 'Wanjiru Okonkwo'],
      ['LOCATION', '12 Ngong Road, Kilcoole'],
    ]);
    expect(found('GET /search?city=Kilcoole&sort=asc')).toEqual([['LOCATION', 'Kilcoole']]);
    // A query string's or a form body's encoding: `+` for a space, `%C3%A9` for `é` (before, `Doe` reached the model).
    expect(found('GET /users?name=John+Doe&sort=asc')).toEqual([['PERSON', 'John+Doe']]);
    expect(found('last_name=Garc%C3%ADa+L%C3%B3pez&product=Blue+Widget')).toEqual([
      ['PERSON', 'Garc%C3%ADa+L%C3%B3pez'],
    ]);
    expect(found('name=Blue+Widget+XL&sku=1')).toEqual([]);
    // A name after `=` written with its spaces goes on over capitalised words that are no key (`Mehta` leaked).
    expect(found('Pod "intake" env PATIENT_NAME=Arjun Mehta')).toEqual([['PERSON', 'Arjun Mehta']]);
    expect(found('msg="charge failed" customer=Hannah Oyelaran amount=19.99')).toEqual([['PERSON', 'Hannah Oyelaran']]);
    expect(found('name=John Smith logged in')).toEqual([['PERSON', 'John Smith']]);
    expect(found('user=ana action=login name=Widget Pro=3')).toEqual([]);
    // A YAML block scalar under an address key: each line more indented than the key (the address leaked whole).
    expect(
      found(
        '  - name: Oluwaseun Adebayo\n    address: |\n      14 Admiralty Way\n      Lekki Phase 1, Lagos\n    dob: x',
      ),
    ).toEqual([
      ['PERSON', 'Oluwaseun Adebayo'],
      ['LOCATION', '14 Admiralty Way'],
      ['LOCATION', 'Lekki Phase 1, Lagos'],
    ]);
    expect(found('notes: |\n  hello world\naddress: >\nnext: 1')).toEqual([]);
    expect(found('suburb: Bondi Junction\nneighborhood=Williamsburg')).toEqual([
      ['LOCATION', 'Bondi Junction'],
      ['LOCATION', 'Williamsburg'],
    ]);
    expect(found('nom: Dupont\nville: Lyon\ncode_postal: 69002\nPLZ: 10115')).toEqual([
      ['PERSON', 'Dupont'],
      ['LOCATION', 'Lyon'],
      ['LOCATION', '69002'],
      ['LOCATION', '10115'],
    ]);
  });

  it("reads a PayPal IPN's shipping name and prefixed ZIP in a form body (red team)", () => {
    // Before: `address_name` was no name's key (the NER engine read `Rashida` alone) and `address_zip` was left to
    // the street-address recognizer, which reads only `zip` whole.
    expect(found('address_status=confirmed&address_name=Rashida+Coleman-Baptiste&address_zip=97403')).toEqual([
      ['PERSON', 'Rashida+Coleman-Baptiste'],
      ['LOCATION', '97403'],
    ]);
    expect(found('billing_zip: 97403')).toEqual([['LOCATION', '97403']]);
    // A label under `address_name` (`Home`) is no person's name.
    expect(found('address_name=Home&address_zip=97403')).toEqual([['LOCATION', '97403']]);
  });

  it("reads an LDAP entry's postal address under its two-kind key (LDIF's `homePostalAddress`)", () => {
    const entry =
      'dn: uid=wokonkwo,ou=People,dc=example,dc=com\nhomePostalAddress: 742 Evergreen Terrace$Springfield, OR 97403\n';
    expect(found(entry)).toEqual([['LOCATION', '742 Evergreen Terrace$Springfield, OR 97403']]);
  });

  it("reads a directory entry's surname and common name under deepEncode's keys, not a certificate's host", async () => {
    const client = new MaskClient({ env: { MASK_MASTER_KEY: testKey() }, logger: { warn: () => undefined } });
    const safe = await client.deepEncode({ cn: 'Wanjiru Okonkwo', sn: 'Okonkwo', givenName: 'Wanjiru' });
    expect(JSON.stringify(safe)).not.toMatch(/Okonkwo|Wanjiru/);
    expect(await client.deepEncode({ cn: 'api.example.com', sn: 'C02XK1ZJJG5H' })).toEqual({
      cn: 'api.example.com',
      sn: 'C02XK1ZJJG5H',
    });
  });

  it("reads an ISO 20022 payment's postal address elements, abbreviated as the standard writes them", () => {
    const creditor =
      '<Cdtr><PstlAdr><StrtNm>Acacia Avenue</StrtNm><BldgNb>12</BldgNb><PstCd>94107</PstCd><TwnNm>Lewisham</TwnNm>' +
      '<Ctry>GB</Ctry><AdrLine>Flat 3, Rose Court</AdrLine></PstlAdr></Cdtr>';
    expect(found(creditor)).toEqual([
      ['LOCATION', 'Acacia Avenue'],
      ['LOCATION', '94107'],
      ['LOCATION', 'Lewisham'],
      ['LOCATION', 'Flat 3, Rose Court'],
    ]);
    expect(found('{"PstlAdr": {"TwnNm": "Lewisham", "DstrctNm": "Greenwich", "Ctry": "GB"}}')).toEqual([
      ['LOCATION', 'Lewisham'],
      ['LOCATION', 'Greenwich'],
    ]);
    // The elements that name no place stay: a country, a currency, an amount.
    expect(found('<Ctry>GB</Ctry><Ccy>EUR</Ccy><InstdAmt>1250.00</InstdAmt>')).toEqual([]);
  });

  it("reads a C-CDA patient's name and address elements", () => {
    const ccda =
      '<patient><name use="L"><given>Isabella</given><family>Jones</family></name></patient>' +
      '<addr use="HP"><streetAddressLine>1357 Amber Drive</streetAddressLine><city>Beaverton</city>' +
      '<state>OR</state><postalCode>97867</postalCode></addr>';
    expect(found(ccda)).toEqual([
      ['PERSON', 'Isabella'],
      ['PERSON', 'Jones'],
      ['LOCATION', '1357 Amber Drive'],
      ['LOCATION', 'Beaverton'],
      ['LOCATION', '97867'],
    ]);
    expect(found('<font-family>Helvetica Neue</font-family><given>true</given><name>Wireless Mouse</name>')).toEqual(
      [],
    );
    expect(found('<city>Beaverton</town>')).toEqual([]);
  });

  it("checks the value as the key's kind: products, hosts, files, handles, templates and no-values stay", () => {
    expect(found('{"name": "Wireless Mouse", "hostname": "web-01", "filename": "report.pdf"}')).toEqual([]);
    expect(found('username: jdoe\ncity: N/A\nlast_name: {{last_name}}\nstreet: ${STREET}')).toEqual([]);
    expect(found('name: is required')).toEqual([]);
    expect(found('customer:\n  id: 42')).toEqual([]);
    expect(found('GET /api/last_name=Okonkwo')).toEqual([]);
    expect(found('if (user.last_name == other) return')).toEqual([]);
  });

  it('reads a label whose name or place word is not its last (`Postal Code:`, `Name on Card:`)', () => {
    expect(found('Name on Card: Wanjiru Okonkwo\nPostal Code: K1A 0B1')).toEqual([
      ['PERSON', 'Wanjiru Okonkwo'],
      ['LOCATION', 'K1A 0B1'],
    ]);
    expect(found('Nombre del paciente: Wanjiru Okonkwo')).toEqual([['PERSON', 'Wanjiru Okonkwo']]);
    // Only a label that opens its line, of a few words, that names such a field.
    expect(found('Name of the file: report.pdf')).toEqual([]);
    expect(found('the user logged in from home: ok')).toEqual([]);
  });

  it('reads each string of a JSON list under a name or place key (an NDJSON change log, red team)', () => {
    expect(found('{"a":1}\n{"changes":{"last_name":["Oyelaran","Oyelaran-Brooks"]}}')).toEqual([
      ['PERSON', 'Oyelaran'],
      ['PERSON', 'Oyelaran-Brooks'],
    ]);
    expect(found('{"city": ["Kilcoole", "Lagos"]}')).toEqual([
      ['LOCATION', 'Kilcoole'],
      ['LOCATION', 'Lagos'],
    ]);
    // Each item is checked as the key's value: products under `name` stay; a list of other things is not read.
    // A created record's change (`[null, "new"]`), and a list printed over several lines.
    expect(found('audit {"last_name": [null, "Oyelaran-Brooks"]} by admin')).toEqual([['PERSON', 'Oyelaran-Brooks']]);
    expect(found('"last_name": [\n  "Okafor",\n  "Oyelaran"\n]')).toEqual([
      ['PERSON', 'Okafor'],
      ['PERSON', 'Oyelaran'],
    ]);
    expect(found('{"name": ["Wireless Mouse", "Blue Widget"]}')).toEqual([]);
    expect(found('{"last_name": [1, "Okafor"]}')).toEqual([]);
    expect(found('{"tags": ["Okafor", "Lagos"]}')).toEqual([]);
  });

  it("reads a label with a possessive (`Mother's maiden name:`), as it reads the label without one", () => {
    // Before, the apostrophe cut the label to `maiden name`, which does not open its line: the name reached the model.
    expect(found("Mother's maiden name: Bhattacharya")).toEqual([['PERSON', 'Bhattacharya']]);
    expect(found('- Mother’s maiden name: Bhattacharya')).toEqual([['PERSON', 'Bhattacharya']]);
  });

  it('reads a postal code in two pieces after `=`, and one a town follows on the line', () => {
    expect(found('postal_code=K1A 0B1 city=Ottawa')).toEqual([
      ['LOCATION', 'K1A 0B1'],
      ['LOCATION', 'Ottawa'],
    ]);
    expect(found('PLZ: 10115 Berlin')).toEqual([['LOCATION', '10115 Berlin']]);
    expect(found('Postleitzahl: 1012 AB Amsterdam')).toEqual([['LOCATION', '1012 AB Amsterdam']]);
    // The next field is no second piece; what is no postal code up front stays.
    expect(found('postal_code=K1A next=1')).toEqual([['LOCATION', 'K1A']]);
    expect(found('Postal Code: N/A\nPLZ: see below')).toEqual([]);
  });

  it("reads the name under a role (an assignee, a customer, an invoice's Ship to), and cuts what follows it", () => {
    expect(found('Status: open\nAssignee: Wanjiru Okonkwo\nReporter: Platform Bot')).toEqual([
      ['PERSON', 'Wanjiru Okonkwo'],
    ]);
    expect(found('Emergency contact: Wanjiru Okonkwo (sister)')).toEqual([['PERSON', 'Wanjiru Okonkwo']]);
    expect(found('Ship to: Wanjiru Okonkwo, 742 Evergreen Terrace, Springfield, IL 62704')).toEqual([
      ['PERSON', 'Wanjiru Okonkwo'],
      ['LOCATION', '742 Evergreen Terrace, Springfield, IL 62704'],
    ]);
    expect(found('Bill To:\nWanjiru Okonkwo\n742 Evergreen Terrace')).toEqual([
      ['PERSON', 'Wanjiru Okonkwo'],
      ['LOCATION', '742 Evergreen Terrace'],
    ]);
    expect(found('customer,amount\nWanjiru Okonkwo,42.00\nGlobex Industries,10.00')).toEqual([
      ['PERSON', 'Wanjiru Okonkwo'],
    ]);
    // A record's role key reads the same (deepEncode's keys).
    const value = 'Tavish Quillfeather';
    expect(scanner.scanSync(value, { field: 'assignee' }).map((span) => span.type)).toEqual(['PERSON']);
    expect(scanner.scanSync('Platform Team', { field: 'assignee' })).toEqual([]);
    // Companies, teams, handles and ids under a role stay; so does a product under a plain name.
    expect(found('Customer: Acme Corp\nOwner: octocat\nAttn: Accounts Payable\nclient=Mozilla Firefox')).toEqual([]);
    expect(found('Ship To:\nGlobex Industries\nname: Wireless Mouse (black)')).toEqual([]);
  });

  it('reads Portuguese and Brazilian address labels and headers (morada, endereço, bairro, cidade, cep)', () => {
    expect(found('Morada: Rua Augusta 100, 1100-053 Lisboa')).toEqual([
      ['LOCATION', 'Rua Augusta 100, 1100-053 Lisboa'],
    ]);
    expect(found('Endereço: Av. Paulista 1578\nBairro: Bela Vista\nCidade: Campinas')).toEqual([
      ['LOCATION', 'Av. Paulista 1578'],
      ['LOCATION', 'Bela Vista'],
      ['LOCATION', 'Campinas'],
    ]);
    // `cep` is too short to search for (`except`), and read as a column of a header line another word opens.
    expect(found('nome,cidade,cep\nJoão Gonçalves,Campinas,01310-200')).toEqual([
      ['PERSON', 'João Gonçalves'],
      ['LOCATION', 'Campinas'],
      ['LOCATION', '01310-200'],
    ]);
    expect(found('endereco_ip: 10.0.0.1')).toEqual([]);
  });

  it('reads Polish labels and headers (imię, nazwisko, miasto, miejscowość, ulica, kod pocztowy)', () => {
    expect(
      found('Imię: Łukasz\nNazwisko: Wiśniewski\nMiejscowość: Kraków\nUlica: Floriańska 15\nKod pocztowy: 31-019'),
    ).toEqual([
      // `Imię` is too short to search text for (the NER engine reads its value; deepEncode its key).
      ['PERSON', 'Wiśniewski'],
      ['LOCATION', 'Kraków'],
      ['LOCATION', 'Floriańska 15'],
      ['LOCATION', '31-019'],
    ]);
    expect(found('imie,nazwisko,miasto\nŁukasz,Wiśniewski,Kraków')).toEqual([
      ['PERSON', 'Łukasz'],
      ['PERSON', 'Wiśniewski'],
      ['LOCATION', 'Kraków'],
    ]);
  });

  it('reads Chinese, Japanese and Korean labels, keys and headers, full-width colons too', () => {
    expect(
      found('氏名：山田 太郎\n住所：東京都千代田区千代田1-1\n郵便番号：100-0001\n電話番号：090-1234-5678'),
    ).toEqual([
      ['PERSON', '山田 太郎'],
      ['LOCATION', '東京都千代田区千代田1-1'],
      ['LOCATION', '100-0001'],
    ]);
    expect(found('收货人：王伟\n收货地址：北京市朝阳区建国路88号')).toEqual([
      ['PERSON', '王伟'],
      ['LOCATION', '北京市朝阳区建国路88号'],
    ]);
    expect(found('이름: 김민준\n주소: 서울특별시 강남구 테헤란로 152')).toEqual([
      ['PERSON', '김민준'],
      ['LOCATION', '서울특별시 강남구 테헤란로 152'],
    ]);
    expect(found('log {"お客様氏名": "山田 太郎", "所在地": "大阪市北区梅田3-1"}')).toEqual([
      ['PERSON', '山田 太郎'],
      ['LOCATION', '大阪市北区梅田3-1'],
    ]);
    expect(found('氏名,住所\n山田 太郎,東京都千代田区千代田1-1')).toEqual([
      ['PERSON', '山田 太郎'],
      ['LOCATION', '東京都千代田区千代田1-1'],
    ]);
    // Beside a Latin key of the same kind, each value once.
    expect(found('name: Ana Diaz, 氏名: 山田 太郎')).toEqual([
      ['PERSON', 'Ana Diaz'],
      ['PERSON', '山田 太郎'],
    ]);
    // A product's name, a price, and prose that names an address without a label, stay.
    expect(found('商品名：ワイヤレスマウス\n価格：2980円\n当社の住所は東京都です。')).toEqual([]);
  });

  it('reads Russian, Arabic and Hebrew labels and keys, read whole: their head word comes first', () => {
    expect(found('ФИО: Петров Иван Сергеевич\nАдрес доставки: г. Москва, ул. Ленина, д. 5\nГород: Москва')).toEqual([
      ['PERSON', 'Петров Иван Сергеевич'],
      ['LOCATION', 'г. Москва, ул. Ленина, д. 5'],
      ['LOCATION', 'Москва'],
    ]);
    expect(found('{"الاسم": "محمد أحمد", "العنوان": "شارع الملك فهد، الرياض"}')).toEqual([
      ['PERSON', 'محمد أحمد'],
      ['LOCATION', 'شارع الملك فهد، الرياض'],
    ]);
    expect(found('שם: דוד כהן\nכתובת: רחוב הרצל 10, תל אביב')).toEqual([
      ['PERSON', 'דוד כהן'],
      ['LOCATION', 'רחוב הרצל 10, תל אביב'],
    ]);
    // An e-mail address, a login, a product's name.
    expect(found('Адрес электронной почты: ivan@example.ru\nИмя пользователя: ivan_p\nاسم المنتج: هاتف')).toEqual([]);
  });

  it('reads the value of a record that names it: tags, env lists, form fields, changes (JSON or YAML in text)', () => {
    expect(found('tags: [{"Key":"last_name","Value":"Okonkwo"},{"Key":"env","Value":"prod"}] applied')).toEqual([
      ['PERSON', 'Okonkwo'],
    ]);
    const env = 'env:\n  - name: CONTACT_LAST_NAME\n    value: Okonkwo\n  - name: LOG_LEVEL\n    value: debug\n';
    expect(found(env)).toEqual([['PERSON', 'Okonkwo']]);
    expect(found("form: [{'field': 'lastName', 'value': 'Adeyemi'}, {'field': 'city', 'value': 'Kilcoole'}]")).toEqual([
      ['PERSON', 'Adeyemi'],
      ['LOCATION', 'Kilcoole'],
    ]);
    expect(found('{"ParameterKey": "BillingCity", "ParameterValue": "Kilcoole"}')).toEqual([['LOCATION', 'Kilcoole']]);
    expect(found('{"field": "reporter", "toString": "Wanjiru Okonkwo"}')).toEqual([['PERSON', 'Wanjiru Okonkwo']]);
    // The naming member must be right before the value, under a naming key, and name a person or a place.
    expect(found('{"Key":"last_name","Type":"String","Value":"Okonkwo"}')).toEqual([]);
    expect(found('{"id":"last_name","value":"Okonkwo"}')).toEqual([]);
    expect(found('{"name":"status","value":"Okonkwo"}')).toEqual([]);
    expect(found('{"name":"name","value":"Wireless Mouse"}')).toEqual([]);
  });

  it("reads Vietnamese labels and keys, and a label of several words after a one-line form's comma", () => {
    expect(found('Họ và tên: Nguyễn Văn An, Địa chỉ: 123 Lê Lợi, Quận 1, TP.HCM, SĐT: 0912 345 678')).toEqual([
      ['PERSON', 'Nguyễn Văn An'],
      ['LOCATION', '123 Lê Lợi, Quận 1, TP.HCM'],
    ]);
    expect(found('HỌ VÀ TÊN: TRẦN THỊ BÌNH')).toEqual([['PERSON', 'TRẦN THỊ BÌNH']]);
    expect(found('Tên bệnh nhân: Nguyễn Văn An\nThành phố: Hà Nội')).toEqual([
      ['PERSON', 'Nguyễn Văn An'],
      ['LOCATION', 'Hà Nội'],
    ]);
    expect(found('Name: John Smith, Home Address: 12 Oak Lane')).toEqual([
      ['PERSON', 'John Smith'],
      ['LOCATION', '12 Oak Lane'],
    ]);
    // Not a label: words that reach no sign.
    expect(found('Tên sản phẩm: Áo thun')).toEqual([]);
  });

  it("ends a value at the next field after a gap on the same line, and reads that field's label", () => {
    // The surname's value ran to the line's end, given names and passport number inside it.
    expect(found('Surname: HOSSAIN  Given names: MD NAZMUL  Passport No: BX0447182')).toEqual([
      ['PERSON', 'HOSSAIN'],
      ['PERSON', 'MD NAZMUL'],
    ]);
    expect(found('Patient: Zorblax Quenby  Home Address: 12 Main St, Springfield')).toEqual([
      ['PERSON', 'Zorblax Quenby'],
      ['LOCATION', '12 Main St, Springfield'],
    ]);
    // A name cut before what follows it keeps none of the blanks between.
    expect(found('Name: Ana Lopez   (sister)')).toEqual([['PERSON', 'Ana Lopez']]);
  });

  it('reads a landlord, a payee and a German contact person under their labels', () => {
    expect(found('Landlord: Haile Gebremedhin')).toEqual([['PERSON', 'Haile Gebremedhin']]);
    expect(found('Customer: Wanjiru OKOTH')).toEqual([['PERSON', 'Wanjiru OKOTH']]);
    expect(found('Ansprechpartner: Jürgen Kleinschmidt')).toEqual([['PERSON', 'Jürgen Kleinschmidt']]);
    expect(found('Payee name: Quốc Bảo Trương')).toEqual([['PERSON', 'Quốc Bảo Trương']]);
    expect(found('Driver: Qualcomm Atheros\ndriver=org.postgresql.Driver\nowner: PostgreSQL JDBC')).toEqual([]);
  });

  it('leaves a UK postcode its own type', () => {
    expect(scanner.scanSync('postcode: EC1A 1BB').map((span) => span.type)).toEqual(['UK_POSTCODE']);
  });

  it('masks a YAML record sent as text and gives the tool it back exactly', async () => {
    const client = new MaskClient({ env: { MASK_MASTER_KEY: testKey() }, logger: { warn: () => undefined } });
    const yaml = 'last_name: Okonkwo-Baptiste\nfirst_name: Wanjiru\ncity: Kilcoole';
    const { text } = await client.tokenizeText(yaml);
    for (const value of ['Okonkwo', 'Wanjiru', 'Kilcoole']) expect(text).not.toContain(value);
    expect(text).toMatch(/^last_name: \[PERSON_\d+\]\nfirst_name: \[PERSON_\d+\]\ncity: \[LOCATION_\d+\]$/);
    expect(await client.detokenizeText(text)).toBe(yaml);
  });
});

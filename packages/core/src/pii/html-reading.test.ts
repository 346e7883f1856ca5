import { describe, expect, it } from 'vitest';
import { holdsMarkup, htmlReading } from './html-reading.js';
import { PatternScanner } from './pattern-scanner.js';

describe('htmlReading', () => {
  it('reads table rows and definition lists as pipe-table lines, text at its own offsets', () => {
    const table = '<table><tr><th>Name</th><th>CVV</th></tr>\n<tr><td>Ana</td><td>123</td></tr></table>';
    const reading = htmlReading(table);
    expect(reading.text).toBe('\n| Name | CVV |\n| Ana | 123 |\n');
    const at = reading.text.indexOf('123');
    expect(table.slice(reading.offsets[at], (reading.offsets[at + 2] as number) + 1)).toBe('123');
    expect(htmlReading('<dl><dt>PIN</dt><dd>4821</dd><dt>Bank</dt><dd>Acme</dd></dl>').text).toBe(
      '\n| PIN | 4821 |\n| Bank | Acme |\n',
    );
  });

  it('reads inline tags as a space, other tags as a line break, `&nbsp;` as a space', () => {
    expect(htmlReading('<h1>PIN</h1><h2>2024</h2>').text).toBe('\nPIN\n2024\n');
    expect(htmlReading('<event><type>PIN</type><ms>1234</ms></event>').text).toBe('\nPIN\n1234\n');
    expect(htmlReading('<p>PIN:</br>4821</p>').text).toBe('\nPIN:\n4821\n');
    expect(htmlReading('<b>CVV:</b>&nbsp;123').text).toBe(' CVV:  123');
    expect(htmlReading('<i>a&amp;b&#160;c&nbsp</i>').text).toBe(' a&amp;b c&nbsp ');
    expect(htmlReading('<b>CVV:</b>&#xA0;123').text).toBe(' CVV:  123');
  });

  it('reads the tags between a naming element and its value as `: `', () => {
    expect(htmlReading('<key>PIN</key>\n\t<string>0472</string>').text).toBe('\nPIN: 0472\n');
    expect(htmlReading('<name>db.password</name><value>x</value>').text).toBe('\ndb.password: x\n');
    expect(htmlReading('<name>pin</name><value><string>1</string></value>').text).toBe('\npin: 1\n');
    // Only a naming element's end followed by openings: `</key></dict>` or `</value><name>` is a line break.
    expect(htmlReading('<key>PIN</key></dict>0472').text).toBe('\nPIN\n0472');
    expect(htmlReading('<value>1</value><name>PIN</name>').text).toBe('\n1\nPIN\n');
  });

  it('reads an element named for a secret as its key, and CDATA markers as nothing', () => {
    expect(htmlReading('<Creds><SessionToken>x</SessionToken></Creds>').text).toBe('\nSessionToken: x\n');
    expect(htmlReading('<string name="api_key" translatable="false">\n  x\n</string>').text).toBe('\napi_key: x\n\n');
    // A secret's section reads as a quoted value, without the white space that pads it.
    expect(htmlReading('<tns:Password><![CDATA[a<b]]></tns:Password>').text).toBe('\nPassword: "a<b"\n');
    expect(htmlReading('<password><![CDATA[\n  a b\n]]></password>').text).toBe('\npassword: "a b"\n');
    expect(htmlReading('<note><![CDATA[<b>4821</b>]]></note>').text).toBe('\n<b>4821</b>\n');
    // No `]]>` after it: no section, and the tags after it are read as tags.
    expect(htmlReading('<p>x</p><![CDATA[<i>a').text).toBe('\nx\n<![CDATA[ a');
    // Closed, empty or followed by another element: nothing to name.
    expect(htmlReading('<apiKey/>x<token></token>').text).toBe('\nx\n');
    expect(htmlReading('<Secret><Name>y</Name></Secret>').text).toBe('\ny\n');
    // A name attribute of an element with no text of its own, or code after the tag (JSX), names nothing.
    expect(htmlReading('<a name="oauth2_token">x</a><meta name="api_key">y<td key="token">{z}</td>').text).toBe(
      ' x\ny\n| {z}\n',
    );
  });

  it('reads other tags as white space and a `<` of prose as text', () => {
    expect(htmlReading('a < b and <b>bold</b> text<br>next').text).toBe('a < b and  bold  text\nnext');
    expect(holdsMarkup('a < b and c <d')).toBe(false);
    expect(holdsMarkup('a<b and <b>bold</b>')).toBe(true);
    expect(holdsMarkup('<TD>x</TD >')).toBe(true);
    expect(holdsMarkup('CVV:<br>123')).toBe(false);
  });
});

describe('the scanner reads HTML without its tags too', () => {
  const scanner = new PatternScanner();
  const found = (text: string): string[] =>
    scanner.scanSync(text).map((span) => `${span.type} ${text.slice(span.start, span.end)}`);

  it('finds values a label cell or a column header names', () => {
    expect(found('<tr><td>Password</td><td>Xk9mQ2vL7p</td></tr>')).toEqual(['PASSWORD Xk9mQ2vL7p']);
    expect(found('<tr><td>cvv</td><td>727</td></tr>')).toEqual(['CARD_SECURITY_CODE 727']);
    expect(found('<dl><dt>MRN</dt><dd>00123456</dd></dl>')).toEqual(['MEDICAL_RECORD_NUMBER 00123456']);
    expect(
      found(
        '<p>Orders</p>\n<table><tr><th>Name</th><th>Card</th><th>CVV</th></tr>\n' +
          '<tr><td>Ana</td><td>4111 1111 1111 1111</td><td>123</td></tr></table>',
      ),
    ).toEqual(['CREDIT_CARD 4111 1111 1111 1111', 'CARD_SECURITY_CODE 123']);
  });

  it('adds nothing a cell does not name', () => {
    expect(found('<table><tr><td>Total</td><td>123</td></tr><tr><td>Version</td><td>4.12.0</td></tr></table>')).toEqual(
      [],
    );
    expect(found('<tr><td>SSN</td><td>536-22-8741</td></tr>')).toEqual(['US_SSN 536-22-8741']);
  });

  it('finds values labelled in inline elements', () => {
    expect(found('<b>CVV:</b> 123')).toEqual(['CARD_SECURITY_CODE 123']);
    expect(found('<label>PIN</label> <span>4821</span>')).toEqual(['PIN 4821']);
    expect(found('<p><strong>Password:</strong> Xk9mQ2vL7p</p>')).toEqual(['PASSWORD Xk9mQ2vL7p']);
    // A line break ends a label's reach, as it does in plain text.
    expect(found('<p>Your PIN:<br>4821</p>')).toEqual([]);
    expect(found('<b>CVV:</b>&nbsp;123')).toEqual(['CARD_SECURITY_CODE 123']);
    expect(found('<td><b>Password:</b>&nbsp;Xk9mQ2vL7p</td>')).toEqual(['PASSWORD Xk9mQ2vL7p']);
    expect(found(`${'Dear customer, '.repeat(200)}<b>PIN:</b> 4821`)).toEqual(['PIN 4821']);
    // A cell longer than a few thousand characters keeps its row whole.
    const notes = 'lorem ipsum '.repeat(200);
    expect(
      found(
        `<table><tr><th>CVV</th><th>Notes</th></tr><tr><td>456</td><td>${notes}</td></tr><tr><td>123</td><td>ok</td></tr></table>`,
      ),
    ).toEqual(['CARD_SECURITY_CODE 456', 'CARD_SECURITY_CODE 123']);
    expect(found('<span class="label">MRN</span><span class="value">00123456</span>')).toEqual([
      'MEDICAL_RECORD_NUMBER 00123456',
    ]);
  });

  it('finds values a property list, Hadoop or XML-RPC names', () => {
    const plist = [
      '<dict>',
      '\t<key>SSID_STR</key>',
      '\t<string>CorpWiFi</string>',
      '\t<key>Password</key>',
      '\t<string>Xk9mQ2vL7p</string>',
      '\t<key>PIN</key><string>0472</string>',
      '\t<key>CVV</key><integer>215</integer>',
      '\t<key>api_key</key><string>Zq8Lk2v9RtXk9mQ2</string>',
      '</dict>',
    ].join('\n');
    expect(found(plist)).toEqual([
      'PASSWORD Xk9mQ2vL7p',
      'PIN 0472',
      'CARD_SECURITY_CODE 215',
      'API_SECRET Zq8Lk2v9RtXk9mQ2',
    ]);
    const hadoop = [
      '<property>',
      '  <name>fs.s3a.secret.key</name>',
      '  <value>wJalrXUtnFEMI/K7MDENG/bPxRfiCYzq8Lk2v9Rt</value>',
      '</property>',
      '<property><name>javax.jdo.option.ConnectionPassword</name><value>Xk9mQ2vL7p</value></property>',
    ].join('\n');
    expect(found(hadoop)).toEqual(['API_SECRET wJalrXUtnFEMI/K7MDENG/bPxRfiCYzq8Lk2v9Rt', 'PASSWORD Xk9mQ2vL7p']);
    expect(found('<member><name>pin</name><value><string>0472</string></value></member>')).toEqual(['PIN 0472']);
    expect(found('<entry><key>PIN</key><value>0472</value></entry>')).toEqual(['PIN 0472']);
    expect(
      found('<context-param><param-name>db.password</param-name><param-value>Xk9mQ2vL7p</param-value></context-param>'),
    ).toEqual(['PASSWORD Xk9mQ2vL7p']);
    expect(found('<tns:Param><tns:Name>Password</tns:Name><tns:Value>Xk9mQ2vL7p</tns:Value></tns:Param>')).toEqual([
      'PASSWORD Xk9mQ2vL7p',
    ]);
  });

  it('finds the text of an element named for a secret, CDATA too', () => {
    // An STS response (AssumeRole, GetSessionToken): the key pair and the session token.
    const sts = [
      '<Credentials>',
      '  <AccessKeyId>ASIAY34FZKBOKMUTVV7A</AccessKeyId>',
      '  <SecretAccessKey>d/MFnQMa7i60+mpwnUx35I/tEanDxafUTa+B5y+n</SecretAccessKey>',
      '  <SessionToken>Zq8Lk2v9RtXk9mQ2vL7pWc4N</SessionToken>',
      '  <Expiration>2026-11-23T18:00:00Z</Expiration>',
      '</Credentials>',
    ].join('\n');
    expect(found(sts)).toEqual([
      'AWS_ACCESS_KEY ASIAY34FZKBOKMUTVV7A',
      'AWS_SECRET_KEY d/MFnQMa7i60+mpwnUx35I/tEanDxafUTa+B5y+n',
      'API_SECRET Zq8Lk2v9RtXk9mQ2vL7pWc4N',
    ]);
    expect(found('<resources><string name="github_token">a8f3k29dkq0wle8xm2</string></resources>')).toEqual([
      'API_SECRET a8f3k29dkq0wle8xm2',
    ]);
    expect(found('<properties><entry key="db.password">Xk9mQ2vL7p</entry></properties>')).toEqual([
      'PASSWORD Xk9mQ2vL7p',
    ]);
    expect(found('<server><apiKey>\n  a8f3k29dkq0wle8xm2\n</apiKey></server>')).toEqual([
      'API_SECRET a8f3k29dkq0wle8xm2',
    ]);
    expect(found('<user><password><![CDATA[Xk9mQ2vL7p]]></password></user>')).toEqual(['PASSWORD Xk9mQ2vL7p']);
    expect(found('<password><![CDATA[Xk9>mQ2&vL7p]]></password>')).toEqual(['PASSWORD Xk9>mQ2&vL7p']);
    expect(found('<password><![CDATA[\n    Xk9mQ2vL7p\n  ]]></password>')).toEqual(['PASSWORD Xk9mQ2vL7p']);
    expect(found('<ClientSecret>a8f3k29dkq0wle8xm2</ClientSecret>')).toEqual(['API_SECRET a8f3k29dkq0wle8xm2']);
  });

  it("reads a field an attribute names (a Windows event's `<Data Name>`, SAML's `<Attribute Name>`) as its key", () => {
    const scanner = new PatternScanner();
    const found = (text: string) => scanner.scanSync(text).map((span) => [span.type, text.slice(span.start, span.end)]);
    const event =
      '<EventData><Data Name="TargetUserName">john.smith</Data><Data Name="Status">0xc000006d</Data>' +
      '<Data Name="IpAddress">203.0.113.77</Data></EventData>';
    // The value's line ends at the next run of tags, though `<data>` is an inline element in HTML.
    expect(htmlReading(event).text).toContain('\nTargetUserName: john.smith \n0xc000006d');
    expect(found(event)).toEqual([
      ['PERSON', 'john.smith'],
      ['IP_ADDRESS', '203.0.113.77'],
    ]);
    const saml =
      '<saml:Attribute Name="givenName"><saml:AttributeValue>Wanjiru</saml:AttributeValue></saml:Attribute>' +
      '<saml:Attribute Name="city"><saml:AttributeValue>Kisumu</saml:AttributeValue></saml:Attribute>' +
      '<saml:Attribute Name="birthDate"><saml:AttributeValue>1987-03-14</saml:AttributeValue></saml:Attribute>';
    expect(found(saml)).toEqual([
      ['PERSON', 'Wanjiru'],
      ['LOCATION', 'Kisumu'],
      ['DATE_OF_BIRTH', '1987-03-14'],
    ]);
    // Attributes that name no person's field, and HTML's own `<data>`, add nothing.
    expect(found('<field name="product_name">Wireless Mouse</field><Data Name="Status">Hartwell</Data>')).toEqual([]);
    expect(htmlReading('<p>Dear <data value="7">Ana</data> Ruiz</p>').text).toBe('\nDear  Ana  Ruiz\n');
  });

  it('adds nothing an element name does not name as a secret', () => {
    // Pagination tokens name no credential (the assignment patterns read `NextToken=` the same way).
    expect(found('<NextToken>a8f3k29dkq0wle8xm2</NextToken>')).toEqual([]);
    expect(
      found('<NextContinuationToken>1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J/wm36Hy4vbOwM=</NextContinuationToken>'),
    ).toEqual([]);
    expect(found('<label name="password">Remember me</label>')).toEqual([]);
    expect(found('<PasswordMinLength>12</PasswordMinLength><tokenCount>4096</tokenCount>')).toEqual([]);
    expect(found('<apiKey/>Xk9mQ2vL7pq</p>')).toEqual([]);
    expect(found('<td key="token">{row.token.slice(0, 8)}</td><a name="oauth2_token">oauth2_token</a>')).toEqual([]);
    expect(found('<meta name="csrf-token" content="abc">Hello2024World here</p>')).toEqual([]);
    // A stray CDATA marker (no `]]>`) leaves the tags after it read as tags.
    expect(found('<p>x</p><![CDATA[ abc\n<table><tr><td>CVV</td><td>123</td></tr></table>')).toEqual([
      'CARD_SECURITY_CODE 123',
    ]);
  });

  it('adds nothing a naming element does not label', () => {
    const profile = [
      '<key>CFBundleVersion</key><string>1.0.42</string>',
      '<key>maxPINAgeInDays</key><integer>90</integer>',
      '<key>PasswordMinLength</key><integer>12</integer>',
      '<key>pinHistory</key><integer>5</integer>',
      '<key>PayloadUUID</key><string>9A3C6B2E-4F1D-4C8B-9E7A-2D5F8C1B3A60</string>',
      '<key>EncryptionType</key><string>WPA2</string>',
      '<property><name>dfs.replication</name><value>3</value></property>',
      '<property><name>hadoop.security.authentication</name><value>kerberos</value></property>',
      // A name before an element that holds no value: a bill of materials, a job, a column.
      '<component><name>keycloak-client-secret</name><version>24.0.1.Final</version></component>',
      '<job><name>rotate-api-key</name><schedule>0_3_*_*_SUN-weekly</schedule></job>',
      '<parameter><name>DEPLOY_PASSWORD</name><description>Used-by-the-deploy-stage</description></parameter>',
      '<fields><name>password</name><name>lastLoginTimestamp</name></fields>',
      '<column><name>pin</name><index>1234</index></column>',
      '<key>UsePassword</key><true/><key>Passphrase</key><dict><key>x</key><string>y</string></dict>',
    ].join('\n');
    expect(found(profile)).toEqual([]);
  });

  it('adds nothing inline text does not label', () => {
    expect(found('<b>Total:</b> 123 <i>items</i>')).toEqual([]);
    expect(found('<span>Version</span> 4.12.0 <span>build</span> 4821')).toEqual([]);
    expect(found('<h2>PIN reset</h2><p>Ticket 4821 is open.</p>')).toEqual([]);
    // A span never ends on what stands for a tag or a reference (a custom pattern that takes the white space after it).
    const custom = new PatternScanner({
      builtins: false,
      recognizers: [
        {
          name: 'employee-id',
          entity: 'EMPLOYEE_ID',
          category: 'CORPORATE',
          patterns: [{ regex: /EMP-\d{6}\s/g, score: 0.9 }],
        },
      ],
    });
    for (const text of ['<b>EMP-123456</b>', 'x EMP-123456&nbsp;y</b>']) {
      expect(custom.scanSync(text).map((span) => text.slice(span.start, span.end))).toEqual([]);
    }
    // A value in an attribute is not text: no label reads it.
    expect(found('<label>PIN</label><input value="4821">')).toEqual([]);
    // Blocks and XML elements are lines of their own: a heading or an element's name labels nothing after it.
    expect(found('<h1>PIN</h1><h2>2024 update</h2>')).toEqual([]);
    // The heading is an address (LOCATION), never a card code.
    expect(found('<title>CVV</title></head><body><h1>123 Main Street</h1>')).toEqual(['LOCATION 123 Main Street']);
    expect(found('<select><option>PIN</option><option>2024</option></select>')).toEqual([]);
    expect(found('<h3>MRN</h3><h4>00123456</h4>')).toEqual([]);
    expect(found('<event><type>PIN</type><durationMs>1234</durationMs></event>')).toEqual([]);
    expect(found('<row><col>CVV</col><col>123</col></row>')).toEqual([]);
    expect(found('<p>Your PIN:</br>4821</p>')).toEqual([]);
  });
});

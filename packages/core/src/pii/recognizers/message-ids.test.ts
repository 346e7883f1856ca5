import { describe, expect, it } from 'vitest';
import { PatternScanner } from '../pattern-scanner.js';

const scanner = new PatternScanner();

/** The e-mail addresses found in `text`, as their values. */
function addresses(text: string): string[] {
  return scanner
    .scanSync(text)
    .filter((span) => span.type === 'EMAIL_ADDRESS')
    .map((span) => text.slice(span.start, span.end));
}

describe('message ids are not addresses', () => {
  it('leaves the ids of Message-ID, In-Reply-To and References alone, and finds the mail addresses', () => {
    const mail = [
      'From: Ana Diaz <ana@example.com>',
      'To: <bob@example.org>',
      'Cc: carl@example.net',
      'Message-ID: <CAF7x9=abc123@mail.gmail.com>',
      'In-Reply-To: <CAB1+xyz@mail.gmail.com>',
      'References: <CAA1@mail.gmail.com> <CAB1+xyz@mail.gmail.com>',
      ' <DM6PR11MB4321ABCD1234@DM6PR11MB4321.namprd11.prod.outlook.com>',
      '\t<z1@mx.example.com>',
      'Subject: our call',
      '',
      'Write to dana@example.com or <eve@example.com>,',
      ' <frank@example.com>',
    ].join('\r\n');
    expect(addresses(mail)).toEqual([
      'ana@example.com',
      'bob@example.org',
      'carl@example.net',
      'dana@example.com',
      'eve@example.com',
      'frank@example.com',
    ]);
  });

  it('reads the headers in any case, without a space, and their variants that also hold ids', () => {
    for (const text of [
      'message-id:<x1@mail.example.com>',
      'MESSAGE-ID: <x1@mail.example.com>',
      'Resent-Message-ID: <x1@mail.example.com>',
      'X-Original-Message-ID: <x1@mail.example.com>',
      'in-reply-to: <x1@mail.example.com>',
    ]) {
      expect(addresses(text), text).toEqual([]);
    }
  });

  it('reads a mail kept as a JSON string, and headers kept as JSON keys', () => {
    const raw = JSON.stringify({
      raw: 'Message-ID: <a0@mail.gmail.com>\r\nReferences: <a1@mail.gmail.com>\r\n\t<a2@mail.gmail.com>\r\nTo: <ana@example.com>\r\n<bob@example.com>',
    });
    expect(addresses(raw)).toEqual(['ana@example.com', 'bob@example.com']);
    const headers = JSON.stringify({
      'Message-ID': '<a0@mail.gmail.com>',
      References: ['<a1@mail.gmail.com>', '<a2@mail.gmail.com>'],
      From: '<ana@example.com>',
    });
    expect(addresses(headers)).toEqual(['ana@example.com']);
  });

  it("reads the Gmail API's header objects (name and value), and headers kept in escaped JSON", () => {
    expect(addresses('{"name":"Message-ID","value":"<CAF=abc123@mail.gmail.com>"}')).toEqual([]);
    const headers = JSON.stringify({
      payload: {
        headers: [
          { name: 'From', value: 'Ana <ana@example.com>' },
          { name: 'To', value: '<bob@example.org>' },
          { name: 'Message-ID', value: '<CAF7x9=abc123@mail.gmail.com>' },
          { name: 'In-Reply-To', value: '<CAB1+xyz@mail.gmail.com>' },
          { name: 'References', value: '<CAA1@mail.gmail.com> <CAB1+xyz@mail.gmail.com>' },
        ],
      },
    });
    expect(addresses(headers)).toEqual(['ana@example.com', 'bob@example.org']);
    // Pretty-printed, Python's repr, and YAML.
    expect(addresses(JSON.stringify({ name: 'Message-Id', value: '<a0@mail.gmail.com>' }, null, 2))).toEqual([]);
    expect(addresses("{'name': 'In-Reply-To', 'value': '<a0@mail.gmail.com>'}")).toEqual([]);
    expect(addresses('- name: Message-ID\n  value: <a0@mail.gmail.com>')).toEqual([]);
    // JSON inside a JSON string, once and twice.
    const once = JSON.stringify({
      body: JSON.stringify({ 'Message-ID': '<a0@mail.gmail.com>', To: '<ana@example.com>' }),
    });
    expect(addresses(once)).toEqual(['ana@example.com']);
    expect(addresses(JSON.stringify({ body: once }))).toEqual(['ana@example.com']);
    expect(addresses('\\"Message-ID\\": \\"<a0@mail.gmail.com>\\"')).toEqual([]);
    const escaped = JSON.stringify({ body: JSON.stringify({ name: 'Message-ID', value: '<a0@mail.gmail.com>' }) });
    expect(addresses(escaped)).toEqual([]);
  });

  it('still finds the address of a header object that holds no message id', () => {
    expect(addresses('{"name":"From","value":"Ana <ana@example.com>"}')).toEqual(['ana@example.com']);
    expect(addresses('{"name":"Reply-To","value":"<ana@example.com>"}')).toEqual(['ana@example.com']);
    expect(addresses('{"name":"X-In-Reply-To","value":"<ana@example.com>"}')).toEqual(['ana@example.com']);
    expect(addresses('{"value":"<ana@example.com>"}')).toEqual(['ana@example.com']);
    // Another object's name, and a name after the value's object has closed.
    expect(addresses('[{"name":"Message-ID"},{"value":"<ana@example.com>"}]')).toEqual(['ana@example.com']);
    expect(addresses('{"value": "<ana@example.com>"}, {"name": "References"}')).toEqual(['ana@example.com']);
    // Only a name before the value is read (the Gmail API's order, and any sorted keys').
    expect(addresses('{"value": "<a0@mail.gmail.com>", "name": "References"}')).toEqual(['a0@mail.gmail.com']);
    expect(addresses('{"name":"Message-ID","value":"Ana <ana@example.com>"}')).toEqual(['ana@example.com']);
  });

  it('still finds an address that is not an id of such a header', () => {
    const cases: [string, string[]][] = [
      // No brackets: an id is always bracketed, so this is an address (or a mistake worth masking).
      ['In-Reply-To: ana@example.com', ['ana@example.com']],
      // After the header's ids, on the same line.
      ['Message-ID: <x1@mail.example.com> sent by ana@example.com', ['ana@example.com']],
      // A line that does not fold (no space or tab first) starts a new header or the body.
      ['References: <x1@mail.example.com>\n<ana@example.com>', ['ana@example.com']],
      ['References: <x1@mail.example.com>\\r\\n<ana@example.com>', ['ana@example.com']],
      // A header whose name only ends like one, and other headers with brackets.
      ['X-In-Reply-To: <ana@example.com>', ['ana@example.com']],
      ['Reply-To: <ana@example.com>', ['ana@example.com']],
      ['Subject: re: <ana@example.com>', ['ana@example.com']],
      // Not closed by `>` right after the domain.
      ['Message-ID: <ana@example.com.>', ['ana@example.com']],
      ['Message-ID: <ana@example.com', ['ana@example.com']],
      // Space inside the brackets: no id.
      ['Message-ID: <see ana@example.com>', ['ana@example.com']],
    ];
    for (const [text, expected] of cases) expect(addresses(text), text).toEqual(expected);
  });

  it('gives every id of a long References header the same verdict, and addresses after it theirs', () => {
    const ids = Array.from({ length: 300 }, (_, index) => `<id${index}.x@mail.example.com>`);
    const header = `References: ${ids.join('\r\n ')}`;
    expect(addresses(`${header}\r\nTo: <ana@example.com>`)).toEqual(['ana@example.com']);
    // The same ids outside a header are addresses, every one.
    expect(addresses(ids.join(' '))).toHaveLength(300);
  });
});

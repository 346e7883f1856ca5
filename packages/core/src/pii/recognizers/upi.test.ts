import { describe, expect, it } from 'vitest';
import { PatternScanner } from '../pattern-scanner.js';
import { UPI_HANDLES } from './upi.js';

// Ids as payment apps, bank messages and UPI's own deep links (`upi://pay?pa=…`) write them.
const scanner = new PatternScanner();
const found = (text: string, type = 'IN_UPI_ID'): string[] =>
  scanner
    .scanSync(text)
    .filter((span) => span.type === type)
    .map((span) => text.slice(span.start, span.end));
const scoreOf = (text: string): number | undefined =>
  scanner.scanSync(text).find((span) => span.type === 'IN_UPI_ID')?.score;

describe('IN_UPI_ID', () => {
  it('reads name@handle whole, with or without a word', () => {
    expect(found('{"upi":"ananya.rao@okhdfcbank"}')).toEqual(['ananya.rao@okhdfcbank']);
    expect(found('debited from A/c XX3726 to VPA rohit.khanna88@ybl')).toEqual(['rohit.khanna88@ybl']);
    expect(found('pay me at priya.sharma@oksbi')).toEqual(['priya.sharma@oksbi']);
    expect(found('pay me at priya.sharma@oksbi.')).toEqual(['priya.sharma@oksbi']);
    expect(found('upi://pay?pa=merchant-42@okaxis&pn=Shop&am=250')).toEqual(['merchant-42@okaxis']);
    expect(found('Paid Rs.500 to 9876543210@paytm on 12-03')).toEqual(['9876543210@paytm']);
    expect(found('UPI ID: ravi_kumar_01@axl, ref 4123')).toEqual(['ravi_kumar_01@axl']);
    expect(found('send it to ROHIT.K@YBL now')).toEqual(['ROHIT.K@YBL']);
    expect(found('<kiran.n@wahdfcbank>')).toEqual(['kiran.n@wahdfcbank']);
  });

  it('needs no word, and a word raises it', () => {
    expect(scoreOf('pay me at priya.sharma@oksbi')).toBe(0.6);
    expect(scoreOf('my UPI id is priya.sharma@oksbi')).toBeCloseTo(0.95);
    expect(scoreOf('VPA priya.sharma@oksbi')).toBeCloseTo(0.95);
  });

  it('leaves e-mail addresses to EMAIL_ADDRESS', () => {
    expect(found('write to a@ybl.com')).toEqual([]);
    expect(found('write to a@ybl.com', 'EMAIL_ADDRESS')).toEqual(['a@ybl.com']);
    expect(found('ananya.rao@gmail.com')).toEqual([]);
    expect(found('ops@okaxis.co.in')).toEqual([]);
    expect(found('a+b@ybl')).toEqual([]);
    expect(found('josé@ybl')).toEqual([]);
  });

  it('reads only a published handle, whole', () => {
    expect(found('ananya.rao@okhdfc')).toEqual([]);
    expect(found('ananya.rao@hdfc')).toEqual([]);
    expect(found('ananya.rao@ybl2')).toEqual([]);
    expect(found('ananya.rao@ybl-test')).toEqual([]);
    expect(found('ananya.rao@ybl_x')).toEqual([]);
    expect(found('user@localhost')).toEqual([]);
    expect(UPI_HANDLES.has('okhdfcbank')).toBe(true);
    for (const handle of UPI_HANDLES) expect(handle).toMatch(/^[a-z]{3,}$/);
  });

  it('reads a local part of 2 to 256 characters, opening with a letter or digit, not ending with a dot', () => {
    expect(found('x@ybl')).toEqual([]);
    expect(found('a.@ybl')).toEqual([]);
    expect(found('...ab@ybl')).toEqual(['ab@ybl']);
    const longest = `${'a'.repeat(256)}@ybl`;
    expect(found(longest)).toEqual([longest]);
    expect(found(`${'a'.repeat(257)}@ybl`)).toEqual([]);
    expect(found('x@y@ybl')).toEqual([]);
  });

  it('is not a login or a path', () => {
    expect(found('ssh deploy@sbi:/srv/app')).toEqual([]);
    expect(found('root@dbs:~# ls')).toEqual([]);
    expect(found('https://git.example.com/a@upi/b')).toEqual([]);
  });
});

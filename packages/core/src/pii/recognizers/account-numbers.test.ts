import { describe, expect, it } from 'vitest';
import { PatternScanner } from '../pattern-scanner.js';

const scanner = new PatternScanner();

/** The account numbers (US_BANK_NUMBER) found in `text` (or in `text` as the value of `field`), as their values. */
function accounts(text: string, field?: string): string[] {
  return scanner
    .scanSync(text, field === undefined ? {} : { field })
    .filter((span) => span.type === 'US_BANK_NUMBER')
    .map((span) => text.slice(span.start, span.end));
}

describe('US_BANK_NUMBER: loan numbers', () => {
  it("reads a loan's or a mortgage's number after its label", () => {
    expect(accounts('Mortgagee: Wells Fargo Home Mortgage, loan #0471188234.')).toEqual(['0471188234']);
    expect(accounts('loan number: 0471188234')).toEqual(['0471188234']);
    expect(accounts('Loan No. 0471-188234 (escrow)')).toEqual(['0471-188234']);
    expect(accounts('Mortgage account number 0471188234')).toEqual(['0471188234']);
    expect(accounts('{"loan_number":"0471188234"}')).toEqual(['0471188234']);
    expect(accounts('0471188234', 'loanNumber')).toEqual(['0471188234']);
  });

  it('leaves a label without a number, amounts, terms, dates and short numbers alone', () => {
    expect(accounts('loan # ')).toEqual([]);
    expect(accounts('loan #: pending')).toEqual([]);
    expect(accounts('loan amount: 250000')).toEqual([]);
    expect(accounts('loan term 360 months')).toEqual([]);
    expect(accounts('loan id: 0471188234')).toEqual([]);
    expect(accounts('loan number: 2026-02-05')).toEqual([]);
    expect(accounts('loan #12345')).toEqual([]);
    expect(accounts('loan #: 000000000')).toEqual([]);
    expect(accounts('Order number: 1234567')).toEqual([]);
    expect(accounts('0471188234')).toEqual([]);
  });
});

describe('US_BANK_NUMBER: grouped account numbers after their label', () => {
  it('reads an account number in groups after account, acct or cuenta (red team: it reached the model)', () => {
    expect(accounts('Account #: 0047-2291-8834')).toEqual(['0047-2291-8834']);
    expect(accounts('account 0047 2291 8834')).toEqual(['0047 2291 8834']);
    expect(accounts('cuenta 0047-2291-8834')).toEqual(['0047-2291-8834']);
  });

  it('leaves years, dates, short groups and an AWS account id in a text about AWS', () => {
    expect(accounts('account 2023 2024')).toEqual([]);
    expect(accounts('account created 2024-11-22')).toEqual([]);
    expect(accounts('account 12-34-56')).toEqual([]);
    expect(accounts('account 1234-5678-9012 arn:aws:iam::123456789012:root')).toEqual([]);
  });
});

describe('US_BANK_NUMBER: account columns', () => {
  it("reads the grouped numbers of a statement's account column", () => {
    expect(
      accounts('date,description,amount,counterparty,account\n2026-02-05,Transfer,-300.00,Samira Haddad,1002-338812'),
    ).toEqual(['1002-338812']);
    expect(accounts('Date;Account Number;Amount\n05/02/2026;12-3456-7890123;-300,00')).toEqual(['12-3456-7890123']);
  });

  it('leaves names, dates, AWS account ids and other columns alone', () => {
    expect(accounts('date,account,amount\n2026-02-05,Savings,-300.00')).toEqual([]);
    expect(accounts('date,account,amount\n2026-02-05,2026-02-05,3')).toEqual([]);
    expect(accounts('account,service,cost\n1234-5678-9012,EC2,3.2\narn:aws:iam::123456789012:root')).toEqual([]);
    expect(accounts('date,account id,amount\n2026-02-05,1002-338812,3')).toEqual([]);
    expect(accounts('date,order,amount\n2026-02-05,1002-338812,3')).toEqual([]);
    expect(accounts('Account: Savings')).toEqual([]);
    // A ledger's account codes, short groups (review: a journal's codes were masked).
    expect(accounts('Date,Account,Debit,Credit\n2026-01-31,6100-200-10,500.00,\n2026-01-31,4000-1000,,500.00')).toEqual(
      [],
    );
  });
});

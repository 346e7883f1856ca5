import { describe, expect, it } from 'vitest';
import { PatternScanner } from '../pattern-scanner.js';
import { cbuValid, clabeValid } from './interbank-codes.js';

// Published examples: Banxico's CLABE `002010077777777771`, the CLABE and CBU examples of the Spanish Wikipedia
// (`032180000118359719`, `2850590940090418135201`), an STP CLABE and a Mercado Pago CVU as their holders print them.
const scanner = new PatternScanner();
const found = (text: string, type: string): string[] =>
  scanner
    .scanSync(text)
    .filter((span) => span.type === type)
    .map((span) => text.slice(span.start, span.end));

describe('MX_CLABE', () => {
  it('reads eighteen digits next to its word, bare or grouped as banks print them', () => {
    expect(found('CLABE: 002010077777777771', 'MX_CLABE')).toEqual(['002010077777777771']);
    expect(found('Cuenta CLABE interbancaria 032180000118359719', 'MX_CLABE')).toEqual(['032180000118359719']);
    expect(found('Transferencia SPEI a 646180110400000007', 'MX_CLABE')).toEqual(['646180110400000007']);
    expect(found('Deposita a la CLABE 002 010 07777777777 1 (BBVA)', 'MX_CLABE')).toEqual(['002 010 07777777777 1']);
    expect(found('{"clabe": "032180000118359719"}', 'MX_CLABE')).toEqual(['032180000118359719']);
  });

  it('rejects a wrong check digit, bank code 000 and a digit repeated', () => {
    expect(found('CLABE: 002010077777777772', 'MX_CLABE')).toEqual([]);
    expect(found('CLABE: 032180000118359718', 'MX_CLABE')).toEqual([]);
    // 000 + a valid check digit for the rest: no bank has code 000.
    expect(clabeValid('000180000118359712')).toBe(false);
    expect(clabeValid('000000000000000000')).toBe(false);
    expect(clabeValid('0021800001183597')).toBe(false);
  });

  it('stays silent without its word, and inside longer numbers', () => {
    expect(found('order 002010077777777771 shipped', 'MX_CLABE')).toEqual([]);
    expect(found('CLABE 0020100777777777719', 'MX_CLABE')).toEqual([]);
    expect(found('CLABE 1002010077777777771', 'MX_CLABE')).toEqual([]);
  });
});

describe('AR_CBU', () => {
  it('reads twenty-two digits next to its word, bare or in its two blocks, a wallet CVU too', () => {
    expect(found('CBU 2850590940090418135201', 'AR_CBU')).toEqual(['2850590940090418135201']);
    // Past the scanner's digit count ahead (20): the regex decides.
    expect(found('CBU: 28505909 40090418135201', 'AR_CBU')).toEqual(['28505909 40090418135201']);
    expect(found('Mi CVU de Mercado Pago: 0000003100092901454053', 'AR_CBU')).toEqual(['0000003100092901454053']);
    expect(found('{"cbu":"2850590940090418135201"}', 'AR_CBU')).toEqual(['2850590940090418135201']);
  });

  it('rejects a wrong check digit in either block, and an account block of zeros', () => {
    expect(found('CBU 2850590840090418135201', 'AR_CBU')).toEqual([]);
    expect(found('CBU 2850590940090418135202', 'AR_CBU')).toEqual([]);
    expect(cbuValid('0000000000000000000000')).toBe(false);
    // Bank and branch 2850590 with its check digit 9, then thirteen zeros and their check digit 0.
    expect(cbuValid('2850590900000000000000')).toBe(false);
  });

  it('stays silent without its word, and inside longer numbers', () => {
    expect(found('trace 2850590940090418135201', 'AR_CBU')).toEqual([]);
    expect(found('CBU 28505909400904181352011', 'AR_CBU')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { PatternScanner } from '../pattern-scanner.js';
import { nssValid } from './mexico.js';

// Valid numbers computed with IMSS's rule: subdelegación, year of registration, year of birth, sequence, then the
// Luhn check digit of those ten digits (04 16 95 1234 -> 2, 12 98 75 4321 -> 7, 31 05 88 0097 -> 5).
const scanner = new PatternScanner();
const found = (text: string, type = 'MX_NSS'): string[] =>
  scanner
    .scanSync(text)
    .filter((span) => span.type === type)
    .map((span) => text.slice(span.start, span.end));

describe('MX_NSS', () => {
  it('reads eleven digits next to its word, in Spanish or English', () => {
    expect(found('NSS: 04169512342')).toEqual(['04169512342']);
    expect(found('Número de Seguridad Social 12987543217')).toEqual(['12987543217']);
    expect(found('numero de seguridad social: 31058800975')).toEqual(['31058800975']);
    expect(found('alta en el IMSS con 04169512342')).toEqual(['04169512342']);
    expect(found('Seguro Social 12987543217 (trabajador)')).toEqual(['12987543217']);
    expect(found('{"nss": "31058800975"}')).toEqual(['31058800975']);
    expect(found('IMSS social security number 04169512342')).toEqual(['04169512342']);
  });

  it('rejects a wrong check digit and a digit repeated', () => {
    expect(found('NSS: 04169512343')).toEqual([]);
    expect(found('IMSS 12987543210')).toEqual([]);
    expect(nssValid('00000000000')).toBe(false);
    expect(nssValid('04169512342')).toBe(true);
  });

  it('reads only eleven digits: ten or twelve are another number', () => {
    expect(found('NSS: 0416951234')).toEqual([]);
    expect(nssValid('0416951234')).toBe(false);
    // Twelve digits after `NSS` are Spain's NUSS (province, number, mod-97 control), and only that.
    expect(found('NSS: 281234567840')).toEqual([]);
    expect(found('NSS: 281234567840', 'ES_NUSS')).toEqual(['281234567840']);
    expect(found('NSS: 04169512342', 'ES_NUSS')).toEqual([]);
  });

  it('stays silent without its word, and inside longer numbers', () => {
    expect(found('pedido 04169512342 enviado')).toEqual([]);
    expect(found('order 12987543217')).toEqual([]);
    expect(found('NSS 041695123420')).toEqual([]);
    expect(found('NSS 104169512342')).toEqual([]);
    expect(found('NSS 04169512342-7')).toEqual([]);
  });
});

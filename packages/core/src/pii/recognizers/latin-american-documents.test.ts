import { describe, expect, it } from 'vitest';
import { PatternScanner } from '../pattern-scanner.js';

const scanner = new PatternScanner();
const found = (text: string, field?: string): [string, string][] =>
  scanner.scanSync(text, { field }).map((span) => [span.type, text.slice(span.start, span.end)]);

describe('ID_DOCUMENT_NUMBER: Latin American DNI and cédula numbers after their label', () => {
  it('reads a Peruvian or Argentine DNI and a Colombian cédula after its label or under its key (red team)', () => {
    // Before: no check digit, so no recognizer, and each number reached the model.
    expect(found('mi nombre es Rosa Huamaní Quispe, DNI 45829103')).toContainEqual(['ID_DOCUMENT_NUMBER', '45829103']);
    expect(found('esposa Daniela Cardona Vélez, CC 43876210')).toContainEqual(['ID_DOCUMENT_NUMBER', '43876210']);
    expect(found('C.C. 1.017.234.856 de Medellín')).toContainEqual(['ID_DOCUMENT_NUMBER', '1.017.234.856']);
    expect(found('C.I. V-12345678')).toEqual([['ID_DOCUMENT_NUMBER', 'V-12345678']]);
    expect(found('Nro. de documento: 40123456')).toEqual([['ID_DOCUMENT_NUMBER', '40123456']]);
    expect(found('31478293', 'dni')).toEqual([['ID_DOCUMENT_NUMBER', '31478293']]);
    expect(found('1017234856', 'cedula')).toEqual([['ID_DOCUMENT_NUMBER', '1017234856']]);
  });

  it("leaves Spain's DNI with its letter to ES_NIF, and reads no bare number, short number or lower-case cc", () => {
    expect(found('DNI: 12345678Z')).toEqual([['ES_NIF', '12345678Z']]);
    expect(found('order 45829103 shipped')).toEqual([]);
    expect(found('documento 2024')).toEqual([]);
    expect(found('cc: 12345678')).toEqual([]);
    expect(found('Engine 250 cc 1234567')).toEqual([]);
  });
});

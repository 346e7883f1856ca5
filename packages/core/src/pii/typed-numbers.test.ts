import { describe, expect, it } from 'vitest';
import { testKey } from '../../test/helpers.js';
import { MaskClient } from '../client/mask-client.js';
import { PatternScanner } from './pattern-scanner.js';
import { isTypedNumberKey, typedNumberField } from './typed-numbers.js';

const client = () =>
  new MaskClient({ key: testKey(), scanner: new PatternScanner(), env: {}, logger: { warn: () => undefined } });

/** The record's number after deepEncode (its other keys are left as they are). */
async function encodedNumber(record: Record<string, unknown>, key = 'number'): Promise<unknown> {
  const encoded = (await client().deepEncode(record)) as Record<string, unknown>;
  return encoded[key];
}

describe('typedNumberField', () => {
  it('names the field of a number its type calls an identity document or a phone', () => {
    expect(typedNumberField({ type: 'DNI', number: '31478293' })).toBe('DNI identity document');
    expect(typedNumberField({ document_type: 'CUIT', document_number: 'x' })).toBe('CUIT identity document');
    expect(typedNumberField({ idType: 'PASSPORT', idNumber: 'x' })).toBe('PASSPORT identity document');
    expect(typedNumberField({ tipo_documento: 'C.C.', numero_documento: 'x' })).toBe('C.C. identity document');
    expect(typedNumberField({ TipoDocumento: 'Cédula de Identidad', Numero: 'x' })).toBe(
      'Cédula de Identidad identity document',
    );
    expect(typedNumberField({ id_type: 'ssn', id_number: 'x' })).toBe('ssn identity document');
    expect(typedNumberField({ type: 'driver_license', value: 'x' })).toBe('driver_license identity document');
    expect(typedNumberField({ type: 'mobile', number: 'x' })).toBe('phone number');
    expect(typedNumberField({ type: 'Teléfono', numero: 'x' })).toBe('phone number');
  });

  it('names none for other types, type words inside a longer one, or a record without a number', () => {
    for (const type of ['order', 'invoice', 'home', 'work', 'ssn_last_4', 'CNPJ', 'NIT', 'RUC', 'PAN', 'id', 'DNI2']) {
      expect(typedNumberField({ type, number: '12345' }), type).toBeUndefined();
    }
    // Abbreviations that are words too name a document under a bare `type` only in capitals (a CI run, a metric).
    for (const type of ['run', 'ci', 'Sin', 'cc']) {
      expect(typedNumberField({ type, number: '1234' }), type).toBeUndefined();
    }
    expect(typedNumberField({ type: 'CC', number: '1017234856' })).toBe('CC identity document');
    expect(typedNumberField({ tipo_documento: 'cc', numero: '1017234856' })).toBe('cc identity document');
    expect(typedNumberField({ type: 'DNI', name: 'Ana' })).toBeUndefined();
    expect(typedNumberField({ kind: 'DNI', number: '31478293' })).toBeUndefined();
    expect(typedNumberField({ type: 7, number: '31478293' })).toBeUndefined();
  });

  it('knows the number keys, whatever their case', () => {
    for (const key of ['number', 'document_number', 'idNumber', 'id-number', 'numero', 'NumeroDocumento', 'Value']) {
      expect(isTypedNumberKey(key), key).toBe(true);
    }
    for (const key of ['type', 'id', 'name', 'number_of_items', 'country'])
      expect(isTypedNumberKey(key), key).toBe(false);
  });
});

describe('deepEncode of a typed record', () => {
  it("reads an identity document's number as its own type when its recognizer validates it", async () => {
    expect(await encodedNumber({ type: 'CPF', number: '529.982.247-25' })).toMatch(/^\[BR_CPF_\d+\]$/);
    expect(await encodedNumber({ document_type: 'CUIT', document_number: '20-31478293-4' }, 'document_number')).toMatch(
      /^\[AR_CUIT_\d+\]$/,
    );
    expect(await encodedNumber({ idType: 'PASSPORT', idNumber: 'X1234567' }, 'idNumber')).toMatch(/^\[PASSPORT_\d+\]$/);
    expect(await encodedNumber({ type: 'DNI', value: '12345678Z' }, 'value')).toMatch(/^\[ES_NIF_\d+\]$/);
    // An SSN keeps its format-preserving token (area 000).
    expect(await encodedNumber({ id_type: 'SSN', id_number: '536-22-1843' }, 'id_number')).toMatch(/^000-\d\d-\d{4}$/);
  });

  it('reads a number of no type of its own, or one failing its check digits, as an ID_DOCUMENT_NUMBER', async () => {
    const payer = { payer: { identification: { type: 'DNI', number: '31478293' } } };
    const encoded = await client().deepEncode(payer);
    expect(encoded.payer.identification).toEqual({
      type: 'DNI',
      number: expect.stringMatching(/^\[ID_DOCUMENT_NUMBER_\d+\]$/),
    });
    // The same record as JSON text in a string.
    expect(await client().deepEncode(JSON.stringify(payer))).toMatch(/"number":"\[ID_DOCUMENT_NUMBER_\d+\]"/);
    const id = /^\[ID_DOCUMENT_NUMBER_\d+\]$/;
    expect(await encodedNumber({ type: 'CPF', number: '529.982.247-26' })).toMatch(id);
    expect(await encodedNumber({ document_type: 'CUIT', document_number: '20-31478293-6' }, 'document_number')).toMatch(
      id,
    );
    expect(await encodedNumber({ tipo_documento: 'CC', numero_documento: '1017234856' }, 'numero_documento')).toMatch(
      id,
    );
    expect(await encodedNumber({ tipo: 'C.C.', numero: '1017234856' }, 'numero')).toMatch(id);
    // A number as a JSON number comes back as the token's text.
    expect(await encodedNumber({ type: 'DNI', number: 31478293 })).toMatch(id);
  });

  it("reads a phone record's national number as a PHONE_NUMBER", async () => {
    const national = await encodedNumber({ type: 'mobile', number: '654321098' });
    expect(national).not.toBe('654321098');
    expect(national).toMatch(/^\d{9}$/);
    const us = await encodedNumber({ type: 'cell', number: '(415) 867-5309' });
    expect(us).not.toBe('(415) 867-5309');
    expect(us).toMatch(/^\(\d{3}\) \d{3}-\d{4}$/);
  });

  it('leaves other typed records, placeholders and numbers that are no phone as they are', async () => {
    const records: Record<string, unknown>[] = [
      { type: 'order', number: '12345' },
      { type: 'invoice', number: 'INV-2024-0001' },
      { type: 'home', number: '12' },
      { type: 'RUC', number: '20123456' },
      { type: 'NIT', number: '12345' },
      { type: 'DNI', number: 'pending' },
      { type: 'DNI', number: 'N/A' },
      { type: 'mobile', number: '12345' },
    ];
    for (const record of records) expect(await client().deepEncode(record), JSON.stringify(record)).toEqual(record);
  });

  it('restores the record exactly', async () => {
    const masker = client();
    const input = {
      identification: { type: 'DNI', number: '31478293' },
      phone: { type: 'mobile', number: '654321098' },
    };
    const encoded = await masker.deepEncode(input);
    expect(JSON.stringify(encoded)).not.toMatch(/31478293|654321098/);
    expect(await masker.deepDecode(encoded)).toEqual(input);
  });
});

describe('UK Open Banking accounts', () => {
  it('names the field of an identification its account scheme calls a bank account or an IBAN', () => {
    const account = { SchemeName: 'UK.OBIE.SortCodeAccountNumber', Identification: '80200110203345' };
    expect(typedNumberField(account)).toBe('bank account number');
    expect(typedNumberField({ SchemeName: 'UK.OBIE.IBAN', Identification: 'x' })).toBe('iban');
    expect(typedNumberField({ SchemeName: 'UK.OBIE.BBAN', Identification: 'x' })).toBe('bank account number');
    expect(typedNumberField({ SchemeName: 'UK.OBIE.PAN', Identification: 'x' })).toBeUndefined();
    expect(typedNumberField({ SchemeName: 'UK.OBIE.Paym', Identification: 'x' })).toBeUndefined();
    expect(isTypedNumberKey('Identification')).toBe(true);
  });

  it("masks the account's identification, and leaves other schemes' and records' as they are", async () => {
    const record = { SchemeName: 'UK.OBIE.SortCodeAccountNumber', Identification: '80200110203345', Name: 'Savings' };
    const masked = (await client().deepEncode(record)) as Record<string, unknown>;
    expect(masked.Identification).not.toBe('80200110203345');
    expect(masked.SchemeName).toBe('UK.OBIE.SortCodeAccountNumber');
    expect(
      await encodedNumber({ SchemeName: 'UK.OBIE.IBAN', Identification: 'GB29NWBK60161331926819' }, 'Identification'),
    ).not.toBe('GB29NWBK60161331926819');
    for (const other of [
      { SchemeName: 'UK.OBIE.Paym', Identification: 'ORDER-80200110' },
      { SchemeName: 'UK.OBIE.SortCodeAccountNumber', Identification: 'pending' },
      { Identification: '80200110203345' },
    ]) {
      expect(await client().deepEncode(other), JSON.stringify(other)).toEqual(other);
    }
  });
});

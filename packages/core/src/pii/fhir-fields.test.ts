import { describe, expect, it } from 'vitest';
import { testKey } from '../../test/helpers.js';
import { MaskClient } from '../client/mask-client.js';
import { fhirContactPointField, fhirExtensionField, fhirIdentifierField } from './fhir-fields.js';

const client = () => new MaskClient({ env: { MASK_MASTER_KEY: testKey() }, logger: { warn: () => undefined } });

/** The values of `secrets` found in the JSON of `value`. */
const leaks = (value: unknown, secrets: readonly string[]): string[] =>
  secrets.filter((secret) => JSON.stringify(value).includes(secret));

describe('FHIR Identifier', () => {
  it('names the field of its value by its system or type code, else a medical record number', () => {
    const field = (record: Record<string, unknown>) => fhirIdentifierField(record, 'identifier');
    expect(field({ system: 'http://hl7.org/fhir/sid/us-ssn', value: '444223333' })).toBe('ssn');
    expect(field({ system: 'urn:oid:2.16.840.1.113883.4.1', value: '444223333' })).toBe('ssn');
    expect(field({ system: 'urn:oid:2.16.840.1.113883.4.3.25', value: 'S99987654' })).toBe('driver license number');
    expect(field({ system: 'http://hl7.org/fhir/sid/passport-USA', value: '520123456' })).toBe('passport number');
    expect(field({ type: { coding: [{ code: 'MR' }] }, system: 'urn:oid:1.2.36.1', value: '12345' })).toBe(
      'medical record number',
    );
    expect(field({ type: { coding: [{ code: 'DL' }] }, value: 'D123' })).toBe('driver license number');
    expect(field({ system: 'https://hospital.example/mrn', value: 'A-1' })).toBe('medical record number');
    // Not an Identifier: a Coding (`system` and `code`), an identifier without a system or type, another key.
    expect(field({ system: 'http://loinc.org', code: '718-7' })).toBeUndefined();
    expect(field({ value: '12345' })).toBeUndefined();
    expect(fhirIdentifierField({ system: 'urn:x', value: '1' }, 'valueQuantity')).toBeUndefined();
  });

  it("masks a FHIR Patient's identifiers whole and gives the tool them back", async () => {
    const client = new MaskClient({ env: { MASK_MASTER_KEY: testKey() }, logger: { warn: () => undefined } });
    const patient = {
      resourceType: 'Patient',
      identifier: [
        { system: 'http://hl7.org/fhir/sid/us-ssn', value: '444223333' },
        { system: 'urn:oid:2.16.840.1.113883.4.3.25', value: 'S99987654' },
        {
          type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0203', code: 'MR' }] },
          system: 'urn:oid:1.2.36.146.595.217.0.1',
          value: '12345',
        },
      ],
      code: { coding: [{ system: 'http://loinc.org', code: '718-7' }] },
    };
    const encoded = (await client.deepEncode(patient)) as typeof patient;
    const values = encoded.identifier.map((identifier) => identifier.value);
    expect(values[0]).not.toBe('444223333');
    expect(values[0]).toMatch(/^\d{9}$/);
    expect(values[1]).toMatch(/^\[US_DRIVER_LICENSE_\d+\]$/);
    expect(values[2]).toMatch(/^\[MEDICAL_RECORD_NUMBER_\d+\]$/);
    expect(encoded.code.coding[0]?.code).toBe('718-7');
    expect(await client.deepDecode(encoded)).toEqual(patient);
  });
});

describe('FHIR ContactPoint', () => {
  it('names the field of its value by its system: phone, fax or e-mail', () => {
    expect(fhirContactPointField({ system: 'phone', value: '(03) 5555 6473', use: 'work', rank: 1 })).toBe('phone');
    expect(fhirContactPointField({ system: 'sms', value: '0491 570 006' })).toBe('phone');
    expect(fhirContactPointField({ system: 'pager', value: '555-1234' })).toBe('phone');
    expect(fhirContactPointField({ system: 'fax', value: '(03) 5555 6474' })).toBe('fax');
    expect(fhirContactPointField({ system: 'email', value: 'p@example.org', period: { end: '2014' } })).toBe('email');
    // Not a ContactPoint: a url or other system, a Coding, a record with other keys, a value that is no string.
    expect(fhirContactPointField({ system: 'url', value: 'https://example.org' })).toBeUndefined();
    expect(fhirContactPointField({ system: 'other', value: 'x' })).toBeUndefined();
    expect(fhirContactPointField({ system: 'phone', code: 'x' })).toBeUndefined();
    expect(fhirContactPointField({ system: 'phone', value: '1', label: 'Call' })).toBeUndefined();
    expect(fhirContactPointField({ system: 'toString', value: '1' })).toBeUndefined();
  });
});

describe('FHIR Extension', () => {
  it("names the field of its value by its url's last part", () => {
    const url = 'http://hl7.org/fhir/StructureDefinition/patient-birthTime';
    expect(fhirExtensionField({ url, valueDateTime: '1974-12-25T14:35:45-05:00' })).toBe('patient-birthTime');
    expect(fhirExtensionField({ url: 'patient-mothersMaidenName', valueString: 'Haddad' })).toBe(
      'patient-mothersMaidenName',
    );
    // Not an Extension: no url, no `value[x]`, a url ending in a slash.
    expect(fhirExtensionField({ valueString: 'x' })).toBeUndefined();
    expect(fhirExtensionField({ url, value: 'x', values: [] })).toBeUndefined();
    expect(fhirExtensionField({ url: 'http://example.org/', valueString: 'x' })).toBeUndefined();
  });
});

describe("deepEncode of HL7's example Patient", () => {
  it('masks its phones, its birth time, its district and its extensions, and gives the tool them back', async () => {
    const mask = client();
    // From https://hl7.org/fhir/patient-example.json.html (shortened): before, the three national phone numbers
    // under `telecom`, the birth time under `_birthDate` and the district reached the model.
    const patient = {
      resourceType: 'Patient',
      name: [{ use: 'official', family: 'Chalmers', given: ['Peter', 'James'] }],
      telecom: [
        { use: 'home' },
        { system: 'phone', value: '(03) 5555 6473', use: 'work', rank: 1 },
        { system: 'phone', value: '(03) 3410 5613', use: 'mobile', rank: 2 },
        { system: 'email', value: 'peter.chalmers@example.org' },
        { system: 'url', value: 'https://example.org/fhir' },
      ],
      birthDate: '1974-12-25',
      _birthDate: {
        extension: [
          {
            url: 'http://hl7.org/fhir/StructureDefinition/patient-birthTime',
            valueDateTime: '1974-12-25T14:35:45-05:00',
          },
        ],
      },
      extension: [
        { url: 'http://hl7.org/fhir/StructureDefinition/patient-mothersMaidenName', valueString: 'Haddad' },
        { url: 'http://hl7.org/fhir/us/core/StructureDefinition/us-core-birthsex', valueCode: 'M' },
      ],
      address: [
        { line: ['534 Erewhon St'], city: 'PleasantVille', district: 'Rainbow', state: 'Vic', postalCode: '3999' },
      ],
    };
    const encoded = await mask.deepEncode(patient);
    const secrets = ['5555 6473', '3410 5613', 'peter.chalmers', '1974-12-25', 'Haddad', 'Rainbow', 'Chalmers'];
    expect(leaks(encoded, secrets)).toEqual([]);
    // What names nothing stays: the systems, the uses, the birth sex code, the url of the ContactPoint.
    expect(encoded.telecom.map((point) => point.use)).toEqual(['home', 'work', 'mobile', undefined, undefined]);
    expect(encoded.telecom[4]?.value).toBe('https://example.org/fhir');
    expect(encoded.extension[1]).toEqual(patient.extension[1]);
    // The state is a place (the NER engine read `Vic` as a person: `[PERSON_n]`).
    expect(encoded.address[0]?.state).toMatch(/^\[LOCATION_\d+\]$/);
    expect(await mask.deepDecode(encoded)).toEqual(patient);
  });
});

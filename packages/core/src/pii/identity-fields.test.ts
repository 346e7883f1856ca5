import { describe, expect, it } from 'vitest';
import { testKey } from '../../test/helpers.js';
import { MaskClient } from '../client/mask-client.js';
import { wordsOf } from './field-context.js';
import { identityFieldRecognizer, identityValue } from './identity-fields.js';
import { PatternScanner } from './pattern-scanner.js';

const scanner = new PatternScanner();

/** The spans of `value` read under `field`, as [type, value]. */
function underField(field: string, value: string, entities?: string[]): [string, string][] {
  return scanner
    .scanSync(value, entities === undefined ? { field } : { field, entities })
    .map((span) => [span.type, value.slice(span.start, span.end)]);
}

const recognizerOf = (field: string) => identityFieldRecognizer(wordsOf(field, false).join(' '));

describe('identity fields', () => {
  it("reads the keys of a person's identifiers in their usual spellings", () => {
    const expected: Record<string, string> = {
      ssn: 'us-ssn',
      SSN: 'us-ssn',
      social_security_number: 'us-ssn',
      customerSsn: 'us-ssn',
      itin: 'us-itin',
      mrn: 'medical-record-number',
      medicalRecordNumber: 'medical-record-number',
      patient_id: 'medical-record-number',
      PatientID: 'medical-record-number',
      driver_license: 'us-driver-license',
      driversLicenseNumber: 'us-driver-license',
      "driver's licence": 'us-driver-license',
      passport: 'passport',
      passport_number: 'passport',
      mbi: 'us-mbi',
      member_id: 'health-plan-id',
      subscriberId: 'health-plan-id',
      identity_document: 'latin-american-document',
      a_number: 'us-alien-number',
      alienRegistrationNumber: 'us-alien-number',
      uscis_number: 'us-alien-number',
      known_traveler_number: 'traveler-number',
      KTN: 'traveler-number',
      globalEntryId: 'traveler-number',
      redress_number: 'traveler-number',
      frequent_flyer_number: 'loyalty-number',
      ffNumber: 'loyalty-number',
      loyaltyNumber: 'loyalty-number',
      rewards_member_id: 'loyalty-number',
      student_id: 'student-id',
      sisUserId: 'student-id',
      studentNumber: 'student-id',
      idDocumentNumber: 'latin-american-document',
      'DNI identity document': 'latin-american-document',
    };
    for (const [field, recognizer] of Object.entries(expected)) expect(recognizerOf(field), field).toBe(recognizer);
    for (const field of [
      'id',
      'user_id',
      'order_id',
      'ssn_last4',
      'ssn_status',
      'passport_expiry',
      'license',
      'document',
      'document_number',
      'loyalty',
      'loyalty_tier',
      'rewards_balance',
      'traveler',
      'sis_id',
      'global_entry',
      'reward_id',
      'loyalty_program_id',
    ]) {
      expect(recognizerOf(field), field).toBeUndefined();
    }
  });

  it('takes identifiers, not placeholders, masked forms, words or tokens', () => {
    for (const value of ['000-12-3456', 'ABC-12', 'X1234', 'S99987654', 'P-000123']) {
      expect(identityValue(value), value).toBe(true);
    }
    for (const value of ['N/A', 'unknown', 'pending', '12', '***-**-6789', 'XXX-XX-6789', 'xxxx1234', '[US_SSN_1]']) {
      expect(identityValue(value), value).toBe(false);
    }
  });

  it('masks the whole value the key names, valid or not, and keeps a valid one its own reading', () => {
    // 000 is no SSN area: in text it is no SSN; under `ssn` it is the record's SSN all the same.
    expect(underField('ssn', '000-12-3456')).toEqual([['US_SSN', '000-12-3456']]);
    expect(underField('mrn', 'ABC-12')).toEqual([['MEDICAL_RECORD_NUMBER', 'ABC-12']]);
    expect(underField('patient_id', 'P-000123')).toEqual([['MEDICAL_RECORD_NUMBER', 'P-000123']]);
    expect(underField('passport_number', 'X1234')).toEqual([['PASSPORT', 'X1234']]);
    expect(underField('member_id', 'XYZ-77')).toEqual([['HEALTH_PLAN_ID', 'XYZ-77']]);
    expect(underField('driver_license', '  D-12  ')).toEqual([['US_DRIVER_LICENSE', 'D-12']]);
    expect(underField('ssn', '219-09-9991')).toEqual([['US_SSN', '219-09-9991']]);
    // No A-number has six digits: under its key it is the record's all the same.
    expect(underField('a_number', 'A212845')).toEqual([['US_ALIEN_REGISTRATION_NUMBER', 'A212845']]);
    expect(underField('identity_document', '31478293')).toEqual([['ID_DOCUMENT_NUMBER', '31478293']]);
    // A typed record's field (see typed-numbers.ts): the label reading's own type first, then the document.
    expect(underField('CPF identity document', '529.982.247-25')).toEqual([['BR_CPF', '529.982.247-25']]);
    expect(underField('CPF identity document', '529.982.247-26')).toEqual([['ID_DOCUMENT_NUMBER', '529.982.247-26']]);
  });

  it('leaves placeholders, masked forms, other keys and unselected types alone', () => {
    for (const value of ['N/A', '***-**-6789', 'XXX-XX-6789', 'not on file'])
      expect(underField('ssn', value)).toEqual([]);
    expect(underField('ssn_last4', '6789')).toEqual([]);
    expect(underField('order_id', 'ABC-12')).toEqual([]);
    expect(underField('mrn', 'ABC-12', ['EMAIL_ADDRESS'])).toEqual([]);
  });
});

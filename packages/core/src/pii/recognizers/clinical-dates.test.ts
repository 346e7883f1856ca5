import { describe, expect, it } from 'vitest';
import { PatternScanner } from '../pattern-scanner.js';

const scanner = new PatternScanner();

/** The spans of `text`, as [type, value]. */
function found(text: string, field?: string): [string, string][] {
  return scanner
    .scanSync(text, field === undefined ? {} : { field })
    .map((span) => [span.type, text.slice(span.start, span.end)]);
}

describe('CLINICAL_DATE (HIPAA Safe Harbor dates of admission, discharge, death and service)', () => {
  it('finds the dates their words name, in English and Spanish, every calendar layout', () => {
    expect(found('Admitted 03/14/2024, discharged 03/18/2024.')).toEqual([
      ['CLINICAL_DATE', '03/14/2024'],
      ['CLINICAL_DATE', '03/18/2024'],
    ]);
    expect(found('Patient deceased. Date of death: March 3, 2024')).toEqual([['CLINICAL_DATE', 'March 3, 2024']]);
    expect(found('Date of service 14-Mar-2024')).toEqual([['CLINICAL_DATE', '14-Mar-2024']]);
    expect(found('Fecha de defunción: 3 de marzo de 2024')).toEqual([['CLINICAL_DATE', '3 de marzo de 2024']]);
    expect(found('Ingresó el 3 de marzo de 2024 por dolor torácico')).toEqual([
      ['CLINICAL_DATE', '3 de marzo de 2024'],
    ]);
    expect(found('dado de alta el 2024-03-18')).toEqual([['CLINICAL_DATE', '2024-03-18']]);
  });

  it('finds the dates of a visit, an encounter, a surgery or a procedure by their phrases', () => {
    expect(found('Date of visit: 11/02/2026. Pt seen in clinic 11/03/2026')).toEqual([
      ['CLINICAL_DATE', '11/02/2026'],
      ['CLINICAL_DATE', '11/03/2026'],
    ]);
    expect(found('Surgery date 2026-03-14; procedure date March 3, 2026')).toEqual([
      ['CLINICAL_DATE', '2026-03-14'],
      ['CLINICAL_DATE', 'March 3, 2026'],
    ]);
    expect(found('2026-11-02', 'encounter_date')).toEqual([['CLINICAL_DATE', '2026-11-02']]);
    expect(found('Fecha de consulta: 3 de marzo de 2024')).toEqual([['CLINICAL_DATE', '3 de marzo de 2024']]);
    expect(found('Collected: 11/20/2026 08:14  MRN: 5519302')).toEqual([
      ['CLINICAL_DATE', '11/20/2026'],
      ['MEDICAL_RECORD_NUMBER', '5519302'],
    ]);
    expect(found('Specimen collected 2026-11-20')).toEqual([['CLINICAL_DATE', '2026-11-20']]);
    expect(found('GC: 1204 objects garbage collected on 2026-11-20')).toEqual([]);
    // A visit that is no patient's, and a bare `seen on` (a user's last activity).
    expect(found('number of visitors on 2026-11-02')).toEqual([]);
    expect(found('last seen on 2026-11-02')).toEqual([]);
  });

  it('keeps a birth date a DATE_OF_BIRTH next to clinical dates, in prose and in a table', () => {
    expect(found('born 1961-04-12, admitted 2024-03-14')).toEqual([
      ['DATE_OF_BIRTH', '1961-04-12'],
      ['CLINICAL_DATE', '2024-03-14'],
    ]);
    expect(found('admitted 2024-03-14, born 1961-04-12')).toEqual([
      ['CLINICAL_DATE', '2024-03-14'],
      ['DATE_OF_BIRTH', '1961-04-12'],
    ]);
    expect(found('name,dob,admit_date\nAna,1961-04-12,2024-03-14')).toEqual([
      ['DATE_OF_BIRTH', '1961-04-12'],
      ['CLINICAL_DATE', '2024-03-14'],
    ]);
  });

  it('reads the dates under their keys (deepEncode fields, FHIR deceasedDateTime)', () => {
    expect(found('2024-03-14', 'admission_date')).toEqual([['CLINICAL_DATE', '2024-03-14']]);
    expect(found('2024-03-18', 'dischargeDate')).toEqual([['CLINICAL_DATE', '2024-03-18']]);
    expect(found('{"deceasedDateTime": "2024-03-20"}')).toEqual([['CLINICAL_DATE', '2024-03-20']]);
  });

  it('reads HL7 v2 admit and discharge (PV1-44, PV1-45) and death (PID-29) timestamps, and no other field', () => {
    /** A segment with the given fields by number (`PV1-44`), the others empty. */
    const segment = (id: string, fields: Record<number, string>): string => {
      const last = Math.max(...Object.keys(fields).map(Number));
      return [id, ...Array.from({ length: last }, (_, index) => fields[index + 1] ?? '')].join('|');
    };
    expect(found(segment('PV1', { 1: '1', 2: 'I', 44: '202403141030', 45: '20240318' }))).toEqual([
      ['CLINICAL_DATE', '202403141030'],
      ['CLINICAL_DATE', '20240318'],
    ]);
    expect(found(`MSH|^~\\&|A\r${segment('PID', { 1: '1', 7: '19610412', 29: '20240320' })}`)).toEqual([
      ['DATE_OF_BIRTH', '19610412'],
      ['CLINICAL_DATE', '20240320'],
    ]);
    // Other fields, dates that do not exist, times that do not either.
    expect(found(segment('PV1', { 1: '1', 43: '20240314', 46: '20240314' }))).toEqual([]);
    expect(found(segment('PV1', { 1: '1', 44: '20240230' }))).toEqual([]);
    expect(found(segment('PV1', { 1: '1', 44: '202403142599' }))).toEqual([]);
    expect(found('order 20240314 shipped')).toEqual([]);
  });

  it('leaves dates without their words, words that only look alike, and dates that do not exist', () => {
    expect(found('Appointment on 2024-03-14 at 10:00')).toEqual([]);
    expect(found('Admin login on 2024-03-14')).toEqual([]);
    expect(found('ingress created 2024-03-14')).toEqual([]);
    expect(found('The worker process died at 2024-03-14T10:00:00Z')).toEqual([]);
    expect(found('token expired on 2024-03-14')).toEqual([]);
    expect(found('fecha de alta: 2024-03-14')).toEqual([]);
    expect(found('admitted 2024-02-30')).toEqual([]);
    expect(found('admitted v2024.03.14-rc1')).toEqual([]);
  });
});

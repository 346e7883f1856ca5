import { describe, expect, it } from 'vitest';
import { PatternScanner } from '../pattern-scanner.js';

const scanner = new PatternScanner();

/** The student ids found in `text` (or in `text` as the value of `field`), as their values. */
function studentIds(text: string, field?: string): string[] {
  return scanner
    .scanSync(text, field === undefined ? {} : { field })
    .filter((span) => span.type === 'STUDENT_ID')
    .map((span) => text.slice(span.start, span.end));
}

describe('STUDENT_ID', () => {
  it('reads a student id or number after its label, in prose and as key / value', () => {
    expect(studentIds('Name: Khalid Mansour    Student ID: 48291036')).toEqual(['48291036']);
    expect(studentIds('My student number is 990482117.')).toEqual(['990482117']);
    expect(studentIds('{"sis_id":"S20240918"}')).toEqual(['S20240918']);
    expect(studentIds('sis_user_id=A01234567')).toEqual(['A01234567']);
    expect(studentIds('Student #: u-1234567')).toEqual(['u-1234567']);
    expect(studentIds('Student No. 20240918, Grade 10')).toEqual(['20240918']);
    expect(studentIds('"studentId": "S20240918"')).toEqual(['S20240918']);
    expect(studentIds('número de estudiante: 20240918')).toEqual(['20240918']);
    expect(studentIds('código de alumno 20240918')).toEqual(['20240918']);
    expect(studentIds('student_id,name,grade\n48291036,Khalid,B+')).toEqual(['48291036']);
  });

  it('reads a whole value under a student id key, whatever its layout', () => {
    expect(studentIds('S2024', 'sis_user_id')).toEqual(['S2024']);
    // A bare `sis_id` is a course's or a section's too (review): only a student id's shape is read.
    expect(studentIds('BIO101-F24', 'sis_id')).toEqual([]);
    expect(studentIds('S20240918', 'sis_id')).toEqual(['S20240918']);
    expect(studentIds('2024-0918-X', 'studentNumber')).toEqual(['2024-0918-X']);
  });

  it('leaves the word without a number, short numbers, dates and counts alone', () => {
    expect(studentIds('Student ID card office hours: 9-17')).toEqual([]);
    expect(studentIds('Student ID card 12345678 replaced')).toEqual([]);
    expect(studentIds('student #3 of 40')).toEqual([]);
    expect(studentIds('Student ID: 1234')).toEqual([]);
    expect(studentIds('student number is required')).toEqual([]);
    expect(studentIds('Student since: 2019-04-01')).toEqual([]);
    expect(studentIds('student ID: 00000000')).toEqual([]);
    expect(studentIds('students 12345678 enrolled')).toEqual([]);
    expect(studentIds('the analysis id 12345678')).toEqual([]);
    expect(studentIds('990482117')).toEqual([]);
    expect(studentIds('/api/student-id/12345678')).toEqual([]);
  });
});

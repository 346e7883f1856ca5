import { describe, expect, it } from 'vitest';
import { alignedColumnAt, readAlignedHeader } from './aligned-header.js';

describe('readAlignedHeader', () => {
  it('reads the cells of a header aligned with spaces, words and all, with their columns', () => {
    expect(readAlignedHeader('NAME    ACCOUNT NUMBER   ROUTING\nAna     000123456789     021000021')).toEqual({
      names: ['NAME', 'ACCOUNT NUMBER', 'ROUTING'],
      starts: [0, 8, 25],
    });
    expect(readAlignedHeader('  id  patient_id  dob\n')?.starts).toEqual([2, 6, 18]);
  });

  it('reads no header from prose, data, delimited or one-cell lines', () => {
    for (const text of [
      'Hi Priya,\nthanks',
      'Please update my records.\nNAME  X',
      '2026-11-22  INFO  started\nx',
      'id,name,ssn\n1,Ana,x',
      'NAME\nAna',
      'user: hi  there\nx',
      'no newline  at all',
    ]) {
      expect(readAlignedHeader(text), text).toBeUndefined();
    }
  });

  it('puts a value under the last cell starting at or before it', () => {
    const header = { names: ['NAME', 'ACCOUNT', 'ROUTING'], starts: [0, 8, 25] };
    expect(alignedColumnAt(header, 0)).toBe(0);
    expect(alignedColumnAt(header, 8)).toBe(1);
    expect(alignedColumnAt(header, 24)).toBe(1);
    expect(alignedColumnAt(header, 40)).toBe(2);
    expect(alignedColumnAt({ names: ['A', 'B'], starts: [4, 9] }, 2)).toBe(-1);
  });
});

import { describe, expect, it } from 'vitest';
import { PatternScanner } from '../pattern-scanner.js';

const scanner = new PatternScanner();

/** The PERSON spans of `text`. */
function people(text: string): string[] {
  return scanner
    .scanSync(text)
    .filter((span) => span.type === 'PERSON')
    .map((span) => text.slice(span.start, span.end));
}

describe('names in paths', () => {
  it("reads a home directory's or a person's page's segment that spells a name, escaped or not", () => {
    const trace = [
      'Traceback (most recent call last):',
      '  File "C:\\Users\\Wanjiru.Okonkwo\\AppData\\Local\\app\\main.py", line 12',
      '  File "/home/chidi.okafor/projects/app/run.py", line 4',
    ].join('\n');
    expect(people(trace)).toEqual(['Wanjiru.Okonkwo', 'chidi.okafor']);
    expect(people('{"path": "C:\\\\Users\\\\Jane Doe\\\\Desktop\\\\report.xlsx"}')).toEqual(['Jane Doe']);
    expect(people('GET /authors/Stephen-King/books 200')).toEqual(['Stephen-King']);
    // A patient's or a client's page, the slug's number after the name (a birth date here).
    expect(people('GET /patients/sarah-miller-1985-03-14/records')).toEqual(['sarah-miller']);
    expect(people('GET /clients/Jane-Doe-42/invoices')).toEqual(['Jane-Doe']);
  });

  it("leaves service accounts, ids, a handle that spells no known name and other collections' segments", () => {
    for (const text of [
      '/home/ubuntu/app',
      '/Users/runner/work/x',
      'C:\\Users\\All Users\\x',
      'C:\\Users\\Default.Migrated\\x',
      '/Users/Shared/x',
      'GET /api/users/12345/orders',
      '/home/dev.ops/x',
      '/team/product-design/',
      '/customers/Acme-Corp/',
      '/products/Jane-Doe/',
      'GET /patients/12345/records',
      'GET /students/class-2024/list',
    ]) {
      expect(people(text), text).toEqual([]);
    }
  });
});

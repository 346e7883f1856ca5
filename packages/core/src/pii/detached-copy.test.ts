import v8 from 'node:v8';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { MaskError } from '../errors/mask-error.js';
import { detachedCopy } from './detached-copy.js';
import { PatternScanner } from './pattern-scanner.js';

describe('caches that outlive a scan', () => {
  it('keep a detached copy: equal, but not a slice of the text it came from', () => {
    const document = Buffer.from(`${'x'.repeat(100)}+1 415 555 2671`).toString();
    const slice = document.slice(100);
    expect(detachedCopy(slice)).toBe(slice);
    expect(detachedCopy('+1\u2011415\u2011555\u20112671 ñ')).toBe('+1\u2011415\u2011555\u20112671 ñ');
  });

  it.each([
    ['across scans', {}],
    ['for the scan only (phoneVerdictCache 0)', { phoneVerdictCache: 0 }],
  ])('do not keep scanned documents alive through phone verdicts kept %s or JWT headers', async (_, options) => {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    const scanner = new PatternScanner(options);
    const used = (): number => {
      gc();
      return v8.getHeapStatistics().used_heap_size;
    };
    const segment = (json: object) => Buffer.from(JSON.stringify(json)).toString('base64url');
    const jwt = (index: number) =>
      `${segment({ alg: 'HS256', kid: `key-${index}` })}.${segment({ sub: `user-${index}` })}.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U`;
    const filler = 'lorem ipsum dolor sit amet '.repeat(10_000);
    scanner.scanSync(`${filler} +1 415 555 2600`);
    const before = used();
    // 40 documents of 270 KB, each with a phone number and a JWT the caches have not seen.
    for (let index = 0; index < 40; index++) {
      const phone = `+1 415 555 ${2610 + index}`;
      const spans = scanner.scanSync(`${filler} call ${phone}, token ${jwt(index)}`);
      expect(spans.map((span) => span.type)).toEqual(['PHONE_NUMBER', 'JWT']);
    }
    // The last-text memos and the last regex match move on, a task goes by.
    scanner.scanSync('nothing to see, 12 items');
    /x/.test('y');
    await new Promise((resolve) => setTimeout(resolve, 0));
    // Cached slices of the documents (or of their flat copies) would keep about 11 MB alive.
    expect(used() - before).toBeLessThan(2_000_000);
  });

  it('let go of the last scanned text once its scan is over (phoneVerdictCache 0)', async () => {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    const scanner = new PatternScanner({ phoneVerdictCache: 0 });
    const used = (): number => {
      gc();
      return v8.getHeapStatistics().used_heap_size;
    };
    scanner.scanSync('call +1 415 555 2600');
    await new Promise((resolve) => setTimeout(resolve, 0));
    const before = used();
    // One 3 MB text (and the flat copy the scanner reads): the scan's memo of verdicts holds it while it runs.
    expect(scanner.scanSync(`${'lorem ipsum '.repeat(250_000)} call +1 415 555 2671`)).toHaveLength(1);
    /x/.test('y');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(used() - before).toBeLessThan(1_000_000);
  });

  it('hold no phone verdict with phoneVerdictCache 0, and reject a size that is not a whole number', () => {
    const uncached = new PatternScanner({ phoneVerdictCache: 0 });
    const text = 'call +1 415 555 2671 or (212) 736-5000, ref 4111 1111 1111';
    expect(uncached.scanSync(text)).toEqual(new PatternScanner().scanSync(text));
    for (const size of [-1, 1.5, Number.NaN]) {
      expect(() => new PatternScanner({ phoneVerdictCache: size })).toThrow(MaskError);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { KeyedSerializer } from './keyed-serializer.js';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('KeyedSerializer', () => {
  it('runs tasks of one key one at a time in order, other keys alongside, and forgets idle keys', async () => {
    const queue = new KeyedSerializer();
    const log: string[] = [];
    let running = 0;
    let most = 0;
    const task =
      (name: string, fail = false) =>
      async () => {
        running++;
        most = Math.max(most, running);
        log.push(`start ${name}`);
        await tick();
        log.push(`end ${name}`);
        running--;
        if (fail) throw new Error(name);
        return name;
      };
    const results = await Promise.allSettled([
      queue.run('a', task('a1')),
      queue.run('a', task('a2', true)),
      queue.run('a', task('a3')),
      queue.run('b', task('b1')),
    ]);
    expect(results.map((result) => (result.status === 'fulfilled' ? result.value : 'rejected'))).toEqual([
      'a1',
      'rejected',
      'a3',
      'b1',
    ]);
    const of = (prefix: string) => log.filter((entry) => entry.endsWith(prefix));
    expect([...of('a1'), ...of('a2'), ...of('a3')]).toEqual([
      'start a1',
      'end a1',
      'start a2',
      'end a2',
      'start a3',
      'end a3',
    ]);
    expect(log.indexOf('start a2')).toBeGreaterThan(log.indexOf('end a1'));
    expect(log.indexOf('start a3')).toBeGreaterThan(log.indexOf('end a2'));
    // b ran alongside a: two tasks at once at some point.
    expect(most).toBe(2);
    await tick();
    expect(queue.size).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { compileContext } from './context.js';

describe('compileContext', () => {
  const context = compileContext({ en: ['phone', 'tel'], zh: ['电话', '手机号'], ja: ['携帯電話'], ko: ['전화번호'] }, [
    'en',
    'zh',
    'ja',
    'ko',
  ]) as RegExp;

  it('matches a Latin word at a word start, a short one whole', () => {
    expect(context.test('phones: ')).toBe(true);
    expect(context.test('Tel: ')).toBe(true);
    expect(context.test('microphone ')).toBe(false);
    expect(context.test('telemetry ')).toBe(false);
  });

  it('matches a Chinese, Japanese or Korean word wherever it stands: those scripts write no spaces', () => {
    expect(context.test('客户王伟的电话是')).toBe(true);
    expect(context.test('请提供手机号码')).toBe(true);
    expect(context.test('山田様の携帯電話は')).toBe(true);
    expect(context.test('고객전화번호는')).toBe(true);
    expect(context.test('订单已发货')).toBe(false);
  });

  it('leaves out the languages not asked for', () => {
    const english = compileContext({ en: ['phone'], zh: ['电话'] }, ['en']) as RegExp;
    expect(english.test('客户的电话是')).toBe(false);
    expect(compileContext({ zh: ['电话'] }, ['en'])).toBeUndefined();
  });
});

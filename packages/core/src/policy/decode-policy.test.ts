import { describe, expect, it } from 'vitest';
import { MaskError } from '../errors/mask-error.js';
import { createDecodePolicy, DecodePolicy } from './decode-policy.js';

describe('DecodePolicy', () => {
  it('allows everything by default and nothing with denyAll', () => {
    expect(new DecodePolicy().isAllowed('any_tool', 'US_SSN', ['x'])).toBe(true);
    expect(DecodePolicy.allowAll().isAllowed('any_tool', 'US_SSN')).toBe(true);
    expect(DecodePolicy.denyAll().isAllowed('any_tool', 'EMAIL_ADDRESS', ['to'])).toBe(false);
  });

  it('applies per-tool allow lists by argument path', () => {
    const policy = new DecodePolicy({
      tools: { send_email: { allow: { to: ['EMAIL_ADDRESS'], 'cc.*': ['EMAIL_ADDRESS'], body: ['PERSON'] } } },
    });
    expect(policy.isAllowed('send_email', 'EMAIL_ADDRESS', ['to'])).toBe(true);
    expect(policy.isAllowed('send_email', 'EMAIL_ADDRESS', ['cc', 0])).toBe(true);
    expect(policy.isAllowed('send_email', 'EMAIL_ADDRESS', ['cc'])).toBe(false);
    expect(policy.isAllowed('send_email', 'EMAIL_ADDRESS', ['body'])).toBe(false);
    expect(policy.isAllowed('send_email', 'US_SSN', ['body'])).toBe(false);
    expect(policy.isAllowed('send_email', 'PERSON', ['body'])).toBe(true);
    // other tools keep the default
    expect(policy.isAllowed('lookup', 'US_SSN', ['body'])).toBe(true);
  });

  it('lets a pattern cover everything below the argument it names', () => {
    const policy = new DecodePolicy({ tools: { crm: { allow: { customer: ['*'] } } } });
    expect(policy.isAllowed('crm', 'US_SSN', ['customer', 'ids', 3, 'value'])).toBe(true);
    expect(policy.isAllowed('crm', 'US_SSN', ['note'])).toBe(false);
  });

  it('supports ** anywhere in a pattern', () => {
    const policy = new DecodePolicy({ default: { allow: { '**.email': ['EMAIL_ADDRESS'] } } });
    expect(policy.isAllowed('t', 'EMAIL_ADDRESS', ['email'])).toBe(true);
    expect(policy.isAllowed('t', 'EMAIL_ADDRESS', ['a', 'b', 'email'])).toBe(true);
    expect(policy.isAllowed('t', 'EMAIL_ADDRESS', ['a', 'emails'])).toBe(false);
  });

  it('lets deny win over allow, per tool and globally', () => {
    const policy = new DecodePolicy({
      tools: {
        http_get: { deny: ['US_SSN', 'CREDIT_CARD'] },
        crm: { allow: ['*'], deny: { note: ['US_SSN'] } },
        audit: 'deny',
      },
      deny: ['API_KEY'],
    });
    expect(policy.isAllowed('http_get', 'US_SSN', ['url'])).toBe(false);
    expect(policy.isAllowed('http_get', 'EMAIL_ADDRESS', ['url'])).toBe(true);
    expect(policy.isAllowed('crm', 'US_SSN', ['note'])).toBe(false);
    expect(policy.isAllowed('crm', 'US_SSN', ['id'])).toBe(true);
    expect(policy.isAllowed('crm', 'API_KEY', ['id'])).toBe(false);
    expect(policy.isAllowed('audit', 'EMAIL_ADDRESS', [])).toBe(false);
  });

  it('denies unlisted tools when the default is deny', () => {
    const policy = createDecodePolicy({ default: 'deny', tools: { lookup: 'allow' } });
    expect(policy.isAllowed('lookup', 'US_SSN', ['q'])).toBe(true);
    expect(policy.isAllowed('send_email', 'EMAIL_ADDRESS', ['to'])).toBe(false);
  });

  it('matches tool names with globs; an exact name wins', () => {
    const policy = new DecodePolicy({
      tools: { 'crm_*': 'deny', crm_lookup: 'allow', '*.search': { allow: ['EMAIL_ADDRESS'] } },
    });
    expect(policy.isAllowed('crm_update', 'EMAIL_ADDRESS', ['id'])).toBe(false);
    expect(policy.isAllowed('crm_lookup', 'US_SSN', ['id'])).toBe(true);
    expect(policy.isAllowed('web.search', 'EMAIL_ADDRESS', ['q'])).toBe(true);
    expect(policy.isAllowed('web.search', 'US_SSN', ['q'])).toBe(false);
    expect(policy.isAllowed('websearch', 'US_SSN', ['q'])).toBe(true);
  });

  it('gives a DetokenizeOptions.allow callback per tool', () => {
    const allow = new DecodePolicy({ tools: { send_email: { allow: { to: ['EMAIL_ADDRESS'] } } } }).forTool(
      'send_email',
    );
    expect(allow({ token: 'a@mask.invalid', type: 'EMAIL_ADDRESS', path: ['to'] })).toBe(true);
    expect(allow({ token: '000-12-3456', type: 'US_SSN', path: ['body'] })).toBe(false);
  });

  it('rejects invalid configuration with CONFIG_INVALID', () => {
    const bad: unknown[] = [
      { tools: { t: { allow: ['email'] } } },
      { tools: { t: { allow: { 'a..b': ['PERSON'] } } } },
      { tools: { t: { allow: { '': ['PERSON'] } } } },
      { tools: { t: { alow: ['PERSON'] } } },
      { tools: { t: 'maybe' } },
      { tools: { '': 'allow' } },
      { deny: 'US_SSN' },
      null,
    ];
    for (const options of bad) {
      let caught: unknown;
      try {
        new DecodePolicy(options as never);
      } catch (error) {
        caught = error;
      }
      expect(MaskError.isInstance(caught)).toBe(true);
      expect((caught as MaskError).code).toBe('CONFIG_INVALID');
    }
  });
});

import { describe, expect, it } from 'vitest';
import { PatternScanner } from '../pattern-scanner.js';

const scanner = new PatternScanner();

function found(text: string): { type: string; value: string }[] {
  return scanner.scanSync(text).map((span) => ({ type: span.type, value: text.slice(span.start, span.end) }));
}

/** The health plan ids found in `text`, as their values. */
function planIds(text: string): string[] {
  return found(text)
    .filter((span) => span.type === 'HEALTH_PLAN_ID')
    .map((span) => span.value);
}

describe('HEALTH_PLAN_ID: Slack member ids', () => {
  it('leaves a Slack user id under a member id label alone when Slack is named or mentioned nearby', () => {
    expect(found('Slack member ID: U012AB3CDE')).toEqual([]);
    expect(found('Slack member ID: U1234567890')).toEqual([]);
    expect(found('SLACK_MEMBER_ID=U012AB3CDE')).toEqual([]);
    expect(found('workspace member id: W012A3CDEF')).toEqual([]);
    expect(found('{"channel": "C024BE91L", "member_id": "U012AB3CDE"}')).toEqual([]);
    expect(found('member ID U012AB3CDE (<@U012AB3CDE>)')).toEqual([]);
    expect(found('Profile\nMember ID: U012AB3CDE\nOpen in Slack')).toEqual([]);
  });

  it('still reads member ids that are no Slack ids, or with no Slack word near', () => {
    expect(planIds('Member ID: XWB123456789')).toEqual(['XWB123456789']);
    expect(planIds('Slack member ID: XWB123456789')).toEqual(['XWB123456789']);
    expect(planIds('Member ID: U012AB3CDE')).toEqual(['U012AB3CDE']);
    expect(planIds('"memberId":"W123456789"')).toEqual(['W123456789']);
    // `channel` and `workspace` say Slack less than `slack` does: a plan id of digits after its letter stays one.
    expect(planIds('Member ID: W123456789, preferred channel: mail')).toEqual(['W123456789']);
    expect(planIds(`Slack us.${' '.repeat(80)}Member ID: U012AB3CDE`)).toEqual(['U012AB3CDE']);
    expect(planIds('Member ID: U012AB3CDEF1 (slack)')).toEqual(['U012AB3CDEF1']);
  });
});

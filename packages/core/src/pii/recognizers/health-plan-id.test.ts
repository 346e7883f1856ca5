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

describe('HEALTH_PLAN_ID after a bare member', () => {
  it('reads the id after `member` in a text about insurance', () => {
    expect(planIds('Insurance: Ambetter, member U71849203.')).toEqual(['U71849203']);
    expect(planIds('Health plan Oscar Gold, member: XJH123456789')).toEqual(['XJH123456789']);
    expect(planIds('She is on Medicaid (member 00012345678).')).toEqual(['00012345678']);
    expect(planIds('Seguro: Sanitas, member U71849203')).toEqual(['U71849203']);
    // Spanish labels read alone already, without an insurance word.
    expect(planIds('afiliado U71849203')).toEqual(['U71849203']);
    expect(planIds('número de afiliado: 71849203')).toEqual(['71849203']);
  });

  it('leaves a member of anything else, short or digitless values and Slack ids alone', () => {
    expect(planIds('member since 2019, insurance renewed')).toEqual([]);
    expect(planIds('Insurance team: member 12 joined')).toEqual([]);
    expect(planIds('insurance: team member Alice')).toEqual([]);
    expect(planIds('insurance claims: member ABCDEFGH')).toEqual([]);
    expect(planIds('Insurance: Ambetter, member 2019-04-01')).toEqual([]);
    // No insurance word: a club's or a forum's member number.
    expect(planIds('Forum member U71849203 posted a reply.')).toEqual([]);
    expect(planIds('Gym member 00012345678 checked in.')).toEqual([]);
    // Too far from the insurance word.
    expect(planIds(`Insurance: Ambetter.${' '.repeat(200)}member U71849203`)).toEqual([]);
    expect(planIds('insurance bot in Slack: member U012AB3CDE')).toEqual([]);
    // A member that is part of another word or key is no bare label.
    expect(planIds('insurance: nonmember U71849203, member-U71849203')).toEqual([]);
  });
});

describe('HEALTH_PLAN_ID as an insurance card prints it', () => {
  it("reads the insurer's letters then groups of digits, and an ID line under the member's", () => {
    expect(planIds('Member ID: UHC 9 1827 3645 01')).toEqual(['UHC 9 1827 3645 01']);
    expect(planIds('Member: ROBERT J KACZMAREK\nID: XOF884712993')).toEqual(['XOF884712993']);
    expect(planIds('Subscriber Name: ANA\r\n  ID#: W123456789')).toEqual(['W123456789']);
    expect(planIds('Insured: Ana Ruiz\nID # 12345678')).toEqual(['12345678']);
  });

  it('leaves prose, words after the id, an ID line under another line, and an ID without digits alone', () => {
    expect(planIds('Member ID is 1234 5678')).toEqual([]);
    expect(planIds('Member ID: W123456789 2 claims')).toEqual(['W123456789']);
    expect(planIds('Name: ROBERT\nID: XOF884712993')).toEqual([]);
    expect(planIds('Member: ROBERT J KACZMAREK\nGroup: 12345\nID: XOF884712993')).toEqual([]);
    // A chat's member and a Slack user's id (review).
    expect(planIds('Member: @alice\nID: U012AB3CD')).toEqual([]);
    expect(planIds('Member: ROBERT J KACZMAREK\nID: pending')).toEqual([]);
    expect(planIds('member: ana\nthe ID: XOF884712993')).toEqual([]);
  });
});

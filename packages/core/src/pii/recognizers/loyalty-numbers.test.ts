import { describe, expect, it } from 'vitest';
import { testKey } from '../../../test/helpers.js';
import { MaskClient } from '../../client/mask-client.js';
import { PatternScanner } from '../pattern-scanner.js';

const scanner = new PatternScanner();
const loyalty = (text: string): string[] =>
  scanner
    .scanSync(text)
    .filter((span) => span.type === 'LOYALTY_NUMBER')
    .map((span) => text.slice(span.start, span.end));

describe('LOYALTY_NUMBER', () => {
  it("reads a programme's number after its label or the programme's name (red team: they reached the model)", () => {
    expect(loyalty('Marriott Bonvoy #: 884127339')).toEqual(['884127339']);
    expect(loyalty('MileagePlus number UA 123 456 789')).toEqual(['UA 123 456 789']);
    expect(loyalty('Frequent flyer number: AC 884-127-339')).toEqual(['AC 884-127-339']);
    expect(loyalty('loyalty: Hertz Gold 77281934')).toEqual(['77281934']);
    expect(loyalty('Flying Blue 1234567890')).toEqual(['1234567890']);
    expect(loyalty('rewards_member_id=R88412733')).toEqual(['R88412733']);
    expect(loyalty('Número de socio: 88412733')).toEqual(['88412733']);
    // Review: `loyalty #` and AAdvantage's seven characters were missed.
    expect(loyalty('loyalty #: 884127339')).toEqual(['884127339']);
    expect(loyalty('AAdvantage # 9YR0H42')).toEqual(['9YR0H42']);
  });

  it('leaves tiers, balances, dates and the words in prose', () => {
    expect(loyalty('Bonvoy: Gold Elite, 12,400 points')).toEqual([]);
    expect(loyalty('SkyMiles balance: 12,400')).toEqual([]);
    expect(loyalty('frequent flyer since 2019')).toEqual([]);
    expect(loyalty('Hyatt Regency room 1204')).toEqual([]);
    expect(loyalty('loyalty number: 111111')).toEqual([]);
    expect(loyalty('reward: 12345')).toEqual([]);
    // Review: a balance, years, and a programme's own id were read.
    expect(loyalty('AAdvantage 125000 miles')).toEqual([]);
    expect(loyalty('Hilton Honors 2023 2024')).toEqual([]);
    expect(loyalty('reward_id=88412733')).toEqual([]);
    expect(loyalty('loyalty_program_id=88412733')).toEqual([]);
  });

  it('is masked and restored under its keys, a tier left as it is', async () => {
    const client = new MaskClient({ key: testKey(), scanner, env: {}, logger: { warn: () => undefined } });
    const input = { loyalty_number: 'AC 884-127-339', frequentFlyerNumber: 'UA1234567', loyaltyTier: 'Gold' };
    const encoded = await client.deepEncode(input);
    expect(encoded.loyalty_number).toMatch(/^\[LOYALTY_NUMBER_\d+\]$/);
    expect(encoded.frequentFlyerNumber).toMatch(/^\[LOYALTY_NUMBER_\d+\]$/);
    // Review: a rewards programme's member id was read as a health plan's.
    expect(await client.deepEncode({ rewards_member_id: 'R88412733' })).toEqual({
      rewards_member_id: expect.stringMatching(/^\[LOYALTY_NUMBER_\d+\]$/),
    });
    expect(encoded.loyaltyTier).toBe('Gold');
    expect(await client.deepDecode(encoded)).toEqual(input);
  });
});

import { describe, expect, it } from 'vitest';
import { PatternScanner } from '../pattern-scanner.js';

const scanner = new PatternScanner();
const found = (text: string): [string, string][] =>
  scanner.scanSync(text).map((span) => [span.type, text.slice(span.start, span.end)]);

describe('PERSON in a Slack user mention', () => {
  it('reads the name after the bar when it spells a person (red team: the handle reached the model)', () => {
    expect(found('<@U024BE7LH|marisol.ventura> please DM me')).toEqual([['PERSON', 'marisol.ventura']]);
    expect(found('<@W12345678|Marisol Ventura> joined #hr-cases')).toEqual([['PERSON', 'Marisol Ventura']]);
  });

  it("leaves a bot's or a team's handle, a mention with no name and a bar outside a mention", () => {
    expect(found('<@U024BE7LH|deploy-bot> ran the job')).toEqual([]);
    expect(found('<@U024BE7LH> hi')).toEqual([]);
    expect(found('<#C024BE7LH|marisol.ventura>')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { PatternScanner } from '../pattern-scanner.js';

const scanner = new PatternScanner();

function found(text: string): [string, string][] {
  return scanner.scanSync(text).map((span) => [span.type, text.slice(span.start, span.end)]);
}

describe('a password given on the turn after a question about it', () => {
  it('masks the value of the reply, after a few words of it', () => {
    expect(found("Agent: what's the new password?\nUser: it's Tr0ub4dor&3\nAgent: thanks")).toEqual([
      ['PASSWORD', 'Tr0ub4dor&3'],
    ]);
    expect(found('Agent: can you tell me the password for the router?\nCaller: sure, Summer2026.')).toEqual([
      ['PASSWORD', 'Summer2026'],
    ]);
    expect(found('Agente: ¿cuál es la contraseña?\nCliente: es Pimienta2024')).toEqual([['PASSWORD', 'Pimienta2024']]);
  });

  it('leaves replies that give no password alone', () => {
    expect(found("Agent: what's your password?\nUser: I forgot it")).toEqual([]);
    expect(found('Agent: did you reset your password?\nUser: yes, ticket INC0012345 says so')).toEqual([]);
    expect(found('Q: Where do I change my password?\nA: In Settings > Security.')).toEqual([]);
    // No question: the next line is no answer.
    expect(found('Agent: I reset the password.\nUser: ok Summer2026 noted')).toEqual([]);
    // A field's or a log's label on the next line is no speaker.
    expect(found('Forgot your password?\nReset it here: https://app.example.com/reset/a1b2c3d4')).toEqual([]);
    expect(found('Why did the password sync fail?\nError: ECONNRESET127 at socket')).toEqual([]);
    expect(found('Is the password rotation job done?\nBuild: v2.14.3-rc1 deployed')).toEqual([]);
  });
});

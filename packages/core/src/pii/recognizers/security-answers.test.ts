import { describe, expect, it } from 'vitest';
import { testKey } from '../../../test/helpers.js';
import { MaskClient } from '../../client/mask-client.js';
import { PatternScanner } from '../pattern-scanner.js';

const scanner = new PatternScanner();
const found = (text: string, field?: string): [string, string][] =>
  scanner.scanSync(text, { field }).map((span) => [span.type, text.slice(span.start, span.end)]);

describe('PASSWORD: the answer to a security question', () => {
  it('reads the answer after its label, in English and Spanish, quoted or to the end of its line', () => {
    expect(found('Security answer: Biscuit')).toEqual([['PASSWORD', 'Biscuit']]);
    expect(found('Memorable word: sunflower.')).toEqual([['PASSWORD', 'sunflower']]);
    expect(found('security_answer="Blue Lagoon", verified=true')).toEqual([['PASSWORD', 'Blue Lagoon']]);
    expect(found('Respuesta de seguridad: Firulais')).toEqual([['PASSWORD', 'Firulais']]);
    expect(found('Challenge answer: elm street\nnext line')).toEqual([['PASSWORD', 'elm street']]);
    // After `=`, up to `&` or white space (a form body); after `:`, the whole line; an escaped quote inside a quote.
    expect(found('security_answer=Biscuit&next=1')).toEqual([['PASSWORD', 'Biscuit']]);
    expect(found('Security answer: Paris, France')).toEqual([['PASSWORD', 'Paris, France']]);
    expect(found('{"security_answer": "Bis\\"cuit", "x": 1}')).toEqual([['PASSWORD', 'Bis\\"cuit']]);
    expect(found('Security answer: Biscuit!!')).toEqual([['PASSWORD', 'Biscuit!!']]);
  });

  it('reads a bare `Answer:` after a security question, on its line or the next', () => {
    expect(found("Security question: first pet's name? Answer: Biscuit")).toEqual([['PASSWORD', 'Biscuit']]);
    expect(found('Security question: What street did you grow up on?\nAnswer: Elm Street')).toEqual([
      ['PASSWORD', 'Elm Street'],
    ]);
  });

  it('reads the whole value under a security answer key', () => {
    expect(found('biscuit', 'securityAnswer')).toEqual([['PASSWORD', 'biscuit']]);
    expect(found('sunflower', 'memorable_word')).toEqual([['PASSWORD', 'sunflower']]);
    expect(found('Firulais', 'respuesta_seguridad')).toEqual([['PASSWORD', 'Firulais']]);
  });

  it('leaves other answers, questions without one, and masked answers', () => {
    expect(found('Please answer: the form is attached')).toEqual([]);
    expect(found('The answer: yes')).toEqual([]);
    expect(found('Security question: first pet? (not answered)')).toEqual([]);
    expect(found('Security answer: ****')).toEqual([]);
    expect(found('Security answer: N/A')).toEqual([]);
    expect(found('What is the answer to life?')).toEqual([]);
  });

  it('keeps a CRM record usable: the question stays, the answer is masked and given back', async () => {
    const client = new MaskClient({ env: { MASK_MASTER_KEY: testKey() }, logger: { warn: () => undefined } });
    const record = { security_question: 'What was the name of your first pet?', security_answer: 'Biscuit' };
    const encoded = (await client.deepEncode(record)) as typeof record;
    expect(encoded.security_question).toBe(record.security_question);
    expect(encoded.security_answer).not.toContain('Biscuit');
    expect(await client.deepDecode(encoded)).toEqual(record);
  });
});

import { describe, expect, it } from 'vitest';
import { testKey } from '../../test/helpers.js';
import { MaskClient } from '../client/mask-client.js';
import { LocalNerEngine } from './local-ner-engine.js';

const engine = new LocalNerEngine();

function people(text: string): string[] {
  return engine
    .detectSync(text)
    .filter((span) => span.type === 'PERSON')
    .map((span) => text.slice(span.start, span.end));
}

describe('LocalNerEngine: names written in lower case after a cue', () => {
  it('reads a name after `my name is`, `name is` and `name’s`, an ambiguous given name and a family name alone too', () => {
    expect(people('hi, my name is john smith and my card was charged twice')).toEqual(['john smith']);
    expect(people('hi my name is bill')).toEqual(['bill']);
    expect(people('ok so the name is grace')).toEqual([]);
    expect(people('ok so the name is grace okafor')).toEqual(['grace okafor']);
    expect(people("the name's bond, james bond")).toEqual([]);
    expect(people("hey the name's maria lópez")).toEqual(['maria lópez']);
    expect(people('she was born in 1952. her maiden name is kappel')).toEqual(['kappel']);
    expect(people('my name is xochitl and i need help')).toEqual(['xochitl']);
  });

  it('reads a name after `this is`, `it’s`, `i’m`, `i am`, `im` and `call me`', () => {
    expect(people('this is maria gonzalez from accounts')).toEqual(['maria gonzalez']);
    expect(people('hey its me, it’s sarah')).toEqual(['sarah']);
    expect(people("i'm dave, dave okafor")).toEqual(['dave', 'dave okafor']);
    expect(people('hello i am priya natarajan, calling about my order')).toEqual(['priya natarajan']);
    expect(people('hi im tom wilkins')).toEqual(['tom wilkins']);
    expect(people('call me sarah')).toEqual(['sarah']);
    expect(people('everyone calls me frank')).toEqual(['frank']);
  });

  it('reads a name after someone spoken with or asked for, and after a person label and a colon', () => {
    expect(people('spoke with mike reynolds today')).toEqual(['mike reynolds']);
    expect(people('please ask for jessica when you call')).toEqual(['jessica']);
    expect(people('customer: emily chen')).toEqual(['emily chen']);
    expect(people('patient: linda johnson\ndob on file')).toEqual(['linda johnson']);
    expect(people('name:    katelyn villareal\naddress: on file')).toEqual(['katelyn villareal']);
  });

  it('reads a lower-case name in cased text, where the capitalised-chunk rules never look', () => {
    expect(people('Agent: How can I help you today? Customer: hi, my name is john smith')).toEqual(['john smith']);
    expect(people('Ticket 4411 (Priority: High). Caller said: this is maria gonzalez from Accounts.')).toEqual([
      'maria gonzalez',
    ]);
  });

  it('reads Spanish cues: me llamo, mi nombre es, se llama, soy, with particles in the family name', () => {
    expect(people('me llamo juan pérez')).toEqual(['juan pérez']);
    expect(people('hola, mi nombre es ana maría de la cruz')).toEqual(['ana maría de la cruz']);
    expect(people('mi hermano se llama carlos')).toEqual(['carlos']);
    expect(people('soy ana garcía')).toEqual(['ana garcía']);
    expect(people('buenas, soy lucía y llamo por la factura')).toEqual(['lucía']);
  });

  it('reads an ambiguous given name with a known family name after it, or a phone introduction’s closing word', () => {
    expect(people('this is bill from billing')).toEqual(['bill']);
    expect(people('hi, this is mark speaking')).toEqual(['mark']);
    expect(people('this is grace brown')).toEqual(['grace brown']);
    expect(people("i'm frank miller")).toEqual(['frank miller']);
    expect(people('soy linda ramírez')).toEqual(['linda ramírez']);
  });

  it('reads no name where the word after the cue is an ordinary word, a month or a modal', () => {
    const nearMisses = [
      'this is great',
      "i'm fine",
      'i am sure',
      'call me back',
      'my name is on the account',
      'soy el gerente',
      'this is bill',
      'hi, this is bill for the month of may',
      'this is mark my words',
      'please pay this bill by friday',
      'i will mark it as done',
      "i'm frank with you, this is not ok",
      'this is grace period ending soon',
      'this is art at its best',
      'this is summer sale season',
      'this is ruby code that breaks',
      'this is chase bank calling about your card',
      'this is jordan river',
      'this is paris in spring',
      'this is max volume',
      'this is penny stock news',
      "i'm german and live in berlin",
      'i am christian and go to church',
      'i am april fools',
      'it’s may already',
      'it’s june already',
      "i'm joy itself today",
      'i am rich now',
      'hope you are well, i am hope itself',
      'call me tomorrow morning',
      'call me crazy but it works',
      'call me will you',
      'customer: will you refund me',
      'customer: mark my order urgent please',
      'patient: is doing well today',
      'name: summer sale promo',
      'name: bill payment',
      'spoke with support today',
      'talked to someone at the bank',
      'ask for help if needed',
      'soy feliz con el servicio',
      'soy linda y amable',
      'soy nuevo aquí',
      'mi nombre es importante',
      'i’m texting from my phone',
      'this is the bill from last month',
      'i am sue-ing them',
      'i am dawn patrol today, sky is clear',
    ];
    for (const text of nearMisses) expect([text, people(text)]).toEqual([text, []]);
  });
});

describe('MaskClient with the local NER: a lower-case name reaches the model as a PERSON token', () => {
  const client = () =>
    new MaskClient({ key: testKey(), env: { MASK_SCANNER_TYPE: 'local' }, logger: { warn: () => undefined } });

  it('tokenizes `my name is john smith` (tokenizeText, deepEncode) and decodes it back', async () => {
    const mask = client();
    const message = 'hi, my name is john smith and my card was charged twice';
    const { text, entities } = await mask.tokenizeText(message);
    expect(entities.filter((entity) => entity.type === 'PERSON')).toHaveLength(1);
    expect(text).not.toMatch(/john|smith/);
    expect(await mask.detokenizeText(text)).toBe(message);
    const encoded = await mask.deepEncode({ messages: [{ role: 'user', content: message }] });
    expect(JSON.stringify(encoded)).not.toMatch(/john|smith/);
    expect(await mask.deepDecode(encoded)).toEqual({ messages: [{ role: 'user', content: message }] });
  });
});

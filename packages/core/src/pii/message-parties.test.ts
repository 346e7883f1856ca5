import { describe, expect, it } from 'vitest';
import { testKey } from '../../test/helpers.js';
import { MaskClient } from '../client/mask-client.js';
import { PatternScanner } from './pattern-scanner.js';

const mask = () =>
  new MaskClient({ key: testKey(), scanner: new PatternScanner(), env: {}, logger: { warn: () => undefined } });

describe("a WhatsApp webhook's message parties", () => {
  it("reads a message's `from` and a status's `recipient_id` as phones (red team: they reached the model)", async () => {
    const client = mask();
    const input = {
      entry: [
        {
          changes: [
            {
              value: {
                contacts: [{ profile: { name: 'Ana' }, wa_id: '5215587214493' }],
                messages: [
                  { from: '5215587214493', id: 'wamid.HBgN', timestamp: '1732521600', type: 'text' },
                  // A reply's context names the quoted message's sender (review: it reached the model).
                  {
                    from: '5215587214493',
                    id: 'wamid.HBgO',
                    timestamp: '1732521601',
                    type: 'text',
                    context: { from: '15550783881', id: 'wamid.HBgP' },
                  },
                ],
                statuses: [{ id: 'wamid.HBgM', recipient_id: '16315551234', status: 'delivered', timestamp: '1' }],
              },
            },
          ],
        },
      ],
    };
    const encoded = await client.deepEncode(input);
    const text = JSON.stringify(encoded);
    expect(text).not.toContain('5215587214493');
    expect(text).not.toContain('16315551234');
    expect(text).not.toContain('15550783881');
    expect(await client.deepDecode(encoded)).toEqual(input);
  });

  it('leaves a `from` in records of other shapes, and values that are no international number', async () => {
    const client = mask();
    const input = {
      range: { from: '20240101', to: '20241231', id: 'r1', timestamp: '1', type: 'date' },
      // An id that is no WhatsApp message's: an epoch's milliseconds stay (review).
      window: { from: '1699990000000', id: 'evt_1', timestamp: '1', type: 'range' },
      mail: { from: '16315551234', subject: 'hi' },
      status: { id: 's1', recipient_id: 'user_42', status: 'read', timestamp: '1' },
    };
    expect(await client.deepEncode(input)).toEqual(input);
  });
});

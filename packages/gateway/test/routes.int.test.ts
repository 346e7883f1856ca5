import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MemoryVault, RemotePresidioScanner } from '@mask/core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Gateway } from '../src/index.js';
import { API_KEY, OTHER_KEY, startTestGateway } from './harness.js';

const EMAIL = 'maria.lopez@acme-health.com';
const TEXT = `Write to ${EMAIL}, Maria Lopez lives in Valencia.`;

let gateway: Gateway;
let call: Awaited<ReturnType<typeof startTestGateway>>['call'];
const logs: string[] = [];
let clock = Date.now();

beforeAll(async () => {
  const log = (message: string, fields?: unknown) => logs.push(`${message} ${JSON.stringify(fields)}`);
  ({ gateway, call } = await startTestGateway({
    logger: { info: log, warn: log, error: log },
    handleTtlSeconds: 60,
    now: () => clock,
  }));
});
afterAll(async () => {
  await gateway.close();
});

const scrub = (body: Record<string, unknown>, key?: string) =>
  call('/scrub', { body: { task_id: 'task-1', ...body }, ...(key ? { key } : {}) });

describe('POST /scrub', () => {
  test('tokenizes every item and returns a map handle with its expiry', async () => {
    const { status, body } = await scrub({
      items: [
        { id: 'a', text: TEXT },
        { id: 'b', text: 'nothing here' },
      ],
    });
    expect(status).toBe(200);
    expect(body.task_id).toBe('task-1');
    expect(body.map_handle).toMatch(/^mh_[A-Za-z0-9_-]{43}$/);
    const [a, b] = body.items;
    expect(a.id).toBe('a');
    expect(a.scrubbed_text).not.toContain(EMAIL);
    expect(a.scrubbed_text).not.toContain('Maria Lopez');
    expect(a.scrubbed_text).toContain('[PERSON_1]');
    expect(a.tokens_used).toContain('[PERSON_1]');
    expect(a.tokens_used).toHaveLength(3);
    expect(b).toEqual({ id: 'b', scrubbed_text: 'nothing here', tokens_used: [] });
    expect(body.stats).toMatchObject({ items: 2, entities: 3, by_type: { EMAIL_ADDRESS: 1, PERSON: 1, LOCATION: 1 } });
    expect(Date.parse(body.expires_at)).toBe(clock + 60_000);
  });

  test('reusing a handle keeps tokens stable; a new handle is a new map', async () => {
    const first = await scrub({ items: [{ id: 'a', text: TEXT }] });
    const again = await scrub({
      map_handle: first.body.map_handle,
      items: [{ id: 'x', text: `cc ${EMAIL} and Maria Lopez` }],
    });
    expect(again.status).toBe(200);
    expect(again.body.map_handle).toBe(first.body.map_handle);
    expect(again.body.stats.new_map).toBe(false);
    for (const token of again.body.items[0].tokens_used) expect(first.body.items[0].tokens_used).toContain(token);
    const other = await scrub({ items: [{ id: 'a', text: TEXT }] });
    expect(other.body.map_handle).not.toBe(first.body.map_handle);
  });

  test('known_entities are caught for this call only and never logged', async () => {
    const secret = 'Project Nightingale';
    const withKnown = await scrub({
      items: [{ id: 'a', text: `Status of ${secret}?` }],
      known_entities: [{ type: 'CODENAME', value: secret }],
    });
    expect(withKnown.status).toBe(200);
    expect(withKnown.body.items[0].scrubbed_text).toBe('Status of [CODENAME_1]?');
    const without = await scrub({
      map_handle: withKnown.body.map_handle,
      items: [{ id: 'a', text: `Status of ${secret}?` }],
    });
    expect(without.body.items[0].scrubbed_text).toBe(`Status of ${secret}?`);
    expect(logs.join('\n')).not.toContain('Nightingale');
  });

  test('ner "rules_only" leaves names alone; tier1_action "reject" answers 422 with kinds and ids only', async () => {
    const rules = await scrub({ ner: 'rules_only', items: [{ id: 'a', text: TEXT }] });
    expect(rules.status).toBe(200);
    expect(rules.body.items[0].scrubbed_text).toContain('Maria Lopez');
    expect(rules.body.items[0].scrubbed_text).not.toContain(EMAIL);

    const rejected = await scrub({
      tier1_action: 'reject',
      items: [
        { id: 'clean', text: `only ${EMAIL}` },
        { id: 'named', text: TEXT },
      ],
    });
    expect(rejected.status).toBe(422);
    expect(rejected.body.error.code).toBe('TIER1_REJECTED');
    expect(rejected.body.error.items).toEqual([{ id: 'named', kinds: ['LOCATION', 'PERSON'] }]);
    const raw = JSON.stringify(rejected.body);
    expect(raw).not.toContain('Maria');
    expect(raw).not.toContain('Valencia');
    expect(raw).not.toContain(EMAIL);

    const passes = await scrub({ tier1_action: 'reject', items: [{ id: 'clean', text: `only ${EMAIL}` }] });
    expect(passes.status).toBe(200);
  });

  test('schema violations answer 400 naming the field, never the value', async () => {
    const cases: [unknown, string][] = [
      [{ task_id: 't', items: [] }, 'items'],
      [{ task_id: 't', items: [{ id: 'a' }] }, 'items[0].text'],
      [{ task_id: 't', items: [{ id: 'a', text: 42 }] }, 'items[0].text'],
      [{ items: [{ id: 'a', text: 'x' }] }, 'task_id'],
      [{ task_id: 't', items: [{ id: 'a', text: 'x' }], ner: 'spacy' }, 'ner'],
      [{ task_id: 't', items: [{ id: 'a', text: 'x' }], tier1_action: 'redact' }, 'tier1_action'],
      [{ task_id: 't', items: [{ id: 'a', text: 'x' }], map_handle: 'guess' }, 'map_handle'],
      [
        { task_id: 't', items: [{ id: 'a', text: 'x' }], known_entities: [{ type: 'x', value: 'Bob' }] },
        'known_entities[0].type',
      ],
      [{ task_id: 't', items: [{ id: 'a', text: 'x' }], strict: true }, 'strict'],
      [[1, 2], '(body)'],
    ];
    for (const [body, path] of cases) {
      const answer = await call('/scrub', { body });
      expect(answer.status, path).toBe(400);
      expect(answer.body.error.code).toBe('INVALID_REQUEST');
      expect(answer.body.error.issues.map((issue: { path: string }) => issue.path)).toContain(path);
    }
    const secret = await call('/scrub', { body: { task_id: 't', items: [{ id: 'a', text: 'x' }], 'sue@x.io': 1 } });
    expect(secret.status).toBe(400);
    expect(JSON.stringify(secret.body)).not.toContain('sue@x.io');
    const badJson = await call('/scrub', { raw: '{"task_id": "t", "items": [{"text": "Maria' });
    expect(badJson.status).toBe(400);
    expect(badJson.body.error.code).toBe('INVALID_JSON');
    expect(JSON.stringify(badJson.body)).not.toContain('Maria');
  });

  test('ner "required" answers 422 on a gateway without NER engines', async () => {
    const rulesOnly = await startTestGateway({ nerEngines: [] });
    try {
      const answer = await rulesOnly.call('/scrub', {
        body: { task_id: 't', ner: 'required', items: [{ id: 'a', text: TEXT }] },
      });
      expect(answer.status).toBe(422);
      expect(answer.body.error.code).toBe('NER_UNAVAILABLE');
      const auto = await rulesOnly.call('/scrub', { body: { task_id: 't', items: [{ id: 'a', text: TEXT }] } });
      expect(auto.status).toBe(200);
    } finally {
      await rulesOnly.gateway.close();
    }
  });
});

describe('POST /rehydrate', () => {
  test('puts the values back', async () => {
    const scrubbed = await scrub({ items: [{ id: 'a', text: TEXT }] });
    const answer = await call('/rehydrate', {
      body: {
        task_id: 'task-1',
        map_handle: scrubbed.body.map_handle,
        items: [{ id: 'reply', text: `Done: ${scrubbed.body.items[0].scrubbed_text}` }],
      },
    });
    expect(answer.status).toBe(200);
    expect(answer.body.items).toEqual([{ id: 'reply', text: `Done: ${TEXT}`, tokens_restored: 3 }]);
    expect(answer.body.repairs).toEqual([]);
  });

  test('rehydrates many items with one read of the map, whatever their number', async () => {
    const store = new MemoryVault();
    let reads = 0;
    const getMany = store.getMany.bind(store);
    store.getMany = (keys) => {
      reads++;
      return getMany(keys);
    };
    const own = await startTestGateway({ vault: store });
    try {
      const items = Array.from({ length: 20 }, (_, index) => ({ id: `i${index}`, text: `Ask ${index}@acme.example.` }));
      const scrubbed = await own.call('/scrub', { body: { task_id: 't', items } });
      reads = 0;
      const answer = await own.call('/rehydrate', {
        body: {
          task_id: 't',
          map_handle: scrubbed.body.map_handle,
          items: scrubbed.body.items.map((item: { id: string; scrubbed_text: string }) => ({
            id: item.id,
            text: item.scrubbed_text,
          })),
        },
      });
      expect(answer.status).toBe(200);
      expect(answer.body.items.map((item: { text: string }) => item.text)).toEqual(items.map((item) => item.text));
      // The handle's record, then every item's tokens in one batch.
      expect(reads).toBe(2);
    } finally {
      await own.gateway.close();
    }
  });

  test('strict: unknown tokens answer 409 with the tokens; strict false leaves them as text', async () => {
    const scrubbed = await scrub({ items: [{ id: 'a', text: TEXT }] });
    const body = {
      task_id: 'task-1',
      map_handle: scrubbed.body.map_handle,
      items: [
        { id: 'ok', text: 'Hi [PERSON_1]' },
        { id: 'bad', text: 'Hi [PERSON_1] and [PERSON_7] from [ORGANIZATION_2]' },
      ],
    };
    const strict = await call('/rehydrate', { body });
    expect(strict.status).toBe(409);
    expect(strict.body.error.code).toBe('TOKEN_UNKNOWN');
    expect(strict.body.error.tokens.sort()).toEqual(['[ORGANIZATION_2]', '[PERSON_7]']);
    expect(strict.body.error.items).toEqual(['bad']);
    expect(JSON.stringify(strict.body)).not.toContain('Maria');

    const lenient = await call('/rehydrate', { body: { ...body, strict: false } });
    expect(lenient.status).toBe(200);
    expect(lenient.body.items[1].text).toBe('Hi Maria Lopez and [PERSON_7] from [ORGANIZATION_2]');
    expect(lenient.body.items[1].unknown_tokens.sort()).toEqual(['[ORGANIZATION_2]', '[PERSON_7]']);
  });

  test('tokens of another map do not decode in this one', async () => {
    const one = await scrub({ items: [{ id: 'a', text: 'Ask Maria Lopez' }] });
    const two = await scrub({ items: [{ id: 'a', text: 'Ask John Smith' }] });
    const answer = await call('/rehydrate', {
      body: {
        task_id: 't',
        map_handle: two.body.map_handle,
        items: [{ id: 'a', text: one.body.items[0].scrubbed_text }],
      },
    });
    expect(answer.body.items[0].text).toBe('Ask John Smith');
    expect(answer.body.items[0].text).not.toContain('Maria');
  });

  test('drift repair is off by default, and reports every repair when on', async () => {
    const scrubbed = await scrub({ items: [{ id: 'a', text: TEXT }] });
    const drifted = 'Dear PERSON 1, \\[PERSON\\_1\\] and [person_1] in [LOCATION 1]; Room 1 and [PERSON 2] stay.';
    const base = { task_id: 't', map_handle: scrubbed.body.map_handle, items: [{ id: 'a', text: drifted }] };
    const off = await call('/rehydrate', { body: { ...base, strict: false } });
    expect(off.body.items[0].text).toBe(drifted);
    expect(off.body.repairs).toEqual([]);

    const on = await call('/rehydrate', { body: { ...base, strict: false, repair: true } });
    expect(on.status).toBe(200);
    expect(on.body.items[0].text).toBe(
      'Dear Maria Lopez, Maria Lopez and Maria Lopez in Valencia; Room 1 and [PERSON 2] stay.',
    );
    expect(on.body.repairs).toEqual([
      { item_id: 'a', from: 'PERSON 1', to: '[PERSON_1]' },
      { item_id: 'a', from: '\\[PERSON\\_1\\]', to: '[PERSON_1]' },
      { item_id: 'a', from: '[person_1]', to: '[PERSON_1]' },
      { item_id: 'a', from: '[LOCATION 1]', to: '[LOCATION_1]' },
    ]);
    expect(on.body.stats.repairs).toBe(4);
  });

  test("an unknown, expired or other key's handle answers 410", async () => {
    const scrubbed = await scrub({ items: [{ id: 'a', text: TEXT }] });
    const handle = scrubbed.body.map_handle as string;
    const rehydrate = (map_handle: string, key = API_KEY) =>
      call('/rehydrate', { body: { task_id: 't', map_handle, items: [{ id: 'a', text: '[PERSON_1]' }] }, key });

    const unknown = await rehydrate(`mh_${'A'.repeat(43)}`);
    expect(unknown.status).toBe(410);
    expect(unknown.body.error.code).toBe('MAP_HANDLE_GONE');
    const otherKey = await rehydrate(handle, OTHER_KEY);
    expect(otherKey.status).toBe(410);
    const reuseByOther = await scrub({ map_handle: handle, items: [{ id: 'a', text: 'x' }] }, OTHER_KEY);
    expect(reuseByOther.status).toBe(410);
    expect((await rehydrate(handle)).status).toBe(200);

    clock += 61_000;
    try {
      const expired = await rehydrate(handle);
      expect(expired.status).toBe(410);
      const reuse = await scrub({ map_handle: handle, items: [{ id: 'a', text: 'x' }] });
      expect(reuse.status).toBe(410);
    } finally {
      clock -= 61_000;
    }
  });
});

describe('POST /api/scrub', () => {
  test('returns the scrubbed text and the placeholder -> value map', async () => {
    const answer = await call('/api/scrub', { body: { text: TEXT } });
    expect(answer.status).toBe(200);
    expect(answer.body.entity_count).toBe(3);
    expect(answer.body.pii_types_found).toEqual(['EMAIL_ADDRESS', 'LOCATION', 'PERSON']);
    expect(answer.body.entities['[PERSON_1]']).toBe('Maria Lopez');
    expect(Object.values(answer.body.entities)).toContain(EMAIL);
    let rebuilt = answer.body.scrubbed as string;
    for (const [token, value] of Object.entries(answer.body.entities))
      rebuilt = rebuilt.replace(token, value as string);
    expect(rebuilt).toBe(TEXT);
    expect((await call('/api/scrub', { body: { text: 1 } })).status).toBe(400);
  });
});

describe('fail closed', () => {
  test('a required NER backend that is down answers 422 and nothing passes through', async () => {
    // A real HTTP server that answers every analyzer call with 503.
    const presidio = createServer((_request, response) => {
      response.writeHead(503).end();
    });
    await new Promise<void>((resolve) => presidio.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(presidio.address() as AddressInfo).port}`;
    const down = await startTestGateway({ nerEngines: [new RemotePresidioScanner({ url, timeoutMs: 2000 })] });
    try {
      const answer = await down.call('/scrub', { body: { task_id: 't', items: [{ id: 'a', text: TEXT }] } });
      expect(answer.status).toBe(422);
      expect(answer.body.error.code).toBe('NER_UNAVAILABLE');
      expect(JSON.stringify(answer.body)).not.toContain('Maria');
      const rules = await down.call('/scrub', {
        body: { task_id: 't', ner: 'rules_only', items: [{ id: 'a', text: TEXT }] },
      });
      expect(rules.status).toBe(200);
      const metrics = await down.call('/metrics');
      expect(metrics.body).toContain('mask_gateway_fail_closed_total{reason="NER_UNAVAILABLE"} 1');
    } finally {
      await down.gateway.close();
      await new Promise((resolve) => presidio.close(resolve));
    }
  });
});

test('logs and metrics never hold values, texts or handles', async () => {
  const scrubbed = await scrub({ items: [{ id: 'a', text: TEXT }] });
  const metrics = await call('/metrics');
  expect(metrics.status).toBe(200);
  expect(metrics.headers.get('content-type')).toContain('text/plain');
  expect(metrics.body).toMatch(/mask_gateway_requests_total\{route="\/scrub",status="200"\} \d+/);
  expect(metrics.body).toMatch(/mask_gateway_entities_total\{type="PERSON"\} \d+/);
  expect(metrics.body).toContain('mask_gateway_request_duration_seconds_bucket{route="/scrub",le="+Inf"}');
  const everything = `${logs.join('\n')}\n${metrics.body}`;
  for (const secret of ['Maria', 'Valencia', EMAIL, scrubbed.body.map_handle, API_KEY, '[PERSON_1]']) {
    expect(everything).not.toContain(secret);
  }
  expect(logs.some((line) => line.includes('"route":"/scrub"') && line.includes('"status":200'))).toBe(true);
});

import { describe, expect, it } from 'vitest';
import { GatewayHttpError } from '../http/http-error.js';
import { type Schema, type SchemaIssue, validate } from './schema.js';
import { routeSchemas } from './schemas.js';

const schemas = routeSchemas({ maxItems: 3, maxTextChars: 50 });
const HANDLE = `mh_${'A'.repeat(43)}`;

/** Values of every JSON kind, including the edges of each limit above. */
const SAMPLES: unknown[] = [
  undefined,
  null,
  true,
  0,
  -1.5,
  '',
  'x',
  'x'.repeat(50),
  'x'.repeat(51),
  'x'.repeat(257),
  'drop',
  'reject',
  'auto',
  'rules_only',
  'required',
  'PERSON',
  'person',
  HANDLE,
  `${HANDLE}x`,
  [],
  [{ id: 'a', text: 'b' }],
  [
    { id: 'a', text: 'b' },
    { id: 'c', text: 'd' },
    { id: 'e', text: 'f' },
    { id: 'g', text: 'h' },
  ],
  [{ id: '', text: 'b' }],
  [{ id: 'a', text: 'x'.repeat(51) }],
  [{ id: 'a' }],
  [{ id: 'a', text: 'b', extra: 1 }],
  [{ type: 'PERSON', value: 'v' }],
  [{ type: 'person', value: 'v' }],
  [{ type: 'PERSON', value: '' }],
  [null],
  {},
  { id: 'a', text: 'b' },
];

const VALID = {
  scrub: {
    task_id: 't',
    items: [{ id: 'a', text: 'b' }],
    known_entities: [{ type: 'PERSON', value: 'v' }],
    tier1_action: 'drop',
    ner: 'auto',
    map_handle: HANDLE,
  },
  rehydrate: { task_id: 't', map_handle: HANDLE, items: [{ id: 'a', text: 'b' }], strict: true, repair: false },
  apiScrub: { text: 'b', known_entities: [{ type: 'PERSON', value: 'v' }] },
} as const;

/** Every valid body with one field replaced by each sample (`undefined` removes it), plus unknown fields. */
function* variants(valid: Record<string, unknown>): Generator<unknown> {
  yield valid;
  for (const field of Object.keys(valid)) {
    for (const sample of SAMPLES) yield { ...valid, [field]: sample };
    for (const other of Object.keys(valid)) {
      if (other !== field)
        yield { ...valid, [field]: undefined, [other]: SAMPLES[(field.length * 7) % SAMPLES.length] };
    }
  }
  yield { ...valid, unknown_field: 1 };
  yield { ...valid, toString: 'x' };
  yield { ...valid, ['__proto__']: {} };
  yield JSON.parse(`${JSON.stringify(valid).slice(0, -1)},"__proto__":{"x":1}}`);
  yield* SAMPLES;
}

function explained(schema: Schema, value: unknown): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  schema.explain(value, '', issues);
  return issues;
}

describe('compiled request validators', () => {
  for (const name of ['scrub', 'rehydrate', 'apiScrub'] as const) {
    it(`${name}: the fast check and the explanation agree on every variant`, () => {
      let valid = 0;
      let invalid = 0;
      for (const value of variants(VALID[name])) {
        const issues = explained(schemas[name], value);
        expect(schemas[name].check(value), JSON.stringify(issues)).toBe(issues.length === 0);
        if (issues.length === 0) valid++;
        else invalid++;
      }
      // The variants cover both sides (a broken generator would make the agreement vacuous).
      expect(valid).toBeGreaterThan(5);
      expect(invalid).toBeGreaterThan(50);
    });
  }

  it('answers 400 with paths and expectations, never the offending value', () => {
    const secret = 'maria.lopez@example.com';
    let error: unknown;
    try {
      validate(schemas.scrub, { task_id: 't', items: [{ id: 'a', text: secret, note: secret }], ner: secret });
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(GatewayHttpError);
    const httpError = error as GatewayHttpError;
    expect(httpError.status).toBe(400);
    expect(httpError.details?.issues).toEqual([
      { path: 'items[0].note', message: 'is not a known field' },
      { path: 'ner', message: 'must be one of "auto", "rules_only", "required"' },
    ]);
    expect(JSON.stringify([httpError.message, httpError.details])).not.toContain(secret);
  });

  it('refuses unknown fields even when they are names on Object.prototype', () => {
    expect(schemas.apiScrub.check({ text: 'b', toString: 'x' })).toBe(false);
    expect(schemas.apiScrub.check({ text: 'b', constructor: 'x' })).toBe(false);
    expect(schemas.apiScrub.check({ text: 'b' })).toBe(true);
  });
});

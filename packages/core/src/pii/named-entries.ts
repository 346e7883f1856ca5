// A record that names its own value: `{ name: "DB_PASSWORD", value: "…" }` (Kubernetes `env`, header lists), AWS tags
// (`{ Key: "last_name", Value: "…" }`), CloudFormation parameters (`ParameterKey` / `ParameterValue`), form answers
// (`{ field: "lastName", value }`, `{ label: "Last name", value }`, `{ question: "…", answer }`), LDAP-style
// attribute lists (`{ attribute: "sn", values: […] }`) and change logs (Jira's `{ field, fromString, toString }`,
// `{ field, oldValue, newValue }`). The value, alone just a string, is read under the field the record names, as it
// would be under that key (see named-fields.ts and the pattern scanner's keyed reading).

/**
 * Keys whose value names the record's value, in the order they are preferred when a record holds several (a form
 * field's `name` before its `label`), lower-cased, without `_`, `-` or spaces.
 */
const NAMING_KEYS = [
  'name',
  'key',
  'field',
  'fieldname',
  'attribute',
  'attributename',
  'property',
  'propertyname',
  'parameterkey',
  'parametername',
  'label',
  'question',
  'k',
];

/**
 * Keys that hold the value a record names (normalised as NAMING_KEYS). Not `text` or `data`: they are as often a
 * label or a payload (Jotform's `{ name, text: "Full Name", answer }`), and stay under the key above them.
 */
const VALUE_KEYS = new Set([
  'value',
  'values',
  'val',
  'v',
  'answer',
  'answers',
  'response',
  'parametervalue',
  'oldvalue',
  'newvalue',
  'previousvalue',
  'currentvalue',
  'fromstring',
  'tostring',
]);

function normalised(key: string): string {
  return key.toLowerCase().replace(/[\s_-]+/g, '');
}

/** Whether `key` names a record's value (`name`, `Key`, `field`, `ParameterKey`). */
export function isNamingKey(key: string): boolean {
  return NAMING_KEYS.includes(normalised(key));
}

/** Whether `key` holds the value a record names (`value`, `Value`, `answer`, `newValue`, `ParameterValue`). */
export function isNamedValueKey(key: string): boolean {
  return VALUE_KEYS.has(normalised(key));
}

/**
 * The key of a typed answer's value: Typeform's `{ field: { ref: "last_name" }, type: "text", text: "…" }` keeps the
 * value under the key its `type` names (`text`, `email`, `date`, `phone_number`). Undefined for other records.
 */
export function typedAnswerKey(record: Record<string, unknown>): string | undefined {
  const { type, field } = record;
  if (typeof type !== 'string' || type === 'field' || type === 'type' || !Object.hasOwn(record, type)) return undefined;
  return field !== null && typeof field === 'object' ? type : undefined;
}

/**
 * The field a record names its value by: the string under its first naming key (NAMING_KEYS' order), when the record
 * also holds a value key; for a typed answer (see typedAnswerKey), its field's `ref` or `title`. Undefined for every
 * other record (`{ name, email }` is a person, not a named value).
 */
export function namedEntryField(record: Record<string, unknown>): string | undefined {
  if (typedAnswerKey(record) !== undefined) {
    const { ref, title } = record.field as { ref?: unknown; title?: unknown };
    if (typeof ref === 'string' && ref.length > 0) return ref;
    if (typeof title === 'string' && title.length > 0) return title;
  }
  let best: string | undefined;
  let bestRank = NAMING_KEYS.length;
  let valued = false;
  for (const key of Object.keys(record)) {
    const normal = normalised(key);
    if (VALUE_KEYS.has(normal)) {
      valued = true;
      continue;
    }
    const rank = NAMING_KEYS.indexOf(normal);
    const named = record[key];
    if (rank !== -1 && rank < bestRank && typeof named === 'string' && named.trim().length > 0) {
      best = named;
      bestRank = rank;
    }
  }
  return valued ? best : undefined;
}

// A WhatsApp Cloud API webhook names who wrote or got each message by their number, with no `+` and under keys that
// name no phone: `messages: [{ from: "5215587214493", id, timestamp, type: "text", text }]` and `statuses: [{
// recipient_id: "16315551234", id, status, timestamp }]`. The `contacts: [{ wa_id }]` beside them was read as a phone;
// `from` and `recipient_id` reached the model. Such a record's party is read as a phone under WhatsApp's own key
// (`wa_id`: digits in international form that libphonenumber-js accepts), only in a record whose `id` is a WhatsApp
// message's (`wamid.…`; a reply's `context` has one too): a `from` elsewhere (a mail's, a date range's, an event's
// epoch) stays a generic key.

/** The field a message party's number is read under: WhatsApp's own key for a number (see field-context.ts). */
export const MESSAGE_PARTY_FIELD = 'wa_id';

/**
 * The key holding a message's party in a WhatsApp record, its value digits in international form and its `id` a
 * WhatsApp message's (`wamid.…`): `from` in a message or in the `context` of a reply (the quoted message's sender),
 * `recipient_id` in a status. Undefined for every other record.
 */
export function messagePartyKey(record: Record<string, unknown>): string | undefined {
  // WhatsApp's message ids (`wamid.HBgL…`): a range's or an event's `from` is no party.
  if (typeof record.id !== 'string' || !record.id.startsWith('wamid.')) return undefined;
  if (internationalDigits(record.from)) return 'from';
  if (typeof record.status === 'string' && internationalDigits(record.recipient_id)) return 'recipient_id';
  return undefined;
}

/** A number in international form without its `+`, as WhatsApp writes one: 10 to 15 digits, not a 0 first (no date). */
function internationalDigits(value: unknown): boolean {
  return typeof value === 'string' && /^[1-9]\d{9,14}$/.test(value);
}

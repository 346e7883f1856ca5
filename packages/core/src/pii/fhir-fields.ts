// FHIR's elements that say what their value is (https://hl7.org/fhir/datatypes.html), read as the field the value
// is under in deepEncode: its key alone (`value`, `valueDateTime`) says nothing. An Identifier's system or type says
// which identifier it is, a ContactPoint's system whether it is a phone number or an e-mail address, an Extension's
// url what it adds to the resource (`patient-birthTime`, `patient-mothersMaidenName`).

// FHIR's Identifier datatype (`{ system, value, type }`, https://hl7.org/fhir/datatypes.html#Identifier): systems
// and identifier type codes (HL7 v2 table 0203) that say which identifier the value is, as the field name it is
// read under. `urn:oid:2.16.840.1.113883.4.3.<state>` are the US states' driver's licences,
// `...4.330.<country>` passports, `...4.1` the SSN and `...4.927` the MBI.
const FHIR_SYSTEMS: readonly (readonly [RegExp, string])[] = [
  [/\/sid\/us-ssn$|^urn:oid:2\.16\.840\.1\.113883\.4\.1$/, 'ssn'],
  [/\/sid\/us-mbi$|^urn:oid:2\.16\.840\.1\.113883\.4\.927$/, 'mbi'],
  [/\/sid\/us-npi$|^urn:oid:2\.16\.840\.1\.113883\.4\.6$/, 'npi'],
  [/\/sid\/passport-[A-Z]{3}$|^urn:oid:2\.16\.840\.1\.113883\.4\.330\.\d+$/, 'passport number'],
  [/^urn:oid:2\.16\.840\.1\.113883\.4\.3\.\d+$/, 'driver license number'],
];
const FHIR_TYPE_CODES: Readonly<Record<string, string>> = {
  SS: 'ssn',
  MR: 'medical record number',
  DL: 'driver license number',
  PPN: 'passport number',
  MB: 'member id',
  SN: 'subscriber id',
  MC: 'medicare beneficiary identifier',
  NPI: 'npi',
};

/**
 * The field a FHIR Identifier's `value` is read under, when `record` is one (a string `value` beside a string
 * `system` or a `type`, under an `identifier` key): what its system or type code names, else a medical record
 * number. An identifier of a patient's record names the patient; an unknown system is most often a hospital's MRN,
 * and the value is masked whole either way (fail closed). Undefined for any other object.
 */
export function fhirIdentifierField(record: Record<string, unknown>, field: string | undefined): string | undefined {
  if (field === undefined || !/(?:^|[^a-z])identifiers?$/i.test(field) || typeof record.value !== 'string') {
    return undefined;
  }
  const system = typeof record.system === 'string' ? record.system : undefined;
  const type = record.type;
  if (system === undefined && (type === null || typeof type !== 'object')) return undefined;
  const bySystem = system === undefined ? undefined : FHIR_SYSTEMS.find(([pattern]) => pattern.test(system))?.[1];
  if (bySystem !== undefined) return bySystem;
  const codings = (type as { coding?: unknown } | undefined)?.coding;
  if (Array.isArray(codings)) {
    for (const coding of codings) {
      const code = (coding as { code?: unknown } | null)?.code;
      if (typeof code === 'string' && FHIR_TYPE_CODES[code] !== undefined) return FHIR_TYPE_CODES[code];
    }
  }
  return 'medical record number';
}

// ContactPoint systems (https://hl7.org/fhir/valueset-contact-point-system.html) and the field their value is read
// under: a phone's words for phone, fax, pager and SMS numbers. `url` and `other` name nothing a field would.
const CONTACT_POINT_SYSTEMS: Readonly<Record<string, string>> = {
  phone: 'phone',
  fax: 'fax',
  pager: 'phone',
  sms: 'phone',
  email: 'email',
};

// A ContactPoint's keys (https://hl7.org/fhir/datatypes.html#ContactPoint); a record with any other is something else.
const CONTACT_POINT_KEYS = new Set(['id', 'extension', 'system', 'value', 'use', 'rank', 'period']);

/**
 * The field a FHIR ContactPoint's `value` is read under (`{ system: "phone", value: "(03) 5555 6473", use: "work" }`
 * in a Patient's `telecom`): `phone`, `fax` or `email` by its system. Without it a national number under `value`
 * had no word to be read by and reached the model. Undefined for any other record.
 */
export function fhirContactPointField(record: Record<string, unknown>): string | undefined {
  const { system, value } = record;
  if (typeof system !== 'string' || typeof value !== 'string' || !Object.hasOwn(CONTACT_POINT_SYSTEMS, system)) {
    return undefined;
  }
  for (const key of Object.keys(record)) if (!CONTACT_POINT_KEYS.has(key)) return undefined;
  return CONTACT_POINT_SYSTEMS[system];
}

/** An Extension's value key: `value` and its type (`valueString`, `valueDateTime`, `valueHumanName`). */
const EXTENSION_VALUE_KEY = /^value[A-Z][A-Za-z]*$/;

/**
 * The field a FHIR Extension's value is read under (`{ url: "…/patient-birthTime", valueDateTime: "…" }`,
 * `{ url: "…/patient-mothersMaidenName", valueString: "…" }`): the last part of its url, whose words name what the
 * extension adds (`patient birth time`, `patient mothers maiden name`), as a key would. Undefined for any other
 * record: one with no url, or with no `value[x]` key.
 */
export function fhirExtensionField(record: Record<string, unknown>): string | undefined {
  const { url } = record;
  if (typeof url !== 'string' || !Object.keys(record).some(isFhirExtensionValueKey)) return undefined;
  const name = url.slice(url.lastIndexOf('/') + 1);
  return name.length > 0 && name.length <= 128 ? name : undefined;
}

/** Whether `key` holds an Extension's value (see fhirExtensionField). */
export function isFhirExtensionValueKey(key: string): boolean {
  return EXTENSION_VALUE_KEY.test(key);
}

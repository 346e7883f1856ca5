// DICOM's JSON model (PS3.18 F.2), as DICOMweb servers (Orthanc, Google Cloud Healthcare, dcm4chee) return a study's
// metadata: a data set keyed by tags (`"00100010"`), each element an object of its value representation and its
// values (`{"vr": "PN", "Value": [{"Alphabetic": "Doe^Jane"}]}`). The tag says what the value is, not a word: a
// patient's name, id and birth date reached the model. An element is read under the field its tag names, as a key.

/** Fields named by the tags of the patient module and the people a study names (PS3.6 data dictionary). */
const TAG_FIELDS: Readonly<Record<string, string>> = {
  '00100010': 'patient name',
  '00100020': 'patient id',
  '00100030': 'patient birth date',
  '00101000': 'other patient id',
  '00101001': 'other patient name',
  '00101005': 'patient birth name',
  '00101040': 'patient address',
  '00101060': 'patient mother birth name',
  '00102154': 'patient telephone number',
};

const TAG = /^[0-9A-Fa-f]{8}$/;
/** A person name value's component groups (PS3.18 F.2.2). */
const NAME_GROUPS = new Set(['Alphabetic', 'Ideographic', 'Phonetic']);

/**
 * The field of a data set's element under `key`: what its tag names (TAG_FIELDS), else a person's name for any
 * element of value representation PN (a referring or performing physician's and an operator's names too, as
 * DICOM's de-identification profile removes them all). Undefined for any other key or value.
 */
export function dicomTagField(key: string, element: unknown): string | undefined {
  if (!TAG.test(key) || element === null || typeof element !== 'object') return undefined;
  const vr = (element as { vr?: unknown }).vr;
  if (typeof vr !== 'string') return undefined;
  return TAG_FIELDS[key] ?? (vr === 'PN' ? 'person name' : undefined);
}

/**
 * Whether `key` of `record` holds its element's values under the element's own field: `Value` of an element (an
 * object with a `vr`), and the component groups of a person name (`Alphabetic`).
 */
export function dicomValueKey(record: Record<string, unknown>, key: string): boolean {
  return (key === 'Value' && typeof record.vr === 'string') || NAME_GROUPS.has(key);
}

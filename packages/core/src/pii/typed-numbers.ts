// A record whose number says what it is in a sibling field: Mercado Pago's payer (`{ identification: { type: "DNI",
// number: "31478293" } }`), `{ document_type: "CUIT", document_number }`, `{ idType: "PASSPORT", idNumber }`,
// `{ tipo_documento: "CC", numero_documento }`, a KYC form's `{ id_type: "SSN", id_number }`, and a contact's
// `{ type: "mobile", number: "654321098" }`. The number alone is just digits, and the record's type word sits under
// `type`, which names no field: each reached the model. The number is read under a field its type names (see
// named-entries.ts for records that name their value by key): `DNI identity document`, `phone number`.
//
// The type must name an identity document or a phone exactly (`DNI`, `C.C.`, `Pasaporte`, `mobile`), after
// lower-casing and without accents and punctuation: `order`, `invoice`, `home` (a phone's or an address's) and
// `ssn_last_4` are not read. Not here on purpose: a company's registration (`CNPJ`, `NIT`, `RUC`), which a payer
// record holds as often as a person's document, and a card's `PAN`.
//
// UK Open Banking (OBIE) writes every account as `{ SchemeName: "UK.OBIE.SortCodeAccountNumber", Identification:
// "80200110203345" }`: the scheme says the identification is a sort code and account number (read as a `bank account
// number`), an IBAN or a BBAN. Its other schemes (`UK.OBIE.PAN`, a card the card recognizer reads; `UK.OBIE.Paym`, a
// phone) are left to the value's own shape.

/** Keys naming the kind of the record's number, lower-cased, without `_`, `-` or spaces. */
const TYPE_KEYS = new Set([
  'type',
  'documenttype',
  'doctype',
  'idtype',
  'identificationtype',
  'identitytype',
  'tipo',
  'tipodocumento',
  'tipodedocumento',
  'tipodoc',
  'tipoidentificacion',
  'tipodeidentificacion',
  // UK Open Banking's account (`SchemeName`).
  'schemename',
]);

/** Keys holding the number a type key names (normalised as TYPE_KEYS). */
const NUMBER_KEYS = new Set([
  'number',
  'documentnumber',
  'docnumber',
  'idnumber',
  'identificationnumber',
  'numero',
  'numerodocumento',
  'numerodedocumento',
  'nrodocumento',
  // Duffel's identity documents (`{ type: "passport", unique_identifier }`).
  'uniqueidentifier',
  'value',
  // UK Open Banking's account (`Identification`).
  'identification',
]);

/**
 * Identity documents by the words a type field gives them (lower-cased, without accents, punctuation as spaces):
 * abbreviations (`C.C.` as `c c`) and names, English and Spanish.
 */
const IDENTITY_DOCUMENTS = new Set([
  // Latin America: DNI, Argentina's CUIT / CUIL and older libretas, Brazil's CPF, RG and CNH, Colombia's cédulas
  // and tarjeta de identidad, Chile's RUT / RUN, Mexico's CURP and voter card, the cédula de identidad.
  'dni',
  'd n i',
  'cuit',
  'cuil',
  'lc',
  'le',
  'cpf',
  'rg',
  'cnh',
  'cc',
  'c c',
  'ce',
  'c e',
  'ci',
  'c i',
  'ti',
  'rut',
  'run',
  'curp',
  'ine',
  'ife',
  'cedula',
  'cedula de ciudadania',
  'cedula de identidad',
  'cedula de extranjeria',
  'tarjeta de identidad',
  'documento nacional de identidad',
  'documento de identidad',
  // Spain and Europe.
  'dnie',
  'nie',
  'nif',
  'nino',
  'national insurance number',
  // Passports and the rest of the world's ids.
  'passport',
  'pasaporte',
  'ssn',
  'social security number',
  'itin',
  'sin',
  'national id',
  'national identity card',
  'national id card',
  'id card',
  'identity card',
  'nric',
  'hkid',
  'aadhaar',
  'driver license',
  'drivers license',
  'driving licence',
  'driving license',
  'licencia de conducir',
  'residence permit',
  'permiso de residencia',
  'green card',
]);

/**
 * Abbreviations that are words or other things' names too (a CI `run`, a trigonometric `Sin`, an e-mail's `cc`):
 * under a bare `type` key they name a document only in capitals, as ids write them (`RUN`, `CC`, `SIN`).
 */
const AMBIGUOUS_DOCUMENTS = new Set(['le', 'lc', 'rg', 'cc', 'ce', 'ci', 'ti', 'run', 'sin', 'ine']);

/** Whether a type is written in capitals, or sits under a key that names a document's type (`tipo_documento`). */
function inCapitals(type: string, key: string): boolean {
  return key !== 'type' || (type === type.toUpperCase() && /[A-Z]/.test(type));
}

/** Phones by the words a type field gives them: the number is then read as a phone number. */
const PHONES = new Set([
  'phone',
  'mobile',
  'mobile phone',
  'cell',
  'cellphone',
  'cell phone',
  'telephone',
  'landline',
  'fax',
  'whatsapp',
  'movil',
  'celular',
  'telefono',
]);

/**
 * Account schemes by their name's last part, lower-cased, without punctuation (`UK.OBIE.SortCodeAccountNumber` as
 * `sortcodeaccountnumber`), with the field their identification is read under.
 */
const ACCOUNT_SCHEMES: readonly (readonly [string, string])[] = [
  ['sortcodeaccountnumber', 'bank account number'],
  ['accountnumber', 'bank account number'],
  ['bban', 'bank account number'],
  ['iban', 'iban'],
];

/** The field an account scheme's identification is read under (`UK.OBIE.IBAN`: `iban`); undefined for others. */
function accountSchemeField(type: string): string | undefined {
  const squashed = type.toLowerCase().replace(/[^a-z]+/g, '');
  return ACCOUNT_SCHEMES.find(([scheme]) => squashed.endsWith(scheme))?.[1];
}

function normalisedKey(key: string): string {
  return key.toLowerCase().replace(/[\s_-]+/g, '');
}

/** A type's words: `C.C.` as `c c`, `Cédula de Identidad` as `cedula de identidad`, `driver_license` likewise. */
function kindWords(type: string): string {
  return type
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * The field a record's number is read under, when a type key names an identity document (`"DNI identity
 * document"`: the type as written, for the label reading that finds its own type, then the words that make the
 * whole value an ID_DOCUMENT_NUMBER when nothing does; see identity-fields.ts), a phone (`"phone number"`) or,
 * under `SchemeName`, an account scheme (`"bank account number"`, `"iban"`). Undefined for every other record, and
 * for one without a number key.
 */
export function typedNumberField(record: Record<string, unknown>): string | undefined {
  let kind: string | undefined;
  let numbered = false;
  for (const key of Object.keys(record)) {
    const normal = normalisedKey(key);
    if (NUMBER_KEYS.has(normal)) numbered = true;
    const type = record[key];
    if (kind === undefined && TYPE_KEYS.has(normal) && typeof type === 'string' && type.length <= 40) {
      const words = kindWords(type);
      if (IDENTITY_DOCUMENTS.has(words) && (!AMBIGUOUS_DOCUMENTS.has(words) || inCapitals(type, normal)))
        kind = `${type.trim()} identity document`;
      else if (PHONES.has(words)) kind = 'phone number';
      else if (normal === 'schemename') kind = accountSchemeField(type);
    }
  }
  return numbered ? kind : undefined;
}

/**
 * Whether `key` holds the number of a typed record (`number`, `document_number`, `idNumber`, `numero`, `value`,
 * Open Banking's `Identification`).
 */
export function isTypedNumberKey(key: string): boolean {
  return NUMBER_KEYS.has(normalisedKey(key));
}

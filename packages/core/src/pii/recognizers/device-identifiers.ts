import type { Recognizer } from '../recognizer.js';
import { standsAlone } from '../validators/boundaries.js';
import { allSame, luhn } from '../validators/checksums.js';

// Device identifiers (HIPAA Safe Harbor identifier 13, "device identifiers and serial numbers"; GDPR online
// identifiers): a phone's IMEI or MEID, and the advertising and vendor ids that follow one user across apps. Each
// is a shape shared with harmless numbers (any 15 digits, any UUID), so the identifier's own word must be near.

const alone = (_value: string, match: { text: string; start: number; end: number }): boolean =>
  standsAlone(match.text, match.start, match.end);

/**
 * An IMEI (3GPP TS 23.003): 14 digits and a Luhn check digit, bare or grouped as printed under `*#06#` and on the
 * box (`49-015420-323751-8`, `49 015420 323751 8`).
 */
function imeiValid(value: string, match: { text: string; start: number; end: number }): boolean {
  const digits = value.replace(/[ -]/g, '');
  return digits.length === 15 && luhn(digits) && !allSame(digits) && alone(value, match);
}

/** DEVICE_ID: an IMEI (Luhn) or an MEID (14 hexadecimal digits) near its own word. */
export const imeiRecognizer: Recognizer = {
  name: 'imei',
  entity: 'DEVICE_ID',
  category: 'NETWORK',
  patterns: [
    { regex: /\b\d{2}([- ])\d{6}\1\d{6}\1\d\b/g, score: 0.3 },
    // MEID: the hexadecimal form, its first two digits (the regional code) A0 to FF.
    { regex: /\b[A-F][0-9A-F]{13}\b/g, score: 0.3 },
  ],
  digitRuns: [{ min: 15, max: 15, score: 0.3 }],
  validate: (value, match) => (value.length === 14 ? alone(value, match) && !allSame(value) : imeiValid(value, match)),
  context: {
    en: ['imei', 'meid', 'device imei', 'imei number'],
    es: ['imei', 'meid', 'número imei', 'código imei'],
  },
  caseInsensitiveTriggers: ['imei', 'meid'],
  description:
    'an IMEI (15 digits with a Luhn check digit, bare or grouped 2-6-6-1) or an MEID (14 hex digits, A0-FF) near its word',
};

/**
 * A SIM card's ICCID (ITU-T E.118): `89` (telecommunications), 17-18 more digits ending in a Luhn check digit; some
 * issuers print a twentieth digit after the check digit, so a run of 20 may check on its first 19.
 */
function iccidValid(value: string, match: { text: string; start: number; end: number }): boolean {
  return (
    value.startsWith('89') &&
    (luhn(value) || (value.length === 20 && luhn(value.slice(0, 19)))) &&
    !allSame(value.slice(2)) &&
    alone(value, match)
  );
}

/** DEVICE_ID: a SIM card's ICCID near its own word (a run of 19-20 digits is as often an order or a trace id). */
export const iccidRecognizer: Recognizer = {
  name: 'iccid',
  entity: 'DEVICE_ID',
  category: 'NETWORK',
  patterns: [],
  digitRuns: [{ min: 19, max: 20, score: 0.3 }],
  validate: iccidValid,
  context: {
    en: ['iccid', 'sim', 'sim card', 'sim number', 'sim serial'],
    es: ['iccid', 'sim', 'tarjeta sim', 'número de sim', 'número sim'],
  },
  caseInsensitiveTriggers: ['iccid', 'sim'],
  description: "a SIM card's ICCID (89 and 17-18 digits with a Luhn check digit) near its word",
};

/**
 * A SIM's subscriber identity (IMSI, ITU-T E.212): a mobile country code (200-799), a network code and the
 * subscriber's number, 14 or 15 digits, no check digit. A carrier's CDRs, SIM-swap tickets and roaming logs carry it
 * (`IMSI: 310260123456789`, `"imsi": "…"`); it names one subscriber as the ICCID names one card.
 */
function imsiValid(value: string, match: { text: string; start: number; end: number }): boolean {
  return value.charCodeAt(0) >= 50 && value.charCodeAt(0) <= 55 && !allSame(value.slice(3)) && alone(value, match);
}

/** DEVICE_ID: a SIM's IMSI near its own word (any 14-15 digits are as often an id). */
export const imsiRecognizer: Recognizer = {
  name: 'imsi',
  entity: 'DEVICE_ID',
  category: 'NETWORK',
  patterns: [],
  digitRuns: [{ min: 14, max: 15, score: 0.3 }],
  validate: imsiValid,
  context: {
    en: ['imsi', 'subscriber identity'],
    es: ['imsi'],
  },
  caseInsensitiveTriggers: ['imsi', 'subscriber identity'],
  description: "a SIM's IMSI (14-15 digits, a mobile country code 200-799 first) near its word",
};

/**
 * DEVICE_ID: an advertising id (Apple's IDFA, Google's GAID / AAID, both UUIDs), Apple's vendor id (IDFV) or an
 * Android id (16 hexadecimal digits) under its name. A UUID alone names an order or a row as often, so the name is
 * required.
 */
export const advertisingIdRecognizer: Recognizer = {
  name: 'advertising-id',
  entity: 'DEVICE_ID',
  category: 'NETWORK',
  patterns: [
    {
      regex: /\b[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\b/g,
      score: 0.3,
    },
    { regex: /\b[0-9a-f]{16}\b/g, score: 0.3 },
  ],
  validate: (value, match) => alone(value, match) && !allSame(value.replace(/-/g, '')),
  context: {
    en: [
      'idfa',
      'idfv',
      'gaid',
      'aaid',
      'adid',
      'advertising id',
      'advertising identifier',
      'ad id',
      'android id',
      'ssaid',
    ],
    es: ['idfa', 'idfv', 'gaid', 'identificador de publicidad', 'id de publicidad', 'id de android'],
  },
  caseInsensitiveTriggers: [
    'idfa',
    'idfv',
    'gaid',
    'aaid',
    'adid',
    'advertising',
    'android_id',
    'android id',
    'ssaid',
    'publicidad',
  ],
  description: 'an IDFA, IDFV, GAID / AAID (UUIDs) or an Android id (16 hex digits) under its name',
};

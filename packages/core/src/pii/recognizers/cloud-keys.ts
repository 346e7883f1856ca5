import type { Recognizer } from '../recognizer.js';
import { isAlnum } from '../validators/boundaries.js';

const notGlued = (_value: string, match: { text: string; start: number; end: number }): boolean => {
  const { text, start, end } = match;
  return !(start > 0 && isAlnum(text.charCodeAt(start - 1))) && !(end < text.length && isAlnum(text.charCodeAt(end)));
};

/** AWS_ACCESS_KEY: access key ids (AKIA long-term, ASIA temporary, and the other IAM unique-id prefixes). */
export const awsAccessKeyRecognizer: Recognizer = {
  name: 'aws-access-key',
  entity: 'AWS_ACCESS_KEY',
  category: 'SECRETS',
  patterns: [
    { regex: /\b(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AIPA|ANPA|ANVA|APKA|AROA|ASCA)[A-Z2-7]{16}\b/g, score: 0.95 },
  ],
  validate: notGlued,
  // No triggers: twelve prefix searches cost more than the regex pass, which starts with these literals.
  description: 'IAM unique-id prefix + 16 base32 characters',
};

/** AWS_SECRET_KEY: 40 base64 characters assigned to an AWS secret key name (the value is the span). */
export const awsSecretKeyRecognizer: Recognizer = {
  name: 'aws-secret-key',
  entity: 'AWS_SECRET_KEY',
  category: 'SECRETS',
  patterns: [
    {
      regex:
        /(?:aws_?secret_?(?:access_?)?key|secret_?access_?key|secretaccesskey)["']?\s{0,4}(?:=|:|=>)\s{0,4}["']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/gi,
      score: 0.95,
      group: 1,
    },
  ],
  validate: (value) => /[A-Z]/.test(value) && /[a-z]/.test(value) && /\d/.test(value),
  // Every keyword of the regex contains "secret".
  caseInsensitiveTriggers: ['secret'],
  description: '40 base64 characters after aws_secret_access_key / SecretAccessKey',
};

/** GOOGLE_API_KEY: `AIza` + 35 URL-safe base64 characters. */
export const googleApiKeyRecognizer: Recognizer = {
  name: 'google-api-key',
  entity: 'GOOGLE_API_KEY',
  category: 'SECRETS',
  patterns: [{ regex: /\bAIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])/g, score: 0.95 }],
  validate: notGlued,
  triggers: ['AIza'],
  description: 'AIza + 35 characters',
};

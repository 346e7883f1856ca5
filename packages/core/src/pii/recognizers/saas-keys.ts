import type { Recognizer } from '../recognizer.js';
import { prefixedKey } from '../validators/placeholder-key.js';
import { labelledValue } from './labelled-value.js';

/** SLACK_TOKEN: bot/user/app/refresh tokens (`xox[abposr]-`, `xapp-`) and incoming-webhook URLs. */
export const slackTokenRecognizer: Recognizer = {
  name: 'slack-token',
  entity: 'SLACK_TOKEN',
  category: 'SECRETS',
  patterns: [
    { regex: /\bxox[abposre]-(?:\d+-)?[A-Za-z0-9-]{10,250}\b/g, score: 0.95 },
    { regex: /\bxapp-\d-[A-Z0-9]+-\d+-[a-z0-9]{32,}\b/g, score: 0.95 },
    { regex: /https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9/_-]{20,200}/g, score: 0.95 },
  ],
  validate: prefixedKey,
  triggers: ['xox', 'xapp-', 'hooks.'],
  description: 'xox?- tokens, xapp- app tokens, hooks.slack.com webhooks',
};

/** STRIPE_KEY: secret and restricted keys (live and test) and webhook signing secrets; publishable keys are public. */
export const stripeKeyRecognizer: Recognizer = {
  name: 'stripe-key',
  entity: 'STRIPE_KEY',
  category: 'SECRETS',
  patterns: [
    { regex: /\b(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,247}\b/g, score: 0.95 },
    { regex: /\bwhsec_[A-Za-z0-9]{24,64}\b/g, score: 0.95 },
  ],
  validate: prefixedKey,
  triggers: ['_live_', '_test_', 'whsec_'],
  description: 'sk_/rk_ live|test keys, whsec_ signing secrets',
};

/** ANTHROPIC_API_KEY: `sk-ant-api03-…` / `sk-ant-admin01-…` keys. */
export const anthropicKeyRecognizer: Recognizer = {
  name: 'anthropic-key',
  entity: 'ANTHROPIC_API_KEY',
  category: 'SECRETS',
  patterns: [{ regex: /\bsk-ant-(?:api|admin|oat|ort)\d{2}-[A-Za-z0-9_-]{32,200}(?![A-Za-z0-9_-])/g, score: 0.97 }],
  validate: prefixedKey,
  triggers: ['k-ant-'],
  description: 'sk-ant-api03-/admin01- + base64url',
};

/** OPENAI_API_KEY: legacy `sk-…T3BlbkFJ…` keys and project/service/admin keys (`sk-proj-`, `sk-svcacct-`, `sk-admin-`). */
export const openaiKeyRecognizer: Recognizer = {
  name: 'openai-key',
  entity: 'OPENAI_API_KEY',
  category: 'SECRETS',
  patterns: [
    { regex: /\bsk-(?:proj|svcacct|admin|None)-[A-Za-z0-9_-]{20,200}(?![A-Za-z0-9_-])/g, score: 0.95 },
    { regex: /\bsk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}\b/g, score: 0.97 },
    { regex: /\bsk-[A-Za-z0-9]{40,60}\b/g, score: 0.6 },
  ],
  validate: prefixedKey,
  triggers: ['k-'],
  context: { en: ['openai', 'api key', 'api_key', 'apikey', 'bearer'], es: ['openai', 'clave', 'api'] },
  description: 'sk-proj-/sk-svcacct-/sk-admin- or legacy T3BlbkFJ marker',
};

/** SENDGRID_API_KEY, HUGGINGFACE_TOKEN: fixed-prefix SaaS tokens. */
export const sendgridKeyRecognizer: Recognizer = {
  name: 'sendgrid-key',
  entity: 'SENDGRID_API_KEY',
  category: 'SECRETS',
  patterns: [{ regex: /\bSG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g, score: 0.95 }],
  validate: prefixedKey,
  triggers: ['SG.'],
  description: 'SG.<22>.<43>',
};

export const huggingfaceTokenRecognizer: Recognizer = {
  name: 'huggingface-token',
  entity: 'HUGGINGFACE_TOKEN',
  category: 'SECRETS',
  patterns: [{ regex: /\bhf_[A-Za-z]{34}\b/g, score: 0.9 }],
  validate: prefixedKey,
  triggers: ['hf_'],
  description: 'hf_ + 34 letters',
};

/**
 * API_SECRET: a Twilio auth token (32 hex, no prefix of its own) in prose, right after `auth token` (`authtoken`,
 * `auth_token`) with a Twilio word near it (`Twilio auth token 9f8e…`). Its keys (`TWILIO_AUTH_TOKEN=…`) are the
 * key-name rules'; 32 hex alone is an MD5 or a request id, so the label and the word both count: the base score
 * needs the word's boost, and the recognizer runs only in a text holding `twilio`.
 */
export const twilioAuthTokenRecognizer: Recognizer = {
  name: 'twilio-auth-token',
  entity: 'API_SECRET',
  category: 'SECRETS',
  patterns: [{ regex: labelledValue('auth[ _]?token', '[0-9a-fA-F]{32}'), score: 0.3, group: 1 }],
  validate: (value) => value === value.toLowerCase() || value === value.toUpperCase(),
  context: { en: ['twilio'], es: ['twilio'] },
  caseInsensitiveTriggers: ['twilio'],
  description: 'a Twilio auth token (32 hex) right after auth token, near the word twilio',
};

import type { Recognizer } from '../recognizer.js';
import { unglued } from '../validators/placeholder-key.js';

/** GOOGLE_API_KEY: `AIza` + 35 URL-safe base64 characters. */
export const googleApiKeyRecognizer: Recognizer = {
  name: 'google-api-key',
  entity: 'GOOGLE_API_KEY',
  category: 'SECRETS',
  patterns: [{ regex: /\bAIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])/g, score: 0.95 }],
  validate: unglued,
  triggers: ['AIza'],
  description: 'AIza + 35 characters',
};

import type { Recognizer } from '../recognizer.js';
import { prefixedKey } from '../validators/placeholder-key.js';

/**
 * API_SECRET by a vendor's own token prefix, under any key name or none (prose, a CLI's output, a header): the
 * formats the vendors publish, each prefix and length fixed enough that nothing else takes that shape.
 *
 * No triggers: fifteen more native searches per scan cost the 10 MB log of bench/detect about 4 ms per MB; each
 * pattern runs only at the word runs that can open it (pattern-starts.ts).
 */
export const vendorTokenRecognizer: Recognizer = {
  name: 'vendor-token',
  entity: 'API_SECRET',
  category: 'SECRETS',
  patterns: [
    // HashiCorp Vault service, batch and recovery tokens (`vault token create`, `VAULT_TOKEN`).
    { regex: /\bhv[sbr]\.[A-Za-z0-9_-]{24,512}(?![A-Za-z0-9_-])/g, score: 0.95 },
    // Google OAuth 2.0 access tokens (`gcloud auth print-access-token`).
    { regex: /\bya29\.[A-Za-z0-9_-]{20,2048}(?![A-Za-z0-9_-])/g, score: 0.95 },
    // Google OAuth 2.0 client secrets (`client_secret.json`, the Cloud console's download).
    { regex: /\bGOCSPX-[A-Za-z0-9_-]{28}(?![A-Za-z0-9_-])/g, score: 0.95 },
    // Databricks personal access tokens: 32 lower-case hex digits, sometimes a `-N` suffix.
    { regex: /\bdapi[a-f0-9]{32}(?:-\d)?\b/g, score: 0.95 },
    // Shopify Admin API, custom app, private app and shared-secret tokens.
    { regex: /\bshp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}\b/g, score: 0.95 },
    // DigitalOcean personal, OAuth and refresh tokens.
    { regex: /\bdo[opr]_v1_[a-f0-9]{64}\b/g, score: 0.95 },
    // Grafana service account tokens.
    { regex: /\bglsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}\b/g, score: 0.95 },
    // Sentry organization tokens (base64 JSON after the prefix) and user tokens.
    { regex: /\bsntrys_eyJ[A-Za-z0-9+/=_-]{40,1024}/g, score: 0.95 },
    { regex: /\bsntryu_[a-f0-9]{64}\b/g, score: 0.95 },
    // Postman API keys.
    { regex: /\bPMAK-[a-f0-9]{24}-[a-f0-9]{34}\b/g, score: 0.95 },
    // Linear API keys.
    { regex: /\blin_api_[A-Za-z0-9]{40}\b/g, score: 0.95 },
    // Docker Hub personal access tokens.
    { regex: /\bdckr_pat_[A-Za-z0-9_-]{27}(?![A-Za-z0-9_-])/g, score: 0.95 },
    // age secret keys (Bech32, upper case).
    { regex: /\bAGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}\b/g, score: 0.95 },
    // Tailscale auth, API and OAuth client keys.
    { regex: /\btskey-(?:auth|api|client|scim|webhook)-[A-Za-z0-9]{6,64}-[A-Za-z0-9]{16,128}\b/g, score: 0.95 },
    // PyPI upload tokens (a macaroon whose base64 opens with its location, pypi.org).
    { regex: /\bpypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,1024}(?![A-Za-z0-9_-])/g, score: 0.95 },
    // OpenRouter, xAI and Groq API keys.
    { regex: /\bsk-or-v1-[a-f0-9]{64}\b/g, score: 0.95 },
    { regex: /\bxai-[A-Za-z0-9]{80}\b/g, score: 0.95 },
    { regex: /\bgsk_[A-Za-z0-9]{52}\b/g, score: 0.95 },
    // Mailchimp API keys: 32 hex digits, then the data centre (`-us6`).
    { regex: /\b[0-9a-f]{32}-us\d{1,2}\b/g, score: 0.95 },
    // Telegram bot tokens: the bot's id, then `:AA` and the secret (`110201543:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw`).
    { regex: /\b\d{5,16}:AA[A-Za-z0-9_-]{32,33}(?![A-Za-z0-9_-])/g, score: 0.95 },
  ],
  validate: prefixedKey,
  description:
    'vendor token prefixes: hvs./hvb./hvr. (Vault), ya29. (Google OAuth), GOCSPX- (Google OAuth client secret), dapi (Databricks), shpat_ (Shopify), dop_v1_ (DigitalOcean), glsa_ (Grafana), sntrys_/sntryu_ (Sentry), PMAK- (Postman), lin_api_ (Linear), dckr_pat_ (Docker), AGE-SECRET-KEY-1, tskey- (Tailscale), pypi-, sk-or-v1- (OpenRouter), xai-, gsk_ (Groq); Mailchimp keys (32 hex digits, -usN) and Telegram bot tokens (id:AA…)',
};

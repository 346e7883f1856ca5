import type { Recognizer } from '../recognizer.js';
import { prefixedKey } from '../validators/placeholder-key.js';

/**
 * One vendor's token: the whole token from its prefix (no leading `\b`: the union adds one), ending in its own
 * boundary.
 */
interface PlatformToken {
  readonly vendor: string;
  readonly shape: RegExp;
}

/**
 * The published token formats of AI services and developer platforms that agents are handed keys for, each with a
 * prefix and length fixed enough that nothing else takes that shape (as vendor-tokens.ts, whose formats came
 * first). They are one regex, tried only where one of the prefixes opens a word run (its six starts in
 * pattern-starts.ts): fifty windowed regexes would have added fifty filters to every word run of every text.
 */
export const PLATFORM_TOKENS: readonly PlatformToken[] = [
  // AI services and agent tooling.
  { vendor: 'Perplexity', shape: /pplx-[A-Za-z0-9]{48}\b/ },
  { vendor: 'Replicate', shape: /r8_[A-Za-z0-9]{37}\b/ },
  { vendor: 'Tavily', shape: /tvly-(?:dev-|prod-)?[A-Za-z0-9]{32}\b/ },
  { vendor: 'Pinecone', shape: /pcsk_[A-Za-z0-9]{4,8}_[A-Za-z0-9]{40,100}\b/ },
  { vendor: 'LangSmith', shape: /lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}\b/ },
  {
    vendor: 'Langfuse (secret key)',
    shape: /sk-lf-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/,
  },
  { vendor: 'LlamaCloud', shape: /llx-[A-Za-z0-9]{48}\b/ },
  { vendor: 'Firecrawl', shape: /fc-[a-f0-9]{32}\b/ },
  { vendor: 'E2B', shape: /e2b_[a-f0-9]{40}\b/ },
  { vendor: 'ElevenLabs', shape: /sk_[a-f0-9]{48}\b/ },
  { vendor: 'DeepSeek, DashScope (32 hex digits)', shape: /sk-[a-f0-9]{32}\b/ },
  { vendor: 'Together AI', shape: /tgp_v1_[A-Za-z0-9_-]{40,64}(?![A-Za-z0-9_-])/ },
  { vendor: 'Cerebras', shape: /csk-[a-z0-9]{48}\b/ },
  // Workspaces and collaboration.
  { vendor: 'Notion (internal integration)', shape: /secret_[A-Za-z0-9]{43}\b/ },
  { vendor: 'Notion', shape: /ntn_[A-Za-z0-9]{46}\b/ },
  { vendor: 'Figma', shape: /figd_[A-Za-z0-9_-]{38,50}(?![A-Za-z0-9_-])/ },
  { vendor: 'Atlassian (Jira, Confluence)', shape: /ATATT3[A-Za-z0-9_=-]{100,300}(?![A-Za-z0-9_=-])/ },
  { vendor: 'Bitbucket app password', shape: /ATBB[A-Za-z0-9]{28,60}\b/ },
  { vendor: 'Airtable', shape: /pat[A-Za-z0-9]{14}\.[a-f0-9]{64}\b/ },
  {
    vendor: 'HubSpot private app',
    shape: /pat-(?:na|eu)[12]-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/,
  },
  { vendor: 'Contentful', shape: /CFPAT-[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/ },
  { vendor: 'Frame.io', shape: /fio-u-[A-Za-z0-9_=-]{64}(?![A-Za-z0-9_=-])/ },
  { vendor: 'Dropbox', shape: /sl\.(?:u\.)?[A-Za-z0-9_-]{130,1400}(?![A-Za-z0-9_-])/ },
  // Payments and messaging.
  { vendor: 'Square', shape: /sq0(?:atp-[A-Za-z0-9_-]{22}|csp-[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/ },
  { vendor: 'Square (production access token)', shape: /EAAA[A-Za-z0-9_-]{60}(?![A-Za-z0-9_-])/ },
  { vendor: 'Meta (Facebook, Instagram, WhatsApp)', shape: /EAA[A-Za-z0-9]{80,400}\b/ },
  { vendor: 'Braintree', shape: /access_token\$production\$[a-z0-9]{16}\$[a-f0-9]{32}\b/ },
  { vendor: 'Flutterwave', shape: /FLWSECK(?:_TEST)?-[a-f0-9]{32}-X\b/ },
  // A letter past `f`: a hex digest after `key-` (a cache key) is no Mailgun key.
  { vendor: 'Mailgun', shape: /key-(?=[0-9a-z]{0,31}[g-z])[0-9a-z]{32}\b/ },
  { vendor: 'Brevo', shape: /xkeysib-[a-f0-9]{64}-[A-Za-z0-9]{16}\b/ },
  // A digit: a snake-case name of the same lengths after `re_` is no Resend key.
  { vendor: 'Resend', shape: /re_(?=[A-Za-z0-9_]{0,32}[0-9])[A-Za-z0-9]{8}_[A-Za-z0-9]{24}\b/ },
  // Hosting, infrastructure and clouds.
  { vendor: 'Supabase (access token)', shape: /sbp_[a-f0-9]{40}\b/ },
  { vendor: 'Supabase (secret key)', shape: /sb_secret_[A-Za-z0-9_-]{20,64}(?![A-Za-z0-9_-])/ },
  { vendor: 'Heroku', shape: /HRKU-[A-Za-z0-9_-]{40,80}(?![A-Za-z0-9_-])/ },
  { vendor: 'Netlify', shape: /nfp_[A-Za-z0-9]{36,40}\b/ },
  { vendor: 'Render', shape: /rnd_[A-Za-z0-9]{32}\b/ },
  { vendor: 'Fly.io', shape: /fm[12]_[A-Za-z0-9+/=]{100,4096}/ },
  { vendor: 'Doppler', shape: /dp\.(?:pt|st|sa|ct|scim|audit)\.[A-Za-z0-9]{40,44}\b/ },
  { vendor: '1Password service account', shape: /ops_eyJ[A-Za-z0-9+/=_-]{100,4096}/ },
  { vendor: 'Pulumi', shape: /pul-[a-f0-9]{40}\b/ },
  { vendor: 'Terraform Cloud', shape: /[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70}(?![A-Za-z0-9_=-])/ },
  { vendor: 'PlanetScale', shape: /pscale_(?:tkn|pw|oauth)_[A-Za-z0-9_=-]{32,64}(?![A-Za-z0-9_=-])/ },
  { vendor: 'Neon', shape: /napi_[a-z0-9]{64}\b/ },
  { vendor: 'Prefect', shape: /pnu_[A-Za-z0-9]{36}\b/ },
  { vendor: 'New Relic (user key)', shape: /NRAK-[A-Z0-9]{27}\b/ },
  {
    vendor: 'Mapbox (secret token)',
    shape: /sk\.eyJ[A-Za-z0-9_-]{20,400}\.[A-Za-z0-9_-]{20,100}(?![A-Za-z0-9_-])/,
  },
  { vendor: 'Alibaba Cloud (AccessKey id)', shape: /LTAI[A-Za-z0-9]{12,20}\b/ },
  { vendor: 'Tencent Cloud (SecretId)', shape: /AKID[A-Za-z0-9]{32}\b/ },
  // Package registries.
  { vendor: 'RubyGems', shape: /rubygems_[a-f0-9]{48}\b/ },
  { vendor: 'NuGet', shape: /oy2[a-z0-9]{43}\b/ },
  { vendor: 'crates.io', shape: /cio[A-Za-z0-9]{32}\b/ },
];

/** Every format of {@link PLATFORM_TOKENS} in one regex (its key in PATTERN_STARTS is built from this one). */
export const PLATFORM_TOKEN_REGEX = new RegExp(
  String.raw`\b(?:${PLATFORM_TOKENS.map(({ shape }) => shape.source).join('|')})`,
  'g',
);

/**
 * API_SECRET by the token prefix of an AI service or developer platform (Perplexity, Replicate, Tavily, Pinecone,
 * LangSmith, Notion, Atlassian, Square, Supabase, Doppler and more: see PLATFORM_TOKENS), under any key name or
 * none.
 */
export const platformTokenRecognizer: Recognizer = {
  name: 'platform-token',
  entity: 'API_SECRET',
  category: 'SECRETS',
  patterns: [{ regex: PLATFORM_TOKEN_REGEX, score: 0.95 }],
  validate: prefixedKey,
  description: `token prefixes of AI services and developer platforms: ${PLATFORM_TOKENS.map(({ vendor }) => vendor).join(', ')}`,
};

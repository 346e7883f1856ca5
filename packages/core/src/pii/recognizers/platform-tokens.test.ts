import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../test/helpers.js';
import { PatternScanner } from '../pattern-scanner.js';
import { PLATFORM_TOKENS } from './platform-tokens.js';

const scanner = new PatternScanner();

function found(text: string): { type: string; value: string }[] {
  return scanner.scanSync(text).map((span) => ({ type: span.type, value: text.slice(span.start, span.end) }));
}

const next = seededRandom(20261124);
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const HEX = '0123456789abcdef';
const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';
const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const URL_SAFE = `${ALNUM}_-`;
/** `length` random characters of `chars`, never ending in a separator (as the formats' last characters do not). */
function random(chars: string, length: number): string {
  let out = '';
  for (let index = 0; index < length; index++) {
    const pool = index === length - 1 ? chars.replace(/[-_=+/]/g, '') : chars;
    out += pool[Math.floor(next() * pool.length)];
  }
  return out;
}
const uuid = () => [8, 4, 4, 4, 12].map((length) => random(HEX, length)).join('-');

// One token per vendor, built to the published format.
const SAMPLES: Record<string, string> = {
  Perplexity: `pplx-${random(ALNUM, 48)}`,
  Replicate: `r8_${random(ALNUM, 37)}`,
  Tavily: `tvly-dev-${random(ALNUM, 32)}`,
  Pinecone: `pcsk_${random(ALNUM, 6)}_${random(ALNUM, 64)}`,
  LangSmith: `lsv2_pt_${random(HEX, 32)}_${random(HEX, 10)}`,
  'Langfuse (secret key)': `sk-lf-${uuid()}`,
  LlamaCloud: `llx-${random(ALNUM, 48)}`,
  Firecrawl: `fc-${random(HEX, 32)}`,
  E2B: `e2b_${random(HEX, 40)}`,
  ElevenLabs: `sk_${random(HEX, 48)}`,
  'DeepSeek, DashScope (32 hex digits)': `sk-${random(HEX, 32)}`,
  'Together AI': `tgp_v1_${random(URL_SAFE, 43)}`,
  Cerebras: `csk-${random(LOWER_ALNUM, 48)}`,
  'Notion (internal integration)': `secret_${random(ALNUM, 43)}`,
  Notion: `ntn_${random(ALNUM, 46)}`,
  Figma: `figd_${random(URL_SAFE, 40)}`,
  'Atlassian (Jira, Confluence)': `ATATT3xFfGF0${random(URL_SAFE, 170)}=${random(UPPER_ALNUM, 8)}`,
  'Bitbucket app password': `ATBB${random(ALNUM, 32)}`,
  Airtable: `pat${random(ALNUM, 14)}.${random(HEX, 64)}`,
  'HubSpot private app': `pat-na1-${uuid()}`,
  Contentful: `CFPAT-${random(URL_SAFE, 43)}`,
  'Frame.io': `fio-u-${random(URL_SAFE, 64)}`,
  Dropbox: `sl.u.${random(URL_SAFE, 180)}`,
  Square: `sq0csp-${random(URL_SAFE, 43)}`,
  'Square (production access token)': `EAAA${random(URL_SAFE, 60)}`,
  'Meta (Facebook, Instagram, WhatsApp)': `EAAB${random(ALNUM, 180)}`,
  Braintree: `access_token$production$${random(LOWER_ALNUM, 16)}$${random(HEX, 32)}`,
  Flutterwave: `FLWSECK_TEST-${random(HEX, 32)}-X`,
  Mailgun: `key-${random(LOWER_ALNUM, 31)}z`,
  Brevo: `xkeysib-${random(HEX, 64)}-${random(ALNUM, 16)}`,
  Resend: `re_${random(ALNUM, 7)}7_${random(ALNUM, 24)}`,
  'Supabase (access token)': `sbp_${random(HEX, 40)}`,
  'Supabase (secret key)': `sb_secret_${random(URL_SAFE, 31)}`,
  Heroku: `HRKU-AA${random(URL_SAFE, 58)}`,
  Netlify: `nfp_${random(ALNUM, 36)}`,
  Render: `rnd_${random(ALNUM, 32)}`,
  'Fly.io': `fm2_${random(`${ALNUM}+/`, 240)}==`,
  Doppler: `dp.pt.${random(ALNUM, 43)}`,
  '1Password service account': `ops_eyJ${random(`${ALNUM}+/_-`, 300)}`,
  Pulumi: `pul-${random(HEX, 40)}`,
  'Terraform Cloud': `${random(ALNUM, 14)}.atlasv1.${random(URL_SAFE, 67)}`,
  PlanetScale: `pscale_tkn_${random(URL_SAFE, 43)}`,
  Neon: `napi_${random(LOWER_ALNUM, 64)}`,
  Prefect: `pnu_${random(ALNUM, 36)}`,
  'New Relic (user key)': `NRAK-${random(UPPER_ALNUM, 27)}`,
  'Mapbox (secret token)': `sk.eyJ${random(URL_SAFE, 60)}.${random(URL_SAFE, 22)}`,
  'Alibaba Cloud (AccessKey id)': `LTAI${random(ALNUM, 20)}`,
  'Tencent Cloud (SecretId)': `AKID${random(ALNUM, 32)}`,
  RubyGems: `rubygems_${random(HEX, 48)}`,
  NuGet: `oy2${random(LOWER_ALNUM, 43)}`,
  'crates.io': `cio${random(ALNUM, 32)}`,
};

describe('Platform tokens by their prefix', () => {
  it('has a sample of every format, each of its own shape', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(PLATFORM_TOKENS.map(({ vendor }) => vendor).sort());
    for (const { vendor, shape } of PLATFORM_TOKENS) {
      expect(new RegExp(`^(?:${shape.source})$`).test(SAMPLES[vendor] as string), vendor).toBe(true);
    }
  });

  it('finds each whole under no key name: in prose, in JSON, at the end of a sentence', () => {
    for (const [vendor, token] of Object.entries(SAMPLES)) {
      const expected = [{ type: 'API_SECRET', value: token }];
      expect(found(`Your key is ${token} (keep it safe)`), vendor).toEqual(expected);
      expect(found(`{"credential": "${token}", "status": "active"}`), vendor).toEqual(expected);
      expect(found(`${token}\n`), vendor).toEqual(expected);
    }
  });

  it('leaves a token cut short, glued to a word, or of one repeated character alone', () => {
    for (const [vendor, token] of Object.entries(SAMPLES)) {
      // Every format is longer than 15 characters.
      expect(found(`key ${token.slice(0, 15)} end`), vendor).toEqual([]);
      expect(found(`key x${token} end`), vendor).toEqual([]);
    }
    expect(found(`pplx-${'x'.repeat(48)} r8_${'0'.repeat(37)} ntn_${'a'.repeat(46)}`)).toEqual([]);
  });

  it('leaves look-alikes of the prefixes alone', () => {
    // A hex digest after `key-` (a cache key) and a snake-case name after `re_` have the lengths but not the draw.
    expect(found(`cache key-${random(HEX, 32)} and re_abcdefgh_abcdefghijklmnopqrstuvwx`)).toEqual([]);
    // Words and keys that open as a prefix does.
    expect(found('ERROR Access denied; access_token expired; secret_key_base set; sk-learn 1.4; sl.no 4')).toEqual([]);
    expect(found(`The ATATT3 form. EAAA123 pat-na1-1234 sk-${random(HEX, 31)} fc-${random(HEX, 33)}`)).toEqual([]);
  });
});

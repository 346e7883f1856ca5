import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { PatternScanner } from '../pattern-scanner.js';
import { randomSegment } from './url-credentials.js';

const scanner = new PatternScanner();

function found(text: string): { type: string; value: string }[] {
  return scanner.scanSync(text).map((span) => ({ type: span.type, value: text.slice(span.start, span.end) }));
}

describe('one-time links whose path carries the secret', () => {
  it('masks the whole URL after a segment naming a reset, verification, invitation, magic or share link', () => {
    const urls = [
      'https://api.example.com/v1/reset-password/8f3kD9sLq2Zx7VbN4mT1wR6yH0pJcE5u',
      'https://app.example.com/password_reset/8f3kD9sLq2Zx7VbN4mT1wR6yH0pJcE5u?utm=mail',
      // Django: the user id, then the token, within two segments of the word.
      'https://shop.example.com/reset/MQ/bv6x8s-7a1f0e3c6f1b4e2d9c8a/',
      'https://app.example.com/verify-email/Zq8Lk2v9RtXk9mQ2vL7pWc4N',
      'https://app.example.com/invite/3f2c9a1e-7b4d-4e8a-9c1f-2a3b4c5d6e7f',
      'https://app.example.com/auth/magic-link/Zq8Lk2v9_RtXk9mQ2-vL7pWc4N',
      'https://news.example.com/unsubscribe/a1b2c3d4e5f60718293a4b5c',
      'https://files.example.com/share/AbC123dEf456GhI789jKl0',
      'http://localhost:3000/api/auth/callback/email/eyJ0b2tlbiI6Ijk4N2Y2In0',
    ];
    for (const url of urls) expect(found(`POST ${url} 200`), url).toEqual([{ type: 'URL_CREDENTIALS', value: url }]);
  });

  it('leaves ids of resources, commits, slugs and short values alone', () => {
    const urls = [
      'https://api.example.com/users/12345',
      'https://api.example.com/orders/ord_8f3kD9sLq2Zx7VbN4mT1',
      'https://github.com/org/repo/commit/4f9c1b7e4d4a8f9c2b1e3d5f7a9c1b0e3d5f7a9c',
      'https://api.example.com/api/items/3f2c9a1e-7b4d-4e8a-9c1f-2a3b4c5d6e7f',
      'https://dl.example.com/download/release-2024-01-02-linux-amd64',
      'https://dl.example.com/download/v2.4.1/app-2.4.1-x86_64.AppImage',
      'https://blog.example.com/posts/how-to-reset-your-password-in-2024',
      'https://app.example.com/reset-password/expired',
      'https://app.example.com/verify/ab12cd',
      'https://id.example.com/login/oauth/authorize?client_id=Iv1.8a61f9b3a7aba766',
      // The random segment after the word's next two segments is another resource's.
      'https://app.example.com/invite/team/members/8f3kD9sLq2Zx7VbN4mT1wR6yH0pJcE5u',
    ];
    for (const url of urls) expect(found(`GET ${url} 200`), url).toEqual([]);
  });

  it('masks the token alone in a path that no scheme opens (a request line, a path field)', () => {
    const token = '8f3kD9sLq2Zx7VbN4mT1wR6yH0pJcE5u';
    expect(found(`"POST /v1/reset-password/${token} HTTP/1.1" 200`)).toEqual([{ type: 'API_SECRET', value: token }]);
    expect(found(`GET /Verify-Email/${token}?utm_source=mail`)).toEqual([{ type: 'API_SECRET', value: token }]);
    expect(found('path=/reset/MQ/bv6x8s-7a1f0e3c6f1b4e2d9c8a/ status=302')).toEqual([
      { type: 'API_SECRET', value: 'bv6x8s-7a1f0e3c6f1b4e2d9c8a' },
    ]);
    expect(found('GET /invite/3f2c9a1e-7b4d-4e8a-9c1f-2a3b4c5d6e7f')).toEqual([
      { type: 'API_SECRET', value: '3f2c9a1e-7b4d-4e8a-9c1f-2a3b4c5d6e7f' },
    ]);
    // The token right after the word, whatever follows it.
    expect(found(`GET /invite/${token}/accept-invitation-page 200`)).toEqual([{ type: 'API_SECRET', value: token }]);
    // Ids, slugs, files and a word that is only part of a segment.
    expect(found('GET /api/items/3f2c9a1e-7b4d-4e8a-9c1f-2a3b4c5d6e7f 200')).toEqual([]);
    expect(found(`GET /orders/ord_${token} 200`)).toEqual([]);
    expect(found(`cp /home/ana/downloads/${token}.zip .`)).toEqual([]);
    expect(found('GET /download/release-2024-01-02-linux-amd64 200')).toEqual([]);
    expect(found(`GET /password-resets-archive/${token} 200`)).toEqual([]);
    expect(found(`GET /my-reset/${token} 200`)).toEqual([]);
  });

  it('reads random base64url and hex segments as random, and slugs as not', () => {
    for (let length = 20; length <= 64; length++) {
      for (let sample = 0; sample < 20; sample++) {
        // Base64url and hex with letters and digits (an all-digit or all-letter draw is no token shape here).
        const base64url = randomBytes(length).toString('base64url').slice(0, length);
        if (/\d/.test(base64url) && /[A-Za-z]/.test(base64url)) {
          const pieces = base64url.split(/[-_]/);
          // A draw whose every piece is a word or a number is a slug's shape: rare, and not what this checks.
          if (!pieces.every((piece) => /^(?:[A-Za-z]+|\d+|[A-Za-z]+\d{1,4}|\d{1,4}[A-Za-z]+)?$/.test(piece))) {
            expect(randomSegment(base64url), base64url).toBe(true);
          }
        }
      }
    }
    expect(randomSegment('7a1f0e3c6f1b4e2d9c8a')).toBe(true);
    expect(randomSegment('Qm9Lx7Tp2Rk8Vn3Wj5Hs==')).toBe(true);
    expect(randomSegment('ubuntu-22-04-desktop-amd64-iso')).toBe(false);
    expect(randomSegment('quarterly-report2024-final')).toBe(false);
    expect(randomSegment('abcdefghijklmnopqrstuvwxyz')).toBe(false);
    expect(randomSegment('12345678901234567890')).toBe(false);
    expect(randomSegment('Qm9Lx7Tp2Rk8Vn3')).toBe(false);
  });
});

describe('a password with `#` or `?` written unencoded', () => {
  it('masks the whole URL when `@` and the host follow the `#` before the path (red team)', () => {
    // Before: the authority ended at the `#`, so no password was seen and the URL reached the model whole.
    const url = 'postgres://app_user:Xk9!mQ2#vL7pR4@db-prod.internal.acme.com:5432/app';
    expect(found(`DATABASE_URL=${url}`)).toEqual([{ type: 'URL_CREDENTIALS', value: url }]);
    const mongo = 'mongodb+srv://admin:S3cr3t#2026@cluster0.ab12c.mongodb.net/app?retryWrites=true';
    expect(found(`MONGO_URI=${mongo}`)).toEqual([{ type: 'URL_CREDENTIALS', value: mongo }]);
    expect(found('redis://:pa?ss@cache:6379/0')).toEqual([
      { type: 'URL_CREDENTIALS', value: 'redis://:pa?ss@cache:6379/0' },
    ]);
  });

  it('leaves fragments and queries that hold an `@` after the path, or no user before a colon', () => {
    expect(found('https://example.com/page#section')).toEqual([]);
    expect(found('https://host/?q=a#b@c')).toEqual([]);
    expect(found('see https://docs.x.com/#/user:guide@v2')).toEqual([]);
  });
});

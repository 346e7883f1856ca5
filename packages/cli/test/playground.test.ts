import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PII, type RunningServer, startServer, tempDir } from './helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = join(dirname(fileURLToPath(import.meta.url)), '..', '.artifacts');

describe('playground page in Chromium', () => {
  const profile = tempDir('chromium-profile');
  let server: RunningServer;
  let context: BrowserContext;
  const requested: string[] = [];

  beforeAll(async () => {
    server = await startServer(['--dev']);
    context = await chromium.launchPersistentContext(profile.path, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
      viewport: { width: 1280, height: 900 },
    });
    context.on('request', (request) => requested.push(request.url()));
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    await server?.stop();
    profile.remove();
  });

  it('highlights detected spans, shows the tokenized text and rehydrates an answer', async () => {
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${server.url}/playground/`);
    await page.waitForSelector('body[data-ready="true"]');

    const text = `Ticket from Maria Gonzalez: refund card ${PII.card} to IBAN ${PII.iban}.\nReach her at ${PII.email} or ${PII.phone}.`;
    await page.fill('#input', text);
    await page.click('#analyze');
    await page.waitForFunction(() => document.querySelectorAll('#highlighted mark.entity').length >= 4);

    const marks = await page.$$eval('#highlighted mark.entity', (elements) =>
      elements.map((element) => ({
        type: (element as HTMLElement).dataset.type,
        score: Number((element as HTMLElement).dataset.score),
        text: element.firstChild?.textContent,
        label: element.querySelector('.label')?.textContent,
      })),
    );
    const byType = Object.fromEntries(marks.map((mark) => [mark.type, mark]));
    expect(byType.CREDIT_CARD?.text).toBe(PII.card);
    expect(byType.IBAN_CODE?.text).toBe(PII.iban);
    expect(byType.EMAIL_ADDRESS?.text).toBe(PII.email);
    expect(byType.PHONE_NUMBER?.text).toBe(PII.phone);
    for (const mark of marks) {
      expect(mark.score).toBeGreaterThan(0);
      expect(mark.label).toBe(`${mark.type} ${mark.score.toFixed(2)}`);
    }
    // The highlighted view shows exactly the pasted text.
    expect(
      await page.$eval('#highlighted', (element) => {
        const clone = element.cloneNode(true) as HTMLElement;
        for (const label of clone.querySelectorAll('.label')) label.remove();
        return clone.textContent;
      }),
    ).toBe(text);
    expect(await page.textContent('#legend')).toContain('EMAIL_ADDRESS × 1');

    const tokenized = (await page.textContent('#tokenized')) ?? '';
    for (const value of [PII.card, PII.iban, PII.email, PII.phone]) expect(tokenized).not.toContain(value);
    expect(tokenized).toMatch(/[a-z0-9]+@mask\.invalid/);
    expect(tokenized.startsWith('Ticket from ')).toBe(true);
    expect(await page.$$eval('#tokenized span.token', (spans) => spans.length)).toBeGreaterThanOrEqual(4);

    // A model answer that uses the tokens comes back with the real values.
    const emailToken = /[a-z0-9]+@mask\.invalid/.exec(tokenized)?.[0] as string;
    await page.fill('#answer', `Done: I wrote to ${emailToken} and flagged the card.`);
    await page.click('#rehydrate');
    await page.waitForFunction(() => (document.querySelector('#rehydrated')?.textContent ?? '').length > 0);
    expect(await page.textContent('#rehydrated')).toBe(`Done: I wrote to ${PII.email} and flagged the card.`);
    expect(await page.textContent('#rehydrate-status')).toContain('1 token(s) decoded');

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'playground.png'), fullPage: true });

    // Categories and engine: without FINANCIAL the card and IBAN are not highlighted; rules only finds no person.
    await page.uncheck('#categories input[value="FINANCIAL"]');
    await page.selectOption('#engine', 'rules_only');
    await page.click('#analyze');
    await page.waitForFunction(() => !document.querySelector('#highlighted mark[data-type="CREDIT_CARD"]'));
    const types = await page.$$eval('#highlighted mark.entity', (elements) =>
      elements.map((element) => (element as HTMLElement).dataset.type),
    );
    expect(types).toContain('EMAIL_ADDRESS');
    expect(types).not.toContain('IBAN_CODE');
    expect(types).not.toContain('PERSON');

    expect(pageErrors).toEqual([]);
    // Everything the page loaded came from the local server: no CDN, no external font.
    expect(requested.length).toBeGreaterThan(3);
    for (const url of requested) expect(url.startsWith(server.url)).toBe(true);
  }, 120_000);
});

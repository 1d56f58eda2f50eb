/**
 * The HTML report in a real browser: Debian's headless Chromium driven by playwright-core (never a browser
 * download). The charts must render with a size, the console must stay clean, nothing may be fetched, and at phone
 * width nothing may stick out sideways. Skips with a notice when Chromium is missing, except in CI.
 */
import { describe, expect, test } from '@jest/globals';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CONFIG, MAILBOX, NOW, run, tempDir } from './run-report.js';

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available && !process.env.CI) console.warn(`html-browser.test: ${CHROMIUM} not found, browser test skipped (apt-get install -y chromium)`);
const maybe = available || process.env.CI ? test : test.skip;

async function renderIn(lang: 'en' | 'nl', file: string, screenshot?: string, width = 390) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ viewport: { width, height: 844 }, deviceScaleFactor: 1 });
    const problems: string[] = [];
    const fetched: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('data:') || url.startsWith('file:')) return route.continue();
      fetched.push(url);
      return route.abort();
    });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    const charts = await page.$$eval('svg[data-chart]', (els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { name: el.getAttribute('data-chart'), width: r.width, height: r.height, shapes: el.querySelectorAll('rect').length };
      }));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    // the size each chart text is drawn at on screen: its font size times the SVG's scale
    const texts = await page.$$eval('svg[data-chart] text', (els) =>
      els.map((el) => {
        const svg = el.closest('svg')!;
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        return { chart: svg.getAttribute('data-chart'), px: parseFloat(getComputedStyle(el).fontSize) * scale, text: el.textContent ?? '' };
      }));
    const badges = await page.$$eval('.findings .sev', (els) => els.map((e) => e.textContent ?? ''));
    const title = await page.title();
    if (screenshot) await page.screenshot({ path: screenshot, fullPage: true });
    return { charts, overflow, problems, fetched, title, lang, texts, badges };
  } finally {
    await browser.close();
  }
}

describe('HTML report in headless Chromium', () => {
  maybe('charts render, no console errors, no network, fits a phone', async () => {
    const dir = tempDir();
    for (const lang of ['en', 'nl'] as const) {
      const file = join(dir, `report-${lang}.html`);
      const r = await run(['--lang', lang, 'report', MAILBOX, '-c', CONFIG, '--period', 'last-week', '--now', NOW, '-f', 'html', '--out', file]);
      expect(r.code).toBe(1); // thresholds breached; the file is written all the same
      const shot = process.env.REPLYCHECK_SCREENSHOT_DIR ? join(process.env.REPLYCHECK_SCREENSHOT_DIR, `report-${lang}.png`) : undefined;
      const res = await renderIn(lang, file, shot);
      expect(res.charts.map((c) => c.name)).toEqual(['distribution', 'trend', 'promises']);
      for (const c of res.charts) {
        expect(c.width).toBeGreaterThan(100);
        expect(c.height).toBeGreaterThan(50);
        expect(c.shapes).toBeGreaterThan(0);
      }
      expect(res.problems).toEqual([]);
      expect(res.fetched).toEqual([]);
      expect(res.overflow).toBeLessThanOrEqual(0);
      expect(res.title).toContain(lang === 'nl' ? 'Antwoordrapport' : 'Reply report');
    }
  }, 60_000);

  maybe('chart text is legible (at least 12 px on a 320 px phone), the trend has axes and dates, labels are in the language', async () => {
    const dir = tempDir();
    for (const lang of ['en', 'nl'] as const) {
      const file = join(dir, `legible-${lang}.html`);
      await run(['--lang', lang, 'report', MAILBOX, '-c', CONFIG, '--period', 'last-week', '--now', NOW, '-f', 'html', '--out', file]);
      for (const width of [320, 390]) {
        const res = await renderIn(lang, file, undefined, width);
        expect(res.texts.length).toBeGreaterThan(10);
        for (const t of res.texts) expect({ ...t, px: Math.round(t.px * 10) / 10 >= 12 }).toEqual({ ...t, px: true });
        const trend = res.texts.filter((t) => t.chart === 'trend').map((t) => t.text);
        expect(trend).toContain(lang === 'nl' ? 'werkuren, mediaan' : 'business hours, median');
        expect(trend).toContain(lang === 'nl' ? 'week vanaf' : 'week starting');
        expect(trend.filter((x) => /^\d{1,2} [A-Za-z]{3}\.?$/.test(x)).length).toBeGreaterThan(0);
        expect(trend.join(' ')).not.toMatch(/W\d\d/);
        // severity badges in the reader's language, most serious first
        const order = lang === 'nl' ? ['fout', 'waarschuwing', 'info'] : ['error', 'warning', 'info'];
        expect(res.badges.every((b) => order.includes(b))).toBe(true);
        const ranks = res.badges.map((b) => order.indexOf(b));
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      }
    }
  }, 120_000);
});

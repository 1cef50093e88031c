import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSearchIndex } from '../../src/integrations/pagefind-index.ts';
import { SEARCH_BUNDLES_FILE } from '../../src/integrations/search-index-parts.ts';
import { launchChromium } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

const SCREENSHOTS = resolve(import.meta.dirname, '../../screenshots');

interface Exported {
  sources: { id: string }[];
  claims: { id: string; sentences: string[]; sources: string[]; url: string }[];
  sentences: { id: string; text: string; url: string }[];
}

const outDir = inject('contentSite');
const data = JSON.parse(readFileSync(join(outDir, 'stories/hama/comparison.json'), 'utf8')) as Exported;
const shared = data.claims.find((claim) => claim.sources.length >= 2);
const [first, second] = data.sources;

/** One page of each type, for accessibility checks and screenshots. */
const PAGE_TYPES: Record<string, string> = {
  home: '/',
  overview: '/stories/hama/',
  matrix: '/stories/hama/matrix/',
  claim: shared?.url ?? '/stories/hama/',
  discrepancies: '/stories/hama/discrepancies/',
  'side-by-side': `/stories/hama/compare/${first?.id}/${second?.id}/`,
  'against-all': `/stories/hama/compare/${first?.id}/`,
  report: `/stories/hama/reports/${second?.id}/`,
  provenance: '/stories/hama/provenance/',
  about: '/about/',
  search: '/search/',
};

describe('the built site in Chromium', () => {
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  const offSiteRequests: string[] = [];

  beforeAll(async () => {
    server = await serveStatic(outDir);
    browser = await launchChromium();
    context = await browser.newContext();
    // Nothing may leave the machine: record and block every request that is not to our server (every test's).
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(server.origin) || url.startsWith('data:')) return route.continue();
      offSiteRequests.push(url);
      return route.abort();
    });
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(path: string, width = 1280): Promise<Page> {
    const page = await context.newPage();
    await page.setViewportSize({ width, height: 900 });
    const response = await page.goto(server.origin + path);
    expect(response?.status(), path).toBe(200);
    return page;
  }

  it('has claims to test with', () => {
    expect(shared, 'the Hama story should have a claim carried by two reports').toBeDefined();
  });

  it('follows a claim from the overview to its sentence in a report, scrolled into view and highlighted', async () => {
    const page = await open('/stories/hama/');
    await page.locator('#agreed').scrollIntoViewIfNeeded();
    await page.locator('.claim-list a').first().click();
    await page.waitForURL(/\/claims\//);
    await page.locator('figcaption a').first().click();
    await page.waitForURL(/#/);
    const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
    const target = page.locator(`[id="${id}"]`);
    await expect.poll(() => target.isVisible()).toBe(true);
    const box = await target.boundingBox();
    expect(box && box.y >= 0 && box.y < 900).toBe(true);
    const background = await target.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
    const claimText = data.sentences.find((s) => s.id === id)?.text ?? '';
    expect((await target.innerText()).replace(/\s+/g, ' ')).toContain(claimText.slice(0, 40));
    await page.close();
  });

  it('shows the two sentences of a claim facing each other on the side-by-side page', async () => {
    const page = await open(PAGE_TYPES['side-by-side'] ?? '/');
    const rows = page.locator('tr.row-pair');
    expect(await rows.count()).toBeGreaterThan(0);
    for (let i = 0; i < Math.min(await rows.count(), 5); i++) {
      const left = await rows.nth(i).locator('td[data-side="left"]').boundingBox();
      const right = await rows.nth(i).locator('td[data-side="right"]').boundingBox();
      expect(left && right && Math.abs(left.y - right.y) < 1 && right.x > left.x).toBe(true);
    }
    await page.close();
  });

  it('reaches every visible link and control of the overview with the keyboard alone', async () => {
    const page = await open('/stories/hama/');
    const selector = 'a[href], summary, [tabindex="0"], button, select, input';
    // Links inside a closed <details> are hidden until it is opened; they are reached after opening it.
    const focusable = await page.evaluate((sel) => [...document.querySelectorAll(sel)].filter((el) => el.checkVisibility()).length, selector);
    expect(focusable).toBeGreaterThan(10);
    const reached = new Set<number>();
    for (let i = 0; i < focusable + 5; i++) {
      await page.keyboard.press('Tab');
      const position = await page.evaluate((sel) => {
        const el = document.activeElement;
        return el && el !== document.body ? [...document.querySelectorAll(sel)].filter((e) => e.checkVisibility()).indexOf(el) : -1;
      }, selector);
      if (position >= 0) reached.add(position);
    }
    expect(reached.size).toBe(focusable);
    await page.close();
  });

  it('shows a visible focus outline on a focused link', async () => {
    const page = await open('/stories/hama/');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).not.toBe('none');
    await page.close();
  });

  it.each(Object.entries(PAGE_TYPES))('has no axe violations on the %s page, light and dark', async (name, path) => {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await open(path);
      await page.emulateMedia({ colorScheme: scheme });
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`), `${name} ${scheme}`).toEqual([]);
      await page.close();
    }
  });

  it.each(Object.entries(PAGE_TYPES))('fits the %s page into a 320 px wide screen and saves screenshots', async (name, path) => {
    for (const width of [375, 1280]) {
      const page = await open(path, width);
      await page.screenshot({ path: join(SCREENSHOTS, `${name}-${width}.png`), fullPage: false });
      await page.close();
    }
    const narrow = await open(path, 320);
    const overflow = await narrow.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${name} scrolls sideways at 320 px`).toBeLessThanOrEqual(0);
    await narrow.close();
  });

  it('finds a report by a word of its text with the search page, within the Content-Security-Policy', async () => {
    const page = await open('/search/');
    const blocked: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) blocked.push(message.text());
    });
    await page.locator('#search input').fill('Homs');
    await expect.poll(() => page.locator('.pagefind-ui__result').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(blocked).toEqual([]);
    await page.close();
  });

  it('finds a page of the second part of a search index built in parts, in the one result list', async () => {
    // The same site indexed in parts of one page: the pages outside stories in the first part, Hama in the second.
    const parted = join(mkdtempSync(join(tmpdir(), 'parallax-search-parts-')), 'site');
    cpSync(outDir, parted, { recursive: true, filter: (source) => !source.startsWith(join(outDir, 'pagefind')) });
    await buildSearchIndex(parted, { info: () => undefined }, 1);
    expect(JSON.parse(readFileSync(join(parted, SEARCH_BUNDLES_FILE), 'utf8'))).toEqual({ bundles: ['/pagefind/', '/pagefind/part-2/'] });
    const partedServer = await serveStatic(parted);
    const partedContext = await browser.newContext();
    try {
      const page = await partedContext.newPage();
      const messages: string[] = [];
      page.on('console', (message) => messages.push(message.text()));
      page.on('pageerror', (error) => messages.push(`page error: ${error.message}`));
      expect((await page.goto(`${partedServer.origin}/search/`))?.status()).toBe(200);
      await page
        .locator('#search input')
        .fill('Homs')
        .catch((error: unknown) => {
          throw new Error(`no search box (${messages.join(' | ')}): ${String(error)}`);
        });
      const results = page.locator('.pagefind-ui__result-link');
      await expect.poll(() => results.count(), { timeout: 10_000 }).toBeGreaterThan(0);
      const hrefs = await results.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
      expect(hrefs.some((href) => href.startsWith('/stories/hama/')), hrefs.join(' ')).toBe(true);
      expect(messages.filter((text) => /Content Security Policy|Refused to|searching the first part/i.test(text))).toEqual([]);
    } finally {
      await partedContext.close();
      await partedServer.close();
      rmSync(dirname(parted), { recursive: true, force: true });
    }
  });

  it('requests nothing outside 127.0.0.1 on a page of any type', async () => {
    for (const path of Object.values(PAGE_TYPES)) {
      const page = await open(path);
      await page.waitForLoadState('networkidle');
      await page.close();
    }
    expect(offSiteRequests).toEqual([]);
  });
});

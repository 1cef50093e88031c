import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

interface Exported {
  sources: { id: string; file: string; label: string; title: string }[];
  claims: { id: string; sources: string[]; independentSources: number; sharedCopies: string[][]; url: string }[];
}

const read = (site: string, slug: string) => JSON.parse(readFileSync(join(site, `stories/${slug}/comparison.json`), 'utf8')) as Exported;
const contentSite = inject('contentSite');
const fixtureSite = inject('fixtureSite');
const hama = read(contentSite, 'hama');

/** Reader-facing names, notes, independent support and the story picture, as a reader meets them in Chromium. */
describe('what a reader sees, in Chromium', () => {
  let content: StaticServer;
  let fixtures: StaticServer;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    content = await serveStatic(contentSite);
    fixtures = await serveStatic(fixtureSite);
    browser = await launchChromium();
    context = await browser.newContext();
  });

  afterAll(async () => {
    await browser?.close();
    await content?.close();
    await fixtures?.close();
  });

  async function open(server: StaticServer, path: string): Promise<Page> {
    const page = await context.newPage();
    const response = await page.goto(server.origin + path);
    expect(response?.status(), path).toBe(200);
    return page;
  }

  async function axeViolations(page: Page): Promise<string[]> {
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    return results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`);
  }

  it('names the Hama reports A to E, each beside its headline, and keeps file names to the report’s facts', async () => {
    expect(hama.sources.map((source) => source.label)).toEqual(['A', 'B', 'C', 'D', 'E']);
    const overview = await open(content, '/stories/hama/');
    const rows = await overview.locator('#reports ~ .table-scroll tbody th').allInnerTexts();
    expect(rows.map((text) => text.replace(/\s+/g, ' ').trim())).toEqual(hama.sources.map((source) => `${source.label} ${source.title}`.replace(/\s+/g, ' ').trim()));
    const [first, second] = hama.sources;
    const matrix = await open(content, '/stories/hama/matrix/');
    // Past the claim and independent-count columns, before the coverage column.
    expect((await matrix.locator('table.matrix thead th').allInnerTexts()).slice(2, -1)).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(await matrix.locator('dl.report-key dt').allInnerTexts()).toEqual(['A', 'B', 'C', 'D', 'E']);
    const pair = await open(content, `/stories/hama/compare/${first?.id}/${second?.id}/`);
    expect(await pair.locator('h1').innerText()).toBe('A beside B');
    expect(await pair.locator('main').innerText()).not.toContain(first?.file ?? '?');
    const report = await open(content, `/stories/hama/reports/${second?.id}/`);
    expect([await report.locator('.report-label').innerText(), await report.locator('dl.facts').innerText()]).toEqual(['Report B', expect.stringContaining(second?.file ?? '?')]);
    for (const page of [overview, matrix, pair, report]) await page.close();
  });

  it('counts a claim’s independent reports on its page as comparison.json does, reports sharing a copy once', async () => {
    const shared = hama.claims.find((claim) => claim.sharedCopies.length > 0);
    expect(shared, 'Hama has a claim carried by two reports that share a copy').toBeDefined();
    const page = await open(content, shared?.url ?? '/');
    const count = `carried by ${shared?.sources.length} reports, ${shared?.independentSources} independent`;
    expect(shared?.independentSources).toBeLessThan(shared?.sources.length ?? 0);
    expect(await page.locator('p.corroboration').innerText()).toContain(count);
    expect(await page.locator('.shared-copies').innerText()).toMatch(/A and B likely share a copy/);
    const overview = await open(content, '/stories/hama/');
    const support = (await overview.locator('.claim-list .corroboration').allInnerTexts()).map((text) => Number(/(\d+) independent/.exec(text)?.[1]));
    expect(support.length).toBeGreaterThan(0);
    expect(support).toEqual([...support].sort((a, b) => b - a));
    await page.close();
    await overview.close();
  });

  it('draws the story as a picture that links to the matrix, with the same counts in words', async () => {
    const page = await open(content, '/stories/hama/');
    const picture = page.locator('figure.story-figure svg[role="img"]');
    expect(await picture.count()).toBe(1);
    expect(await page.locator('figure.story-figure script').count()).toBe(0);
    const counts = (await page.locator('table.figure-key tbody td').allInnerTexts()).map(Number);
    expect(counts.reduce((sum, n) => sum + n, 0)).toBe(hama.claims.length);
    expect((await page.locator('table.figure-key tbody th').allInnerTexts()).map((text) => text.trim())).toEqual(['Agreed by all', 'By several', 'By one', 'Disputed']);
    expect(await page.locator('#story-figure-title').textContent()).toMatch(new RegExp(`^${hama.claims.length} claims of 5 reports: `));
    await page.locator('a.story-figure-link').click();
    await page.waitForURL(/\/matrix\/$/);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('shows the editor’s notes apart from the reports’ words, and follows a claim reference to the claim', async () => {
    const overview = await open(fixtures, '/stories/marlow-bridge/');
    await overview.locator('a', { hasText: 'notes on this story' }).click();
    await overview.waitForURL(/\/notes\/$/);
    expect(await overview.locator('.editor-notice').innerText()).toContain("the editor's words, not a report's");
    const notes = overview.locator('section.editor-notes');
    expect(await notes.locator('[data-quote-source]').count()).toBe(0);
    for (const scheme of ['light', 'dark'] as const) {
      await overview.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(overview), scheme).toEqual([]);
    }
    await notes.locator('a', { hasText: 'claim c001' }).click();
    await overview.waitForURL(/\/claims\/c001\/$/);
    expect(await overview.locator('h1').count()).toBe(1);
    await overview.close();
  });

  it('gives a story without notes no notes link', async () => {
    const page = await open(fixtures, '/stories/harbour-fire/');
    expect(await page.locator('a', { hasText: 'notes on this story' }).count()).toBe(0);
    await page.close();
  });
});

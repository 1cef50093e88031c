import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { IntegrityError, builtPages, checkBuiltSite, checkBuiltSiteInParallel, markBuiltPages } from '../../../src/integrity/check-built-site.ts';
import { markPages } from '../../../src/integrity/check-integrity.ts';
import { checkSiteIntegrity } from '../../../src/integrity/integration.ts';
import { integrityCodeVersion } from '../../../src/integrity/marks-cache.ts';

const copies: string[] = [];
afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of a built site (without its search index) that a test may tamper with. */
function copySite(outDir: string): string {
  const copy = join(mkdtempSync(join(tmpdir(), 'parallax-integrity-')), 'dist');
  copies.push(copy);
  cpSync(outDir, copy, { recursive: true, filter: (source) => !source.includes(`${join(outDir, 'pagefind')}`) });
  return copy;
}

/** Runs the check the build runs once the site is written (`integrations/after-build.ts`), on a folder. */
function runBuildCheck(dir: string): Promise<void> {
  const logger = { info: () => undefined, warn: () => undefined, error: () => undefined } as unknown as AstroIntegrationLogger;
  return checkSiteIntegrity(dir, logger);
}

/** Edits one built page in place. */
function editPage(site: string, path: string, edit: (html: string) => string): void {
  const file = join(site, path, 'index.html');
  const html = readFileSync(file, 'utf8');
  const edited = edit(html);
  expect(edited, `the edit should change ${path}`).not.toBe(html);
  writeFileSync(file, edited);
}

const CLAIM_PAGE = '/stories/hama/claims/c001/';

describe.each(['contentSite', 'fixtureSite'] as const)('the integrity check on %s', (site) => {
  it('finds every quotation and claim link of the built site to be the reports’ own', () => {
    const report = checkBuiltSite(inject(site));
    expect(report.violations).toEqual([]);
    expect(report.quotes).toBeGreaterThan(0);
    expect(report.links).toBeGreaterThan(0);
  });
});

describe('the integrity check on every core', () => {
  it('reads the same marks, in the same order, on two threads as on one', async () => {
    const site = inject('fixtureSite');
    expect(await markBuiltPages(site, 2)).toEqual([...markPages(builtPages(site))]);
  });

  it('reads the same marks on one worker thread as in this thread', async () => {
    const site = inject('fixtureSite');
    expect(await markBuiltPages(site, 1)).toEqual([...markPages(builtPages(site))]);
  });

  it('reads a page too large for the worker’s heap in this thread instead, with the same marks', async () => {
    const site = mkdtempSync(join(tmpdir(), 'parallax-large-page-'));
    copies.push(site);
    const spans = Array.from({ length: 40_000 }, (_, i) => `<span id="a-p${i}-s1" data-quote-source="a">Sentence ${i} of a long report.</span>`);
    mkdirSync(join(site, 'stories', 'long', 'reports', 'a'), { recursive: true });
    writeFileSync(join(site, 'stories', 'long', 'reports', 'a', 'index.html'), `<main>${spans.join(' ')}</main>`);
    writeFileSync(join(site, 'index.html'), '<main><p>Home</p></main>');
    // A 4 MB page makes a tree of several times its size: it cannot be parsed in an 8 MB old generation.
    expect(await markBuiltPages(site, 1, { maxOldGenerationSizeMb: 8 })).toEqual([...markPages(builtPages(site))]);
  });

  it('gives the same report as the one-thread check, violations included', async () => {
    const copy = copySite(inject('fixtureSite'));
    const [path] = readdirSync(join(copy, 'stories', 'harbour-fire', 'claims'));
    editPage(copy, `/stories/harbour-fire/claims/${path}/`, (html) => html.replace(/(<blockquote[^>]*><p>)(\w+)/, '$1Nowhere $2'));
    const single = checkBuiltSite(copy);
    expect(single.violations.length).toBeGreaterThan(0);
    expect(await checkBuiltSiteInParallel(copy, 2)).toEqual(single);
  });
});

describe('the integrity check with the marks of the last build', () => {
  it('gives the same report from read-back marks, and finds a violation in a page edited since', async () => {
    const copy = copySite(inject('fixtureSite'));
    const cache = { root: join(mkdtempSync(join(tmpdir(), 'parallax-marks-cache-')), 'marks'), version: integrityCodeVersion() };
    copies.push(cache.root);
    const clean = checkBuiltSite(copy);
    expect(await checkBuiltSiteInParallel(copy, 1, cache)).toEqual(clean);
    // Every page's marks are now stored; the second check reads them back and gives the same report.
    expect(readdirSync(join(cache.root, 'current')).length).toBeGreaterThan(0);
    expect(await checkBuiltSiteInParallel(copy, 2, cache)).toEqual(clean);

    const [path] = readdirSync(join(copy, 'stories', 'harbour-fire', 'claims'));
    editPage(copy, `/stories/harbour-fire/claims/${path}/`, (html) => html.replace(/(<blockquote[^>]*><p>)(\w+)/, '$1Nowhere $2'));
    const broken = checkBuiltSite(copy);
    expect(broken.violations.length).toBeGreaterThan(0);
    expect(await checkBuiltSiteInParallel(copy, 1, cache)).toEqual(broken);
  });
});

describe('a built Hama site that was tampered with', () => {
  it('fails the build when a quotation on a claim page has one word changed, naming the page and the text', async () => {
    const copy = copySite(inject('contentSite'));
    let altered = '';
    editPage(copy, CLAIM_PAGE, (html) =>
      html.replace(/(<blockquote[^>]*><p>)([^<]*?)\bHama\b/, (_, open: string, before: string) => {
        altered = `${before}Homs`;
        return `${open}${altered}`;
      }),
    );
    await expect(runBuildCheck(copy)).rejects.toThrow(IntegrityError);
    await expect(runBuildCheck(copy)).rejects.toThrow(new RegExp(`${CLAIM_PAGE}: “${altered.slice(0, 40)}.*” is not in the text of report`));
  });

  it('fails the build when a claim link is pointed at another sentence of the same report', async () => {
    const copy = copySite(inject('contentSite'));
    editPage(copy, CLAIM_PAGE, (html) =>
      html.replace(/(<figcaption><a href="[^"#]*#[^"]*-p)(\d+)(-s\d+")/, (_, start: string, paragraph: string, end: string) => `${start}${Number(paragraph) + 1}${end}`),
    );
    await expect(runBuildCheck(copy)).rejects.toThrow(/whose sentence does not contain it/);
  });

  it('fails the build when a report page shows a sentence that is not in the report', () => {
    const copy = copySite(inject('contentSite'));
    const report = checkBuiltSite(copy);
    expect(report.violations).toEqual([]);
    const path = '/stories/hama/reports/003-8361cdd3cffa4302/';
    editPage(copy, path, (html) => html.replace(/(data-quote-sentence="[^"]*">[^<]*overran Hama on )Thursday/, '$1Wednesday'));
    expect(checkBuiltSite(copy).violations.map((v) => `${v.page} ${v.problem}`)).toContain(`${path} is not in the text of report 003-8361cdd3cffa4302`);
  });
});

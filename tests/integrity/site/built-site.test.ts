import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { IntegrityError, checkBuiltSite } from '../../../src/integrity/check-built-site.ts';
import { integrityIntegration } from '../../../src/integrity/integration.ts';

type BuildDone = NonNullable<AstroIntegration['hooks']['astro:build:done']>;

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

/** Runs the integration's build-done hook on a folder, as `astro build` does after writing the site. */
function runBuildDoneHook(dir: string): void {
  const hook = integrityIntegration().hooks['astro:build:done'] as BuildDone;
  const logger = { info: () => undefined, warn: () => undefined, error: () => undefined };
  void hook({ dir: pathToFileURL(`${dir}/`), logger } as unknown as Parameters<BuildDone>[0]);
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

describe('a built Hama site that was tampered with', () => {
  it('fails the build when a quotation on a claim page has one word changed, naming the page and the text', () => {
    const copy = copySite(inject('contentSite'));
    let altered = '';
    editPage(copy, CLAIM_PAGE, (html) =>
      html.replace(/(<blockquote[^>]*><p>)([^<]*?)\bHama\b/, (_, open: string, before: string) => {
        altered = `${before}Homs`;
        return `${open}${altered}`;
      }),
    );
    expect(() => runBuildDoneHook(copy)).toThrow(IntegrityError);
    expect(() => runBuildDoneHook(copy)).toThrow(new RegExp(`${CLAIM_PAGE}: “${altered.slice(0, 40)}.*” is not in the text of report`));
  });

  it('fails the build when a claim link is pointed at another sentence of the same report', () => {
    const copy = copySite(inject('contentSite'));
    editPage(copy, CLAIM_PAGE, (html) =>
      html.replace(/(<figcaption><a href="[^"#]*#[^"]*-p)(\d+)(-s\d+")/, (_, start: string, paragraph: string, end: string) => `${start}${Number(paragraph) + 1}${end}`),
    );
    expect(() => runBuildDoneHook(copy)).toThrow(/whose sentence does not contain it/);
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

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { SEARCH_BUNDLES_FILE } from '../../src/integrations/search-index-parts.ts';
import { readPage, readPages, type BuiltPage } from '../helpers/built-site.ts';
import { segmentedHama } from '../helpers/hama.ts';

describe('the built site of the Hama story', () => {
  const outDir = inject('contentSite');
  const hama = segmentedHama();
  let pages: BuiltPage[] = [];
  beforeAll(() => {
    pages = readPages(outDir);
  });

  it('has a home page, a story page and one page per report', () => {
    const paths = pages.map((p) => p.path);
    expect(paths).toContain('/');
    expect(paths).toContain('/stories/hama/');
    for (const report of hama.reports) expect(paths).toContain(`/stories/hama/reports/${report.id}/`);
  });

  it('lists every report on the home page with its file name and body sentence count', () => {
    const home = readPage(outDir, '/');
    for (const report of hama.reports) {
      const row = home.root.querySelectorAll('tr').find((tr) => tr.text.includes(report.file));
      expect(row, report.file).toBeDefined();
      const bodyCount = report.sentences.filter((s) => s.kind === 'body').length;
      expect(row?.querySelector('td.num')?.text.trim()).toBe(String(bodyCount));
    }
  });

  it('wraps every sentence of a report in exactly one element whose id is the sentence id', () => {
    for (const report of hama.reports) {
      const page = readPage(outDir, `/stories/hama/reports/${report.id}/`);
      const ids = page.root.querySelectorAll('[id]').map((el) => el.id);
      for (const sentence of report.sentences) {
        expect(ids.filter((id) => id === sentence.id), sentence.id).toHaveLength(1);
        const element = page.root.getElementById(sentence.id);
        expect(element?.text.replace(/\s+/g, ' ').trim().endsWith(sentence.text)).toBe(true);
      }
    }
  });

  it('writes the overview counts as words with their spaces', () => {
    expect(readPage(outDir, '/stories/hama/').root.querySelector('.lead')?.text.replace(/\s+/g, ' ').trim()).toMatch(
      /^5 reports · \d+ claims · \d+ discrepanc(y|ies) \(\d+ contradictions?\)$/,
    );
  });

  it('labels text that is not body with its kind', () => {
    const page = readPage(outDir, `/stories/hama/reports/${hama.reports[2]?.id}/`);
    const related = page.root.querySelector('.block-related-link');
    expect(related?.querySelector('.block-label')?.text).toBe('Related link');
    expect(related?.text).toContain('ALSO READ:');
  });

  it('gives every page one h1 and a language', () => {
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) {
      expect(page.root.querySelectorAll('h1'), page.path).toHaveLength(1);
      expect(page.root.querySelector('html')?.getAttribute('lang'), page.path).toBe('en');
    }
  });

  it('ships no client JavaScript, except Pagefind on the search page', () => {
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages.filter((p) => p.path !== '/search/')) {
      expect(page.root.querySelectorAll('script:not([type="application/ld+json"])'), page.path).toHaveLength(0);
    }
    const search = readPage(outDir, '/search/');
    expect(search.root.querySelectorAll('script').map((s) => s.getAttribute('src'))).toEqual(['/pagefind/pagefind-ui.js', '/search.js']);
  });

  it('marks for search every page but those that repeat other pages: side by side, against all, a filter of findings', () => {
    const repeats = /^\/stories\/hama\/(compare\/|discrepancies\/[^/]+\/$)/;
    const searched = pages.filter((page) => page.root.querySelector('main')?.hasAttribute('data-pagefind-body'));
    const left = pages.filter((page) => !searched.includes(page)).map((page) => page.path);
    expect(left.length).toBeGreaterThan(20);
    for (const path of left) expect(path, path).toMatch(repeats);
    for (const page of searched) expect(page.path, page.path).not.toMatch(repeats);
    expect(searched.map((page) => page.path)).toEqual(expect.arrayContaining(['/', '/stories/hama/', '/stories/hama/discrepancies/', '/stories/hama/claims/c001/']));
  });

  it('indexes a site this small in one search-index part, listed for the search page as the one bundle', () => {
    expect(JSON.parse(readFileSync(join(outDir, SEARCH_BUNDLES_FILE), 'utf8'))).toEqual({ bundles: ['/pagefind/'] });
    expect(existsSync(join(outDir, 'pagefind/part-2'))).toBe(false);
  });
});

describe('the built site of the fixture stories', () => {
  const outDir = inject('fixtureSite');

  it('renders HTML inside article text as text, never as markup', () => {
    const page = readPage(outDir, '/stories/harbour-fire/reports/first-report/');
    expect(page.root.querySelectorAll('main script')).toHaveLength(0);
    expect(page.root.querySelectorAll('main b')).toHaveLength(0);
    expect(page.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
  });

  it('shows only the metadata story.yaml gives', () => {
    const page = readPage(outDir, '/stories/harbour-fire/reports/first-report/');
    expect(page.root.querySelector('dl.facts')?.text).toContain('Harbour Gazette');
    const other = readPage(outDir, '/stories/harbour-fire/reports/uberraschung-zweiter-bericht/');
    expect(other.root.querySelector('dl.facts')?.text).not.toContain('Outlet');
  });

  it('builds a page for a file name with spaces and non-ASCII letters under a safe slug', () => {
    expect(existsSync(join(outDir, 'stories/harbour-fire/reports/uberraschung-zweiter-bericht/index.html'))).toBe(true);
  });

  it('says that a story with one report has nothing to compare', () => {
    expect(readPage(outDir, '/stories/lone-report/').root.querySelector('.notice')?.text).toMatch(/only one report[\s\S]*nothing to\s+compare/);
  });

  it('flags a report that duplicates another and keeps empty and furniture-only reports with a note', () => {
    const story = readPage(outDir, '/stories/harbour-fire/');
    const rows = story.root.querySelectorAll('tbody tr');
    const row = (file: string) => rows.find((tr) => tr.text.includes(file))?.text ?? '';
    expect(row('third copy.txt')).toContain('Same text as Harbour Gazette');
    expect(row('zz-empty.txt')).toMatch(/empty/);
    expect(row('zz-only-furniture.txt')).toMatch(/no body text/);
  });

  it('writes a comparison.json for each story', () => {
    const json = JSON.parse(readFileSync(join(outDir, 'stories/harbour-fire/comparison.json'), 'utf8')) as { sources: unknown[] };
    expect(json.sources).toHaveLength(5);
  });
});

describe('page safety', () => {
  const outDir = inject('contentSite');

  it('gives every page a Content-Security-Policy that allows no inline script or style and no other origin', () => {
    const pages = readPages(outDir);
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) {
      const csp = page.root.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
      expect(csp, page.path).toMatch(/default-src 'self'/);
      expect(csp, page.path).toMatch(page.path === '/search/' ? /script-src 'self' 'wasm-unsafe-eval'(;|$)/ : /script-src 'self'(;|$)/);
      expect(csp, page.path).not.toMatch(/unsafe-inline|https?:/);
      expect(page.root.querySelectorAll('style'), page.path).toHaveLength(0);
      expect(page.root.querySelectorAll('[style]'), page.path).toHaveLength(0);
    }
  });
});

describe('feeds and structured data', () => {
  const jsonLdOf = (outDir: string, path: string) =>
    JSON.parse(readPage(outDir, path).root.querySelector('script[type="application/ld+json"]')?.text ?? '{}') as Record<string, unknown>;

  it('describes a report as a NewsArticle with only the metadata story.yaml gives', () => {
    const data = jsonLdOf(inject('fixtureSite'), '/stories/harbour-fire/reports/first-report/');
    expect(data).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Fire Destroys Harbour Warehouse',
      url: 'https://example.org/harbour-fire',
      datePublished: '2025-03-02',
      publisher: { '@type': 'Organization', name: 'Harbour Gazette' },
    });
  });

  it('invents nothing for a Hama report, which has no metadata', () => {
    const report = segmentedHama().reports[0]?.id ?? '';
    const data = jsonLdOf(inject('contentSite'), `/stories/hama/reports/${report}/`);
    expect(Object.keys(data).sort()).toEqual(['@context', '@type', 'mainEntityOfPage']);
  });

  it('writes a sitemap that lists the story pages and an RSS feed of the stories', () => {
    const outDir = inject('contentSite');
    const sitemap = readFileSync(join(outDir, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('/stories/hama/</loc>');
    const rss = readFileSync(join(outDir, 'rss.xml'), 'utf8');
    expect(rss).toContain('<title>Rebels take the Syrian city of Hama</title>');
  });
});

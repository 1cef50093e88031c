import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../scripts/lib/build-site.ts';
import { readPage } from '../helpers/built-site.ts';

/** Three short reports of one flood, worded so that they differ on a number and each leaves something out. */
const COMPARED: Readonly<Record<string, string>> = {
  'tarn-gazette.txt':
    'River Tarn Floods Kelby\nThe River Tarn flooded more than 200 homes in Kelby on Friday, officials said.\n' +
    'Rescuers used boats to reach residents trapped in the village of Aston.\nRail services between Kelby and Ormsby were suspended until Monday.\n',
  'kelby-post.txt':
    'Floods Hit Kelby\nThe River Tarn flooded more than 250 homes in Kelby on Friday, officials said.\n' +
    'Rescuers used boats to reach residents trapped in the village of Aston.\nThe mayor praised the volunteers who filled sandbags overnight.\n',
  'valley-wire.txt':
    'Kelby Under Water\nThe River Tarn swamped more than 200 homes in Kelby on Friday, officials said.\n' +
    'Rail services between Kelby and Ormsby were suspended until Monday.\n',
};

/** Reports with nothing to compare, each shown but not compared. */
const NOT_COMPARED: Readonly<Record<string, string>> = {
  'zz-empty.txt': '',
  'zz-blank.txt': '  \n\t\n   \n',
  'zz-headline-only.txt': 'River Tarn Floods Homes in Kelby\n',
  'zz-furniture-only.txt': 'Advertisement\nLast Updated:\n(with inputs from agencies)\n',
};
const SKIPPED_IDS = ['zz-empty', 'zz-blank', 'zz-headline-only', 'zz-furniture-only'];

describe('a site built from a story with empty, blank, headline-only and furniture-only reports', () => {
  let outDir = '';
  beforeAll(async () => {
    const root = mkdtempSync(join(tmpdir(), 'parallax-not-compared-'));
    const folder = join(root, 'stories', 'kelby-flood');
    mkdirSync(folder, { recursive: true });
    for (const [name, text] of Object.entries({ ...COMPARED, ...NOT_COMPARED })) writeFileSync(join(folder, name), text);
    outDir = (await buildSite(join(root, 'stories'))).outDir;
  }, 240_000);

  it('lists no discrepancy that names a report that is not compared', () => {
    const items = readPage(outDir, '/stories/kelby-flood/discrepancies/').root.querySelectorAll('article.discrepancy');
    const named = items.flatMap((item) => item.querySelectorAll('a[href]').map((a) => a.getAttribute('href') ?? ''));
    expect(items.length).toBeGreaterThan(0);
    // The matrix's coverage column counts only the compared reports: "n of 3".
    const coverage = readPage(outDir, '/stories/kelby-flood/matrix/').root.querySelectorAll('td.cell-coverage').map((cell) => cell.text.trim());
    expect(coverage).not.toEqual([]);
    for (const cell of coverage) expect(cell).toMatch(/^\d of 3\b/);
    for (const id of SKIPPED_IDS) expect(named.filter((href) => href.includes(`/reports/${id}/`)), id).toEqual([]);
    expect(items.map((item) => item.text).join('\n')).not.toMatch(/zz-/);
  });

  it('still finds the three reports’ number difference, and shows what each leaves out as coverage', () => {
    const items = readPage(outDir, '/stories/kelby-flood/discrepancies/').root.querySelectorAll('article.discrepancy');
    const leftOut = readPage(outDir, '/stories/kelby-flood/matrix/').root.querySelectorAll('td.cell-coverage').map((cell) => cell.text.trim()).filter((text) => text.includes('left out'));
    expect(leftOut.map((text) => text.replace(/^.*left out by /, '')).sort()).toEqual(['A', 'C']);
    expect(items.map((item) => item.text).join('\n')).not.toMatch(/Not in:/);
    expect(items.some((item) => /more than 200 .* vs more than 250/.test(item.querySelector('.discrepancy-summary')?.text ?? ''))).toBe(true);
  });

  it('gives the claims matrix a column for each compared report only, and says which reports are not compared and why', () => {
    const matrix = readPage(outDir, '/stories/kelby-flood/matrix/').root;
    expect(matrix.querySelectorAll('thead th').map((th) => th.text.trim())).toEqual(['Claim', 'Reports (independent)', 'A', 'B', 'C', 'Coverage']);
    const note = matrix.querySelector('.notice.not-compared');
    expect(note?.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual(SKIPPED_IDS.slice().sort().map((id) => `/stories/kelby-flood/reports/${id}/`));
    expect(note?.text.replace(/\s+/g, ' ')).toContain('E (no body text)');
  });

  it('shows a report that is not compared as not compared in the overview, never as a share of none', () => {
    const overview = readPage(outDir, '/stories/kelby-flood/').root;
    expect(overview.querySelector('.lead')?.text.replace(/\s+/g, ' ').trim()).toMatch(/^7 reports \(4 not compared\) · /);
    const rows = overview.querySelectorAll('tbody tr');
    for (const file of Object.keys(NOT_COMPARED)) {
      const row = rows.find((tr) => tr.text.includes(file));
      expect(row?.querySelectorAll('td')[2]?.text.trim(), file).toBe('not compared');
      expect(row?.querySelector('.coverage'), file).toBeNull();
      expect(row?.text, file).toMatch(/not compared: (the file is empty|the file holds only whitespace|no body text was found)/);
    }
  });

  it('says on the report page of an empty report why it is not compared', () => {
    const page = readPage(outDir, '/stories/kelby-flood/reports/zz-empty/').root;
    expect(page.querySelectorAll('.notice').map((p) => p.text.trim())).toEqual(['not compared: the file is empty']);
  });
});

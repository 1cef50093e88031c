import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../scripts/lib/build-site.ts';
import { checkLinks } from '../../scripts/lib/check-links.ts';
import { listFiles } from '../../src/files/list-files.ts';
import { readPage, readSiteFiles } from '../helpers/built-site.ts';

const PLACES = ['Aston', 'Brill', 'Corfe', 'Dunley', 'Eyam', 'Frome', 'Garth', 'Hythe', 'Ilkley', 'Jarrow'];

/** Thirty short, hand-made reports of one flood, each worded a little differently. */
function floodReport(n: number): string {
  const place = PLACES[n % PLACES.length] ?? 'Aston';
  const verbs = ['flooded', 'swamped', 'inundated'];
  return [
    `River Tarn Floods Homes ${n}`,
    `The River Tarn ${verbs[n % 3]} more than ${200 + (n % 3) * 50} homes in Kelby on Friday, officials said.`,
    `Rescuers used boats to reach residents trapped in the village of ${place}.`,
    `The Environment Agency issued ${n % 2 === 0 ? 'three' : 'four'} severe flood warnings for the valley.`,
    `Rail services between Kelby and Ormsby were suspended until Monday.`,
  ].join('\n');
}

describe('a site built from hostile and unusual input', () => {
  let outDir = '';
  beforeAll(async () => {
    const root = mkdtempSync(join(tmpdir(), 'parallax-hostile-'));
    const thirty = join(root, 'stories', 'thirty-reports');
    const odd = join(root, 'stories', 'odd-inputs');
    mkdirSync(thirty, { recursive: true });
    mkdirSync(odd, { recursive: true });
    for (let n = 1; n <= 30; n++) writeFileSync(join(thirty, `report-${String(n).padStart(2, '0')}.txt`), floodReport(n));
    const english = 'The town council approved a new budget on Monday after a long debate.\nThe budget includes money for two new schools, the mayor said.\n';
    writeFileSync(join(odd, 'a-english.txt'), english);
    writeFileSync(join(odd, 'b-exact-copy.txt'), english);
    writeFileSync(join(odd, 'c-no-punctuation.txt'), 'Council Passes Budget\nThe town council approved a new budget on Monday after a long debate\nthe budget includes money for two new schools the mayor said\n');
    writeFileSync(
      join(odd, 'd-french.txt'),
      "Le conseil municipal a approuvé lundi un nouveau budget après un long débat. Le budget prévoit de l'argent pour deux nouvelles écoles, a déclaré le maire. Les habitants de la ville attendaient cette décision depuis des mois, selon la presse locale.\n",
    );
    outDir = (await buildSite(join(root, 'stories'))).outDir;
  }, 240_000);

  it('builds every page with no broken internal link or anchor', () => {
    const report = checkLinks(readSiteFiles(outDir));
    expect(report.checked).toBeGreaterThan(1000);
    expect(report.broken).toEqual([]);
  });

  it('compares all thirty reports, with a side-by-side page for every ordered pair', () => {
    const matrix = readPage(outDir, '/stories/thirty-reports/matrix/');
    // The claim column, the reports-and-independent column, one column per report, labelled A … Z, AA … AD, and the coverage column.
    expect(matrix.root.querySelectorAll('thead th').map((th) => th.text.trim()).slice(-7)).toEqual(['Y', 'Z', 'AA', 'AB', 'AC', 'AD', 'Coverage']);
    expect(matrix.root.querySelectorAll('thead th')).toHaveLength(33);
    const pairs = listFiles(join(outDir, 'stories/thirty-reports/compare')).filter((path) => /^[^/]+\/[^/]+\/index\.html$/.test(path));
    expect(pairs).toHaveLength(30 * 29);
  });

  it('keeps a report without sentence-final punctuation, one sentence a line', () => {
    const page = readPage(outDir, '/stories/odd-inputs/reports/c-no-punctuation/');
    expect(page.root.querySelectorAll('.report-text .block-body span.sentence').map((el) => el.text.trim())).toEqual([
      'The town council approved a new budget on Monday after a long debate',
      'the budget includes money for two new schools the mayor said',
    ]);
    expect(page.root.querySelector('.block-headline')?.text).toContain('Council Passes Budget');
  });

  it('flags the byte-for-byte copy and the French report and leaves both out of the comparison', () => {
    const overview = readPage(outDir, '/stories/odd-inputs/');
    const rows = overview.root.querySelectorAll('tbody tr');
    expect(rows.find((tr) => tr.text.includes('b-exact-copy.txt'))?.text).toContain('Same text as A');
    expect(rows.find((tr) => tr.text.includes('d-french.txt'))?.text).toMatch(/not compared: the text does not read as English/);
    const columns = readPage(outDir, '/stories/odd-inputs/matrix/').root.querySelectorAll('thead th').map((th) => th.text);
    expect(columns).not.toContain('B');
    expect(columns).not.toContain('D');
    expect(columns).toContain('A');
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { readPage, readPages } from '../helpers/built-site.ts';

interface Exported {
  claims: { id: string; url: string; sentences: string[]; speakers: { sentence: string; text: string }[] }[];
  sentences: { id: string; text: string }[];
}

describe.each([
  ['contentSite', 'hama'],
  ['fixtureSite', 'marlow-bridge'],
] as const)('claim-level links of %s/%s', (site, slug) => {
  const outDir = inject(site);
  const data = JSON.parse(readFileSync(join(outDir, 'stories', slug, 'comparison.json'), 'utf8')) as Exported;
  const textOf = new Map(data.sentences.map((s) => [s.id, s.text]));
  const fragment = (href: string) => decodeURIComponent(href.split('#')[1] ?? '');

  it('has claims carried by more than one report', () => {
    expect(data.claims.filter((c) => new Set(c.sentences.map((id) => id.replace(/-p\d+-s\d+$/, ''))).size > 1).length).toBeGreaterThan(2);
  });

  it('links each report quotation on a claim page to a sentence of that claim that holds the quoted words', () => {
    for (const claim of data.claims) {
      const page = readPage(outDir, claim.url);
      const figures = page.root.querySelectorAll('.claim-source figure');
      expect(figures.length, claim.id).toBe(claim.sentences.length);
      for (const figure of figures) {
        const id = fragment(figure.querySelector('figcaption a')?.getAttribute('href') ?? '');
        expect(claim.sentences, `${claim.id} → ${id}`).toContain(id);
        expect(figure.querySelector('blockquote')?.text.replace(/\s+/g, ' ').trim()).toBe(textOf.get(id));
      }
    }
  });

  it('names under each quoted sentence of a claim page the speaker comparison.json gives it, and no other', () => {
    const shown: string[] = [];
    const expected: string[] = [];
    for (const claim of data.claims) {
      const speakerOf = new Map(claim.speakers.map((speaker) => [speaker.sentence, speaker.text]));
      for (const figure of readPage(outDir, claim.url).root.querySelectorAll('.claim-source figure')) {
        const id = fragment(figure.querySelector('figcaption a')?.getAttribute('href') ?? '');
        shown.push(`${id}: ${figure.querySelector('.claim-speaker [data-quote-source]')?.text ?? '-'}`);
        expected.push(`${id}: ${speakerOf.get(id) ?? '-'}`);
      }
    }
    expect(shown).toEqual(expected);
  });

  it('links every matrix cell to a sentence of the claim in its row', () => {
    const matrix = readPage(outDir, `/stories/${slug}/matrix/`);
    const claimByUrl = new Map(data.claims.map((c) => [c.url, c]));
    for (const row of matrix.root.querySelectorAll('tbody tr')) {
      const claim = claimByUrl.get(row.querySelector('th a')?.getAttribute('href') ?? '');
      expect(claim).toBeDefined();
      for (const link of row.querySelectorAll('td a')) expect(claim?.sentences).toContain(fragment(link.getAttribute('href') ?? ''));
    }
  });

  it('lands every link to a report sentence on an element with that id', () => {
    const ids = new Map(readPages(outDir).map((p) => [p.path, new Set(p.root.querySelectorAll('[id]').map((el) => el.id))]));
    for (const page of readPages(outDir).filter((p) => p.path.startsWith(`/stories/${slug}/`))) {
      for (const link of page.root.querySelectorAll('a[href*="/reports/"]')) {
        const href = link.getAttribute('href') ?? '';
        if (!href.includes('#')) continue;
        const [path = ''] = href.split('#');
        expect(ids.get(path)?.has(fragment(href)), `${page.path} → ${href}`).toBe(true);
      }
    }
  });
});

describe('the against-all view', () => {
  it('shows each matching sentence of another report on its own, never run together with the next', () => {
    const outDir = inject('contentSite');
    const data = JSON.parse(readFileSync(join(outDir, 'stories/hama/comparison.json'), 'utf8')) as Exported & { sources: { id: string }[] };
    const first = data.sources[0]?.id ?? '';
    const page = readPage(outDir, `/stories/hama/compare/${first}/`);
    const texts = new Set(data.sentences.map((s) => s.text));
    const matches = page.root.querySelectorAll('.against-claim li a');
    expect(matches.length).toBeGreaterThan(10);
    for (const link of matches) expect(texts.has(link.text.replace(/\s+/g, ' ').trim()), link.text.slice(0, 60)).toBe(true);
    for (const item of page.root.querySelectorAll('.against-claim li')) {
      expect(item.querySelectorAll('a').length).toBe(item.querySelectorAll('.against-match').length);
    }
  });
});

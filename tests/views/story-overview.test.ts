import { describe, expect, it } from 'vitest';
import { buildStoryOverview } from '../../src/site/views/story-overview.ts';
import { buildCoverageNote, buildFinding, storyViewOf } from '../helpers/stories.ts';

const SITE = new URL('https://parallax.example/');

/** Three reports: one claim all carry (a variant on it), one two carry (a contradiction), one only `a` carries. */
const story = storyViewOf(
  [
    { id: 'a', paragraphs: ['Rain fell on Friday.', '200 homes flooded.', 'Only A says this.'] },
    { id: 'b', paragraphs: ['Rain fell on Friday.', '250 homes flooded.'] },
    { id: 'c', paragraphs: ['Rain fell Friday.'] },
  ],
  [['a0', 'b0', 'c0'], ['a1', 'b1'], ['a2']],
  [
    buildFinding('d1', 'c001', { 'a-p1-s1': 'on Friday', 'c-p1-s1': 'Friday' }, { kind: 'date', severity: 'variant' }),
    buildFinding('d2', 'c002', { 'a-p2-s1': '200', 'b-p2-s1': '250' }),
  ],
  [buildCoverageNote('c003', ['a']), buildCoverageNote('c002', ['a', 'b'], ['c'])],
);

describe('buildStoryOverview', () => {
  it('counts reports, claims and only the disagreements in its lead', () => {
    expect(buildStoryOverview(story, SITE).lead).toBe('3 reports · 3 claims · 2 discrepancies (1 contradiction)');
  });

  it('shows disagreements contradictions first, and no coverage finding', () => {
    expect(buildStoryOverview(story, SITE).disagreements.shown.map((item) => item.id)).toEqual(['d2', 'd1']);
  });

  it('lists the claims most reports carry, most widely carried first, with how many carry each', () => {
    const { agreed, compared } = buildStoryOverview(story, SITE);
    expect([agreed.shown.map(({ link, reports }) => [link.summary, reports]), agreed.total, compared]).toEqual([
      [
        ['Rain fell on Friday.', 3],
        ['200 homes flooded.', 2],
      ],
      2,
      3,
    ]);
  });

  it('groups the claims only one report carries under that report, leaving out reports with none', () => {
    expect(buildStoryOverview(story, SITE).unique.map(({ report, count, claims }) => [report, count, claims.map((c) => c.href)])).toEqual([
      ['A', '1 claim', ['/stories/test/claims/c003/']],
    ]);
  });

  it('draws each compared report’s share of the claims as a bar out of 100', () => {
    expect(buildStoryOverview(story, SITE).reports.map((row) => row.coverage)).toEqual([
      { width: 100, percent: '100%', label: '3 of 3 claims' },
      { width: 67, percent: '67%', label: '2 of 3 claims' },
      { width: 33, percent: '33%', label: '1 of 3 claims' },
    ]);
  });

  it('gives a report that is not compared no share and no count of its own claims', () => {
    const view = buildStoryOverview(storyViewOf(
      [
        { id: 'a', paragraphs: ['A1.'] },
        { id: 'b', paragraphs: ['B1.'] },
        { id: 'empty', paragraphs: [] },
      ],
      [['a0', 'b0']],
    ), SITE);
    expect(view.reports.find((row) => row.file === 'empty.txt')).toMatchObject({ coverage: undefined, unique: undefined });
  });

  it('offers every pair of compared reports, each report against itself left out', () => {
    expect(buildStoryOverview(story, SITE).pairs?.rows[0]?.cells).toEqual([
      { kind: 'same' },
      { kind: 'link', href: '/stories/test/compare/a/b/', label: 'compare A with B' },
      { kind: 'link', href: '/stories/test/compare/a/c/', label: 'compare A with C' },
    ]);
  });

  it('says there is nothing to compare, and offers no pairs or provenance, when only one report is compared', () => {
    const view = buildStoryOverview(storyViewOf([{ id: 'a', paragraphs: ['A1.'] }], [['a0']]), SITE);
    expect([view.nothingToCompare, view.pairs, view.provenanceHref]).toEqual(['only one report', undefined, undefined]);
  });

  it('writes the page’s JSON-LD with absolute addresses on the site', () => {
    expect(JSON.parse(buildStoryOverview(story, SITE).jsonLd)).toMatchObject({ '@type': 'CollectionPage', url: 'https://parallax.example/stories/test/' });
  });
});

import { describe, expect, it } from 'vitest';
import { buildDiscrepanciesView, discrepancyFilterRoutes } from '../../src/site/views/discrepancies.ts';
import { buildCoverageNote, buildFinding, storyViewOf } from '../helpers/stories.ts';

const story = storyViewOf(
  [
    { id: 'a', paragraphs: ['200 homes.', 'Only A.'] },
    { id: 'b', paragraphs: ['250 homes.'] },
  ],
  [['a0', 'b0'], ['a1']],
  [
    buildFinding('d2', 'c001', { 'a-p1-s1': '200 homes', 'b-p1-s1': '250 homes' }, { kind: 'name', severity: 'variant' }),
    buildFinding('d1', 'c001', { 'a-p1-s1': '200', 'b-p1-s1': '250' }),
  ],
  [buildCoverageNote('c002', ['a'])],
);

describe('discrepancyFilterRoutes', () => {
  it('offers each severity and each kind that occurs, so no filter page is empty', () => {
    expect(discrepancyFilterRoutes(story)).toEqual(['contradiction', 'variant', 'name', 'number']);
  });

  it('offers no filter for coverage: what only one report says is not a discrepancy', () => {
    expect(discrepancyFilterRoutes(story)).not.toContain('unique');
  });
});

describe('buildDiscrepanciesView', () => {
  it('lists every finding, contradictions first, and no coverage note', () => {
    expect(buildDiscrepanciesView(story).items.map((item) => item.id)).toEqual(['d1', 'd2']);
  });

  it('counts each filter and links every filter but the one shown, “All” first', () => {
    expect(buildDiscrepanciesView(story, 'name').filters).toEqual([
      { label: 'All', count: 2, href: '/stories/test/discrepancies/' },
      { label: 'Contradictions', count: 1, href: '/stories/test/discrepancies/contradiction/' },
      { label: 'Variants', count: 1, href: '/stories/test/discrepancies/variant/' },
      { label: 'Name spelling', count: 1, href: undefined },
      { label: 'Numbers', count: 1, href: '/stories/test/discrepancies/number/' },
    ]);
  });

  it('keeps only the findings of the filter shown, and names it in the title', () => {
    const view = buildDiscrepanciesView(story, 'number');
    expect([view.title, view.items.map((item) => item.id)]).toEqual(['Discrepancies: Numbers', ['d1']]);
  });

  it('heads each item at level 2, the list having no sections of its own', () => {
    expect(buildDiscrepanciesView(story).items.map((item) => item.heading)).toEqual(['h2', 'h2']);
  });

  it('searches the list of every finding, not a filter’s page, which repeats some of them', () => {
    expect([buildDiscrepanciesView(story).frame.page.searchable, buildDiscrepanciesView(story, 'number').frame.page.searchable]).toEqual([true, false]);
  });

  it('refuses a filter the story does not offer', () => {
    expect(() => buildDiscrepanciesView(story, 'date')).toThrow('no discrepancy filter date in test');
  });
});

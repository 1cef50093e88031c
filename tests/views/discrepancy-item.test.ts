import { describe, expect, it } from 'vitest';
import type { SentenceId } from '../../src/pipeline/types.ts';
import { indexStory } from '../../src/site/story-index.ts';
import { buildDiscrepancyItem } from '../../src/site/views/parts/discrepancy-item.ts';
import { buildFinding, storyViewOf } from '../helpers/stories.ts';

const story = storyViewOf(
  [
    { id: 'a', paragraphs: ['200 homes flooded.'] },
    { id: 'b', paragraphs: ['250 homes flooded.'] },
    { id: 'c', paragraphs: ['Rain fell.'] },
  ],
  [['a0', 'b0']],
);
const index = indexStory(story);

describe('buildDiscrepancyItem', () => {
  it('shows each sentence in its report’s words, the differing value marked and quoted', () => {
    const item = buildDiscrepancyItem(index, buildFinding('d1', 'c001', { 'a-p1-s1': '200', 'b-p1-s1': '250' }));
    expect(item.evidence[0]).toEqual({
      href: '/stories/test/reports/a/#a-p1-s1',
      source: 'a',
      sentence: 'a-p1-s1',
      textAttributes: { lang: 'en', dir: 'ltr' },
      pieces: [
        { text: '200', marked: true },
        { text: ' homes flooded.', marked: false },
      ],
      place: 'A, line 1',
      claims: [{ id: 'c001', href: '/stories/test/claims/c001/' }],
      value: '200',
    });
  });

  it('gives severity and kind in words and a symbol', () => {
    const item = buildDiscrepancyItem(index, buildFinding('d1', 'c001', {}, { kind: 'date', severity: 'variant' }));
    expect([item.className, item.symbol, item.severity, item.kind]).toEqual(['discrepancy severity-variant', '≈', 'Variant', 'Dates and times']);
  });

  it('links the claim of a finding made inside a claim, and shows a contradiction’s reason', () => {
    const finding = { ...buildFinding('d1', 'c001', { 'a-p1-s1': '200', 'b-p1-s1': '250' }), reason: '200 and 250 cannot both be right' };
    const item = buildDiscrepancyItem(index, finding);
    expect([item.claim, item.reason]).toEqual([{ id: 'c001', href: '/stories/test/claims/c001/' }, '200 and 250 cannot both be right']);
  });

  it('gives a finding across the story no claim of its own but each sentence’s claims', () => {
    const { claim: _claim, ...acrossStory } = buildFinding('d1', 'c001', { 'a-p1-s1': '200', 'c-p1-s1': 'Rain' });
    const item = buildDiscrepancyItem(index, acrossStory);
    expect([item.claim, item.evidence.map((evidence) => evidence.claims.map((claim) => claim.id))]).toEqual([undefined, [['c001'], []]]);
  });

  it('reads a value only from the finding’s own entries, never from the object prototype', () => {
    // A sentence whose id is "constructor", and values parsed from JSON into a plain object, as the collection gives them.
    const built = storyViewOf([{ id: 'a', paragraphs: ['Rain fell.'] }], []);
    const story = { ...built, reports: built.reports.map((report) => ({ ...report, sentences: report.sentences.map((s) => ({ ...s, id: 'constructor' as SentenceId })) })) };
    const item = buildDiscrepancyItem(indexStory(story), buildFinding('d1', 'c001', {}, { sentences: ['constructor'], values: JSON.parse('{}') as Record<string, string> }));
    expect(item.evidence[0]?.value).toBeUndefined();
  });

  it('heads an item at level 3 unless told otherwise', () => {
    const finding = buildFinding('d1', 'c001', {});
    expect([buildDiscrepancyItem(index, finding).heading, buildDiscrepancyItem(index, finding, 2).heading]).toEqual(['h3', 'h2']);
  });
});

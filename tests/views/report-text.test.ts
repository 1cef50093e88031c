import { describe, expect, it } from 'vitest';
import { indexStory } from '../../src/site/story-index.ts';
import type { StoryView } from '../../src/site/story-view.ts';
import { buildReportText, type ReportParagraphView } from '../../src/site/views/parts/report-text.ts';
import { buildCoverageNote, buildFinding, storyViewOf } from '../helpers/stories.ts';

/** Report `a` (a headline, two body sentences and a caption) and `b`, which shares its first body claim and disagrees on a number. */
function storyOfKinds(): StoryView {
  return storyViewOf(
    [
      {
        id: 'a',
        paragraphs: [
          { kind: 'headline', sentences: ['Flood in Kelby'] },
          '200 homes flooded on Friday in the valley town of Kelby.',
          'Only A says this.',
          { kind: 'caption', sentences: ['Boats in a street.'] },
        ],
      },
      { id: 'b', paragraphs: ['250 homes flooded on Friday.'] },
    ],
    [['a1', 'b0'], ['a2']],
    [buildFinding('d1', 'c001', { 'a-p2-s1': '200', 'b-p1-s1': '250' })],
    [buildCoverageNote('c002', ['a'])],
  );
}

/** The paragraphs of report `a`. */
function paragraphsOfA(): readonly ReportParagraphView[] {
  const story = storyOfKinds();
  const report = story.reports.find((r) => r.id === 'a');
  if (report === undefined) throw new Error('no report a');
  return buildReportText(indexStory(story), report).paragraphs;
}

describe('buildReportText', () => {
  it('labels a headline but not the body', () => {
    expect(paragraphsOfA().map((p) => (p.kind === 'claims' ? p.label : p.kind))).toEqual(['Headline', undefined, undefined, 'block']);
  });

  it('marks a sentence that takes part in a disagreement, linking to it', () => {
    const body = paragraphsOfA()[1];
    expect(body?.kind === 'claims' ? body.sentences : undefined).toEqual([
      { id: 'a-p2-s1', className: 'sentence has-discrepancy', text: '200 homes flooded on Friday in the valley town of Kelby.', markers: [{ href: '/stories/test/discrepancies/#d1', symbol: '⚠', label: 'Contradiction: Numbers' }] },
    ]);
  });

  it('does not mark a sentence whose claim only its report carries', () => {
    const only = paragraphsOfA()[2];
    expect(only?.kind === 'claims' ? [only.sentences[0]?.className, only.sentences[0]?.markers, only.notes] : undefined).toEqual(['sentence', [], []]);
  });

  it('notes where a sentence’s claim is told elsewhere, quoting its first six words', () => {
    const body = paragraphsOfA()[1];
    expect(body?.kind === 'claims' ? body.notes : undefined).toEqual([
      {
        href: '#a-p2-s1',
        source: 'a',
        sentence: 'a-p2-s1',
        textAttributes: { lang: 'en', dir: 'ltr' },
        excerpt: '200 homes flooded on Friday in …',
        claims: [{ id: 'c001', href: '/stories/test/claims/c001/', elsewhere: [{ href: '/stories/test/reports/b/#b-p1-s1', report: 'B' }] }],
        disagreements: [{ href: '/stories/test/discrepancies/#d1', symbol: '⚠', label: 'contradiction: numbers' }],
      },
    ]);
  });

  it('shows a caption as a labelled block of its own', () => {
    expect(paragraphsOfA()[3]).toEqual({ kind: 'block', className: 'block block-caption sentence', label: 'Photo caption', id: 'a-p4-s1', text: 'Boats in a street.' });
  });
});

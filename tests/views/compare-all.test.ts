import { describe, expect, it } from 'vitest';
import { buildCompareAllView, compareAllRoutes } from '../../src/site/views/compare-all.ts';
import { storyViewOf } from '../helpers/stories.ts';
import type { SourceId } from '../../src/pipeline/types.ts';

/** Report ids of the hand-made stories, branded as the pipeline brands them. */
const A = 'a' as SourceId;

const story = storyViewOf(
  [
    { id: 'a', paragraphs: ['Rain fell.', 'Roads closed.'] },
    { id: 'b', paragraphs: ['It rained.'] },
    { id: 'c', paragraphs: ['Rain fell hard.'] },
    { id: 'empty', paragraphs: [] },
  ],
  [['a0', 'b0']],
);

describe('compareAllRoutes', () => {
  it('gives every compared report a page of its own', () => {
    expect(compareAllRoutes(story)).toEqual(['a', 'b', 'c']);
  });
});

describe('buildCompareAllView', () => {
  it('sets each claim of a sentence beside what every other report says about it', () => {
    expect(buildCompareAllView(story, A).sentences[0]?.claims).toEqual([
      {
        id: 'c001',
        href: '/stories/test/claims/c001/',
        reports: 2,
        independent: 2,
        others: [
          { label: 'B', matches: [{ href: '/stories/test/reports/b/#b-p1-s1', source: 'b', id: 'b-p1-s1', textAttributes: { lang: 'en', dir: 'ltr' }, text: 'It rained.' }] },
          { label: 'C', matches: [] },
        ],
      },
    ]);
  });

  it('names who each report gives the claim to, so one wording given to two people stands out', () => {
    const said = storyViewOf(
      [
        { id: 'a', paragraphs: ['The bridge will reopen in May, Mayor Ann Lutz said.'] },
        { id: 'b', paragraphs: ['The bridge will reopen in May, engineer Tom Reyes said.'] },
      ],
      [['a0', 'b0']],
    );
    const [claim] = buildCompareAllView(said, A).sentences[0]?.claims ?? [];
    expect([claim?.speaker, claim?.others[0]?.matches[0]?.speaker]).toEqual(['Mayor Ann Lutz', 'engineer Tom Reyes']);
  });

  it('keeps a sentence that is part of no claim, with no claims', () => {
    expect(buildCompareAllView(story, A).sentences[1]).toMatchObject({ text: 'Roads closed.', claims: [] });
  });

  it('leaves out sentences of kinds that state no claim', () => {
    const withCaption = {
      ...story,
      reports: story.reports.map((report) => (report.id === 'a' ? { ...report, sentences: report.sentences.map((s, i) => (i === 1 ? { ...s, kind: 'caption' as const } : s)) } : report)),
    };
    expect(buildCompareAllView(withCaption, A).sentences.map((sentence) => sentence.text)).toEqual(['Rain fell.']);
  });

  it('is left out of the search index: its sentences are searched on the report page', () => {
    expect(buildCompareAllView(story, A).frame.page.searchable).toBe(false);
  });

  it('counts the compared reports for “in n of m reports”', () => {
    expect(buildCompareAllView(story, A).compared).toBe(3);
  });
});

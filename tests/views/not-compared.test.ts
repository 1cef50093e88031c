import { describe, expect, it } from 'vitest';
import { coverageByReport } from '../../src/site/claim-summaries.ts';
import { comparableReports, notComparedReports, type StoryView } from '../../src/site/story-view.ts';
import { storyViewOf } from '../helpers/stories.ts';

/** Three compared reports, an empty one, a copy of `a` and one not in English. */
function storyWithSkippedReports(): StoryView {
  return storyViewOf(
    [
      { id: 'a', paragraphs: ['A1.', 'A2.'] },
      { id: 'b', paragraphs: ['B1.', 'B2.'] },
      { id: 'c', paragraphs: ['C1.'] },
      { id: 'empty', paragraphs: [] },
      { id: 'copy', duplicateOf: 'a', paragraphs: ['A1.', 'A2.'] },
      { id: 'french', english: false, paragraphs: ['F1.'] },
    ],
    [['a0', 'b0', 'c0'], ['a1', 'b1']],
  );
}

describe('reports that are shown but not compared', () => {
  const story = storyWithSkippedReports();

  it('are not among the comparable reports', () => {
    expect(comparableReports(story).map((report) => report.id)).toEqual(['a', 'b', 'c']);
  });

  it('are listed with why, a copy naming its original', () => {
    expect(notComparedReports(story).map(({ report, reason, note }) => ({ report: report.id, reason, note }))).toEqual([
      { report: 'empty', reason: 'no-body-text', note: 'no body text' },
      { report: 'copy', reason: 'duplicate', note: 'same text as A' },
      { report: 'french', reason: 'not-english', note: 'not in English' },
    ]);
  });

  it('get no share of the claims, rather than a share of none', () => {
    expect(coverageByReport(story).map((coverage) => coverage.report)).toEqual(['a', 'b', 'c']);
  });
});

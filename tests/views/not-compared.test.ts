import { describe, expect, it } from 'vitest';
import type { SourceId } from '../../src/pipeline/types.ts';
import { coverageByReport } from '../../src/site/claim-summaries.ts';
import { comparableReports, notComparedReports, type StoryView } from '../../src/site/story-view.ts';
import { buildStoryView } from './story-builder.ts';

/** Three compared reports, an empty one, a copy of `a` and one in French. */
function storyWithSkippedReports(): StoryView {
  const built = buildStoryView(
    { a: ['A1.', 'A2.'], b: ['B1.', 'B2.'], c: ['C1.'], empty: [], copy: ['A1.', 'A2.'], french: ['F1.'] },
    [[['a', 0], ['b', 0], ['c', 0]], [['a', 1], ['b', 1]]],
  );
  return {
    ...built,
    reports: built.reports.map((report) =>
      report.id === 'copy'
        ? { ...report, duplicateOf: 'a' as SourceId }
        : report.id === 'french'
          ? { ...report, language: { tag: 'fr', english: false, source: 'declared' as const, englishShare: 0.02, direction: 'ltr' as const } }
          : report,
    ),
  };
}

describe('reports that are shown but not compared', () => {
  const story = storyWithSkippedReports();

  it('are not among the comparable reports', () => {
    expect(comparableReports(story).map((report) => report.id)).toEqual(['a', 'b', 'c']);
  });

  it('are listed with why, a copy naming its original', () => {
    expect(notComparedReports(story).map(({ report, reason, note }) => ({ report: report.id, reason, note }))).toEqual([
      { report: 'empty', reason: 'no-body-text', note: 'no body text' },
      { report: 'copy', reason: 'duplicate', note: 'same text as a' },
      { report: 'french', reason: 'not-english', note: 'not in English' },
    ]);
  });

  it('get no share of the claims, rather than a share of none', () => {
    expect(coverageByReport(story).map((coverage) => coverage.report)).toEqual(['a', 'b', 'c']);
  });
});

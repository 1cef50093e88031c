import { describe, expect, it } from 'vitest';
import { findReportTops } from '../../src/pipeline/align/report-top.ts';
import type { ClaimUnit, SentenceId, SourceId, UnitId } from '../../src/pipeline/types.ts';
import { buildSegmentedStory } from './story-builder.ts';

const story = buildSegmentedStory([
  {
    id: 'a',
    paragraphs: [
      { kind: 'dateline', sentences: ['Posted on a Tuesday'] },
      { kind: 'headline', sentences: ['Council Names New Police Chief'] },
      { kind: 'standfirst', sentences: ['A deputy from the north district gets the job.'] },
      'The town council on Tuesday named a deputy chief as head of the police force.',
      'She joined the force twenty years ago.',
    ],
  },
  {
    id: 'b',
    paragraphs: ['A new police chief was named by the council.', 'The vote was unanimous.'],
  },
]);

/** One unit per sentence, as the aligner would make for simple sentences. */
const units: ClaimUnit[] = story.reports.flatMap((report) =>
  report.sentences.map((sentence) => ({
    id: `${sentence.id}-u1` as UnitId,
    sentence: sentence.id as SentenceId,
    source: report.id as SourceId,
    start: sentence.start,
    end: sentence.end,
    text: sentence.text,
  })),
);

describe('report tops', () => {
  it('marks headline, standfirst and the first body sentence of each report, nothing else', () => {
    const tops = findReportTops(story, units);
    expect(units.filter((_, i) => tops[i]).map((unit) => unit.sentence)).toEqual([
      'a-p2-s1',
      'a-p3-s1',
      'a-p4-s1',
      'b-p1-s1',
    ]);
  });
});

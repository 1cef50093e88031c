import { describe, expect, it } from 'vitest';
import { alignStory } from '../../src/pipeline/align/index.ts';
import { findReportTops } from '../../src/pipeline/align/supports/report-top.ts';
import type { AlignedStory, ClaimUnit, SentenceId, SourceId, UnitId } from '../../src/pipeline/types.ts';
import { segmentedStoryOf } from '../helpers/stories.ts';

const story = segmentedStoryOf([
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

describe('report-top bonus in alignment', () => {
  // Two leads of one story in different words: a paraphrase model alone scores them just under the cut-off.
  const charged = 'A former employee was charged on Friday with setting the fire that destroyed a riverside warehouse this week.';
  const gutted = 'Fire gutted a riverside storage depot on Tuesday night, and police later arrested a former employee of the firm.';
  const fillerA = ['The owners said the stock was insured.', 'Trading resumed at a second site on Monday.'];
  const fillerB = ['Nobody was hurt, the fire service said.', 'The cause is still under investigation.'];
  const together = (aligned: AlignedStory, a: string, b: string): boolean =>
    aligned.claims.some((claim) => claim.sentences.includes(a as SentenceId) && claim.sentences.includes(b as SentenceId));

  it('joins two differently worded leads that the model alone leaves apart', () => {
    const leads = segmentedStoryOf([
      { id: 'a', paragraphs: [charged, ...fillerA] },
      { id: 'b', paragraphs: [gutted, ...fillerB] },
    ]);
    expect(together(alignStory(leads, { topBonus: 0 }), 'a-p1-s1', 'b-p1-s1')).toBe(false);
    expect(together(alignStory(leads), 'a-p1-s1', 'b-p1-s1')).toBe(true);
  });

  it('does not join the same two sentences deeper in their reports', () => {
    const deep = segmentedStoryOf([
      { id: 'a', paragraphs: [...fillerA, charged] },
      { id: 'b', paragraphs: [...fillerB, gutted] },
    ]);
    expect(together(alignStory(deep), 'a-p3-s1', 'b-p3-s1')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { alignStory } from '../../src/pipeline/align/index.ts';
import type { CandidateScore } from '../../src/pipeline/align/supports/support-context.ts';
import { findReportTops, reportTopRule } from '../../src/pipeline/align/supports/report-top.ts';
import { DEFAULT_SETTINGS } from '../../src/pipeline/settings.ts';
import type { AlignedStory, ClaimUnit, SentenceId } from '../../src/pipeline/types.ts';
import { segmentedStoryOf, sentenceUnitsOf } from '../helpers/stories.ts';

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
const units: ClaimUnit[] = sentenceUnitsOf(story);

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

describe('the report-top rule', () => {
  const groupOf = units.map((unit) => (unit.source === 'a' ? 0 : 1));
  const pair = (a: number, b: number): CandidateScore => ({
    a,
    b,
    reportA: groupOf[a] ?? 0,
    reportB: groupOf[b] ?? 0,
    placeA: 0,
    placeB: 0,
    logit: 0,
  });
  const bonuses = (pairs: CandidateScore[], topBonus = DEFAULT_SETTINGS.align.topBonus) =>
    reportTopRule.apply({ story, units, groupOf, profiles: [], pairs, settings: { ...DEFAULT_SETTINGS.align, topBonus } });

  it('gives the bonus to a cross-report pair of two tops, and nothing to a pair with a unit deeper down', () => {
    // Units 0-4 are report a (dateline, headline, standfirst, lead, second sentence); 5-6 report b (lead, second).
    expect(bonuses([pair(1, 5), pair(3, 5), pair(4, 5), pair(3, 6)])).toEqual([1.5, 1.5, 0, 0]);
  });

  it('gives nothing to two tops of one report', () => {
    expect(bonuses([pair(1, 3)])).toEqual([0]);
  });

  it('gives the bonus the settings name', () => {
    expect(bonuses([pair(1, 5)], 2.5)).toEqual([2.5]);
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
    expect(together(alignStory(leads, { ...DEFAULT_SETTINGS.align, topBonus: 0 }), 'a-p1-s1', 'b-p1-s1')).toBe(false);
    expect(together(alignStory(leads), 'a-p1-s1', 'b-p1-s1')).toBe(true);
  });

  it('leaves them apart when the rule is switched off, as a bonus of 0 does', () => {
    const leads = segmentedStoryOf([
      { id: 'a', paragraphs: [charged, ...fillerA] },
      { id: 'b', paragraphs: [gutted, ...fillerB] },
    ]);
    const switchedOff = alignStory(leads, { ...DEFAULT_SETTINGS.align, supports: { ...DEFAULT_SETTINGS.align.supports, top: false } });
    expect(switchedOff).toEqual(alignStory(leads, { ...DEFAULT_SETTINGS.align, topBonus: 0 }));
    expect(together(switchedOff, 'a-p1-s1', 'b-p1-s1')).toBe(false);
  });

  it('does not join the same two sentences deeper in their reports', () => {
    const deep = segmentedStoryOf([
      { id: 'a', paragraphs: [...fillerA, charged] },
      { id: 'b', paragraphs: [...fillerB, gutted] },
    ]);
    expect(together(alignStory(deep), 'a-p3-s1', 'b-p3-s1')).toBe(false);
  });
});

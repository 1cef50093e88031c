import { describe, expect, it } from 'vitest';
import { alignStory } from '../../src/pipeline/align/index.ts';
import { headlineLeadRule } from '../../src/pipeline/align/supports/headline-lead.ts';
import type { CandidateScore } from '../../src/pipeline/align/supports/support-context.ts';
import { DEFAULT_SETTINGS } from '../../src/pipeline/settings.ts';
import type { AlignedStory, ClaimUnit, SentenceId } from '../../src/pipeline/types.ts';
import { segmentedStoryOf, sentenceUnitsOf } from '../helpers/stories.ts';

// Invented reports of a bridge opening: report a's headline and lead, and two body sentences of report c, one
// stating the lead's claim, one another claim that shares the headline's words.
const story = segmentedStoryOf([
  {
    id: 'a',
    paragraphs: [
      { kind: 'headline', sentences: ['Mayor Opens River Bridge'] },
      'The mayor cut the ribbon on the new bridge across the river on Monday.',
      'Traffic is expected to ease in the old town.',
    ],
  },
  {
    id: 'c',
    paragraphs: [
      'Work on the town hall roof begins next week.',
      'On Monday the mayor opened the new bridge over the river.',
      'The mayor said the river bridge cost more than planned.',
    ],
  },
]);

/** One unit per sentence, as the aligner makes for simple sentences: a-p1 (0), a-p2 (1), a-p3 (2), c-p1 (3), c-p2 (4), c-p3 (5). */
const units: ClaimUnit[] = sentenceUnitsOf(story);
const groupOf = units.map((unit) => (unit.source === 'a' ? 0 : 1));
const pair = (a: number, b: number, logit: number): CandidateScore => ({
  a,
  b,
  reportA: groupOf[a] ?? 0,
  reportB: groupOf[b] ?? 0,
  placeA: 0,
  placeB: 0,
  logit,
});
const settings = { ...DEFAULT_SETTINGS.align, headlineLeadBonus: 0.5, headlinePenalty: 2 };
const bonusesOf = (pairs: readonly CandidateScore[]): readonly number[] =>
  headlineLeadRule.apply({ story, units, groupOf, profiles: [], pairs, settings });

describe('the headline-lead rule', () => {
  // The lead (1) is linked to c-p2 (4), not to c-p3 (5); c-p1 (3) is report c's lead, a report top.
  const pairs = [pair(1, 4, 2), pair(0, 4, -3), pair(0, 5, -1), pair(0, 3, -3), pair(1, 5, -4), pair(4, 5, 0)];

  it('supports a headline pair whose other unit its own lead is linked to', () => {
    expect(bonusesOf(pairs)[1]).toBe(0.5);
  });

  it('penalises a headline pair whose other unit its own lead is not linked to', () => {
    expect(bonusesOf(pairs)[2]).toBe(-2);
  });

  it('leaves pairs of a headline and another report top, and pairs without a headline, alone', () => {
    const bonuses = bonusesOf(pairs);
    expect([bonuses[0], bonuses[3], bonuses[4], bonuses[5]]).toEqual([0, 0, 0, 0]);
  });
});

// Another pair of invented reports: report c's sentence shares the headline's words but states another claim
// (talks on a second bridge), which report a's lead does not state.
const otherClaims = segmentedStoryOf([
  {
    id: 'a',
    paragraphs: [
      { kind: 'headline', sentences: ['Mayor Opens River Bridge'] },
      'The mayor cut the ribbon on the new crossing on Monday.',
      'Traffic is expected to ease in the old town.',
    ],
  },
  { id: 'c', paragraphs: ['Work on the town hall roof begins next week.', 'The mayor opens talks on a second river bridge next year.'] },
]);

describe('the headline-lead rule in alignment', () => {
  const together = (aligned: AlignedStory, a: string, b: string): boolean =>
    aligned.claims.some((claim) => claim.sentences.includes(a as SentenceId) && claim.sentences.includes(b as SentenceId));
  const off = { ...DEFAULT_SETTINGS.align, supports: { ...DEFAULT_SETTINGS.align.supports, headline: false } };

  it('keeps a headline out of a claim its own lead does not state', () => {
    expect(together(alignStory(otherClaims), 'a-p1-s1', 'c-p2-s1')).toBe(false);
  });

  it('switched off, gives what a bonus and a penalty of 0 give', () => {
    expect(alignStory(story, off)).toEqual(alignStory(story, { ...DEFAULT_SETTINGS.align, headlineLeadBonus: 0, headlinePenalty: 0 }));
  });

  it('without it, the headline may join that claim on shared words', () => {
    expect(together(alignStory(otherClaims, off), 'a-p1-s1', 'c-p2-s1')).toBe(true);
  });
});

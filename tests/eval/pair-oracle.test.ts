import { describe, expect, it } from 'vitest';
import type { StoryGold } from '../../src/eval/coreference-gold.ts';
import { goldPairVerdict, ORACLE_DIFFERENT_LOGIT, ORACLE_SAME_LOGIT } from '../../src/eval/pair-oracle.ts';
import { falseJoinRate, simulatedPairVerdict } from '../../src/eval/simulated-pair-model.ts';
import { alignStory } from '../../src/pipeline/align/index.ts';
import type { ClaimUnit } from '../../src/pipeline/types.ts';
import { segmentedStoryOf, sentenceUnitsOf } from '../helpers/stories.ts';

// Invented reports of a library reopening. a1 and b1 state one fact in words that share almost nothing,
// so the pair model leaves them apart; a2 and b2 are two different facts; c1 is only a passing mention.
const A1 = 'The town library opened its doors again on Saturday after the flood repairs.';
const A2 = 'Volunteers carried four thousand books back onto the shelves.';
const B1 = 'Readers were welcomed back to the reading rooms this weekend, once the water damage was fixed.';
const B2 = 'The mayor promised a new roof for the swimming pool.';
const C1 = 'Cafe owners near the square hoped for busier days.';
const story = segmentedStoryOf([
  { id: 'a', paragraphs: [A1, A2] },
  { id: 'b', paragraphs: [B1, B2] },
  { id: 'c', paragraphs: [C1] },
]);
const [a1, a2, b1, b2, c1] = sentenceUnitsOf(story) as [ClaimUnit, ClaimUnit, ClaimUnit, ClaimUnit, ClaimUnit];

const GOLD: StoryGold = {
  files: { a: 'a.txt', b: 'b.txt', c: 'c.txt' },
  scope: 'all',
  clusters: [{ id: 'C01', core: { a: [A1], b: [B1] } }],
  vague_clusters: [{ id: 'V01', core: { a: [A1], c: [C1] } }],
};

describe('the gold as pair model (eval:news --oracle)', () => {
  it('gives a same-claim pair a sure join and a different pair a sure veto', () => {
    const verdict = goldPairVerdict(GOLD, 'all')(story);
    expect(verdict(a1, b1)).toBe(ORACLE_SAME_LOGIT);
    expect(verdict(b1, a1)).toBe(ORACLE_SAME_LOGIT);
    expect(verdict(a2, b2)).toBe(ORACLE_DIFFERENT_LOGIT);
  });

  it('leaves to the model a pair only a vague cluster links, and two units of one report', () => {
    const verdict = goldPairVerdict(GOLD, 'all')(story);
    expect(verdict(a1, c1)).toBeUndefined();
    expect(verdict(a1, a2)).toBeUndefined();
  });

  it('in the one-sided modes decides only one kind of pair', () => {
    const negatives = goldPairVerdict(GOLD, 'negatives')(story);
    const positives = goldPairVerdict(GOLD, 'positives')(story);
    expect([negatives(a1, b1), negatives(a2, b2)]).toEqual([undefined, ORACLE_DIFFERENT_LOGIT]);
    expect([positives(a1, b1), positives(a2, b2)]).toEqual([ORACLE_SAME_LOGIT, undefined]);
  });

  it('takes the model’s place in alignment: the paraphrase the model leaves apart becomes one claim', () => {
    const together = (aligned: ReturnType<typeof alignStory>) =>
      aligned.claims.some((claim) => claim.sentences.includes(a1.sentence) && claim.sentences.includes(b1.sentence));
    expect(together(alignStory(story))).toBe(false);
    expect(together(alignStory(story, undefined, { pairVerdict: goldPairVerdict(GOLD, 'all') }))).toBe(true);
  });
});

describe('a simulated pair model of a chosen quality (eval:pair-model --simulate)', () => {
  it('joins as many different pairs as the precision asked for allows', () => {
    // 100 same-claim pairs found at recall 0.6 are 60 right joins; at precision 0.75 that allows 20 wrong ones of 400.
    expect(falseJoinRate({ recall: 0.6, precision: 0.75 }, 100, 400)).toBeCloseTo(0.05, 10);
    expect(falseJoinRate({ recall: 1, precision: 1 }, 100, 400)).toBe(0);
  });

  it('at recall 1 and no false joins is the gold itself; at recall 0 it joins nothing the gold labels', () => {
    const perfect = simulatedPairVerdict(goldPairVerdict(GOLD, 'all'), 1, 0, 1)(story);
    const blind = simulatedPairVerdict(goldPairVerdict(GOLD, 'all'), 0, 0, 1)(story);
    expect([perfect(a1, b1), perfect(a2, b2), perfect(a1, c1)]).toEqual([ORACLE_SAME_LOGIT, ORACLE_DIFFERENT_LOGIT, undefined]);
    expect([blind(a1, b1), blind(a2, b2)]).toEqual([ORACLE_DIFFERENT_LOGIT, ORACLE_DIFFERENT_LOGIT]);
  });

  it('draws each pair the same way every run, so its figures repeat', () => {
    const draws = (seed: number) => {
      const verdict = simulatedPairVerdict(goldPairVerdict(GOLD, 'all'), 0.5, 0.5, seed)(story);
      return [verdict(a1, b1), verdict(a2, b2), verdict(a1, b2), verdict(a2, b1)];
    };
    expect(draws(7)).toEqual(draws(7));
  });
});

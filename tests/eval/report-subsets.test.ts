import { describe, expect, it } from 'vitest';
import type { StoryGold } from '../../src/eval/coreference-gold.ts';
import { computePairScores, scoreStory } from '../../src/eval/pair-score.ts';
import { drawSubsets, restrictGoldToReports } from '../../src/eval/report-subsets.ts';

/** Three reports of a ferry grounding; one event in all three, one in a and c only. */
const gold: StoryGold = {
  files: { a: 'a.txt', b: 'b.txt', c: 'c.txt' },
  scope: { a: ['A ferry ran aground.', 'Crew were rescued.'], b: ['The ferry hit rocks.'], c: ['A ferry grounded.', 'The crew got off safely.'] },
  clusters: [
    { id: 'C1', core: { a: ['A ferry ran aground.'], b: ['The ferry hit rocks.'], c: ['A ferry grounded.'] } },
    { id: 'C2', core: { a: ['Crew were rescued.'], c: ['The crew got off safely.'] } },
  ],
  vague_clusters: [{ id: 'V1', core: { b: ['The ferry hit rocks.'], c: ['A ferry grounded.'] } }],
  identical_files: [['a', 'b']],
};

describe('restrictGoldToReports', () => {
  it('keeps only the chosen reports and drops clusters left with fewer than two', () => {
    const restricted = restrictGoldToReports(gold, new Set(['a', 'b']));
    expect(Object.keys(restricted.files)).toEqual(['a', 'b']);
    expect(restricted.scope).toEqual({ a: ['A ferry ran aground.', 'Crew were rescued.'], b: ['The ferry hit rocks.'] });
    expect(restricted.clusters.map((cluster) => [cluster.id, Object.keys(cluster.core)])).toEqual([['C1', ['a', 'b']]]);
    expect(restricted.vague_clusters).toEqual([]);
    expect(restricted.identical_files).toEqual([['a', 'b']]);
  });

  it('scores a subset exactly as a story of those reports alone: pairs with a dropped report are not gold', () => {
    const restricted = restrictGoldToReports({ ...gold, identical_files: [] }, new Set(['a', 'c']));
    const claims = [[{ report: 'a', text: 'A ferry ran aground.' }, { report: 'c', text: 'A ferry grounded.' }]];
    const score = scoreStory(restricted, claims);
    // C1 a~c and C2 a~c are gold; the claim joins only the first.
    expect([score.gold, score.hit, score.predicted, score.correct]).toEqual([2, 1, 1, 1]);
    expect(computePairScores(score).recall).toBe(0.5);
  });

  it('leaves "all" scope as it is', () => {
    expect(restrictGoldToReports({ ...gold, scope: 'all' }, new Set(['a'])).scope).toBe('all');
  });
});

describe('drawSubsets', () => {
  const sequence = (values: number[]) => () => values.shift() ?? 0;

  it('draws subsets of the asked size, items in their original order, no repeats', () => {
    const items = ['a', 'b', 'c', 'd', 'e'];
    const subsets = drawSubsets(items, 3, 4, sequence([0.9, 0.1, 0.5, 0.3, 0.3, 0.3, 0.99, 0.99, 0.99, 0, 0, 0]));
    expect(subsets).toHaveLength(4);
    for (const subset of subsets) {
      expect(subset).toHaveLength(3);
      expect(new Set(subset).size).toBe(3);
      expect([...subset].sort((x, y) => items.indexOf(x) - items.indexOf(y))).toEqual(subset);
    }
    expect(subsets[0]).toEqual(['b', 'd', 'e']);
    expect(subsets[3]).toEqual(['a', 'b', 'c']);
  });

  it('draws nothing when the subset would be the whole story or smaller than a pair', () => {
    expect(drawSubsets(['a', 'b', 'c'], 3, 5, Math.random)).toEqual([]);
    expect(drawSubsets(['a', 'b', 'c'], 1, 5, Math.random)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { parseCorpusGold, type StoryGold } from '../../src/eval/coreference-gold.ts';
import {
  computePairScores,
  containsSnippet,
  countReachableGoldPairs,
  findCarriers,
  normaliseForMatching,
  runsOf,
  scoreStory,
  sumPairCounts,
  type ScoredSentence,
} from '../../src/eval/pair-score.ts';

// A made-up story told by three reports a, b, c: a ferry ran aground and its passengers were rescued.
const A1: ScoredSentence = { report: 'a', text: 'Ferry Runs Aground Off Gull Point' };
const A2: ScoredSentence = { report: 'a', text: 'A ferry ran aground off Gull Point on Sunday morning.' };
const A3: ScoredSentence = { report: 'a', text: 'All 40 passengers were rescued by lifeboats.' };
const B1: ScoredSentence = { report: 'b', text: 'The ferry struck a sandbank near Gull Point, the coastguard said.' };
const B2: ScoredSentence = { report: 'b', text: 'Lifeboat crews brought all forty passengers ashore.' };
const C1: ScoredSentence = { report: 'c', text: 'Passengers were taken off the stranded ferry.' };
const SENTENCES = [A1, A2, A3, B1, B2, C1];

/** Gold of the toy story: "grounding" in a and b, "rescue" in a, b and c; whole documents in scope. */
const GOLD: StoryGold = {
  files: { a: 'a.txt', b: 'b.txt', c: 'c.txt' },
  scope: 'all',
  clusters: [
    { id: 'C01', core: { a: [A1.text, A2.text], b: [B1.text] } },
    { id: 'C02', core: { a: [A3.text], b: [B2.text], c: [C1.text] } },
  ],
};

describe('normaliseForMatching', () => {
  it('straightens curly quotes, turns en and em dashes into hyphens, collapses whitespace and lower-cases', () => {
    expect(normaliseForMatching('  “Stay Back” – he said —\n‘now’  ')).toBe('"stay back" - he said - \'now\'');
  });
});

describe('which sentences carry a snippet', () => {
  it('counts a sentence that contains the snippet', () => {
    expect(containsSnippet('police said a ferry ran aground on sunday.', 'a ferry ran aground')).toBe(true);
  });

  it('counts a sentence of at least 20 characters that the snippet contains', () => {
    expect(containsSnippet('a ferry ran aground.', 'a ferry ran aground. all were rescued.')).toBe(true);
  });

  it('does not count a sentence shorter than 20 characters that the snippet contains', () => {
    expect(containsSnippet('all were rescued.', 'a ferry ran aground. all were rescued.')).toBe(false);
  });

  it('takes 30-character runs of the snippet starting every 5 characters', () => {
    expect(runsOf('abcdefghijklmnopqrstuvwxyz0123456789')).toEqual([
      'abcdefghijklmnopqrstuvwxyz0123',
      'fghijklmnopqrstuvwxyz012345678',
    ]);
  });

  it('falls back to sentences sharing a 30-character run when no sentence contains or is contained by the snippet', () => {
    const sentences = ['on sunday a ferry ran aground off gull point and', 'stayed there until noon.', 'nothing else happened.'];
    expect(findCarriers('a ferry ran aground off gull point on sunday morning.', sentences)).toEqual([0]);
  });

  it('does not fall back to shared runs when some sentence carries the snippet directly', () => {
    const sentences = ['a ferry ran aground off gull point on sunday morning.', 'a ferry ran aground off gull point, again.'];
    expect(findCarriers('a ferry ran aground off gull point on sunday morning.', sentences)).toEqual([0]);
  });

  it('finds no carrier when the only shared run is shorter than 30 characters', () => {
    expect(findCarriers('a ferry ran aground off gull point on sunday morning.', ['a ferry ran aground near the pier.'])).toEqual([]);
  });
});

describe('scoreStory', () => {
  it('counts one gold pair per cluster and report pair, and hits the ones a claim joins', () => {
    const score = scoreStory(GOLD, [[A2, B1], [A3, B2, C1]], SENTENCES);
    expect({ gold: score.gold, hit: score.hit, missed: score.missed }).toEqual({ gold: 4, hit: 4, missed: [] });
  });

  it('misses a gold pair whose sentences sit in two different claims', () => {
    const score = scoreStory(GOLD, [[A2, B1], [A3, B2], [C1]], SENTENCES);
    expect(score.hit).toBe(2);
    expect(score.missed).toEqual([
      { cluster: 'C02', reports: ['a', 'c'] },
      { cluster: 'C02', reports: ['b', 'c'] },
    ]);
  });

  it('counts every cross-report sentence pair in a claim once, even when two claims repeat it', () => {
    const score = scoreStory(GOLD, [[A3, B2, C1], [A3, B2]], SENTENCES);
    expect({ predicted: score.predicted, correct: score.correct }).toEqual({ predicted: 3, correct: 3 });
  });

  it('never counts a pair of sentences from the same report', () => {
    expect(scoreStory(GOLD, [[A1, A2, A3]], SENTENCES).predicted).toBe(0);
  });

  it('scores a claim that joins sentences of two different clusters as wrong', () => {
    const score = scoreStory(GOLD, [[A2, B2]], SENTENCES);
    expect({ hit: score.hit, predicted: score.predicted, correct: score.correct, wrong: score.wrong }).toEqual({
      hit: 0,
      predicted: 1,
      correct: 0,
      wrong: [[A2, B2]],
    });
  });

  it('looks for carriers among all sentences given, not only the claimed ones', () => {
    // `near` only shares a 30-character run with A1's snippet; A1 itself carries it, so the fallback is not used.
    const near: ScoredSentence = { report: 'a', text: 'Ferry runs aground off Gull Pond, not the point' };
    const gold: StoryGold = { ...GOLD, clusters: [{ id: 'C01', core: { a: [A1.text], b: [B1.text] } }] };
    expect(scoreStory(gold, [[near, B1]], [A1, near, B1]).hit).toBe(0);
    expect(scoreStory(gold, [[near, B1]]).hit).toBe(1);
  });

  it('tells apart two sentences of one report with the same text by their ids', () => {
    const first = { ...A3, id: 'a-1' };
    const second = { ...A3, id: 'a-2' };
    expect(scoreStory(GOLD, [[first, second, B2]], [first, second, B2]).predicted).toBe(2);
  });

  it('counts precision only on pairs whose two sentences both carry a scope snippet when scope is given', () => {
    const gold: StoryGold = { ...GOLD, scope: { a: [A2.text, A3.text], b: [B1.text], c: [C1.text] } };
    const score = scoreStory(gold, [[A2, B1], [A3, B2, C1]], SENTENCES);
    // B2 is outside scope: only A2–B1 and A3–C1 are judged.
    expect({ predicted: score.predicted, correct: score.correct, hit: score.hit }).toEqual({ predicted: 2, correct: 2, hit: 4 });
  });

  it('accepts a link through a vague cluster as correct without adding it to the gold pairs', () => {
    const gold: StoryGold = { ...GOLD, vague_clusters: [{ id: 'V01', core: { a: [A1.text], c: [C1.text] } }] };
    const score = scoreStory(gold, [[A1, C1]], SENTENCES);
    expect({ gold: score.gold, predicted: score.predicted, correct: score.correct }).toEqual({ gold: 4, predicted: 1, correct: 1 });
  });

  it('drops all but the first report of identical files from gold and predicted pairs', () => {
    const gold: StoryGold = { ...GOLD, identical_files: [['b', 'c']] };
    const score = scoreStory(gold, [[A3, B2, C1]], SENTENCES);
    expect({ gold: score.gold, hit: score.hit, predicted: score.predicted }).toEqual({ gold: 2, hit: 1, predicted: 1 });
  });
});

describe('countReachableGoldPairs', () => {
  it('counts the gold pairs whose reports both have a candidate sentence that carries a snippet', () => {
    // Without the rescue sentence of c, only a–b of C02 and a–b of C01 stay reachable.
    expect(countReachableGoldPairs(GOLD, [A2, A3, B1, B2], SENTENCES)).toBe(2);
  });
});

describe('micro-averaged scores', () => {
  it('sums the counts of several stories before dividing', () => {
    const total = sumPairCounts([
      { gold: 4, hit: 4, predicted: 2, correct: 2 },
      { gold: 6, hit: 1, predicted: 8, correct: 2 },
    ]);
    expect(total).toEqual({ gold: 10, hit: 5, predicted: 10, correct: 4 });
    expect(computePairScores(total)).toEqual({ recall: 0.5, precision: 0.4, f1: (2 * 0.5 * 0.4) / 0.9 });
  });

  it('scores 0, not NaN, when nothing is predicted', () => {
    expect(computePairScores({ gold: 3, hit: 0, predicted: 0, correct: 0 })).toEqual({ recall: 0, precision: 0, f1: 0 });
  });
});

describe('parseCorpusGold', () => {
  it('rejects a gold file whose scope is neither "all" nor sentences per report', () => {
    expect(() => parseCorpusGold({ stories: { s: { files: {}, scope: 'some', clusters: [] } } })).toThrow();
  });
});

import { describe, expect, it } from 'vitest';
import type { StoryGold } from '../../src/eval/coreference-gold.ts';
import { keyOf, labelSentencePair, readSentenceGold } from '../../src/eval/pair-labels.ts';
import type { ScoredSentence } from '../../src/eval/pair-score.ts';

// A made-up story told by three reports a, b, c: a bridge closed for repairs, and the mayor spoke about it.
const A1: ScoredSentence = { report: 'a', text: 'The Elm Street bridge closed on Monday for repairs.', id: 'a1' };
const A2: ScoredSentence = { report: 'a', text: 'Mayor Lina Ortiz said the work would take six weeks.', id: 'a2' };
const A3: ScoredSentence = { report: 'a', text: 'Traffic was diverted over the river road.', id: 'a3' };
const B1: ScoredSentence = { report: 'b', text: 'Crews shut the Elm Street bridge on Monday.', id: 'b1' };
const B2: ScoredSentence = { report: 'b', text: 'The repairs should last six weeks, Ortiz said.', id: 'b2' };
const C1: ScoredSentence = { report: 'c', text: 'Drivers faced delays near the closed bridge.', id: 'c1' };
const C2: ScoredSentence = { report: 'c', text: 'A bakery on the corner opened a second shop.', id: 'c2' };
const SENTENCES = [A1, A2, A3, B1, B2, C1, C2];

/** Claim-level gold in the BASIL shape: two claims, and a passing mention as a vague link. */
const GOLD: StoryGold = {
  files: { a: 'a.txt', b: 'b.txt', c: 'c.txt' },
  scope: 'all',
  clusters: [
    { id: 'C01', core: { a: [A1.text], b: [B1.text] } },
    { id: 'C02', core: { a: [A2.text], b: [B2.text] } },
  ],
  vague_clusters: [{ id: 'V01', core: { a: [A3.text], c: [C1.text] } }],
};

function label(gold: StoryGold, x: ScoredSentence, y: ScoredSentence): 0 | 1 | undefined {
  const sentences = readSentenceGold(gold, SENTENCES);
  return labelSentencePair(sentences.get(keyOf(x)), sentences.get(keyOf(y)));
}

describe('gold labels of sentence pairs', () => {
  it('labels two sentences that carry one cluster as the same claim', () => {
    expect(label(GOLD, A1, B1)).toBe(1);
  });

  it('labels two sentences of different clusters as different claims', () => {
    expect(label(GOLD, A1, B2)).toBe(0);
  });

  it('labels two sentences that no cluster names as different claims', () => {
    expect(label(GOLD, C2, B1)).toBe(0);
  });

  it('leaves a pair that only a vague cluster links unlabelled: an optional link is neither required nor wrong', () => {
    expect(label(GOLD, A3, C1)).toBeUndefined();
  });

  it('leaves a pair unlabelled when a sentence lies outside the annotated scope (ECB+)', () => {
    const scoped: StoryGold = { ...GOLD, scope: { a: [A1.text, A2.text], b: [B1.text, B2.text] } };
    expect(label(scoped, A1, B1)).toBe(1);
    expect(label(scoped, A1, C2)).toBeUndefined();
  });

  it('leaves a pair unlabelled when one report is a left-out copy', () => {
    expect(label({ ...GOLD, identical_files: [['a', 'b']] }, A1, B1)).toBeUndefined();
  });

  it('reads two sentences of one report the same way: one cluster that lists both makes them the same claim', () => {
    const twice: StoryGold = { ...GOLD, clusters: [{ id: 'C01', core: { a: [A1.text, A3.text], b: [B1.text] } }] };
    expect(label(twice, A1, A3)).toBe(1);
    expect(label(GOLD, A1, A2)).toBe(0);
  });

  it('finds a sentence that the segmenter cut shorter than the gold snippet', () => {
    const cut: ScoredSentence = { report: 'b', text: 'Crews shut the Elm Street bridge', id: 'b1' };
    const sentences = readSentenceGold(GOLD, [A1, cut]);
    expect(labelSentencePair(sentences.get('a1'), sentences.get('b1'))).toBe(1);
  });
});

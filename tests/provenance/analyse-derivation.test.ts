import { describe, expect, it } from 'vitest';
import * as provenance from '../../src/pipeline/provenance/index.ts';
import { analyseDerivation } from '../../src/pipeline/provenance/index.ts';
import type { AlignedStory, SourceId } from '../../src/pipeline/types.ts';
import { alignedStoryOf } from '../helpers/stories.ts';

/** Six facts, told by `a` in one wording. */
const ORIGINAL = [
  'Rebels entered the northern city at dawn on Monday.',
  'The governor fled by helicopter before noon.',
  'Troops withdrew to a base twenty miles south.',
  'Looting was reported near the central market.',
  'The rebel commander promised an amnesty for soldiers.',
  'Aid groups warned of food shortages in the suburbs.',
];

/** The same six facts reworded throughout, in the same order, with two facts of its own. */
const REWRITE = [
  'At first light on Monday, insurgent fighters pushed into the city in the north.',
  'Before midday the provincial chief escaped aboard an aircraft.',
  'Soldiers pulled back toward an installation some 20 miles to the south.',
  'Witnesses described shops being ransacked close to the main bazaar.',
  'An insurgent leader pledged to pardon government troops.',
  'Humanitarian agencies cautioned that outlying districts faced a lack of supplies.',
  'Electricity was cut across several districts.',
  'Schools will stay closed this week.',
];

/** The same six facts in another order, as a report written apart might tell them. */
const REORDERED = [ORIGINAL[5], ORIGINAL[3], ORIGINAL[1], ORIGINAL[4], ORIGINAL[0], ORIGINAL[2]].map((text) => `Separately, ${text}`);

function rewriteStory(): AlignedStory {
  return alignedStoryOf(
    [
      { id: 'a', paragraphs: ORIGINAL },
      { id: 'b', paragraphs: REWRITE },
    ],
    ORIGINAL.map((_, i) => [`a${i}`, `b${i}`]),
  );
}

const pairOf = (story: AlignedStory, source: string, carrier: string) =>
  analyseDerivation(story).pairs.find((pair) => pair.source === source && pair.carrier === carrier);

describe('the provenance module', () => {
  it('exports the analysis, its measures and its thresholds', () => {
    expect(Object.keys(provenance).sort()).toEqual([
      'DERIVATION_THRESHOLDS',
      'DERIVATION_VERDICTS',
      'DERIVATION_VERDICT_LABELS',
      'analyseDerivation',
      'describePairing',
      'explainPair',
      'formatChance',
      'formatPercent',
      'hasOrderEvidence',
      'hasWordingEvidence',
      'judgePair',
      'layOutClaims',
      'longestCommonOrder',
      'longestIncreasingRun',
      'measurePair',
      'orderAgreementChance',
      'wordingSimilarity',
      'wordsOutsideQuotes',
    ]);
  });
});

describe('analyseDerivation', () => {
  it('measures every ordered pair of comparable reports once', () => {
    const derivation = analyseDerivation(rewriteStory());
    expect(derivation.reports).toEqual(['a', 'b']);
    expect(derivation.pairs.map((pair) => `${pair.source}>${pair.carrier}`)).toEqual(['a>b', 'b>a']);
  });

  it('calls a reworded copy that keeps every fact in order the same copy, with low word overlap', () => {
    const pair = pairOf(rewriteStory(), 'a', 'b');
    expect(pair).toMatchObject({ claims: 6, shared: 6, coverage: 1, inOrder: 6, orderAgreement: 1, verbatimClaims: 0, verdict: 'same-copy' });
    expect(pair?.orderChance).toBeCloseTo(1 / 720, 6);
    expect(pair?.wording).toBeLessThan(0.3);
  });

  it('says the longer rewrite only shares material with the original, since the original carries 6 of its 8 facts', () => {
    const story = alignedStoryOf(
      [
        { id: 'a', paragraphs: ORIGINAL.slice(0, 5) },
        { id: 'b', paragraphs: [...REWRITE.slice(0, 5), 'One.', 'Two.', 'Three.', 'Four.', 'Five.', 'Six.'] },
      ],
      [...ORIGINAL.slice(0, 5).map((_, i) => [`a${i}`, `b${i}`]), ...[5, 6, 7, 8, 9, 10].map((i) => [`b${i}`])],
    );
    expect(pairOf(story, 'a', 'b')?.verdict).toBe('same-copy');
    expect(pairOf(story, 'b', 'a')).toMatchObject({ coverage: 0.4545, verdict: 'shares-material' });
  });

  it('finds no clear sign of a shared copy when the same facts are told in another order and other words', () => {
    const story = alignedStoryOf(
      [
        { id: 'a', paragraphs: ORIGINAL },
        { id: 'c', paragraphs: REORDERED.map((text) => text.replace(/\b(the|a|an|by|to|of|in|on|at|for)\b/gi, 'some')) },
      ],
      ORIGINAL.map((_, i) => [`a${i}`, `c${REORDERED.findIndex((text) => text.includes(ORIGINAL[i]?.slice(-12) ?? '-'))}`]),
    );
    const pair = pairOf(story, 'a', 'c');
    expect(pair?.shared).toBe(6);
    expect(pair?.inOrder).toBeLessThan(4);
    expect(pair?.verdict).toBe('independent');
  });

  it('counts near-verbatim claims as evidence of shared material when order cannot tell', () => {
    const story = alignedStoryOf(
      [
        { id: 'a', paragraphs: [...ORIGINAL.slice(0, 2), 'Own one.', 'Own two.', 'Own three.'] },
        { id: 'b', paragraphs: [ORIGINAL[1] ?? '', ORIGINAL[0] ?? '', 'Mine.'] },
      ],
      [['a0', 'b1'], ['a1', 'b0'], ['a2'], ['a3'], ['a4'], ['b2']],
    );
    expect(pairOf(story, 'a', 'b')).toMatchObject({ shared: 2, verbatimClaims: 2, verdict: 'shares-material' });
    expect(pairOf(story, 'b', 'a')).toMatchObject({ coverage: 0.6667, verdict: 'same-copy' });
  });

  it('leaves out words inside quotation marks when comparing wording', () => {
    const story = alignedStoryOf(
      [
        { id: 'a', paragraphs: ['The army said “we will preserve the lives of civilians” on Thursday.'] },
        { id: 'b', paragraphs: ['“We will preserve the lives of civilians,” a statement read.'] },
      ],
      [['a0', 'b0']],
    );
    expect(pairOf(story, 'a', 'b')?.wording).toBe(0);
  });

  it('skips a report that duplicates another and a report without body sentences', () => {
    const base = rewriteStory();
    const [a, b] = base.reports;
    if (!a || !b) throw new Error('fixture');
    const story: AlignedStory = {
      ...base,
      reports: [a, { ...b, duplicateOf: 'a' as SourceId }, { ...a, id: 'e' as SourceId, sentences: a.sentences.map((s) => ({ ...s, kind: 'caption' as const })) }],
    };
    expect(analyseDerivation(story)).toEqual({ reports: ['a'], pairs: [] });
  });

  it('explains each verdict with the figures behind it', () => {
    const pair = pairOf(rewriteStory(), 'a', 'b');
    expect(pair?.explanation).toBe(
      'Likely the same underlying copy: B carries 6 of the 6 claims of A (100%), all 6 in the same order ' +
        `(chance at most 0.14% between unrelated orders); ${Math.round((pair?.wording ?? 0) * 100)}% of words in common outside quotations, none near-verbatim.`,
    );
  });

  it('names reports through the hook it is given', () => {
    const derivation = analyseDerivation(rewriteStory(), undefined, { nameReport: (id) => `report ${id.toUpperCase()}` });
    expect(derivation.pairs[0]?.explanation).toContain('report B carries 6 of the 6 claims of report A');
  });
});

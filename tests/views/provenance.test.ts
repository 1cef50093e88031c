import { describe, expect, it } from 'vitest';
import { DERIVATION_THRESHOLDS } from '../../src/pipeline/provenance/index.ts';
import { derivationPairSchema, derivationSchema } from '../../src/pipeline/types.ts';
import type { StoryView } from '../../src/site/story-view.ts';
import { buildProvenanceView, type ProvenanceView } from '../../src/site/views/provenance.ts';
import { storyViewOf } from '../helpers/stories.ts';

type Pair = NonNullable<StoryView['derivation']>['pairs'][number];

/** The figures of one ordered pair: `shared` of `claims` carried, all in order, no wording measured. */
function pairOf(source: string, carrier: string, verdict: Pair['verdict'], shared: number, claims: number): Pair {
  return derivationPairSchema.parse({
    source,
    carrier,
    claims,
    shared,
    coverage: claims === 0 ? 0 : shared / claims,
    inOrder: shared,
    orderAgreement: shared === 0 ? 0 : 1,
    orderChance: 0.5,
    wordingClaims: 0,
    verbatimClaims: 0,
    sharedClaims: shared === 0 ? [] : ['c001'],
    verdict,
    explanation: '',
  });
}

/** Reports `a` and `b` share one claim; `b` carries half of `a`'s claims and shares material with it. */
function storyWithPairs(): StoryView {
  const story = storyViewOf([{ id: 'a', paragraphs: ['A1.', 'A2.'] }, { id: 'b', paragraphs: ['B1.'] }], [['a0', 'b0'], ['a1']]);
  return { ...story, derivation: derivationSchema.parse({ reports: ['a', 'b'], pairs: [pairOf('a', 'b', 'shares-material', 1, 2), pairOf('b', 'a', 'same-copy', 1, 1)] }) };
}

/** The figures part of a view, or a failure that names what the page shows instead. */
function pairsOf(view: ProvenanceView) {
  if (view.body.kind !== 'pairs') throw new Error(`expected figures, got ${view.body.kind}`);
  return view.body;
}

describe('buildProvenanceView', () => {
  it('says the provenance was not analysed when the story has no derivation', () => {
    expect(buildProvenanceView(storyViewOf([{ id: 'a', paragraphs: ['A1.'] }, { id: 'b', paragraphs: ['B1.'] }], [])).body).toEqual({ kind: 'not-analysed' });
  });

  it('says there is no pair to measure when fewer than two reports were analysed', () => {
    const story = { ...storyViewOf([{ id: 'a', paragraphs: ['A1.'] }], []), derivation: derivationSchema.parse({ reports: ['a'], pairs: [] }) };
    expect(buildProvenanceView(story).body).toEqual({ kind: 'too-few-reports' });
  });

  it('quotes the thresholds the verdicts use, as whole percentages', () => {
    const percent = (share: number) => `${Math.round(share * 100)}%`;
    expect(buildProvenanceView(storyWithPairs()).thresholds).toEqual({
      maxOrderChance: percent(DERIVATION_THRESHOLDS.maxOrderChance),
      minVerbatimClaims: DERIVATION_THRESHOLDS.minVerbatimClaims,
      verbatimWording: percent(DERIVATION_THRESHOLDS.verbatimWording),
      minCoverage: percent(DERIVATION_THRESHOLDS.minCoverage),
    });
  });

  it('sizes the matrix as a margin and one 50-unit square per report', () => {
    const { matrix } = pairsOf(buildProvenanceView(storyWithPairs()));
    expect([matrix.size, matrix.viewBox, matrix.cells.map(({ x, y }) => [x, y])]).toEqual([
      130,
      '0 0 130 130',
      [
        [30, 30],
        [80, 30],
        [30, 80],
        [80, 80],
      ],
    ]);
  });

  it('draws a dash where a report meets itself', () => {
    expect(pairsOf(buildProvenanceView(storyWithPairs())).matrix.cells[0]?.mark).toEqual({ kind: 'none', x: 55, y: 59 });
  });

  it('draws a half-filled circle over the coverage for a pair that shares material', () => {
    expect(pairsOf(buildProvenanceView(storyWithPairs())).matrix.cells[1]?.mark).toEqual({
      kind: 'verdict',
      cx: 105,
      cy: 47,
      r: 9,
      fill: 'none',
      half: 'M 105 38 A 9 9 0 0 1 105 56 Z',
      coverage: '50%',
      labelX: 105,
      labelY: 72,
    });
  });

  it('draws a full circle, and no half, for a pair that is likely the same copy', () => {
    expect(pairsOf(buildProvenanceView(storyWithPairs())).matrix.cells[2]?.mark).toMatchObject({ fill: 'currentColor', half: undefined, coverage: '100%' });
  });

  it('describes every pair with a sign of a shared copy in the matrix’s text alternative', () => {
    expect(pairsOf(buildProvenanceView(storyWithPairs())).matrix.description).toBe(
      'Claims of A in B: shares material (50% carried). Claims of B in A: likely the same underlying copy (100% carried). Every other pair: no clear sign of a shared copy.',
    );
  });

  it('puts a dash in the table where a figure has nothing to measure', () => {
    expect(pairsOf(buildProvenanceView(storyWithPairs())).rows[0]).toEqual({
      anchor: 'pair-a-in-b',
      pair: 'A in B',
      shared: '1 of 2',
      coverage: '50%',
      inOrder: '1 of 1',
      orderChance: '–',
      wording: '–',
      verbatim: '–',
      symbol: '◐',
      verdict: 'shares material',
    });
  });

  it('writes one paragraph per pair of reports, linking the two side by side and their shared claims', () => {
    expect(pairsOf(buildProvenanceView(storyWithPairs())).pairings).toEqual([
      {
        id: 'pairing-a-b',
        a: 'A',
        b: 'B',
        text: expect.stringMatching(/^A and B share 1 claim: 50% of the 2 claims of A and 100% of the 1 claims of B\./),
        compareHref: '/stories/test/compare/a/b/',
        sharedClaims: [{ id: 'c001', href: '/stories/test/claims/c001/' }],
      },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { alignStory } from '../../src/pipeline/align/index.ts';
import { buildClaims, type SecondaryMembership } from '../../src/pipeline/align/cluster/build-claims.ts';
import type { ScoredUnits } from '../../src/pipeline/align/cluster/score-units.ts';
import { addSecondaryMembers } from '../../src/pipeline/align/cluster/secondary-members.ts';
import { DEFAULT_SETTINGS } from '../../src/pipeline/settings.ts';
import type { ClaimUnit } from '../../src/pipeline/types.ts';
import { segmentedStoryOf, sentenceUnitsOf } from '../helpers/stories.ts';

// Invented reports: report a states two facts in one sentence; report b states them in two sentences.
// Report c carries a third fact. Units: a-p1 (0), b-p1 (1), b-p2 (2), c-p1 (3).
const story = segmentedStoryOf([
  { id: 'a', paragraphs: ['The council approved the harbour budget, and the harbour master resigned after the vote.'] },
  { id: 'b', paragraphs: ['Councillors passed the budget for the harbour on Tuesday.', 'The harbour master stepped down once the vote was over.'] },
  { id: 'c', paragraphs: ['Fishing boats stayed in port because of the storm.'] },
]);
const units: ClaimUnit[] = sentenceUnitsOf(story);
const groupOf = [0, 1, 1, 2];
/** The compound sentence is linked to both of b's sentences; b's two sentences are not one claim. */
const scored: ScoredUnits = {
  units,
  groupOf,
  pairs: [
    { a: 0, b: 1, score: 0.8 },
    { a: 0, b: 2, score: 0.4 },
    { a: 1, b: 2, score: 0.05 },
    { a: 0, b: 3, score: 0.02 },
  ],
};
const secondary: SecondaryMembership = { threshold: 0.15, share: 1, maxClaims: 1 };
const sentencesOf = (claims: ReturnType<typeof buildClaims>['claims']) => claims.map((claim) => [...claim.sentences]);

describe('overlapping claims in buildClaims', () => {
  it('without secondary membership, the compound sentence supports one claim and b-p2 stays alone', () => {
    expect(sentencesOf(buildClaims(story, scored, 0.1, 0.9).claims)).toEqual([['a-p1-s1', 'b-p1-s1'], ['b-p2-s1'], ['c-p1-s1']]);
  });

  it('with it, the compound sentence also joins the claim of the other fact it states', () => {
    const { claims } = buildClaims(story, scored, 0.1, 0.9, secondary);
    expect(sentencesOf(claims)).toEqual([['a-p1-s1', 'b-p1-s1'], ['a-p1-s1', 'b-p2-s1'], ['c-p1-s1']]);
    expect(claims[1]?.sources).toEqual(['a', 'b']);
    // The claim's summary stays a primary member's words; its cohesion is the one member pair's score.
    expect(claims[1]?.summaryUnit).toBe('b-p2-s1-u1');
    expect(claims[1]?.cohesion).toBe(0.4);
  });

  it('needs the stricter cut-off: a link below it adds nothing', () => {
    const claims = buildClaims(story, scored, 0.1, 0.9, { ...secondary, threshold: 0.5 }).claims;
    expect(sentencesOf(claims)).toEqual([['a-p1-s1', 'b-p1-s1'], ['b-p2-s1'], ['c-p1-s1']]);
  });

  it('never joins across a speaker cannot-link', () => {
    const claims = buildClaims(story, { ...scored, cannotLink: [{ a: 0, b: 2, score: 0.4 }] }, 0.1, 0.9, secondary).claims;
    expect(sentencesOf(claims)).toEqual([['a-p1-s1', 'b-p1-s1'], ['b-p2-s1'], ['c-p1-s1']]);
  });
});

describe('addSecondaryMembers', () => {
  const table = new Map<string, number>();
  const set = (a: number, b: number, score: number) => table.set(`${Math.min(a, b)}:${Math.max(a, b)}`, score);
  const scoreOf = (a: number, b: number) => table.get(`${Math.min(a, b)}:${Math.max(a, b)}`) ?? 0;
  const all = (n: number) => (unit: number) => Array.from({ length: n }, (_, i) => i).filter((i) => i !== unit);
  // Units 0 and 1: one slot; 2 and 3: a second slot; 4: a third.
  const slotOf = [0, 0, 1, 1, 2];
  set(0, 2, 0.6);
  set(0, 3, 0.3);
  set(0, 4, 0.05);
  set(1, 3, 0.7);
  set(1, 4, 0.4);
  set(3, 4, 0.1);
  const options = { threshold: 0.2, share: 1, maxClaims: 1, slotOf };

  it('adds a unit to a claim whose every member it is linked to, from a slot the claim lacks', () => {
    // Claims {0, 2}, {1, 3}, {4}: each unit's own slot blocks the other two-unit claim; 1 is linked to 4 (0.4),
    // while 4 is linked to 1 but not to 3, and to neither 0 nor 2.
    expect(addSecondaryMembers([{ members: [0, 2] }, { members: [1, 3] }, { members: [4] }], scoreOf, all(5), options)).toEqual([
      [],
      [],
      [1],
    ]);
  });

  it('keeps a claim with a unit of the same slot closed', () => {
    // Every pair scores 0.5; 0 and 1 share a slot, so 0 may not join {1, 2}, while 2 (another slot) joins {0}.
    const clusters = [{ members: [0] }, { members: [1, 2] }];
    expect(addSecondaryMembers(clusters, () => 0.5, all(3), { ...options, slotOf: [0, 0, 1] })).toEqual([[2], []]);
  });

  it('asks for a link to the given share of members', () => {
    // 4 to claim {1, 3}: mean 0.25 clears 0.2, but only one of two members is linked at 0.2.
    const clusters = [{ members: [0, 2] }, { members: [1, 3] }, { members: [4] }];
    expect(addSecondaryMembers(clusters, scoreOf, all(5), options)[1]).toEqual([]);
    expect(addSecondaryMembers(clusters, scoreOf, all(5), { ...options, share: 0.5 })[1]).toEqual([4]);
  });

  it('lets one slot add at most one unit to a claim, the best-linked', () => {
    // Units 0 and 1 (one slot) both fit claim {2} (0.3 and 0.5); only the better linked (1) joins. Unit 2 fits
    // both {0} and {1} and, with one secondary claim allowed, joins the better linked {1}.
    const slots = [0, 0, 1];
    const scores = (a: number, b: number) => (a + b === 2 ? 0.3 : a + b === 3 ? 0.5 : 0);
    expect(addSecondaryMembers([{ members: [0] }, { members: [1] }, { members: [2] }], scores, all(3), { ...options, slotOf: slots })).toEqual([
      [],
      [2],
      [1],
    ]);
  });
});

describe('overlapping claims in alignStory', () => {
  const on = { ...DEFAULT_SETTINGS.align, secondaryClaims: true, secondaryCutOff: 0 };
  const aligned = alignStory(story, on);

  it('still puts every unit in a claim and numbers claims by first appearance, secondary members included', () => {
    expect([...new Set(aligned.claims.flatMap((claim) => claim.units))].sort()).toEqual(aligned.units.map((unit) => unit.id).sort());
    const first = aligned.claims.map((claim) => Math.min(...claim.units.map((id) => aligned.units.findIndex((unit) => unit.id === id))));
    expect(first).toEqual([...first].sort((x, y) => x - y));
  });

  it('switched off, gives every unit one claim', () => {
    const units = alignStory(story, { ...on, secondaryClaims: false }).claims.flatMap((claim) => claim.units);
    expect(units).toHaveLength(new Set(units).size);
  });
});

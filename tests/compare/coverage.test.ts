import { describe, expect, it } from 'vitest';
import { findCoverage, isWidelyCarried, viewClaims } from '../../src/pipeline/compare/index.ts';
import type { AlignedStory } from '../../src/pipeline/types.ts';
import { alignedStoryOf } from '../helpers/stories.ts';

function coverageFindings(story: AlignedStory) {
  return findCoverage(story, viewClaims(story));
}

const five = alignedStoryOf(
  [
    { id: 'a', paragraphs: ['The bridge collapsed at dawn.', 'Two cars fell into the river.', 'The mayor blamed the builder.'] },
    { id: 'b', paragraphs: ['The bridge fell down at dawn.', 'Two cars plunged into the river.'] },
    { id: 'c', paragraphs: ['At dawn the bridge collapsed.', 'Two cars dropped into the river.'] },
    { id: 'd', paragraphs: ['The bridge gave way at dawn.'] },
    { id: 'e', paragraphs: ['Residents heard a loud crack.'] },
  ],
  [['a0', 'b0', 'c0', 'd0'], ['a1', 'b1', 'c1'], ['a2'], ['e0']],
);

describe('isWidelyCarried', () => {
  it.each([
    [3, 5, true],
    [2, 5, false],
    [4, 5, true],
    [5, 5, false],
    [2, 3, true],
    [1, 2, false],
  ])('%i of %i reports: %s', (carriers, total, expected) => {
    expect(isWidelyCarried(carriers, total)).toBe(expected);
  });
});

describe('coverage notes', () => {
  it('reports a claim carried by one report as unique', () => {
    expect(coverageFindings(five).filter((f) => f.kind === 'unique')).toEqual([
      {
        kind: 'unique',
        claim: 'c003',
        summary: '1 of 5 reports: “The mayor blamed the builder.”',
        sources: ['a'],
        sentences: ['a-p3-s1'],
        missingFrom: [],
      },
      {
        kind: 'unique',
        claim: 'c004',
        summary: '1 of 5 reports: “Residents heard a loud crack.”',
        sources: ['e'],
        sentences: ['e-p1-s1'],
        missingFrom: [],
      },
    ]);
  });

  it('reports a claim most reports carry as an omission by the others', () => {
    const omissions = coverageFindings(five).filter((f) => f.kind === 'omission');
    expect(omissions.map((f) => [f.claim, f.missingFrom, f.summary])).toEqual([
      ['c001', ['e'], '4 of 5 reports (missing from 1): “The bridge collapsed at dawn.”'],
      ['c002', ['d', 'e'], '3 of 5 reports (missing from 2): “Two cars fell into the river.”'],
    ]);
  });

  it('reports nothing for a single report', () => {
    const single = alignedStoryOf([{ id: 'a', paragraphs: ['Only one report.'] }], [['a0']]);
    expect(coverageFindings(single)).toEqual([]);
  });

  it('leaves out reports that duplicate another', () => {
    const story = alignedStoryOf(
      [
        { id: 'a', paragraphs: ['The bridge collapsed at dawn.'] },
        { id: 'b', duplicateOf: 'a', paragraphs: ['The bridge collapsed at dawn.'] },
        { id: 'c', paragraphs: ['Residents heard a loud crack.'] },
      ],
      [['a0', 'b0'], ['c0']],
    );
    const findings = coverageFindings(story);
    expect(findings.map((f) => [f.kind, f.claim])).toEqual([
      ['unique', 'c001'],
      ['unique', 'c002'],
    ]);
  });
});

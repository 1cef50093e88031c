import { describe, expect, it } from 'vitest';
import { indexStory } from '../../src/site/story-index.ts';
import { buildMatrixView } from '../../src/site/views/matrix.ts';
import { buildReportCoverage } from '../../src/site/views/parts/report-coverage.ts';
import { buildCoverageNote, storyViewOf } from '../helpers/stories.ts';

/** Three reports: one claim a and b carry (c leaves it out), one only a carries, one all carry. */
const story = storyViewOf(
  [
    { id: 'a', paragraphs: ['The dam broke.', 'Only a says the mayor wept.', 'Rain fell.'] },
    { id: 'b', paragraphs: ['The dam broke at noon.', 'Rain fell all day.'] },
    { id: 'c', paragraphs: ['It rained.'] },
  ],
  [['a0', 'b0'], ['a1'], ['a2', 'b1', 'c0']],
  [],
  [buildCoverageNote('c001', ['a', 'b'], ['c']), buildCoverageNote('c002', ['a'])],
);

describe('buildReportCoverage', () => {
  it('counts the claims a report carries and links what only it says', () => {
    const coverage = buildReportCoverage(indexStory(story), 'a');
    expect([coverage?.carried, coverage?.only.map((claim) => claim.href), coverage?.leftOut]).toEqual(['3 of 3 claims', ['/stories/test/claims/c002/'], []]);
  });

  it('links the widely carried claims a report leaves out', () => {
    expect(buildReportCoverage(indexStory(story), 'c')?.leftOut.map((claim) => claim.href)).toEqual(['/stories/test/claims/c001/']);
  });
});

describe('the matrix coverage column', () => {
  it('says how many reports carry each claim and who alone carries it or leaves it out', () => {
    expect(buildMatrixView(story).rows.map((row) => row.coverage)).toEqual(['3 of 3', '2 of 3 · left out by C', '1 of 3 · only A']);
  });
});

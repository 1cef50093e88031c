import { describe, expect, it } from 'vitest';
import { buildMatrixView } from '../../src/site/views/matrix.ts';
import { buildCoverageNote, buildFinding, storyViewOf } from '../helpers/stories.ts';

const story = storyViewOf(
  [
    { id: 'a', paragraphs: ['200 homes flooded.', 'Only A says this.'] },
    { id: 'b', paragraphs: ['250 homes flooded.'] },
    { id: 'empty', paragraphs: [] },
  ],
  [['a1'], ['a0', 'b0']],
  [buildFinding('d1', 'c002', { 'a-p1-s1': '200', 'b-p1-s1': '250' })],
  [buildCoverageNote('c001', ['a'])],
);

describe('buildMatrixView', () => {
  it('puts the most widely carried claim first', () => {
    expect(buildMatrixView(story).rows.map((row) => row.claim.href)).toEqual(['/stories/test/claims/c002/', '/stories/test/claims/c001/']);
  });

  it('flags a cell whose sentence takes part in a disagreement about the claim', () => {
    expect(buildMatrixView(story).rows[0]?.cells).toEqual([
      { kind: 'differs', href: '/stories/test/reports/a/#a-p1-s1', report: 'A', line: 1 },
      { kind: 'differs', href: '/stories/test/reports/b/#b-p1-s1', report: 'B', line: 1 },
    ]);
  });

  it('does not flag a claim only one report carries, and marks the report that does not carry it', () => {
    expect(buildMatrixView(story).rows[1]?.cells).toEqual([{ kind: 'carried', href: '/stories/test/reports/a/#a-p2-s1', report: 'A', line: 2 }, { kind: 'missing' }]);
  });

  it('names a report that is not compared above the matrix instead of giving it a column', () => {
    const view = buildMatrixView(story);
    expect([view.columns, view.notCompared]).toEqual([['A', 'B'], [{ href: '/stories/test/reports/empty/', label: 'C', note: 'no body text' }]]);
  });
});

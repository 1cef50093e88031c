import { describe, expect, it } from 'vitest';
import { buildComparePairView, comparePairRoutes } from '../../src/site/views/compare-pair.ts';
import { storyViewOf } from '../helpers/stories.ts';
import type { SourceId } from '../../src/pipeline/types.ts';

/** Report ids of the hand-made stories, branded as the pipeline brands them. */
const A = 'a' as SourceId;
const B = 'b' as SourceId;
const Z = 'z' as SourceId;

const story = storyViewOf(
  [
    { id: 'a', paragraphs: ['The army said it was redeploying.', 'Only A.'] },
    { id: 'b', paragraphs: ['The army said it was repositioning.'] },
  ],
  [['a0', 'b0']],
);

describe('comparePairRoutes', () => {
  it('gives every ordered pair of compared reports a page', () => {
    expect(comparePairRoutes(storyViewOf([{ id: 'a', paragraphs: ['A.'] }, { id: 'b', paragraphs: ['B.'] }, { id: 'c', paragraphs: ['C.'] }], []))).toEqual([
      { left: 'a', right: 'b' },
      { left: 'a', right: 'c' },
      { left: 'b', right: 'a' },
      { left: 'b', right: 'c' },
      { left: 'c', right: 'a' },
      { left: 'c', right: 'b' },
    ]);
  });
});

describe('buildComparePairView', () => {
  it('faces two sentences of one claim on one row, the differing words marked on each side', () => {
    expect(buildComparePairView(story, A, B).rows[0]).toEqual({
      kind: 'pair',
      claim: 'c001',
      claimHref: '/stories/test/claims/c001/',
      left: {
        id: 'a-p1-s1',
        href: '/stories/test/reports/a/#a-p1-s1',
        pieces: [
          { op: 'equal', text: 'The army said it was ' },
          { op: 'delete', text: 'redeploying' },
          { op: 'equal', text: '.' },
        ],
        speaker: 'The army',
      },
      right: {
        id: 'b-p1-s1',
        href: '/stories/test/reports/b/#b-p1-s1',
        pieces: [
          { op: 'equal', text: 'The army said it was ' },
          { op: 'insert', text: 'repositioning' },
          { op: 'equal', text: '.' },
        ],
        speaker: 'The army',
      },
    });
  });

  it('shows on each side who the report gives the words to, so one wording given to two people stands out', () => {
    const said = storyViewOf(
      [
        { id: 'a', paragraphs: ['The bridge will reopen in May, Mayor Ann Lutz said.'] },
        { id: 'b', paragraphs: ['The bridge will reopen in May, engineer Tom Reyes said.'] },
        { id: 'c', paragraphs: ['The bridge reopens in May.'] },
      ],
      [['a0', 'b0', 'c0']],
    );
    const speakers = (left: SourceId, right: SourceId) =>
      buildComparePairView(said, left, right).rows.flatMap((row) => (row.kind === 'pair' ? [[row.left.speaker, row.right.speaker]] : []));
    expect([speakers(A, B), speakers(A, 'c' as SourceId)]).toEqual([[['Mayor Ann Lutz', 'engineer Tom Reyes']], [['Mayor Ann Lutz', undefined]]]);
  });

  it('is left out of the search index: both reports are searched on their own pages', () => {
    expect(buildComparePairView(story, A, B).frame.page.searchable).toBe(false);
  });

  it('gives a sentence with no partner a row of its own, with no label for body text', () => {
    expect(buildComparePairView(story, A, B).rows[1]).toEqual({
      kind: 'left',
      className: 'row-only kind-body',
      label: '',
      id: 'a-p2-s1',
      href: '/stories/test/reports/a/#a-p2-s1',
      text: 'Only A.',
      elsewhere: undefined,
    });
  });

  it('points a sentence whose claim the other report tells in another order to that report’s sentence', () => {
    const crossed = storyViewOf(
      [
        { id: 'a', paragraphs: ['A first.', 'A second.'] },
        { id: 'b', paragraphs: ['B second.', 'B first.'] },
      ],
      [['a0', 'b1'], ['a1', 'b0']],
    );
    const alone = buildComparePairView(crossed, A, B).rows.flatMap((row) => (row.kind === 'pair' ? [] : [[row.id, row.elsewhere]]));
    expect(alone).toEqual([
      ['b-p1-s1', { href: '/stories/test/reports/a/#a-p2-s1', line: 2 }],
      ['a-p2-s1', { href: '/stories/test/reports/b/#b-p1-s1', line: 1 }],
    ]);
  });

  it('counts the claims that face each other', () => {
    expect(buildComparePairView(story, A, B).facing).toBe('1 claim');
  });

  it('refuses a report the story does not have', () => {
    expect(() => buildComparePairView(story, A, Z)).toThrow('unknown report pair a/z');
  });
});

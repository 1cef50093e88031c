import { describe, expect, it } from 'vitest';
import { buildComparePairView, comparePairRoutes } from '../../src/site/views/compare-pair.ts';
import { buildStoryView } from './story-builder.ts';
import type { SourceId } from '../../src/pipeline/types.ts';

/** Report ids of the hand-made stories, branded as the pipeline brands them. */
const A = 'a' as SourceId;
const B = 'b' as SourceId;
const Z = 'z' as SourceId;

const story = buildStoryView({ a: ['The army said it was redeploying.', 'Only A.'], b: ['The army said it was repositioning.'] }, [[['a', 0], ['b', 0]]]);

describe('comparePairRoutes', () => {
  it('gives every ordered pair of compared reports a page', () => {
    expect(comparePairRoutes(buildStoryView({ a: ['A.'], b: ['B.'], c: ['C.'] }, []))).toEqual([
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
      },
      right: {
        id: 'b-p1-s1',
        href: '/stories/test/reports/b/#b-p1-s1',
        pieces: [
          { op: 'equal', text: 'The army said it was ' },
          { op: 'insert', text: 'repositioning' },
          { op: 'equal', text: '.' },
        ],
      },
    });
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
    const crossed = buildStoryView({ a: ['A first.', 'A second.'], b: ['B second.', 'B first.'] }, [[['a', 0], ['b', 1]], [['a', 1], ['b', 0]]]);
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

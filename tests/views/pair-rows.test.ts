import { describe, expect, it } from 'vitest';
import type { SourceId } from '../../src/pipeline/types.ts';
import { buildPairRows } from '../../src/site/pair-rows.ts';
import { indexStory } from '../../src/site/story-index.ts';
import type { StoryView } from '../../src/site/story-view.ts';
import { storyViewOf } from '../helpers/stories.ts';

/** Rows as compact strings: `a1|b1` for a facing pair, `a2|` or `|b3` for a sentence alone. */
function describeRows(story: StoryView, left: string, right: string): string[] {
  return buildPairRows(indexStory(story), left as SourceId, right as SourceId).map((row) => {
    const n = (id: string) => id.replace(/^(\w+)-p(\d+)-s1$/, '$1$2');
    if (row.kind === 'pair') return `${n(row.left.id)}|${n(row.right.id)}`;
    return row.kind === 'left' ? `${n(row.left.id)}|` : `|${n(row.right.id)}`;
  });
}

describe('buildPairRows', () => {
  it('puts sentences of one claim on one row and gives unmatched sentences rows of their own, in order', () => {
    const story = storyViewOf(
      [
        { id: 'a', paragraphs: ['A one.', 'A two.', 'A three.'] },
        { id: 'b', paragraphs: ['B one.', 'B extra.', 'B three.'] },
      ],
      [['a0', 'b0'], ['a2', 'b2'], ['a1'], ['b1']],
    );
    expect(describeRows(story, 'a', 'b')).toEqual(['a1|b1', 'a2|', '|b2', 'a3|b3']);
  });

  it('keeps both reports in their own order when they tell two claims in opposite order', () => {
    const story = storyViewOf(
      [
        { id: 'a', paragraphs: ['A first.', 'A second.'] },
        { id: 'b', paragraphs: ['B second.', 'B first.'] },
      ],
      [['a0', 'b1'], ['a1', 'b0']],
    );
    const rows = describeRows(story, 'a', 'b');
    expect(rows.filter((r) => r.includes('|') && !r.startsWith('|') && !r.endsWith('|'))).toHaveLength(1);
    const leftOrder = rows.filter((r) => !r.startsWith('|')).map((r) => r.split('|')[0]);
    const rightOrder = rows.filter((r) => !r.endsWith('|')).map((r) => r.split('|')[1]);
    expect(leftOrder).toEqual(['a1', 'a2']);
    expect(rightOrder).toEqual(['b1', 'b2']);
  });

  it('names the partner of a sentence whose claim the other report tells elsewhere', () => {
    const story = storyViewOf(
      [
        { id: 'a', paragraphs: ['A first.', 'A second.'] },
        { id: 'b', paragraphs: ['B second.', 'B first.'] },
      ],
      [['a0', 'b1'], ['a1', 'b0']],
    );
    const rows = buildPairRows(indexStory(story), 'a' as SourceId, 'b' as SourceId);
    const crossed = rows.filter((row) => row.kind !== 'pair' && row.matchedAt !== undefined);
    expect(crossed).toHaveLength(2);
  });

  it('shows every sentence of both reports exactly once', () => {
    const story = storyViewOf(
      [
        { id: 'a', paragraphs: ['1.', '2.', '3.', '4.'] },
        { id: 'b', paragraphs: ['5.', '6.', '7.'] },
      ],
      [['a3', 'b0'], ['a0', 'b2'], ['a1', 'b1']],
    );
    const rows = buildPairRows(indexStory(story), 'a' as SourceId, 'b' as SourceId);
    const left = rows.flatMap((row) => (row.kind === 'right' ? [] : [row.left.id]));
    const right = rows.flatMap((row) => (row.kind === 'left' ? [] : [row.right.id]));
    expect(left).toEqual(['a-p1-s1', 'a-p2-s1', 'a-p3-s1', 'a-p4-s1']);
    expect(right).toEqual(['b-p1-s1', 'b-p2-s1', 'b-p3-s1']);
  });
});

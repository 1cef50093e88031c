import { describe, expect, it } from 'vitest';
import { buildPairPicker } from '../../src/site/views/parts/pair-picker.ts';
import { storyViewOf } from '../helpers/stories.ts';
import type { SourceId } from '../../src/pipeline/types.ts';

/** Report ids of the hand-made stories, branded as the pipeline brands them. */
const A = 'a' as SourceId;
const B = 'b' as SourceId;

const story = storyViewOf([{ id: 'a', paragraphs: ['A.'] }, { id: 'b', paragraphs: ['B.'] }, { id: 'c', paragraphs: ['C.'] }], []);

describe('buildPairPicker', () => {
  it('keeps the right report when the left one changes, unless they would be the same', () => {
    expect(buildPairPicker(story, A, B).left).toEqual([
      { kind: 'current', label: 'A' },
      { kind: 'link', label: 'B', href: '/stories/test/compare/b/' },
      { kind: 'link', label: 'C', href: '/stories/test/compare/c/b/' },
    ]);
  });

  it('offers no report against itself on the right', () => {
    expect(buildPairPicker(story, A, B).right).toEqual([
      { kind: 'unavailable', label: 'A' },
      { kind: 'current', label: 'B' },
      { kind: 'link', label: 'C', href: '/stories/test/compare/a/c/' },
    ]);
  });

  it('links back to all others and offers to swap sides only on a two-report view', () => {
    const two = buildPairPicker(story, A, B);
    const all = buildPairPicker(story, A);
    expect([two.allOthersHref, two.swapHref, all.allOthersHref, all.swapHref]).toEqual(['/stories/test/compare/a/', '/stories/test/compare/b/a/', undefined, undefined]);
  });
});

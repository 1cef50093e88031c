import { describe, expect, it } from 'vitest';
import { indexStory } from '../../src/site/story-index.ts';
import { buildStoryFigure } from '../../src/site/views/parts/story-figure.ts';
import { buildFinding, storyViewOf } from '../helpers/stories.ts';

/** Three reports: one claim all carry, one two carry, one each alone, and one two carry but disagree on. */
const story = storyViewOf(
  [
    { id: 'a', paragraphs: ['Rain fell on Friday.', 'Roads closed.', '200 homes flooded.', 'Only A says this.'] },
    { id: 'b', paragraphs: ['Rain fell Friday.', 'Roads were closed.', '250 homes flooded.'] },
    { id: 'c', paragraphs: ['It rained on Friday.', 'Only C says this.'] },
  ],
  [['a0', 'b0', 'c0'], ['a1', 'b1'], ['a2', 'b2'], ['a3'], ['c1']],
  [buildFinding('d1', 'c003', { 'a-p3-s1': '200', 'b-p3-s1': '250' })],
);

describe('buildStoryFigure', () => {
  it('groups the claims as agreed by all, by several, by one and disputed, left to right', () => {
    const figure = buildStoryFigure(indexStory(story));
    expect(figure?.groups.map((group) => [group.label, group.count])).toEqual([
      ['Agreed by all', 1],
      ['By several', 1],
      ['By one', 2],
      ['Disputed', 1],
    ]);
    expect(figure?.summary).toBe('5 claims of 3 reports: 1 agreed by all, 1 by several, 2 by one, 1 disputed');
  });

  it('fills one cell for every report that carries a claim, in that report’s row', () => {
    const figure = buildStoryFigure(indexStory(story));
    const rowOf = (y: number) => Math.round(y / (figure?.cellHeight ?? 1));
    const cells = (figure?.cells ?? []).map((cell) => [cell.kind, rowOf(cell.y)]);
    expect(cells).toEqual([
      ['all', 0],
      ['all', 1],
      ['all', 2],
      ['several', 0],
      ['several', 1],
      ['one', 0],
      ['one', 2],
      ['disputed', 0],
      ['disputed', 1],
    ]);
    expect(figure?.rows.map((row) => row.label)).toEqual(['A', 'B', 'C']);
  });

  it('leaves a claim whose reports differ only by a variant in its group, not disputed', () => {
    const variantOnly = storyViewOf(
      [{ id: 'a', paragraphs: ['The mayor, Ann Hale, opened the bridge.'] }, { id: 'b', paragraphs: ['The mayor, Anne Hale, opened the bridge.'] }],
      [['a0', 'b0']],
      [buildFinding('d1', 'c001', { 'a-p1-s1': 'Ann Hale', 'b-p1-s1': 'Anne Hale' }, { kind: 'name', severity: 'variant' })],
    );
    expect(buildStoryFigure(indexStory(variantOnly))?.groups.map((group) => [group.kind, group.count])).toEqual([['all', 1]]);
  });

  it('links to the claims matrix, and leaves out groups with no claim', () => {
    const two = storyViewOf([{ id: 'a', paragraphs: ['Rain fell.'] }, { id: 'b', paragraphs: ['It rained.'] }], [['a0', 'b0']]);
    const figure = buildStoryFigure(indexStory(two));
    expect([figure?.href, figure?.groups.map((group) => group.kind)]).toEqual(['/stories/test/matrix/', ['all']]);
  });

  it('draws nothing when fewer than two reports are compared', () => {
    expect(buildStoryFigure(indexStory(storyViewOf([{ id: 'a', paragraphs: ['Rain fell.'] }], [['a0']])))).toBeUndefined();
  });
});

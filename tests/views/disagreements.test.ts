import { describe, expect, it } from 'vitest';
import { isDisagreement } from '../../src/site/disagreements.ts';
import { indexStory } from '../../src/site/story-index.ts';
import { buildCoverageNote, buildFinding, storyViewOf } from '../helpers/stories.ts';

describe('isDisagreement', () => {
  it('counts differing numbers, dates, speakers, quotations and names as disagreements', () => {
    const kinds = (['number', 'date', 'attribution', 'quote', 'name'] as const).filter((kind) => isDisagreement({ kind }));
    expect(kinds).toEqual(['number', 'date', 'attribution', 'quote', 'name']);
  });

  it('does not count a claim only one report carries, nor one a report leaves out', () => {
    expect([isDisagreement({ kind: 'unique' }), isDisagreement({ kind: 'omission' })]).toEqual([false, false]);
  });
});

describe('the story index', () => {
  const story = storyViewOf(
    [
      { id: 'a', paragraphs: ['200 homes flooded.', 'Only A says this.'] },
      { id: 'b', paragraphs: ['250 homes flooded.'] },
    ],
    [['a0', 'b0'], ['a1']],
    [buildFinding('d1', 'c001', { 'a-p1-s1': '200', 'b-p1-s1': '250' })],
    [buildCoverageNote('c002', ['a'])],
  );
  const index = indexStory(story);

  it('lists only disagreements against a sentence', () => {
    expect([index.disagreementsOfSentence.get('a-p1-s1')?.map((d) => d.id), index.disagreementsOfSentence.get('a-p2-s1')]).toEqual([['d1'], undefined]);
  });

  it('lists only disagreements against a claim', () => {
    expect([index.disagreementsOfClaim.get('c001')?.map((d) => d.id), index.disagreementsOfClaim.get('c002')]).toEqual([['d1'], undefined]);
  });
});

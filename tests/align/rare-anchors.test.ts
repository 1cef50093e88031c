import { describe, expect, it } from 'vitest';
import { alignStory } from '../../src/pipeline/align/index.ts';
import { findDateAnchors, weighAnchors } from '../../src/pipeline/align/supports/rare-anchors.ts';
import { DEFAULT_SETTINGS } from '../../src/pipeline/settings.ts';
import type { AlignedStory, SentenceId } from '../../src/pipeline/types.ts';
import { segmentedStoryOf } from '../helpers/stories.ts';
import { contextFor } from './pair-helper.ts';
import { analyseText, buildTextProfile } from '../../src/pipeline/align/profile/text-profile.ts';

const profileOf = (text: string) => buildTextProfile(analyseText(text), contextFor([text]));

// Invented reports of a library closing: one date, stated in two unlike sentences, and topic sentences around it.
const datedA = 'The council told tenants to leave the reading rooms by June 12.';
const datedB = 'Tenants were packing up their things ahead of a June 12 deadline.';
const fillerA = [
  'The city library on Elm Street will close after ninety years.',
  'Council members voted to sell the library building to a developer.',
  'Readers protested outside the library building on Saturday.',
];
const fillerB = [
  'Residents are angry that the old library will shut for good.',
  'The library building is to be sold, the council decided.',
  'A petition to save the library has gathered many signatures.',
];

const together = (aligned: AlignedStory, a: string, b: string): boolean =>
  aligned.claims.some((claim) => claim.sentences.includes(a as SentenceId) && claim.sentences.includes(b as SentenceId));

describe('date anchors', () => {
  it('reads a month and its day in either order', () => {
    expect(findDateAnchors(profileOf('The vote on June 12 was close.'))).toEqual(['jun:12']);
    expect(findDateAnchors(profileOf('The vote on 12 June was close.'))).toEqual(['jun:12']);
  });

  it('does not read the verb "may" before a number as a date', () => {
    expect(findDateAnchors(profileOf('Prices may 3 times rise, they said.'))).toEqual([]);
  });

  it('weighs an anchor that two units hold at 1 and one that every unit holds at 0', () => {
    const rarity = weighAnchors([['jun:12', 'may:1'], ['jun:12', 'may:1'], ['may:1'], ['may:1'], []]);
    expect(rarity.get('jun:12')).toBe(1);
    expect(rarity.get('may:1')).toBeCloseTo(Math.log(5 / 4) / Math.log(5 / 2));
  });
});

describe('the rare-anchor rule in alignment', () => {
  const story = segmentedStoryOf([
    { id: 'a', paragraphs: [...fillerA, datedA] },
    { id: 'b', paragraphs: [...fillerB, datedB] },
  ]);
  const off = { ...DEFAULT_SETTINGS.align, supports: { ...DEFAULT_SETTINGS.align.supports, anchor: false } };

  it('joins two unlike sentences that share a date no other sentence states, which the model alone leaves apart', () => {
    expect(together(alignStory(story, off), 'a-p4-s1', 'b-p4-s1')).toBe(false);
    expect(together(alignStory(story), 'a-p4-s1', 'b-p4-s1')).toBe(true);
  });

  it('switched off, gives what a bonus of 0 gives', () => {
    expect(alignStory(story, off)).toEqual(alignStory(story, { ...DEFAULT_SETTINGS.align, anchorBonus: 0 }));
  });
});

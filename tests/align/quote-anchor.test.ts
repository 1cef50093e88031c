import { describe, expect, it } from 'vitest';
import { alignStory } from '../../src/pipeline/align/index.ts';
import { DEFAULT_SETTINGS } from '../../src/pipeline/settings.ts';
import type { AlignedStory, SentenceId } from '../../src/pipeline/types.ts';
import { segmentedStoryOf } from '../helpers/stories.ts';

// Invented reports: one quotation excerpted differently, in sentences that otherwise share little.
const excerptA =
  'Speaking at the harbour on Thursday, the ferry operator said "we will keep every crossing running through the winter storms" to worried islanders.';
const excerptB =
  'Crews were told in a memo that "every crossing running through the winter storms is our first duty", according to a union official.';
// Two different quotations that share two words ("the bridge").
const otherA = 'A local farmer complained that "the bridge tolls are far too high for daily commuters" at the meeting.';
const otherB = 'The engineer insisted "the bridge must close for repairs before spring arrives" in her report.';
const fillerA = ['Ticket prices rose slightly last year.', 'The company employs about two hundred people.'];
const fillerB = ['Several routes were cancelled in January.', 'Passenger numbers have fallen since the pandemic.'];

const together = (aligned: AlignedStory, a: string, b: string): boolean =>
  aligned.claims.some((claim) => claim.sentences.includes(a as SentenceId) && claim.sentences.includes(b as SentenceId));

describe('quotation anchors in alignment', () => {
  const story = segmentedStoryOf([
    { id: 'a', paragraphs: [...fillerA, excerptA, otherA] },
    { id: 'b', paragraphs: [...fillerB, excerptB, otherB] },
  ]);

  it('joins two sentences that excerpt one quotation differently, which the model alone leaves apart', () => {
    const off = { ...DEFAULT_SETTINGS.align, supports: { ...DEFAULT_SETTINGS.align.supports, quote: false } };
    expect(together(alignStory(story, off), 'a-p3-s1', 'b-p3-s1')).toBe(false);
    expect(together(alignStory(story), 'a-p3-s1', 'b-p3-s1')).toBe(true);
  });

  it('does not join two different quotations that share two words', () => {
    expect(together(alignStory(story), 'a-p4-s1', 'b-p4-s1')).toBe(false);
  });

  it('switched off, gives what a bonus of 0 gives', () => {
    const off = { ...DEFAULT_SETTINGS.align, supports: { ...DEFAULT_SETTINGS.align.supports, quote: false } };
    expect(alignStory(story, off)).toEqual(alignStory(story, { ...DEFAULT_SETTINGS.align, quoteBonus: 0 }));
  });
});

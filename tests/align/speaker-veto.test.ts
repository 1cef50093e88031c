import { describe, expect, it } from 'vitest';
import { alignStory } from '../../src/pipeline/align/index.ts';
import { DEFAULT_SETTINGS } from '../../src/pipeline/settings.ts';
import { areDifferentNamedSpeakers, speakerNameWords } from '../../src/pipeline/text/speakers.ts';
import type { AlignedStory, SentenceId } from '../../src/pipeline/types.ts';
import { segmentedStoryOf } from '../helpers/stories.ts';

const together = (aligned: AlignedStory, a: string, b: string): boolean =>
  aligned.claims.some((claim) => claim.sentences.includes(a as SentenceId) && claim.sentences.includes(b as SentenceId));
const withoutVeto = { ...DEFAULT_SETTINGS.align, speakerVeto: false };
const differ = (a: string, b: string): boolean => areDifferentNamedSpeakers(speakerNameWords(a), speakerNameWords(b), a, b);

describe('telling named speakers apart', () => {
  it('takes a surname and the full name with a title for one speaker', () => {
    expect(differ('Schumer', 'Sen. Chuck Schumer')).toBe(false);
  });

  it('takes two different senators for two speakers', () => {
    expect(differ('Sen. Alice Warren', 'Sen. Robert Kline')).toBe(true);
  });

  it('takes an acronym and its spelled-out name for one speaker', () => {
    expect(differ('the CHP', 'the California Highway Patrol')).toBe(false);
  });

  it('counts a pronoun or a generic speaker as unknown, never different', () => {
    expect([differ('he', 'Sen. Robert Kline'), differ('officials', 'Sen. Robert Kline'), differ('a senior official', 'Mayor Ann Lutz')]).toEqual([
      false,
      false,
      false,
    ]);
  });

  it('takes a lone capitalised plural opening a sentence for a common noun', () => {
    expect(speakerNameWords('Residents', true)).toEqual([]);
  });
});

describe('the different-speakers veto', () => {
  const senators = segmentedStoryOf([
    { id: 'a', paragraphs: ['Senator Alice Warren said the committee should cancel the meeting with the envoy next week.'] },
    { id: 'b', paragraphs: ['Senator Robert Kline said the committee should cancel its summit with the envoy next week.'] },
  ]);

  it('keeps apart two senators who say alike words', () => {
    expect([together(alignStory(senators, withoutVeto), 'a-p1-s1', 'b-p1-s1'), together(alignStory(senators), 'a-p1-s1', 'b-p1-s1')]).toEqual([
      true,
      false,
    ]);
  });

  it('keeps apart two named speakers of one side from different sides, but not two names for one side', () => {
    expect([differ('The Syrian military', 'The Army'), differ('The Syrian Army', 'Abu Bakr Haddad, the rebel commander')]).toEqual([false, true]);
  });

  it('keeps one quotation given to two different speakers as one claim', () => {
    const quoted = segmentedStoryOf([
      { id: 'a', paragraphs: ['“We will not send any troops into the valley this winter,” said Senator Alice Warren.'] },
      { id: 'b', paragraphs: ['“We will not send any troops into the valley this winter,” said Governor Tom Reyes.'] },
    ]);
    expect(together(alignStory(quoted), 'a-p1-s1', 'b-p1-s1')).toBe(true);
  });

  it('joins a statement given to a pronoun with the same statement given to a name', () => {
    const pronoun = segmentedStoryOf([
      { id: 'a', paragraphs: ['Senator Alice Warren said the committee should cancel the meeting with the envoy next week.'] },
      { id: 'b', paragraphs: ['She said the committee should cancel its meeting with the envoy next week.'] },
    ]);
    expect(together(alignStory(pronoun), 'a-p1-s1', 'b-p1-s1')).toBe(true);
  });

  it('joins a surname with the full name and title', () => {
    const surname = segmentedStoryOf([
      { id: 'a', paragraphs: ['Senator Alice Warren said the committee should cancel the meeting with the envoy next week.'] },
      { id: 'b', paragraphs: ['Warren said the committee should cancel its meeting with the envoy next week.'] },
    ]);
    expect(together(alignStory(surname), 'a-p1-s1', 'b-p1-s1')).toBe(true);
  });
});

describe('claim unit speakers', () => {
  it('gives each unit the exact words of its speaker with offsets into the report text', () => {
    const aligned = alignStory(
      segmentedStoryOf([{ id: 'a', paragraphs: ['Floods closed the bridge.', 'The bridge will reopen in May, Mayor Ann Lutz said.'] }]),
    );
    const text = aligned.reports[0]?.text ?? '';
    expect(aligned.units.map((unit) => unit.speaker && { ...unit.speaker, slice: text.slice(unit.speaker.start, unit.speaker.end) })).toEqual([
      undefined,
      { text: 'Mayor Ann Lutz', start: 57, end: 71, slice: 'Mayor Ann Lutz' },
    ]);
  });

  it('gives a quoted clause its quoting speaker, not the person the quotation reports', () => {
    const aligned = alignStory(segmentedStoryOf([{ id: 'a', paragraphs: ['“His aunt in Dublin said he was born there, and she saw it,” Reed said.'] }]));
    expect(aligned.units.length).toBeGreaterThan(0);
    expect(aligned.units.map((unit) => unit.speaker?.text)).toEqual(aligned.units.map(() => 'Reed'));
  });
});

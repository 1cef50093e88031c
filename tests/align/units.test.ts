import { describe, expect, it } from 'vitest';
import { splitClauses } from '../../src/pipeline/align/units/clauses.ts';
import { extractClaimUnits } from '../../src/pipeline/align/units/claim-units.ts';
import { getWordNet } from '../../src/pipeline/align/words/wordnet.ts';
import { segmentedStoryOf } from '../helpers/stories.ts';

const clauses = (text: string) => splitClauses(text, getWordNet()).map((span) => text.slice(span.start, span.end));

describe('clause splitting', () => {
  it('splits an event apposition off a full clause', () => {
    expect(
      clauses(
        'Syrian rebels captured the city of Hama on Thursday, a major victory in a week-old lightning advance across northern Syria.',
      ),
    ).toEqual([
      'Syrian rebels captured the city of Hama on Thursday',
      'a major victory in a week-old lightning advance across northern Syria.',
    ]);
  });

  it('splits two independent clauses joined by ", and"', () => {
    expect(
      clauses(
        'But Russia has been focused on the war in Ukraine since 2022, and many Hezbollah leaders, who are aligned with Iran, have been killed by Israel.',
      ),
    ).toEqual([
      'But Russia has been focused on the war in Ukraine since 2022',
      'many Hezbollah leaders, who are aligned with Iran, have been killed by Israel.',
    ]);
  });

  it('splits a trailing participle clause', () => {
    expect(
      clauses('Syrian rebels overran Hama on Thursday, forcing government troops to retreat from the central city.'),
    ).toEqual([
      'Syrian rebels overran Hama on Thursday',
      'forcing government troops to retreat from the central city.',
    ]);
  });

  it('leaves an apposition that describes a name in place', () => {
    const text =
      'The insurgents said they were ready to march south towards Homs, a crossroads city that links the capital to the coast.';
    expect(clauses(text)).toEqual([text]);
  });

  it('does not split inside a quotation', () => {
    const text =
      '“Assad can no longer afford to lose anything else, and the big battle lies ahead in Homs,” said Jihad Yazigi.';
    expect(clauses(text)).toEqual([text]);
  });

  it('does not split before a prepositional -ing word', () => {
    const text = 'The Observatory said 826 people had been killed since last week, including 222 people in Hama.';
    expect(clauses(text)).toEqual([text]);
  });

  it('does not split off a clause of fewer than six words', () => {
    const text = 'The city was the site of the 1982 massacre in which thousands died, killing tens of thousands.';
    expect(clauses(text)).toEqual([text]);
  });

  it('does not split ", and" when the right side has no verb of its own', () => {
    const text = 'The rebels seized the airport and the police headquarters, and a number of military airports nearby.';
    expect(clauses(text)).toEqual([text]);
  });
});

describe('claim units', () => {
  const story = segmentedStoryOf([
    {
      id: 'r1',
      paragraphs: [
        { kind: 'headline', sentences: ['Rebels take Hama'] },
        'Syrian rebels overran Hama on Thursday, forcing government troops to retreat from the central city.',
        { kind: 'caption', sentences: ['Rebels parade through Hama'] },
        'The army said it had repositioned outside the city.',
      ],
    },
  ]);
  const report = story.reports[0];
  const units = report === undefined ? [] : extractClaimUnits(report, getWordNet());

  it('makes units of headline and body sentences, not of captions', () => {
    expect(units.map((unit) => unit.sentence)).toEqual(['r1-p1-s1', 'r1-p2-s1', 'r1-p2-s1', 'r1-p4-s1']);
  });

  it('keeps each unit an exact substring inside its sentence span', () => {
    expect(units).toHaveLength(4);
    for (const unit of units) {
      const sentence = report?.sentences.find((candidate) => candidate.id === unit.sentence);
      expect(sentence).toBeDefined();
      expect(unit.start).toBeGreaterThanOrEqual(sentence?.start ?? Number.NaN);
      expect(unit.end).toBeLessThanOrEqual(sentence?.end ?? Number.NaN);
      expect(report?.text.slice(unit.start, unit.end)).toBe(unit.text);
      expect(sentence?.text.includes(unit.text)).toBe(true);
    }
  });

  it('numbers units within their sentence', () => {
    expect(units.map((unit) => unit.id)).toEqual(['r1-p1-s1-u1', 'r1-p2-s1-u1', 'r1-p2-s1-u2', 'r1-p4-s1-u1']);
  });
});

/**
 * The gates that keep false alarms and wrong severities out (issue #16, item 3), each on a hand-made pair of
 * sentences grouped into one claim: equal values and wordings are never a finding, a range's end is not a
 * rival of the range, a difference of precision, a title added to a name or an inflected quoted word is a
 * variant, and a contradiction always says why.
 */
import { describe, expect, it } from 'vitest';
import { compareStory } from '../../src/pipeline/compare/index.ts';
import { isPlausibleSpeaker } from '../../src/pipeline/compare/detectors/attribution.ts';
import type { AlignedStory, Discrepancy } from '../../src/pipeline/types.ts';
import { alignedStoryOf } from '../helpers/stories.ts';

/** A two-report story whose first sentences form one claim, optionally with publication dates. */
function pair(a: string, b: string, published: { a?: string; b?: string } = {}): AlignedStory {
  return alignedStoryOf(
    [
      { id: 'a', paragraphs: [a], ...(published.a === undefined ? {} : { published: published.a }) },
      { id: 'b', paragraphs: [b], ...(published.b === undefined ? {} : { published: published.b }) },
    ],
    [['a0', 'b0']],
  );
}

/** The findings of the five fact kinds, as kind and severity. */
function facts(story: AlignedStory): [Discrepancy['kind'], Discrepancy['severity']][] {
  return compareStory(story).discrepancies.map((finding) => [finding.kind, finding.severity]);
}

describe('gates on equal values', () => {
  it('reports nothing for the same weekday in two reports published a week apart', () => {
    expect(facts(pair('The senator was arraigned Monday in Albany.', 'The senator was arraigned Monday in Albany, prosecutors said.', { a: '2024-03-05', b: '2024-03-12' }))).toEqual([]);
  });

  it('reports nothing for the same figure written the same way', () => {
    expect(facts(pair('The storm cut power to 3,000 homes.', 'About noon the storm cut power to 3,000 homes.'))).toEqual([]);
  });
});

describe('gates on ranges', () => {
  it('does not set the end of a range of days against its start', () => {
    expect(facts(pair('The trial will run from Monday to Thursday, the clerk said.', 'The trial will run Monday, the clerk said.'))).toEqual([]);
  });
});

describe('severities', () => {
  it('calls a whole hour against a time to the minute a variant', () => {
    expect(facts(pair('The vote closed at about 6 p.m. in the capital.', 'The vote closed at 6:02 p.m. in the capital.'))).toEqual([['date', 'variant']]);
  });

  it('calls a title added to a name inside a quotation a variant', () => {
    expect(facts(pair('“We thank Governor Hale for the funds,” the mayor said.', '“We thank Hale for the funds,” the mayor said.'))).toEqual([['quote', 'variant']]);
  });

  it('calls an inflected quoted word a variant', () => {
    expect(facts(pair('The rebels announced “the complete liberation of the city”.', 'The rebels announced the city “completely liberated”.'))).toEqual([['quote', 'variant']]);
  });

  it('calls a name spelled another way inside a quotation a variant', () => {
    expect(facts(pair('“It looks like al-Qaddafi is going to win,” he said.', '“It looks like Gadhafi is going to win,” he said.'))).toEqual([['quote', 'variant']]);
  });

  it('calls a sentence left out of a quotation without an ellipsis a variant', () => {
    expect(facts(pair('“I went too far and I was wrong,” she wrote.', '“I went too far. I made a mistake and I was wrong,” she wrote.'))).toEqual([['quote', 'variant']]);
  });

  it('calls a negation added inside a quotation a contradiction, with its reason', () => {
    const [finding] = compareStory(pair('“We will pay the workers,” the owner said.', '“We will not pay the workers,” the owner said.')).discrepancies.filter((f) => f.kind === 'quote');
    expect([finding?.severity, finding?.reason]).toEqual(['contradiction', '“not” is in one quotation and not the other, which reverses what was said']);
  });

  it('does not call “can no longer” against “now cannot” a reversal', () => {
    const [finding] = compareStory(pair('“He can no longer afford to lose,” the analyst said.', '“He now cannot afford to lose,” the analyst said.')).discrepancies.filter((f) => f.kind === 'quote');
    expect(finding?.reason ?? '').not.toMatch(/reverses/);
  });

  it('calls a quotation whose end is replaced a contradiction, and one cut at another place not', () => {
    expect(facts(pair('“Iran gets closer and closer to a nuclear bomb,” he said.', '“Iran gets closer and closer to nuclear arms,” he said.'))).toEqual([['quote', 'contradiction']]);
    expect(facts(pair('“Iran gets closer and closer to a nuclear bomb,” he said.', '“Iran gets closer and closer,” he said.'))).toEqual([]);
  });

  it('gives every contradiction a one-line reason', () => {
    const story = pair('Police said 12 people were killed at the mall on Tuesday.', 'Police said 20 people were killed at the mall on Wednesday.');
    const contradictions = compareStory(story).discrepancies.filter((f) => f.severity === 'contradiction');
    expect(contradictions.length).toBeGreaterThan(0);
    for (const finding of contradictions) expect(finding.reason).toMatch(/^[^\n]+$/);
  });
});

describe('gates across the story', () => {
  /** Two reports whose sentences stand in claims of their own: only the story-wide comparison sees them together. */
  function apart(a: string, b: string, published: { a?: string; b?: string } = {}): AlignedStory {
    return alignedStoryOf(
      [
        { id: 'a', paragraphs: [a], ...(published.a === undefined ? {} : { published: published.a }) },
        { id: 'b', paragraphs: [b], ...(published.b === undefined ? {} : { published: published.b }) },
      ],
      [['a0'], ['b0']],
    );
  }

  it('sets a distance against another of the same place and direction', () => {
    expect(facts(apart('Rescue boats came from Dunmore, 30 km upstream of the dam.', 'The pumping station at Dunmore, 25 miles upstream, was shut.'))).toEqual([['number', 'contradiction']]);
  });

  it('sets two ages of one named person against each other', () => {
    expect(facts(apart('Dana Reyes, a 24-year-old nurse, was held without bail after the crash.', 'Police arrested Dana Reyes, a 25-year-old nurse, at her home.'))).toEqual([['number', 'contradiction']]);
  });

  it('does not set the ages of two unnamed people against each other', () => {
    expect(facts(apart('A 50-year-old man from Dexter, Michigan, tipped off the police about the car.', 'Police identified the other victims as a 47-year-old man and a 48-year-old man.'))).toEqual([]);
  });

  it('does not set distances of different things from one reference point against each other', () => {
    expect(facts(apart('The office lies about 15 miles north of Detroit, police said.', 'A driver 50 miles north of Detroit spotted the car.'))).toEqual([]);
  });

  it('does not join two days because both sentences name the same firm', () => {
    expect(facts(apart('The shooting at Brightwell Partners happened Monday morning.', 'Brightwell Partners issued a statement Tuesday.'))).toEqual([]);
  });

  it('does not set two years of two different firsts against each other', () => {
    expect(facts(apart('In 1995 she became the first woman on the medical board.', 'In 2002 she became the first woman to lead the state medical society.'))).toEqual([]);
  });

  it('does not take two statements on one topic for one quotation', () => {
    expect(facts(apart('“It is disappointing to hear about the arrest of our player,” the manager said.', '“Anytime anybody is arrested I get very disappointed,” the coach said.'))).toEqual([]);
  });

  it('does not take two short quotations sharing one content word for one quotation', () => {
    expect(facts(apart('“We heard gunshots,” a worker said of the morning.', '“We heard pop, pop, pop,” another employee recalled later.'))).toEqual([]);
  });

  it('reads a month and day without a year as the nearest such date, so “Dec. 12” agrees with “next month” in November', () => {
    expect(facts(apart('The special election against Doug Jones is on Dec. 12.', 'He will face Doug Jones in a special election next month.', { a: '2017-11-09', b: '2017-11-10' }))).toEqual([]);
  });
});

describe('speakers that are not speakers', () => {
  it('does not set a clause read as a speaker against a named speaker', () => {
    expect(facts(pair('The mayor was unhurt, according to neighbors who saw the blaze.', 'Officers were first called to the blaze, the mayor was unhurt, neighbors said.'))).toEqual([]);
  });

  it.each([
    ['/ Wall Street Journal poll of potential candidates', false],
    ['of his international empire in order to run the country', false],
    ['traveling with the president on his trip', false],
    ['Officers were first', false],
    ['the regional governor', true],
    ['neighbors', true],
    ['Deputies', true],
  ])('takes “%s” for a speaker: %s', (speaker, expected) => {
    expect(isPlausibleSpeaker(speaker)).toBe(expected);
  });
});

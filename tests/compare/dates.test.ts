import { describe, expect, it } from 'vitest';
import {
  extractTimeExpressions,
  findDateDiscrepancies,
  publishedDay,
  resolvePoint,
  viewClaims,
  type TimePoint,
} from '../../src/pipeline/compare/index.ts';
import type { AlignedStory } from '../../src/pipeline/types.ts';
import { alignedStoryOf } from '../helpers/stories.ts';
import { hamaWithClaims } from '../helpers/hama.ts';

function dateFindings(story: AlignedStory) {
  return viewClaims(story).flatMap((claim) => findDateDiscrepancies(claim));
}

function pair(a: string, b: string, published: { a?: string; b?: string } = {}): AlignedStory {
  return alignedStoryOf(
    [
      { id: 'a', paragraphs: [a], ...(published.a === undefined ? {} : { published: published.a }) },
      { id: 'b', paragraphs: [b], ...(published.b === undefined ? {} : { published: published.b }) },
    ],
    [['a0', 'b0']],
  );
}

function isoDays(range: readonly [number, number] | undefined): string[] | undefined {
  return range?.map((day) => new Date(day * 86_400_000).toISOString().slice(0, 10));
}

describe('extractTimeExpressions', () => {
  it.each([
    ['captured the city on Thursday', 'Thursday', 'weekday'],
    ['a civil war that began in 2011', '2011', 'absolute'],
    ['a massacre in the 1980s', '1980s', 'absolute'],
    ['civil war 13 years ago', '13 years ago', 'relative'],
    ['the rebels took Aleppo last week', 'last week', 'relative'],
    ['Only yesterday, he visited', 'yesterday', 'relative'],
    ['on December 5, 2024', 'December 5, 2024', 'absolute'],
  ])('finds a point in "%s"', (text, expected, anchor) => {
    const points = extractTimeExpressions(text).filter((e): e is TimePoint => e.kind === 'point');
    expect(points.map((p) => [p.text, p.anchor])).toEqual([[expected, anchor]]);
  });

  it('marks "by Wednesday" as a limit rather than the date of the event', () => {
    const [point] = extractTimeExpressions('But by Wednesday, fighters were able to enter the city.');
    expect(point).toMatchObject({ kind: 'point', text: 'Wednesday', bound: true });
  });

  it('finds durations, including ages written as compounds', () => {
    const spans = extractTimeExpressions('In the space of eight days, a week-old offensive healed a 40-year-old wound.');
    expect(spans.map((s) => [s.kind, s.text])).toEqual([
      ['duration', 'eight days'],
      ['duration', 'week-old'],
      ['duration', '40-year-old'],
    ]);
  });

  it('resolves relative points only against a publication date', () => {
    const [ago] = extractTimeExpressions('civil war 13 years ago');
    if (ago?.kind !== 'point') throw new Error('point expected');
    expect(resolvePoint(ago, undefined)).toBeUndefined();
    expect(isoDays(resolvePoint(ago, publishedDay('2024-12-05')))).toEqual(['2011-06-06', '2012-06-06']);
  });

  it('resolves a weekday to the latest such day on or before publication', () => {
    const [day] = extractTimeExpressions('on Tuesday');
    if (day?.kind !== 'point') throw new Error('point expected');
    expect(isoDays(resolvePoint(day, publishedDay('2024-12-05')))).toEqual(['2024-12-03', '2024-12-03']);
  });
});

describe('date discrepancies on hand-made pairs', () => {
  it('reports different weekdays for one event as a contradiction', () => {
    const [finding] = dateFindings(pair('Rebels entered the city on Thursday.', 'Rebels entered the city on Wednesday.'));
    expect(finding).toMatchObject({
      kind: 'date',
      severity: 'contradiction',
      summary: 'entered, city: Thursday (1 report) vs Wednesday (1 report)',
      values: { 'a-p1-s1': 'Thursday', 'b-p1-s1': 'Wednesday' },
    });
  });

  it('does not treat "by Wednesday" as the date of the event', () => {
    expect(dateFindings(pair('Rebels entered the city on Thursday.', 'By Wednesday, rebels had entered the city.'))).toEqual([]);
  });

  it('does not compare "13 years ago" with "since 2011" when the reports give no date', () => {
    expect(dateFindings(pair('The war began 13 years ago in the country.', 'The war has gripped the country since 2011.'))).toEqual([]);
  });

  it('does not flag "13 years ago" against "since 2011" when the report date makes them agree', () => {
    const story = pair('The war began 13 years ago in the country.', 'The war has gripped the country since 2011.', { a: '2024-12-05' });
    expect(dateFindings(story)).toEqual([]);
  });

  it('flags "13 years ago" against "since 2011" when the report date makes them disagree', () => {
    const story = pair('The war began 13 years ago in the country.', 'The war has gripped the country since 2011.', { a: '2026-10-01' });
    const [finding] = dateFindings(story);
    expect(finding).toMatchObject({ severity: 'contradiction', values: { 'a-p1-s1': '13 years ago', 'b-p1-s1': '2011' } });
  });

  it('does not compare "yesterday" with a weekday without report dates', () => {
    expect(dateFindings(pair('The minister resigned yesterday, aides said.', 'The minister resigned on Monday, aides said.'))).toEqual([]);
  });

  it('compares "yesterday" with a weekday once both reports are dated', () => {
    const story = pair('The minister resigned yesterday, aides said.', 'The minister resigned on Monday, aides said.', {
      a: '2024-12-05',
      b: '2024-12-05',
    });
    expect(dateFindings(story).map((f) => f.severity)).toEqual(['contradiction']);
  });

  it('reports a year against the decade containing it as a variant', () => {
    const [finding] = dateFindings(pair('The massacre of 1982 killed thousands in the city.', 'The massacre killed thousands in the city in the 1980s.'));
    expect(finding).toMatchObject({ severity: 'variant', values: { 'a-p1-s1': '1982', 'b-p1-s1': '1980s' } });
  });

  it('reports two different years as a contradiction', () => {
    expect(dateFindings(pair('The plant opened in 1998 near the river.', 'The plant opened in 2001 near the river.')).map((f) => f.severity)).toEqual([
      'contradiction',
    ]);
  });

  it('does not set two years against each other when nothing near them says they date the same thing', () => {
    const story = pair(
      'Last week the rebels seized the city, where the government had ruled after a Russian-aided victory in 2016.',
      'The capture of the city last week upended a stalemate between the government and the opposition since 2011.',
    );
    expect(dateFindings(story)).toEqual([]);
  });

  it('reports a whole hour against a time to the minute within it as a variant of precision', () => {
    const [finding] = dateFindings(pair('The van struck the cyclist at about 6 p.m., police said.', 'The van struck the cyclist at 6:02 p.m., police said.'));
    expect(finding).toMatchObject({ severity: 'variant', values: { 'a-p1-s1': '6 p.m.', 'b-p1-s1': '6:02 p.m.' } });
  });

  it('reports two exact times to the minute that differ as a contradiction', () => {
    const [finding] = dateFindings(pair('The van struck the cyclist at 6:02 p.m.', 'The van struck the cyclist at 6:40 p.m.'));
    expect(finding?.severity).toBe('contradiction');
  });

  it('does not set the dates of two steps of a procedure against each other ("convicted Tuesday" / "arraigned Wednesday")', () => {
    expect(dateFindings(pair('A jury on Tuesday convicted the driver.', 'The driver was arraigned Wednesday.'))).toEqual([]);
  });

  it('does not set the day of the shooting against the day of the charge', () => {
    expect(dateFindings(pair('A teenager shot his neighbour Monday.', 'The teenager was charged Tuesday with shooting his neighbour.'))).toEqual([]);
  });

  it('does not set two days against each other when one report gives both in two sentences of the claim', () => {
    const story = alignedStoryOf(
      [
        { id: 'a', paragraphs: ['The ferry sank on Monday.', 'Divers reached the ferry on Tuesday.'] },
        { id: 'b', paragraphs: ['Divers reached the ferry that sank on Tuesday.'] },
      ],
      [['a0', 'a1', 'b0']],
    );
    expect(dateFindings(story)).toEqual([]);
  });

  it('still compares the dates of one step of a procedure', () => {
    const [finding] = dateFindings(pair('The driver was arraigned Tuesday.', 'The driver was arraigned Wednesday.'));
    expect(finding?.severity).toBe('contradiction');
  });

  it('does not set two years against each other when one report of the claim gives both', () => {
    const story = alignedStoryOf(
      [
        { id: 'a', paragraphs: ['The storm of 1998 wrecked the old pier.'] },
        { id: 'b', paragraphs: ['The pier was wrecked by storms in 1998 and again in 2005.'] },
        { id: 'c', paragraphs: ['The storm of 2005 wrecked the old pier.'] },
      ],
      [['a0', 'b0', 'c0']],
    );
    expect(dateFindings(story)).toEqual([]);
  });

  it('still reports two clock times when a sentence of the claim also gives a year', () => {
    const story = alignedStoryOf(
      [
        { id: 'a', paragraphs: ['The 2019 van struck the cyclist at 6:02 p.m.'] },
        { id: 'b', paragraphs: ['The van struck the cyclist at 6:40 p.m.'] },
      ],
      [['a0', 'b0']],
    );
    expect(dateFindings(story).map((f) => f.severity)).toEqual(['contradiction']);
  });

  it('does not compare look-back windows of two counts ("in the past three weeks" / "over the last two weeks")', () => {
    expect(dateFindings(pair('Burglaries in the valley have doubled in the past three weeks.', 'Six burglaries in the valley over the last two weeks alarmed residents.'))).toEqual([]);
  });

  it('reads "less than four weeks" and "less than a month" as one span', () => {
    expect(dateFindings(pair('The bridge has now closed twice in less than four weeks.', 'The bridge has now closed twice in less than a month.'))).toEqual([]);
  });

  it('reports different clock times as a contradiction', () => {
    const [finding] = dateFindings(pair('The blast hit the market at 3 p.m.', 'The blast hit the market at 5 p.m.'));
    expect(finding).toMatchObject({ severity: 'contradiction', values: { 'a-p1-s1': '3 p.m.', 'b-p1-s1': '5 p.m.' } });
  });

  it('reports "eight days" against "week-old" as a variant', () => {
    const [finding] = dateFindings(pair('In the space of eight days, the offensive swept the north.', 'The week-old offensive swept the north.'));
    expect(finding).toMatchObject({ severity: 'variant', values: { 'a-p1-s1': 'eight days', 'b-p1-s1': 'week-old' } });
  });

  it('reports "two days" against "three days" of the same fighting as a contradiction', () => {
    const findings = dateFindings(pair('Fighting raged around the villages for two days.', 'Fighting raged around the villages for three days.'));
    expect(findings.map((f) => f.severity)).toEqual(['contradiction']);
  });

  it('does not compare durations written in distant units, which measure different spans', () => {
    expect(
      dateFindings(pair('The three-week assault crushed the revolt in the city.', 'A wound that has festered in the city for 40 years.')),
    ).toEqual([]);
  });

  it('reports nothing for "for 40 years" against "40-year-old"', () => {
    expect(dateFindings(pair('A wound that has festered in the country for 40 years.', 'Healing the 40-year-old wound of the country.'))).toEqual([]);
  });
});

describe('date discrepancies on the Hama reports', () => {
  it('does not flag "13 years ago" against "since 2011": the reports carry no publication date', () => {
    const story = hamaWithClaims([['000:p2-s1', '001:p3-s1', '002:p4-s1', '003:p3-s1']]);
    expect(dateFindings(story)).toEqual([]);
  });

  it('finds the 1982 massacre dated "in the 1980s" by one report', () => {
    const story = hamaWithClaims([['001:p25-s1', '002:p14-s1', '003:p11-s2', '004:p6-s2']]);
    expect(dateFindings(story).map((f) => [f.severity, f.summary])).toEqual([
      ['variant', expect.stringMatching(/: 1982 \(3 reports\) vs 1980s \(1 report\)$/)],
    ]);
  });

  it('does not set years or durations of different events against each other when grouped in one claim', () => {
    expect(dateFindings(hamaWithClaims([['000:p10-s1', '004:p6-s2']]))).toEqual([]);
    expect(dateFindings(hamaWithClaims([['001:p11-s1', '004:p1-s2']]))).toEqual([]);
    expect(dateFindings(hamaWithClaims([['000:p8-s2', '003:p9-s2']]))).toEqual([]);
  });

  it('finds the advance lasting "eight days" against "week-old"', () => {
    const story = hamaWithClaims([['000:p1-s1', '003:p9-s2']]);
    const [finding] = dateFindings(story);
    expect(finding?.values).toEqual({ '000-8249785760228b4c-p1-s1': 'week-old', '003-8361cdd3cffa4302-p9-s2': 'eight days' });
    expect(finding?.severity).toBe('variant');
  });
});

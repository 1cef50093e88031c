import { describe, expect, it } from 'vitest';
import { compareStory, extractQuantities, findNumberDiscrepancies, viewClaims } from '../../src/pipeline/compare/index.ts';
import type { AlignedStory } from '../../src/pipeline/types.ts';
import { alignedStoryOf } from '../helpers/stories.ts';
import { hamaWithClaims } from '../helpers/hama.ts';

/** Number findings of every claim of a story. */
function numberFindings(story: AlignedStory) {
  return viewClaims(story).flatMap((claim) => findNumberDiscrepancies(claim));
}

/** A two-report story whose first sentences form one claim. */
function pair(a: string, b: string): AlignedStory {
  return alignedStoryOf([{ id: 'a', paragraphs: [a] }, { id: 'b', paragraphs: [b] }], [['a0', 'b0']]);
}

describe('number discrepancies on hand-made pairs', () => {
  it('reports distances that disagree after unit conversion as a contradiction, with a neutral summary', () => {
    const story = alignedStoryOf(
      [
        { id: 'a', paragraphs: ['The convoy stopped 40 km north of the border, officials said.'] },
        { id: 'b', paragraphs: ['Officials said the convoy halted just 40 km north of the border.'] },
        { id: 'c', paragraphs: ['The convoy stopped 30 miles north of the border.'] },
      ],
      [['a0', 'b0', 'c0']],
    );
    expect(numberFindings(story)).toEqual([
      {
        kind: 'number',
        severity: 'contradiction',
        claim: 'c001',
        summary: 'convoy, north: 40 km (2 reports) vs 30 miles ≈ 48 km (1 report)',
        reason: '40 km and 30 miles ≈ 48 km cannot both be right: the figures do not overlap, even allowing for hedges and rounding',
        sentences: ['a-p1-s1', 'b-p1-s1', 'c-p1-s1'],
        values: { 'a-p1-s1': '40 km', 'b-p1-s1': '40 km', 'c-p1-s1': '30 miles' },
      },
    ]);
  });

  it('reports nothing when the same distance is given in different units', () => {
    expect(numberFindings(pair('The town is 40 km from the border.', 'The town is 25 miles from the border.'))).toEqual([]);
  });

  it('reports "12 killed" against "at least 15 dead" as a contradiction', () => {
    const [finding] = numberFindings(
      pair('Police said 12 people were killed in the shooting at the mall.', 'At least 15 were dead after the shooting at the mall, police said.'),
    );
    expect(finding).toMatchObject({ severity: 'contradiction', summary: 'killed: 12 (1 report) vs At least 15 (1 report)' });
  });

  it('reports nothing for "15 killed" against "fifteen people died"', () => {
    expect(numberFindings(pair('The gunman killed 15 people at the school.', 'Fifteen people died in the school shooting.'))).toEqual([]);
  });

  it('reports "over 10,000" against "tens of thousands" as a variant of magnitude', () => {
    const [finding] = numberFindings(
      pair('The 1982 assault resulted in over 10,000 deaths.', 'The 1982 massacre killed tens of thousands.'),
    );
    expect(finding).toMatchObject({
      kind: 'number',
      severity: 'variant',
      summary: 'deaths: over 10,000 (1 report) vs tens of thousands (1 report)',
      values: { 'a-p1-s1': 'over 10,000', 'b-p1-s1': 'tens of thousands' },
    });
  });

  it('reports an approximate figure against a precise one as a variant', () => {
    const [finding] = numberFindings(pair('About 800 people were killed in the floods.', 'The floods killed 826 people.'));
    expect(finding?.severity).toBe('variant');
  });

  it('compares a total with a total and leaves the sub-count alone', () => {
    const findings = numberFindings(
      pair(
        'The monitor said 826 people, including 222 in the city, had been killed.',
        'The monitor said 800 people, including 222 in the city, had been killed.',
      ),
    );
    expect(findings.map((f) => f.values)).toEqual([{ 'a-p1-s1': '826', 'b-p1-s1': '800' }]);
  });

  it('does not compare the number of dead with the number of injured', () => {
    expect(numberFindings(pair('Twelve people were killed in the blast.', 'The blast injured 40 people.'))).toEqual([]);
  });

  it('does not compare figures of different claims', () => {
    const story = alignedStoryOf(
      [
        { id: 'a', paragraphs: ['The quake killed 12 people.', 'Rescuers pulled out survivors.'] },
        { id: 'b', paragraphs: ['Rescuers pulled out survivors.', 'The storm killed 30 people.'] },
      ],
      [['a0', 'b0'], ['a1', 'b1']],
    );
    expect(numberFindings(story)).toEqual([]);
  });

  it('reports percentages that disagree', () => {
    const [finding] = numberFindings(pair('Turnout was 45% of voters, the commission said.', 'The commission put turnout at 52% of voters.'));
    expect(finding).toMatchObject({ severity: 'contradiction', values: { 'a-p1-s1': '45%', 'b-p1-s1': '52%' } });
  });

  it('treats "two thirds of the city" and "66% of the city" as the same figure', () => {
    expect(numberFindings(pair('Troops destroyed two thirds of the city.', 'Troops destroyed 66% of the city.'))).toEqual([]);
  });

  it('reports money figures in one currency, written differently, as the same', () => {
    expect(numberFindings(pair('The fund gave $5m to the town.', 'The town received $5 million from the fund.'))).toEqual([]);
  });

  it('reports different ages of one person as a contradiction', () => {
    const [finding] = numberFindings(pair('Police arrested a 45-year-old man at the scene.', 'Police arrested a 46-year-old man at the scene.'));
    expect(finding).toMatchObject({ kind: 'number', severity: 'contradiction', values: { 'a-p1-s1': '45-year-old', 'b-p1-s1': '46-year-old' } });
  });

  it('reads "aged 45" and "45-year-old" as the same age', () => {
    expect(numberFindings(pair('The suspect, aged 45, was arrested at the scene.', 'A 45-year-old suspect was arrested at the scene.'))).toEqual([]);
  });

  it('reports different sums of money as a contradiction', () => {
    const [finding] = numberFindings(pair('The city pledged $5 million for repairs to the bridge.', 'The city pledged $6m for repairs to the bridge.'));
    expect(finding).toMatchObject({ severity: 'contradiction', summary: 'pledged, repairs: $5 million (1 report) vs $6m (1 report)' });
  });

  it('leaves durations to the date detector', () => {
    expect(numberFindings(pair('Fighting lasted two days around the town.', 'Fighting lasted three days around the town.'))).toEqual([]);
  });
});

describe('number discrepancies: false alarms seen on real copy', () => {
  it('reads a thousands group split by a comma and a space ("2, 000ft") as one number when a unit follows', () => {
    expect(numberFindings(pair('The climber fell about 2,000 feet from the ridge.', 'The climber fell about 2, 000ft from the ridge.'))).toEqual([]);
  });

  it('joins a split thousands group only before a unit, so lists of numbers stay apart', () => {
    expect(extractQuantities('The wall rose 1, 500 metres and then 2, 300 people came.').map((q) => q.text)).toEqual(['1, 500 metres', '2', '300']);
  });

  it('reads "miles per hour" as a speed, not as a distance to compare with the length of a chase', () => {
    const story = alignedStoryOf(
      [
        { id: 'a', paragraphs: ['Officers followed the truck for 48 km through the night.'] },
        { id: 'b', paragraphs: ['Officers followed the truck at up to 120 miles per hour through the night.'] },
      ],
      [['a0', 'b0']],
    );
    expect(numberFindings(story)).toEqual([]);
  });

  it('does not set two figures against each other when one report of the claim gives both', () => {
    const story = alignedStoryOf(
      [
        { id: 'a', paragraphs: ['Lee, who won 9 titles as a rider and 4 as a coach, takes over the team.'] },
        { id: 'b', paragraphs: ['Lee won 4 titles as a coach and now takes over the team.'] },
        { id: 'c', paragraphs: ['Lee won 9 titles as a rider and now takes over the team.'] },
      ],
      [['a0', 'b0', 'c0']],
    );
    expect(numberFindings(story)).toEqual([]);
  });

  it('does not set two figures against each other when one report gives both in two sentences of the claim', () => {
    const story = alignedStoryOf(
      [
        { id: 'a', paragraphs: ['A hiker fell 2,000 feet on the north face.', 'A day earlier another hiker fell 200 feet on the north face.'] },
        { id: 'b', paragraphs: ['The hiker fell about 200 feet on the north face.'] },
        { id: 'c', paragraphs: ['The hiker fell 2,000 feet on the north face.'] },
      ],
      [['a0', 'a1', 'b0', 'c0']],
    );
    expect(numberFindings(story)).toEqual([]);
  });

  it('still compares death tolls when a sentence gives the dead and the injured', () => {
    const [finding] = numberFindings(pair('The blast killed 12 people and injured 15, police said.', 'At least 15 people were killed in the blast, police said.'));
    expect(finding).toMatchObject({ severity: 'contradiction', values: { 'a-p1-s1': '12', 'b-p1-s1': 'At least 15' } });
  });

  it('does not compare a yearly rate of pay with a total sum', () => {
    expect(numberFindings(pair('The coach signed a deal that pays him about $2 million a year.', 'The coach signed a deal worth $9 million.'))).toEqual([]);
  });

  it('does not compare a sum of a named thing with a total cost', () => {
    expect(numberFindings(pair('The campaign in Leeds and York is costing the club $2 million, it said.', 'The club has booked $700,000 of airtime in Leeds and York.'))).toEqual([]);
  });

  it('still compares two sums of the same named thing', () => {
    const [finding] = numberFindings(pair('The club has booked $700,000 of airtime in Leeds and York.', 'The club booked $900,000 of airtime in Leeds and York.'));
    expect(finding).toMatchObject({ severity: 'contradiction' });
  });

  it('does not compare distances measured from different places', () => {
    expect(numberFindings(pair('The depot is about 15 miles north of Carlow.', 'Searchers found the car near Tullow, some 40 miles north of here.'))).toEqual([]);
  });

  it('does not set the ages of two people against each other when a report gives both', () => {
    const story = alignedStoryOf(
      [
        { id: 'a', paragraphs: ['An Elm Street man faces trial for shooting a 31-year-old man last week.', 'Dana Reyes, 24, was held without bail.'] },
        { id: 'b', paragraphs: ['A 24-year-old man faces trial for shooting a neighbour last week.'] },
      ],
      [['a0', 'b0']],
    );
    expect(numberFindings(story)).toEqual([]);
  });
});

describe('number discrepancies on the Hama reports', () => {
  it('finds Homs 40 km south of Hama (two reports) against 30 miles (one report)', () => {
    const story = hamaWithClaims([['001:p21-s1', '002:p15-s1', '004:p9-s1']]);
    const [finding] = numberFindings(story);
    expect(finding).toMatchObject({
      kind: 'number',
      severity: 'contradiction',
      summary: 'Homs, south: 40 km (2 reports) vs 30 miles ≈ 48 km (1 report)',
    });
    expect(Object.values(finding?.values ?? {})).toEqual(['40 km', '40 km', '30 miles']);
  });

  it('finds the 1982 death toll "over 10,000" against "tens of thousands" as a variant', () => {
    const story = hamaWithClaims([['001:p25-s1', '002:p14-s1', '003:p11-s2', '004:p6-s2']]);
    const findings = numberFindings(story);
    expect(findings.map((f) => [f.severity, f.summary])).toEqual([
      ['variant', 'killed: tens of thousands (3 reports) vs over 10,000 (1 report)'],
    ]);
  });

  it('does not set this week’s death toll against the 1982 massacre’s even when grouped in one claim', () => {
    const story = hamaWithClaims([['002:p18-s1', '003:p11-s2']]);
    expect(numberFindings(story)).toEqual([]);
  });

  it('keeps every value an exact substring of its sentence in the whole compared story', () => {
    const story = hamaWithClaims([['001:p21-s1', '002:p15-s1', '004:p9-s1'], ['001:p25-s1', '002:p14-s1', '003:p11-s2', '004:p6-s2']]);
    const compared = compareStory(story);
    const text = new Map(story.reports.flatMap((r) => r.sentences).map((s) => [s.id as string, s.text]));
    expect(compared.discrepancies.filter((finding) => finding.kind === 'number')).toHaveLength(2);
    for (const finding of compared.discrepancies) {
      for (const [id, value] of Object.entries(finding.values)) expect(text.get(id)).toContain(value);
    }
  });
});

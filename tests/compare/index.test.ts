import { describe, expect, it } from 'vitest';
import * as compare from '../../src/pipeline/compare/index.ts';
import { compareStory, DETECTORS } from '../../src/pipeline/compare/index.ts';
import { DEFAULT_SETTINGS } from '../../src/pipeline/settings.ts';
import { DISCREPANCY_KINDS } from '../../src/pipeline/types.ts';
import { alignedStoryOf } from '../helpers/stories.ts';

describe('public API', () => {
  it('exports the orchestrator, the detectors and the extractors', () => {
    expect(Object.keys(compare)).toEqual(
      expect.arrayContaining([
        'compareStory',
        'extractQuantities',
        'extractTimeExpressions',
        'extractAttributions',
        'extractQuotes',
        'extractNameMentions',
        'groupNameEntities',
        'diffQuotes',
        'findNumberDiscrepancies',
        'findDateDiscrepancies',
        'findAttributionDiscrepancies',
        'findQuoteDiscrepancies',
        'findNameDiscrepancies',
        'findCoverage',
        'buildStoryWideViews',
      ]),
    );
  });
});

/** Three reports of a shooting that agree on everything, each in its own words and units. */
const agreeing = alignedStoryOf(
  [
    {
      id: 'a',
      paragraphs: [
        'A gunman killed 15 people at a school on Tuesday, police said.',
        'The school lies 40 km north of the capital.',
        '“We are heartbroken,” the principal said.',
        'Governor Jane Okafor ordered flags lowered.',
      ],
    },
    {
      id: 'b',
      paragraphs: [
        'Fifteen people died when a gunman opened fire at a school on Tuesday, police said.',
        'The school is 25 miles north of the capital.',
        'The principal said: "We are heartbroken."',
        'Governor Jane Okafor ordered flags to be lowered.',
      ],
    },
    {
      id: 'c',
      paragraphs: [
        'Police said a gunman killed fifteen people at the school on Tuesday.',
        'The school sits some 40 kilometres north of the capital.',
        '“We are heartbroken,” said the school principal.',
        'Flags were lowered on the orders of Governor Jane Okafor.',
      ],
    },
  ],
  [
    ['a0', 'b0', 'c0'],
    ['a1', 'b1', 'c1'],
    ['a2', 'b2', 'c2'],
    ['a3', 'b3', 'c3'],
  ],
);

/** Two reports of a flood that disagree in several ways. */
const disagreeing = alignedStoryOf(
  [
    {
      id: 'a',
      paragraphs: [
        'Floods killed 12 people in the valley on Monday, officials said.',
        '“We will rebuild every home,” the mayor said.',
        'Mayor Mohammed Hamdan visited the shelters.',
        'The dam was built in 1962.',
      ],
    },
    {
      id: 'b',
      paragraphs: [
        'Floods killed at least 15 people in the valley on Sunday, officials said.',
        '“We will repair every home,” the mayor said.',
        'Mayor Mohamed Hamdan visited the shelters.',
        'The dam was built in 1962.',
      ],
    },
  ],
  [['a0', 'b0'], ['a1', 'b1'], ['a2', 'b2'], ['a3', 'b3']],
);

describe('compareStory', () => {
  it('finds nothing to report when the reports say the same things in different words and units', () => {
    expect(compareStory(agreeing).discrepancies).toEqual([]);
  });

  it('keeps the aligned story and adds the discrepancies', () => {
    const compared = compareStory(disagreeing);
    expect(compared.claims).toBe(disagreeing.claims);
    expect(compared.discrepancies.length).toBeGreaterThan(0);
  });

  it('finds each kind of disagreement once, ordered by claim then kind, with ids d001, d002 …', () => {
    expect(compareStory(disagreeing).discrepancies.map((d) => [d.id, d.claim, d.kind, d.severity])).toEqual([
      ['d001', 'c001', 'number', 'contradiction'],
      ['d002', 'c001', 'date', 'contradiction'],
      ['d003', 'c002', 'quote', 'contradiction'],
      ['d004', 'c003', 'name', 'variant'],
    ]);
  });

  it('gives the same ids on every run', () => {
    expect(compareStory(disagreeing).discrepancies).toEqual(compareStory(disagreeing).discrepancies);
  });

  it('uses only known kinds and quotes every value exactly from its sentence', () => {
    const text = new Map(disagreeing.reports.flatMap((r) => r.sentences).map((s) => [s.id as string, s.text]));
    const findings = compareStory(disagreeing).discrepancies;
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) {
      expect(DISCREPANCY_KINDS).toContain(finding.kind);
      expect(Object.keys(finding.values).sort()).toEqual([...finding.sentences].sort());
      for (const [id, value] of Object.entries(finding.values)) expect(text.get(id)).toContain(value);
    }
  });
});

describe('the detector list', () => {
  it('runs numbers, dates, attribution, quotes and names, in that order', () => {
    expect(DETECTORS.map((detector) => detector.name)).toEqual(['numbers', 'dates', 'attribution', 'quotes', 'names']);
  });

  it('has one switch per detector in the settings, and one for coverage, which is not a discrepancy', () => {
    expect(Object.keys(DEFAULT_SETTINGS.compare.detectors).sort()).toEqual([...DETECTORS.map((detector) => detector.name), 'coverage'].sort());
  });

  it('keeps coverage apart from the discrepancies', () => {
    const story = alignedStoryOf(
      [
        { id: 'a', paragraphs: ['The dam broke at noon.', 'Only a says the mayor wept.'] },
        { id: 'b', paragraphs: ['The dam broke at noon.'] },
      ],
      [['a0', 'b0'], ['a1']],
    );
    const compared = compareStory(story);
    expect([compared.discrepancies, compared.coverage.map((note) => [note.kind, note.claim, note.sources])]).toEqual([[], [['unique', 'c002', ['a']]]]);
  });

  it('leaves out what a switched-off detector finds and keeps the rest, numbered anew', () => {
    const settings = { ...DEFAULT_SETTINGS.compare, detectors: { ...DEFAULT_SETTINGS.compare.detectors, dates: false } };
    expect(compareStory(disagreeing, settings).discrepancies.map((d) => [d.id, d.claim, d.kind])).toEqual([
      ['d001', 'c001', 'number'],
      ['d002', 'c002', 'quote'],
      ['d003', 'c003', 'name'],
    ]);
  });

  it('passes the settings to the detectors: a conversion tolerance of 0 tells 40 km from 25 miles', () => {
    const strict = { ...DEFAULT_SETTINGS.compare, conversionTolerance: 0 };
    expect(compareStory(agreeing).discrepancies).toEqual([]);
    expect(compareStory(agreeing, strict).discrepancies.map((d) => [d.claim, d.kind, d.summary])).toEqual([
      ['c002', 'number', expect.stringContaining('40 km')],
    ]);
  });
});

/**
 * Reports that are shown but not compared (no body text, a copy of another report, not English) take part in
 * no claim and no finding: a story of three short flood reports gives the same claims and findings with such
 * a fourth report as without it.
 */
import { describe, expect, it } from 'vitest';
import { alignStory } from '../../src/pipeline/align/index.ts';
import { compareStory } from '../../src/pipeline/compare/index.ts';
import { findNotComparedReason } from '../../src/pipeline/compared-reports.ts';
import { ingestStory } from '../../src/pipeline/ingest/index.ts';
import { runPipeline } from '../../src/pipeline/run.ts';
import { segmentStory } from '../../src/pipeline/segment/index.ts';
import type { ComparedStory, WarningCode } from '../../src/pipeline/types.ts';
import { rawStoryOf } from '../helpers/stories.ts';

const THREE = {
  'a.txt':
    'River Tarn Floods Kelby\nThe River Tarn flooded more than 200 homes in Kelby on Friday, officials said.\n' +
    'Rescuers used boats to reach residents trapped in the village of Aston.\nRail services between Kelby and Ormsby were suspended until Monday.\n',
  'b.txt':
    'Floods Hit Kelby\nThe River Tarn flooded more than 250 homes in Kelby on Friday, officials said.\n' +
    'Rescuers used boats to reach residents trapped in the village of Aston.\nThe mayor praised the volunteers who filled sandbags overnight.\n',
  'c.txt':
    'Kelby Under Water\nThe River Tarn swamped more than 200 homes in Kelby on Friday, officials said.\n' +
    'Rail services between Kelby and Ormsby were suspended until Monday.\n',
};

const FRENCH =
  "Le conseil municipal a approuvé lundi un nouveau budget après un long débat. Le budget prévoit de l'argent pour deux " +
  'nouvelles écoles, a déclaré le maire. Les habitants de la ville attendaient cette décision depuis des mois, selon la presse locale.\n';

/** Fourth reports that are shown but not compared, by what is wrong with them. */
const NOT_COMPARED: Readonly<Record<string, string>> = {
  'an empty file': '',
  'a whitespace-only file': '  \n\t\n   \n',
  'a headline-only file': 'River Tarn Floods Homes in Kelby\n',
  'a boilerplate-only file': 'Advertisement\nLast Updated:\n(with inputs from agencies)\n',
  'a copy of another report': THREE['a.txt'],
  'a report in French': FRENCH,
};

/** The warning each of those fourth reports gets. */
const WARNING_OF: ReadonlyMap<string, WarningCode> = new Map([
  ['an empty file', 'empty-file'],
  ['a whitespace-only file', 'whitespace-only'],
  ['a headline-only file', 'no-body-text'],
  ['a boilerplate-only file', 'no-body-text'],
  ['a copy of another report', 'duplicate'],
  ['a report in French', 'not-english'],
]);

/** What the comparison found: everything but the reports themselves. */
function findingsOf(story: ComparedStory) {
  return { units: story.units, claims: story.claims, links: story.links, discrepancies: story.discrepancies };
}

/** Every report a story's claims and findings name: claim sources, unit sources, finding sentences and omissions. */
function reportsNamed(story: ComparedStory): Set<string> {
  const ofSentence = new Map(story.reports.flatMap((report) => report.sentences.map((sentence) => [sentence.id as string, report.id as string])));
  return new Set([
    ...story.claims.flatMap((claim) => [...claim.sources, ...claim.sentences.map((id) => ofSentence.get(id) ?? '?')]),
    ...story.units.map((unit) => unit.source),
    ...story.discrepancies.flatMap((finding) => [
      ...finding.sentences.map((id) => ofSentence.get(id) ?? '?'),
      ...Object.keys(finding.values).map((id) => ofSentence.get(id) ?? '?'),
    ]),
    ...story.coverage.flatMap((note) => [...note.sources, ...note.missingFrom, ...note.sentences.map((id) => ofSentence.get(id) ?? '?')]),
  ]);
}

const baseline = runPipeline(rawStoryOf(THREE));

describe('findNotComparedReason', () => {
  it.each([
    ['an empty file', '', 'no-body-text'],
    ['a whitespace-only file', ' \n\t\n', 'no-body-text'],
    ['a headline-only file', 'River Tarn Floods Homes in Kelby\n', 'no-body-text'],
    ['a headline and a byline', 'River Tarn Floods Homes in Kelby\nBy Jane Doe\n', 'no-body-text'],
    ['a boilerplate-only file', 'Advertisement\nLast Updated:\n(with inputs from agencies)\n', 'no-body-text'],
    ['body lines of punctuation only', '* * *\n— — —\n', 'no-body-text'],
    ['a copy of another report', THREE['a.txt'], 'duplicate'],
    ['a report in French', FRENCH, 'not-english'],
    ['a headline and one body sentence', 'Floods Hit Kelby\nThe River Tarn flooded homes.\n', undefined],
  ])('gives %s the reason %s', (_, text, reason) => {
    const story = segmentStory(ingestStory(rawStoryOf({ 'a.txt': THREE['a.txt'], 'd.txt': text })));
    expect(story.reports.map(findNotComparedReason)).toEqual([undefined, reason]);
  });

  it('agrees with the ingest warning that a report has no body text', () => {
    for (const text of [...Object.values(NOT_COMPARED), '* * *\n', 'Floods Hit Kelby\nThe River Tarn flooded homes.\n']) {
      const [, report] = segmentStory(ingestStory(rawStoryOf({ 'a.txt': THREE['a.txt'], 'd.txt': text }))).reports;
      const warned = report?.warnings.some((warning) => ['empty-file', 'whitespace-only', 'no-body-text'].includes(warning.code));
      expect(warned, JSON.stringify(text)).toBe(report !== undefined && findNotComparedReason(report) === 'no-body-text');
    }
  });
});

describe('the three flood reports alone', () => {
  it('give a number finding, and as coverage omissions and a claim only one report carries', () => {
    expect(baseline.discrepancies.map((finding) => finding.kind)).toEqual(['number']);
    expect(baseline.coverage.map((note) => [note.kind, note.missingFrom])).toEqual([
      ['omission', ['c']],
      ['omission', ['b']],
      ['unique', []],
    ]);
    expect(baseline.coverage.find((note) => note.kind === 'omission')?.summary).toMatch(/^2 of 3 reports/);
  });
});

describe.each(Object.entries(NOT_COMPARED))('a story of three reports and %s', (name, text) => {
  const story = runPipeline(rawStoryOf({ ...THREE, 'd.txt': text }));

  it('keeps the fourth report for display', () => {
    expect(story.reports.map((report) => report.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('names the fourth report in no claim and no finding', () => {
    expect(reportsNamed(story)).toEqual(new Set(['a', 'b', 'c']));
  });

  it('finds what the three reports alone give', () => {
    expect(findingsOf(story)).toEqual(findingsOf(baseline));
  });

  it('warns about the fourth report alone, saying why it is not compared', () => {
    expect(story.reports.map((report) => report.warnings.map((warning) => [warning.file, warning.code]))).toEqual([
      [],
      [],
      [],
      [['fixtures/fixture/d.txt', WARNING_OF.get(name)]],
    ]);
  });
});

describe('the align and compare stages called on every report, not only on the compared ones', () => {
  it.each(Object.entries(NOT_COMPARED))('leave out %s', (_, text) => {
    const segmented = segmentStory(ingestStory(rawStoryOf({ ...THREE, 'd.txt': text })));
    const story = compareStory(alignStory(segmented));
    expect(reportsNamed(story)).toEqual(new Set(['a', 'b', 'c']));
    expect(findingsOf(story)).toEqual(findingsOf(baseline));
  });
});

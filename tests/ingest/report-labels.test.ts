import { describe, expect, it } from 'vitest';
import { assignReportLabels, ingestStory, letterLabel } from '../../src/pipeline/ingest/index.ts';
import { rawStoryOf } from '../helpers/stories.ts';

const unnamed = (count: number) => Array.from({ length: count }, () => ({ metadata: {} }));

describe('letterLabel', () => {
  it('names reports A to Z, then AA, AB … as spreadsheet columns are named', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(letterLabel)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('refuses an index that is not a whole number of zero or more', () => {
    expect(() => letterLabel(-1)).toThrow(RangeError);
    expect(() => letterLabel(1.5)).toThrow(RangeError);
  });
});

describe('assignReportLabels', () => {
  it('gives two reports without metadata A and B', () => {
    expect(assignReportLabels(unnamed(2))).toEqual(['A', 'B']);
  });

  it('gives 26 reports A to Z', () => {
    const labels = assignReportLabels(unnamed(26));
    expect(labels[0]).toBe('A');
    expect(labels[25]).toBe('Z');
    expect(new Set(labels).size).toBe(26);
  });

  it('goes on past Z with AA … AD for 30 reports, all distinct', () => {
    const labels = assignReportLabels(unnamed(30));
    expect(labels.slice(24)).toEqual(['Y', 'Z', 'AA', 'AB', 'AC', 'AD']);
    expect(new Set(labels).size).toBe(30);
  });

  it('uses the outlet when one report has it, and the file-order letter for the others', () => {
    expect(assignReportLabels([{ metadata: {} }, { metadata: { outlet: 'Harbour Gazette' } }, { metadata: {} }])).toEqual(['A', 'Harbour Gazette', 'C']);
  });

  it('adds the letter when two reports share an outlet, so that each label names one report', () => {
    expect(assignReportLabels([{ metadata: { outlet: 'Wire' } }, { metadata: { outlet: 'Wire' } }])).toEqual(['Wire (A)', 'Wire (B)']);
  });

  it('adds the letter when an outlet is spelled like another report\'s letter', () => {
    expect(assignReportLabels([{ metadata: {} }, { metadata: { outlet: 'A' } }])).toEqual(['A', 'A (B)']);
  });

  it('treats a blank outlet as none rather than showing an empty name', () => {
    expect(assignReportLabels([{ metadata: { outlet: '  ' } }])).toEqual(['A']);
  });
});

describe('ingestStory labels', () => {
  it('labels reports by file-name order and takes the outlet from story.yaml', () => {
    const raw = rawStoryOf({ 'b.txt': 'Second report. It says more.', 'a.txt': 'First report. It says little.', 'c.txt': 'Third report. It says most.' });
    const story = ingestStory({ ...raw, metadata: { reports: { 'c.txt': { outlet: 'Valley News' } } } });
    expect(story.reports.map((report) => [report.file, report.label])).toEqual([
      ['a.txt', 'A'],
      ['b.txt', 'B'],
      ['c.txt', 'Valley News'],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import type { BlockKind } from '../../src/pipeline/types.ts';
import { segmentedHama } from '../helpers/hama.ts';

const story = segmentedHama();
const reportByPrefix = (prefix: string) => {
  const report = story.reports.find((r) => r.file.startsWith(prefix));
  if (!report) throw new Error(`no report ${prefix}`);
  return report;
};
const kindOf = (prefix: string, text: string): BlockKind | undefined =>
  reportByPrefix(prefix).sentences.find((s) => s.text === text)?.kind;

describe('ingest of the real Hama reports', () => {
  it('reads all five reports in file-name order', () => {
    expect(story.reports.map((r) => r.file.slice(0, 3))).toEqual(['000', '001', '002', '003', '004']);
  });

  it.each([
    ['001', 'Syrian Rebels Seize Strategic City of Hama, Dealing Another Setback to Assad', 'headline'],
    ['001', 'Rebels seen on television parading through Hama', 'caption'],
    ['001', 'A resident welcomes a Syrian anti-government fighter in Hama', 'caption'],
    ['001', 'Latest Middle East stories', 'boilerplate'],
    ['002', 'Last Updated:', 'boilerplate'],
    ['002', 'Hama is strategically located in central Syria and was crucial for the Army to secure the capital and seat of power in Damascus.', 'standfirst'],
    ['002', 'How Hama Fell To Syrian Rebels?', 'subheading'],
    ['002', 'ALSO READ: Why Has The Syrian War Got Reignited? Who Are The Rebels That Took Aleppo? Explained', 'related-link'],
    ['002', 'What Happens Next?', 'subheading'],
    ['002', '(with inputs from agencies)', 'boilerplate'],
    ['002', '- Location :', 'boilerplate'],
    ['002', 'Damascus, Syria', 'boilerplate'],
    ['003', 'BEIRUT —', 'dateline'],
    ['004', 'A Strategic and Symbolic Victory', 'subheading'],
    ['004', 'Rebel Advances and Freed Prisoners', 'subheading'],
    ['004', 'Assad’s Regime on the Defensive', 'subheading'],
    ['004', 'Renewed Conflict on the Horizon', 'subheading'],
  ] as const)('classifies %s “%s” as %s', (report, text, kind) => {
    expect(kindOf(report, text)).toBe(kind);
  });

  it('classifies every other line of the five reports as body', () => {
    const nonBody = story.reports.flatMap((r) => r.sentences.filter((s) => s.kind !== 'body'));
    expect(nonBody).toHaveLength(17);
  });

  it('does not make the dateline part of the first sentence of 003', () => {
    const first = reportByPrefix('003').sentences.find((s) => s.kind === 'body');
    expect(first?.text.startsWith('Syrian rebels overran Hama on Thursday')).toBe(true);
  });

  it('joins the sentence that 002 breaks across two lines into one sentence', () => {
    const sentence = reportByPrefix('002').sentences.find((s) => s.text.includes('a chronic collective'));
    expect(sentence?.text).toBe(
      'UN chief Antonio Guterres said the fighting reflects “the bitter fruits of a chronic collective failure of previous de-escalation arrangements”.',
    );
    expect(sentence?.kind).toBe('body');
  });

  it('keeps every non-whitespace character of every report in some sentence', () => {
    expect(story.reports).toHaveLength(5);
    for (const report of story.reports) {
      const covered = report.sentences.map((s) => report.text.slice(s.start, s.end)).join('');
      expect(covered.replace(/\s/g, '')).toBe(report.text.replace(/\s/g, ''));
    }
  });
});

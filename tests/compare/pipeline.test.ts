/**
 * The compare stage on the real pipeline: Hama ingested, segmented and aligned by the real stages. Named
 * cases the alignment puts into one claim are checked here; the others (Homs 40 km vs 30 miles, the 1982
 * death toll "over 10,000" vs "tens of thousands") are checked on their real sentences in numbers.test.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { alignStory } from '../../src/pipeline/align/index.ts';
import { compareStory } from '../../src/pipeline/compare/index.ts';
import type { ComparedStory, Discrepancy } from '../../src/pipeline/types.ts';
import { segmentedHama } from '../helpers/hama.ts';

let compared: ComparedStory;

beforeAll(() => {
  compared = compareStory(alignStory(segmentedHama()));
}, 120_000);

/** Findings of one kind whose values contain every given text. */
function findingsWith(kind: Discrepancy['kind'], ...texts: string[]): Discrepancy[] {
  return compared.discrepancies.filter(
    (d) => d.kind === kind && texts.every((text) => Object.values(d.values).some((value) => value.includes(text))),
  );
}

describe('compareStory on the aligned Hama reports', () => {
  it('numbers its findings d001, d002 … in order', () => {
    expect(compared.discrepancies.length).toBeGreaterThan(1);
    expect(compared.discrepancies.map((d) => d.id)).toEqual(compared.discrepancies.map((_, i) => `d${String(i + 1).padStart(3, '0')}`));
  });

  it('quotes every value exactly from its sentence and lists every sentence it quotes', () => {
    const text = new Map(compared.reports.flatMap((r) => r.sentences).map((s) => [s.id as string, s.text]));
    expect(compared.discrepancies.length).toBeGreaterThan(0);
    for (const finding of compared.discrepancies) {
      expect(Object.keys(finding.values).sort()).toEqual([...finding.sentences].sort());
      for (const [id, value] of Object.entries(finding.values)) expect(text.get(id)).toContain(value);
    }
  });

  it('finds the army statement quoted “to preserve …” against “to safeguard …” as a contradiction with a diff', () => {
    const [finding] = findingsWith('quote', 'to preserve civilian lives and prevent urban combat', 'to safeguard civilian lives and avoid urban combat');
    expect(finding?.severity).toBe('contradiction');
    expect(finding?.kind === 'quote' ? finding.diff : []).toContainEqual({ op: 'insert', text: 'safeguard ' });
  });

  it('finds the readiness to march on Homs given to the insurgents and to the military', () => {
    const [finding] = findingsWith('attribution', 'The insurgents', 'The military');
    expect(finding?.severity).toBe('contradiction');
  });

  it('finds “Your time has come” given to a rebel operations room and to an HTS spokesperson', () => {
    const [finding] = findingsWith('attribution', 'a rebel operations room', 'an HTS spokesperson');
    expect(finding?.severity).toBe('variant');
  });

  it('finds al-Golani and al-Jolani as spellings of one name', () => {
    expect(findingsWith('name', 'al-Golani', 'al-Jolani')).toHaveLength(1);
  });

  it('finds the old-wound quotation reworded', () => {
    expect(findingsWith('quote', 'wound').length).toBeGreaterThan(0);
  });

  it('raises no number or date alarm beyond the disagreements the reports really contain', () => {
    // Every number/date finding must be one of these real differences (whether or not alignment groups them).
    const known = [
      ['40 km', '30 miles'],
      ['over 10,000', 'tens of thousands'],
      ['1982', '1980s'],
      ['eight days', 'week-old'],
      ['eight days', 'a week'],
    ];
    const alarms = compared.discrepancies
      .filter((d) => d.kind === 'number' || d.kind === 'date')
      .filter((d) => !known.some((pair) => pair.every((text) => Object.values(d.values).includes(text))));
    expect(alarms).toEqual([]);
  });

  it('notes every claim carried by a single report as unique coverage, not as a discrepancy', () => {
    const single = compared.claims.filter((claim) => claim.sources.length === 1).map((claim) => claim.id);
    expect(single.length).toBeGreaterThan(0);
    expect(compared.coverage.filter((note) => note.kind === 'unique').map((note) => note.claim)).toEqual(single);
  });

  it('finds the distance to Homs and the 1982 toll, whose sentences share no claim, across the story', () => {
    expect(findingsWith('number', '40 km', '30 miles')).toHaveLength(1);
    expect(findingsWith('number', 'over 10,000', 'tens of thousands')).toHaveLength(1);
    expect(findingsWith('number', 'over 10,000', 'tens of thousands')[0]?.severity).toBe('variant');
  });
});

import { describe, expect, it } from 'vitest';
import { alignStory, type AlignStats } from '../../src/pipeline/align/index.ts';
import { segmentedHama } from '../helpers/hama.ts';
import { sentenceStarting, shareClaim } from './claim-queries.ts';

describe('alignStory on the real Hama reports', () => {
  const segmented = segmentedHama();
  let stats: AlignStats | undefined;
  const aligned = alignStory(segmented, undefined, { onStats: (value) => (stats = value) });
  const sentence = (report: string, start: string) => sentenceStarting(aligned, report, start);

  it('aligns the Al Jazeera footage sentences of 000 and 001', () => {
    expect(
      shareClaim(
        aligned,
        sentence('000', 'Al Jazeera television broadcast images'),
        sentence('001', 'Al Jazeera aired footage'),
      ),
    ).toBe(true);
  });

  // A known miss, kept as an expected failure so that it is seen (and this test fails, to be turned back
  // into a plain test, the day the aligner gets it). Issue #3. The Russia clauses share only "Russia" and
  // "Ukraine" (the model gives them p ≈ 0.014), and the Hezbollah / Israel clauses score just around the
  // claim cut-off 0.0759 (0.083 with 000, 0.040 with 001's parallel clause), too little for average
  // linkage. A parallel-structure bonus won this pair back for a while; it was removed because this pair
  // was its only evidence (news-dev figures identical with and without it, docs/hama-only-rules.md).
  it.fails('aligns 000 "Russia has been focused on Ukraine" with 003 "Russia is distracted with Ukraine"', () => {
    expect(
      shareClaim(
        aligned,
        sentence('000', 'But Russia has been focused'),
        sentence('003', 'Russia is distracted with Ukraine'),
      ),
    ).toBe(true);
  });

  it('aligns the capture of Hama in 000 and 001', () => {
    expect(
      shareClaim(
        aligned,
        sentence('000', 'Syrian rebels captured the city of Hama'),
        sentence('001', 'Syrian rebels have taken control of Hama'),
      ),
    ).toBe(true);
  });

  it('aligns the army redeploying in 000 and 002', () => {
    expect(
      shareClaim(
        aligned,
        sentence('000', 'The Syrian army said it was redeploying'),
        sentence('002', 'The Army said it was redeploying'),
      ),
    ).toBe(true);
  });

  it('does not align the Al Jazeera footage with the war in Ukraine', () => {
    expect(
      shareClaim(
        aligned,
        sentence('000', 'Al Jazeera television broadcast images'),
        sentence('003', 'Russia is distracted with Ukraine'),
      ),
    ).toBe(false);
  });

  it('does not align the army redeploying with the UN food agency', () => {
    expect(
      shareClaim(
        aligned,
        sentence('000', 'The Syrian army said it was redeploying'),
        sentence('001', 'Residents of Aleppo have reported'),
      ),
    ).toBe(false);
  });

  it('aligns the 1982 massacre in 003 and 004', () => {
    expect(
      shareClaim(
        aligned,
        sentence('003', 'Hama is notorious for the 1982 massacre'),
        sentence('004', 'The city was the site of the 1982 massacre'),
      ),
    ).toBe(true);
  });

  it('does not align the 1982 massacre with the capture of Aleppo', () => {
    expect(
      shareClaim(
        aligned,
        sentence('003', 'Hama is notorious for the 1982 massacre'),
        sentence('000', 'The rebels took the main northern city of Aleppo'),
      ),
    ).toBe(false);
  });

  it("puts 001's headline in the capture claim with 003's \"Syrian rebels overran Hama\"", () => {
    expect(
      shareClaim(
        aligned,
        sentence('001', 'Syrian Rebels Seize Strategic City of Hama'),
        sentence('003', 'Syrian rebels overran Hama'),
      ),
    ).toBe(true);
  });

  it('keeps every unit inside its sentence', () => {
    const sentences = new Map(aligned.reports.flatMap((report) => report.sentences).map((s) => [s.id, s]));
    expect(aligned.units.length).toBeGreaterThan(0);
    for (const unit of aligned.units) {
      const host = sentences.get(unit.sentence);
      expect(['body', 'headline', 'standfirst']).toContain(host?.kind);
      expect(host?.text.includes(unit.text)).toBe(true);
      expect(unit.start).toBeGreaterThanOrEqual(host?.start ?? Number.NaN);
      expect(unit.end).toBeLessThanOrEqual(host?.end ?? Number.NaN);
    }
  });

  it('scores far fewer pairs than all cross-report pairs', () => {
    expect(stats?.scoredCrossReportPairs).toBeLessThan((stats?.crossReportPairs ?? 0) * 0.6);
  });

  it('gives the same claim ids on a second run', () => {
    const again = alignStory(segmentedHama());
    expect(again.claims.map((claim) => [claim.id, claim.units])).toEqual(
      aligned.claims.map((claim) => [claim.id, claim.units]),
    );
    expect(again.links).toEqual(aligned.links);
  });
});

import { describe, expect, it } from 'vitest';
import { SUPPORT_RULES, sumSupportBonuses } from '../../src/pipeline/align/supports/support-rules.ts';
import { bonusCrossReportPairs, type CandidateScore, type SupportContext } from '../../src/pipeline/align/supports/support-context.ts';
import { DEFAULT_SETTINGS, type AlignSettings } from '../../src/pipeline/settings.ts';
import { segmentedStoryOf } from '../helpers/stories.ts';

/** A scored pair of units `a` (report `reportA`, place `placeA`) and `b`. */
const pair = (a: number, b: number, reportA: number, reportB: number, placeA: number, placeB: number, logit: number): CandidateScore => ({
  a,
  b,
  reportA,
  reportB,
  placeA,
  placeB,
  logit,
});

// Two reports of two units each (0, 1 in report 0; 2, 3 in report 1): the first units are a strong link,
// the second a weak one that the report-order rule supports; 0 and 1 are a same-report pair.
const pairs = [pair(0, 1, 0, 0, 0, 1, 5), pair(0, 2, 0, 1, 0, 0, 5), pair(1, 3, 0, 1, 1, 1, -1)];
const story = segmentedStoryOf([{ id: 'a', paragraphs: ['x'] }, { id: 'b', paragraphs: ['y'] }]);
const context = (settings: AlignSettings): SupportContext => ({ story, units: [], groupOf: [0, 0, 1, 1], profiles: [], pairs, settings });
// Only the report-order rule has anything to go on here (no tops: no units; no third report).
const onlyOrder = { order: true, triangle: false, top: false, quote: false, anchor: false, headline: false };

describe('support rules', () => {
  it('run in the order report order, triangle, report top, quotation anchor, rare anchor, headline-lead', () => {
    expect(SUPPORT_RULES.map((rule) => rule.name)).toEqual(['order', 'triangle', 'top', 'quote', 'anchor', 'headline']);
  });

  it('have one switch each in the settings', () => {
    expect(Object.keys(DEFAULT_SETTINGS.align.supports).sort()).toEqual(SUPPORT_RULES.map((rule) => rule.name).sort());
  });

  it('add the report-order bonus to the weak pair that the strong pair before it supports', () => {
    expect(sumSupportBonuses(context({ ...DEFAULT_SETTINGS.align, supports: onlyOrder, orderBonus: 0.75 }))).toEqual([0, 0, 0.75]);
  });

  it('add nothing for a rule that is switched off', () => {
    expect(sumSupportBonuses(context({ ...DEFAULT_SETTINGS.align, supports: { ...onlyOrder, order: false } }))).toEqual([0, 0, 0]);
  });
});

describe('bonusCrossReportPairs', () => {
  it('shows the rule only cross-report pairs and gives the bonus to those it supports', () => {
    const seen: CandidateScore[][] = [];
    const bonuses = bonusCrossReportPairs(pairs, 2, (crossReport) => {
      seen.push([...crossReport]);
      return crossReport.map((candidate) => candidate.logit > 0);
    });
    expect(seen).toEqual([[pairs[1], pairs[2]]]);
    expect(bonuses).toEqual([0, 2, 0]);
  });
});

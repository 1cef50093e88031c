import { describe, expect, it } from 'vitest';
import { agreedClaims, coverageByReport, majorityOf, uniqueClaimsByReport } from '../../src/site/claim-summaries.ts';
import { storyViewOf } from '../helpers/stories.ts';

const story = storyViewOf(
  [
    { id: 'a', paragraphs: ['A1.', 'A2.', 'A3.'] },
    { id: 'b', paragraphs: ['B1.', 'B2.'] },
    { id: 'c', paragraphs: ['C1.'] },
  ],
  [['a0', 'b0', 'c0'], ['a1', 'b1'], ['a2']],
);

describe('claim summaries', () => {
  it('needs a strict majority of at least two reports for agreement', () => {
    expect([majorityOf(2), majorityOf(3), majorityOf(5), majorityOf(6)]).toEqual([2, 2, 3, 4]);
  });

  it('lists claims most reports carry, most widely carried first', () => {
    expect(agreedClaims(story).map((c) => c.id)).toEqual(['c001', 'c002']);
  });

  it('groups claims only one report carries by that report', () => {
    expect(uniqueClaimsByReport(story).get('a')?.map((c) => c.id)).toEqual(['c003']);
    expect(uniqueClaimsByReport(story).get('b')).toEqual([]);
  });

  it('measures each report’s share of the claims and the claims only it carries', () => {
    expect(coverageByReport(story)).toEqual([
      { report: 'a', carried: 3, unique: 1, share: 1 },
      { report: 'b', carried: 2, unique: 0, share: 2 / 3 },
      { report: 'c', carried: 1, unique: 0, share: 1 / 3 },
    ]);
  });
});

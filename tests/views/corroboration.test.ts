import { describe, expect, it } from 'vitest';
import { agreedClaims } from '../../src/site/claim-summaries.ts';
import { corroborationOf, describeCorroboration, groupReportsBySharedCopy } from '../../src/site/corroboration.ts';
import { indexStory } from '../../src/site/story-index.ts';
import { buildClaimView } from '../../src/site/views/claim.ts';
import { buildMatrixView } from '../../src/site/views/matrix.ts';
import { storyViewOf, withVerdicts } from '../helpers/stories.ts';

/**
 * Four reports of a harbour fire. Claim c001 ("the fire started at night") is carried by a, b and c, where b
 * and c are one agency story printed twice; claim c002 ("the roof fell in") by a, b and d, three reports on their own.
 */
const base = storyViewOf(
  [
    { id: 'a', paragraphs: ['The fire started at night.', 'The roof fell in.'] },
    { id: 'b', paragraphs: ['The blaze began overnight.', 'The roof collapsed.'] },
    { id: 'c', paragraphs: ['The blaze began overnight, the agency said.'] },
    { id: 'd', paragraphs: ['Its roof gave way.'] },
  ],
  [
    ['a0', 'b0', 'c0'],
    ['a1', 'b1', 'd0'],
  ],
);
const story = withVerdicts(base, ['a', 'b', 'c', 'd'], [['b', 'c', 'same-copy']]);

describe('groupReportsBySharedCopy', () => {
  it('puts reports that share a copy in one group, named by the first of them', () => {
    expect(Object.fromEntries(groupReportsBySharedCopy(story.derivation))).toEqual({ a: 'a', b: 'b', c: 'b', d: 'd' });
  });

  it('joins reports through a report they both share a copy with, and counts shared material as sharing', () => {
    const chained = withVerdicts(base, ['a', 'b', 'c', 'd'], [['a', 'd', 'shares-material'], ['d', 'c', 'same-copy']]);
    expect(Object.fromEntries(groupReportsBySharedCopy(chained.derivation))).toEqual({ a: 'a', b: 'b', c: 'a', d: 'a' });
  });

  it('leaves every report on its own when the story has no provenance analysis', () => {
    expect(groupReportsBySharedCopy(undefined).size).toBe(0);
    expect(base.claims.map((claim) => indexStory(base).corroboration(claim).independent)).toEqual([3, 3]);
  });
});

describe('corroborationOf', () => {
  it('counts two reports that share a copy once', () => {
    const [first, second] = story.claims;
    const groupOf = groupReportsBySharedCopy(story.derivation);
    expect([first && corroborationOf(first, groupOf), second && corroborationOf(second, groupOf)]).toEqual([
      { reports: 3, independent: 2, groups: [['a'], ['b', 'c']] },
      { reports: 3, independent: 3, groups: [['a'], ['b'], ['d']] },
    ]);
  });

  it('says it in words, with no "independent" for a claim one report carries', () => {
    expect([
      describeCorroboration({ reports: 3, independent: 2, groups: [] }),
      describeCorroboration({ reports: 1, independent: 1, groups: [] }),
    ]).toEqual(['carried by 3 reports, 2 independent', 'carried by 1 report']);
  });
});

describe('independent support in the views', () => {
  it('ranks the claim three independent reports carry above the one two copies and a third carry', () => {
    expect(agreedClaims(story).map((claim) => claim.id)).toEqual(['c002', 'c001']);
    expect(agreedClaims(base).map((claim) => claim.id)).toEqual(['c001', 'c002']);
  });

  it('shows the count on the claim page and names the reports counted once', () => {
    const view = buildClaimView(story, 'c001');
    expect([view.carriedBy, view.sharedCopies]).toEqual(['carried by 3 reports, 2 independent', ['B and C']]);
  });

  it('gives each matrix row its reports and independent reports, the most independent first', () => {
    expect(buildMatrixView(story).rows.map((row) => [row.claim.href, row.reports, row.independent])).toEqual([
      ['/stories/test/claims/c002/', 3, 3],
      ['/stories/test/claims/c001/', 3, 2],
    ]);
  });
});

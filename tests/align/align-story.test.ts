import { describe, expect, it } from 'vitest';
import { alignStory, type AlignStats } from '../../src/pipeline/align/index.ts';
import { getDefaultAlignmentModel } from '../../src/pipeline/align/model/alignment-model.ts';
import type { SourceId } from '../../src/pipeline/types.ts';
import { segmentedStoryOf } from '../helpers/stories.ts';
import { sentenceStarting, shareClaim } from './claim-queries.ts';

const story = segmentedStoryOf([
  {
    id: 'a',
    paragraphs: [
      { kind: 'headline', sentences: ['Rebels take Hama'] },
      'Syrian rebels captured the city of Hama on Thursday, a major victory in a week-old lightning advance across the north.',
      'Al Jazeera television broadcast images of rebels inside Hama, some of them greeting civilians near a roundabout.',
      'Residents of Aleppo have reported food and fuel shortages.',
    ],
  },
  {
    id: 'b',
    paragraphs: [
      'Al Jazeera aired footage of rebels within Hama, with some interacting with civilians at a roundabout.',
      'Syrian rebels have taken control of the city of Hama on Thursday.',
      'The United Nations called for a return to a political process to end the violence.',
    ],
  },
  {
    id: 'c',
    paragraphs: [
      'Syrian rebels did not capture the city of Hama on Thursday.',
      'A rebel spokesman declared the city completely liberated.',
    ],
  },
]);

describe('alignStory on a hand-made story', () => {
  const aligned = alignStory(story);

  it('puts every unit in a claim, and every headline and body sentence in some unit', () => {
    // A unit may also be a secondary member of a second claim (`secondary-members.ts`), so ids may repeat.
    const claimed = [...new Set(aligned.claims.flatMap((claim) => claim.units))].sort();
    expect(claimed).toEqual(aligned.units.map((unit) => unit.id).sort());
    const sentences = story.reports.flatMap((report) => report.sentences.map((sentence) => sentence.id));
    expect(new Set(aligned.units.map((unit) => unit.sentence))).toEqual(new Set(sentences));
  });

  it('makes a unit of the headline, which states the story\'s main claim', () => {
    expect(aligned.units.some((unit) => unit.sentence === 'a-p1-s1')).toBe(true);
  });

  it('numbers claims c001… by first appearance', () => {
    expect(aligned.claims.length).toBeGreaterThan(1);
    expect(aligned.claims.map((claim) => claim.id)).toEqual(
      aligned.claims.map((_, i) => `c${String(i + 1).padStart(3, '0')}`),
    );
    const firstUnitIndex = aligned.claims.map((claim) =>
      Math.min(...claim.units.map((id) => aligned.units.findIndex((unit) => unit.id === id))),
    );
    expect(firstUnitIndex).toEqual([...firstUnitIndex].sort((x, y) => x - y));
  });

  it('takes each summary verbatim from a member unit', () => {
    expect(aligned.claims.length).toBeGreaterThan(0);
    for (const claim of aligned.claims) {
      expect(claim.units).toContain(claim.summaryUnit);
      expect(aligned.units.find((unit) => unit.id === claim.summaryUnit)?.text).toBe(claim.summary);
    }
  });

  it('lists sources in story order and gives single-report claims cohesion 1', () => {
    const order = aligned.reports.map((report) => report.id);
    expect(aligned.claims.some((claim) => claim.sources.length > 1)).toBe(true);
    expect(aligned.claims.some((claim) => claim.sources.length === 1)).toBe(true);
    for (const claim of aligned.claims) {
      expect([...claim.sources].sort((x, y) => order.indexOf(x) - order.indexOf(y))).toEqual(claim.sources);
      if (claim.sources.length === 1) expect(claim.cohesion).toBe(1);
    }
  });

  it('aligns the paraphrased broadcast sentence', () => {
    expect(
      shareClaim(aligned, sentenceStarting(aligned, 'a', 'Al Jazeera'), sentenceStarting(aligned, 'b', 'Al Jazeera')),
    ).toBe(true);
  });

  it('aligns the capture claim across reports', () => {
    expect(
      shareClaim(
        aligned,
        sentenceStarting(aligned, 'a', 'Syrian rebels'),
        sentenceStarting(aligned, 'b', 'Syrian rebels'),
      ),
    ).toBe(true);
  });

  it('never aligns "did not capture" with "captured"', () => {
    const negated = sentenceStarting(aligned, 'c', 'Syrian rebels did not');
    expect(shareClaim(aligned, sentenceStarting(aligned, 'a', 'Syrian rebels'), negated)).toBe(false);
    expect(shareClaim(aligned, sentenceStarting(aligned, 'b', 'Syrian rebels'), negated)).toBe(false);
    const negatedUnits = new Set(aligned.units.filter((unit) => unit.sentence === negated.id).map((unit) => unit.id));
    expect(aligned.links.some((link) => negatedUnits.has(link.a) || negatedUnits.has(link.b))).toBe(false);
  });

  it('keeps unrelated sentences apart', () => {
    expect(
      shareClaim(
        aligned,
        sentenceStarting(aligned, 'a', 'Residents'),
        sentenceStarting(aligned, 'b', 'The United Nations'),
      ),
    ).toBe(false);
  });

  it('links only units of different reports, at or above the claim cut-off', () => {
    const sourceOf = new Map(aligned.units.map((unit) => [unit.id, unit.source]));
    const threshold = getDefaultAlignmentModel().thresholds.claim;
    expect(aligned.links.length).toBeGreaterThan(0);
    for (const link of aligned.links) {
      expect(sourceOf.get(link.a)).toBeDefined();
      expect(sourceOf.get(link.a)).not.toBe(sourceOf.get(link.b));
      expect(link.score).toBeGreaterThanOrEqual(Math.round(threshold * 1e4) / 1e4);
    }
  });

  it('gives the same output for the same input', () => {
    expect(alignStory(story)).toEqual(aligned);
  });

  it('gives reports that repeat an earlier one no units', () => {
    const original = story.reports[1];
    if (original === undefined) throw new Error('fixture has no second report');
    const copy = { ...original, id: 'd' as SourceId, duplicateOf: original.id };
    const result = alignStory({ ...story, reports: [...story.reports, copy] });
    expect(result.units.some((unit) => unit.source === 'd')).toBe(false);
  });
});

describe('reports alignment leaves out', () => {
  it('gives a report that is not in English no units', () => {
    const mixed = segmentedStoryOf([
      { id: 'en', paragraphs: ['Syrian rebels captured the city of Hama on Thursday.'] },
      { id: 'de', english: false, paragraphs: ['Syrische Rebellen haben am Donnerstag die Stadt Hama erobert.'] },
    ]);
    expect(alignStory(mixed).units.map((unit) => unit.source)).toEqual(['en']);
  });
});

describe('blocking in alignStory', () => {
  it('scores only the cross-report pairs that share words', () => {
    const spread = segmentedStoryOf([
      {
        id: 'r0',
        paragraphs: [
          'Firefighters contained a harbour blaze overnight.',
          'Councillors postponed the budget vote.',
          'Rebels captured Hama on Thursday.',
        ],
      },
      {
        id: 'r1',
        paragraphs: [
          'United won the football final on penalties.',
          'Forecasters issued a flood warning.',
          'Rebels seized Hama on Thursday.',
        ],
      },
      {
        id: 'r2',
        paragraphs: [
          'Teachers began a strike over pay.',
          'Engineers closed the bridge for repairs.',
          'Astronomers spotted a comet.',
        ],
      },
    ]);
    let stats: AlignStats | undefined;
    alignStory(spread, undefined, { onStats: (value) => (stats = value) });
    expect(stats?.crossReportPairs).toBe(27);
    expect(stats?.scoredCrossReportPairs).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import { buildClaims } from '../../src/pipeline/align/cluster/build-claims.ts';
import type { ScoredUnits } from '../../src/pipeline/align/cluster/score-units.ts';
import type { ClaimUnit, SentenceId, SourceId, UnitId } from '../../src/pipeline/types.ts';
import { segmentedStoryOf } from '../helpers/stories.ts';

/** Three one-sentence reports a, b, c with hand-set pair scores (a–b, a–c, b–c): c is the most linked, then b. */
function scoredStory(texts: readonly [string, string, string], scores: readonly [number, number, number]) {
  const story = segmentedStoryOf(texts.map((text, i) => ({ id: String.fromCharCode(97 + i), paragraphs: [text] })));
  const units: ClaimUnit[] = story.reports.map((report) => {
    const sentence = report.sentences[0];
    return {
      id: `${sentence?.id}-u1` as UnitId,
      sentence: sentence?.id as SentenceId,
      source: report.id as SourceId,
      start: sentence?.start ?? 0,
      end: sentence?.end ?? 0,
      text: sentence?.text ?? '',
    };
  });
  const [ab, ac, bc] = scores;
  const scored: ScoredUnits = { units, groupOf: [0, 1, 2], pairs: [{ a: 0, b: 1, score: ab }, { a: 0, b: 2, score: ac }, { a: 1, b: 2, score: bc }] };
  return buildClaims(story, scored, 0.1, 0.9);
}

describe('claim summaries', () => {
  it('prefer a member that starts like a sentence over a more linked clause cut from inside one', () => {
    const { claims } = scoredStory(
      ['Rebels took the city on Thursday.', 'The rebels captured the city on Thursday.', 'taking the city on Thursday'],
      [0.5, 0.6, 0.9],
    );
    expect(claims).toHaveLength(1);
    expect(claims[0]?.summary).toBe('The rebels captured the city on Thursday.');
  });

  it('take the most linked member when every member starts like a sentence', () => {
    const { claims } = scoredStory(
      ['Rebels took the city on Thursday.', 'The rebels captured the city on Thursday.', 'The city fell to the rebels on Thursday.'],
      [0.5, 0.6, 0.9],
    );
    expect(claims[0]?.summary).toBe('The city fell to the rebels on Thursday.');
  });
});

import { isCompared } from '../../compared-reports.ts';
import { splitClauses } from './clauses.ts';
import type { BlockKind, ClaimUnit, SegmentedReport, Sentence, UnitId } from '../../types.ts';
import type { WordNet } from '../words/wordnet.ts';
import { DEFAULT_SETTINGS } from '../../settings.ts';
import { type Attribution, extractAttributions, sentenceAttributions } from '../../text/speakers.ts';

/**
 * Claim units: the pieces of sentences that alignment compares. A simple sentence is one unit; a
 * compound one may give several (see `clauses.ts`). Body sentences, headlines and standfirsts state
 * claims (a headline is the report's own summary of its main claim, and event-coreference corpora such
 * as ECB+ annotate it as a mention like any other); captions, datelines, subheadings, related links and
 * boilerplate are shown as they are and never aligned.
 */

/** Kinds of text that state claims: the body, and the headline and standfirst that sum it up. */
export const CLAIM_KINDS: ReadonlySet<BlockKind> = new Set<BlockKind>(['body', 'headline', 'standfirst']);

/** Collapses whitespace runs to one space, as `Sentence.text` does. */
function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Builds the id of the `index`-th (0-based) unit of a sentence, e.g. `…-p3-s2-u1`. */
export function unitId(sentence: Sentence, index: number): UnitId {
  return `${sentence.id}-u${index + 1}` as UnitId;
}

/**
 * The claim units of one sentence, in text order; none for a sentence without a word. `minClauseWords`:
 * see `AlignSettings.minClauseWords`.
 */
export function splitSentenceIntoUnits(
  report: SegmentedReport,
  sentence: Sentence,
  wordnet: WordNet,
  minClauseWords: number = DEFAULT_SETTINGS.align.minClauseWords,
): ClaimUnit[] {
  const raw = report.text.slice(sentence.start, sentence.end);
  if (!/[\p{L}\p{N}]/u.test(raw)) return [];
  const attributions = extractAttributions(raw);
  return splitClauses(raw, wordnet, minClauseWords).map((span, index) => {
    const speaker = speakerOfSpan(attributions, span.start, span.end);
    return {
      id: unitId(sentence, index),
      sentence: sentence.id,
      source: report.id,
      start: sentence.start + span.start,
      end: sentence.start + span.end,
      text: collapseWhitespace(raw.slice(span.start, span.end)),
      ...(speaker === undefined
        ? {}
        : { speaker: { text: speaker.speaker, start: sentence.start + speaker.start, end: sentence.start + speaker.end } }),
    };
  });
}

/**
 * The speaker of a stretch of a sentence: the first attribution inside it, or else the sentence's only
 * attribution (a clause of "Rebels took the town and held it, a spokesman said" is the spokesman's too).
 * Several attributions, none inside: no speaker, rather than a guess. Attributions quoted by another
 * speaker of the sentence are not counted (`sentenceAttributions`): the quoted clause of "“His aunt said
 * he was born there,” Reed said" is Reed's.
 */
export function speakerOfSpan(attributions: readonly Attribution[], start: number, end: number): Attribution | undefined {
  const speaking = sentenceAttributions(attributions);
  return speaking.find((item) => item.start >= start && item.end <= end) ?? (speaking.length === 1 ? speaking[0] : undefined);
}

/**
 * The claim units of a report: every body, headline and standfirst sentence split into units, in text order.
 * A report that is not compared (no body text, a copy of an earlier report, or not English:
 * `compared-reports.ts`) gives none, so not even its headline joins a claim.
 */
export function extractClaimUnits(
  report: SegmentedReport,
  wordnet: WordNet,
  minClauseWords: number = DEFAULT_SETTINGS.align.minClauseWords,
): ClaimUnit[] {
  if (!isCompared(report)) return [];
  return report.sentences
    .filter((sentence) => CLAIM_KINDS.has(sentence.kind))
    .flatMap((sentence) => splitSentenceIntoUnits(report, sentence, wordnet, minClauseWords));
}

import { CLAIM_KINDS } from '../pipeline/align/units/claim-units.ts';
import { isCompared } from '../pipeline/compared-reports.ts';
import type { AlignedStory, SegmentedReport } from '../pipeline/types.ts';
import type { ScoredClaim, ScoredSentence } from './pair-score.ts';

/** What the pair scorer needs from one aligned story, named by gold report keys. */
export interface ScoredStory {
  /** Every sentence of every report, body or not, in story order. */
  readonly sentences: readonly ScoredSentence[];
  /** The sentences the aligner may put into claims (body, headline and standfirst of the compared reports). */
  readonly alignable: readonly ScoredSentence[];
  readonly claims: readonly ScoredClaim[];
}

/** The gold's report key for a report file: the file name without `.txt`, as the news-dev README defines it. */
export function reportKeyOf(file: string): string {
  return file.replace(/\.txt$/i, '');
}

function scoredSentencesOf(report: SegmentedReport): ScoredSentence[] {
  const key = reportKeyOf(report.file);
  return report.sentences.map((sentence) => ({ report: key, text: sentence.text, id: sentence.id }));
}

/**
 * Maps an aligned story to the scorer's plain input: each claim becomes the list of its supporting
 * sentences (`claim.sentences`), each named by its report's gold key and keeping its id, so two
 * sentences with one text stay apart. A claim sentence id the story does not know is skipped.
 * `alignable` lists the sentences of the kinds the aligner takes (`CLAIM_KINDS`) in reports it compares:
 * the only ones a claim can hold.
 */
export function toScoredStory(story: AlignedStory): ScoredStory {
  const sentences = story.reports.flatMap(scoredSentencesOf);
  const byId = new Map(sentences.map((sentence) => [sentence.id ?? '', sentence]));
  const claims = story.claims.map((claim) => claim.sentences.flatMap((id) => byId.get(id) ?? []));
  // A report that is shown but not compared (a copy, no body text, not English) has no sentence a claim can hold.
  const alignable = story.reports
    .filter(isCompared)
    .flatMap((report) => scoredSentencesOf({ ...report, sentences: report.sentences.filter((s) => CLAIM_KINDS.has(s.kind)) }));
  return { sentences, alignable, claims };
}

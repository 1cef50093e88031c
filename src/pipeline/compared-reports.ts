/**
 * Which reports of a story are compared. Every report is kept and shown, but only a compared report is
 * aligned and compared: only its sentences join claims, only it counts in "n of m reports", and only it can
 * be named by a finding (as the report that leaves a claim out, too). A report is compared when it
 *
 * 1. has body text: at least one body sentence with a letter or a digit, the least a sentence needs to
 *    state a claim. An empty or whitespace-only file, or one with only a headline, captions, datelines or
 *    page furniture, has no claim of its own: a lone headline would join the story's main claim and the
 *    report would then "leave out" every other claim;
 * 2. is not a copy of an earlier report (`duplicateOf`): an identical copy would count its original twice;
 * 3. is English (`language.english`): the aligner's stemmer, stop words and WordNet are English.
 *
 * Ingest and segment say which rule a report fails in a warning, so the site can say why it is not compared.
 */

/** Why a report is shown but not compared, in the order the rules are checked. */
export const NOT_COMPARED_REASONS = ['no-body-text', 'duplicate', 'not-english'] as const;
export type NotComparedReason = (typeof NOT_COMPARED_REASONS)[number];

/** What the rule reads of a report; a pipeline report and the site's view of one both have it. */
export interface ComparisonFacts {
  readonly duplicateOf?: string | undefined;
  readonly language: { readonly english: boolean };
  readonly sentences: readonly { readonly kind: string; readonly text: string }[];
}

/** Number of body sentences in a report: the sentences that take part in the comparison. */
export function countBodySentences(report: Pick<ComparisonFacts, 'sentences'>): number {
  return report.sentences.filter((sentence) => sentence.kind === 'body').length;
}

/** Whether a stretch of text can state a claim: it has a letter or a digit (punctuation alone cannot). */
export function canStateClaim(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

/** Whether a report has body text: a body sentence that can state a claim. */
export function hasBodyText(report: Pick<ComparisonFacts, 'sentences'>): boolean {
  return report.sentences.some((sentence) => sentence.kind === 'body' && canStateClaim(sentence.text));
}

/** Why a report is not compared, or `undefined` when it is compared. */
export function findNotComparedReason(report: ComparisonFacts): NotComparedReason | undefined {
  if (!hasBodyText(report)) return 'no-body-text';
  if (report.duplicateOf !== undefined) return 'duplicate';
  if (!report.language.english) return 'not-english';
  return undefined;
}

/** Whether a report takes part in alignment and comparison (see the rules above). */
export function isCompared(report: ComparisonFacts): boolean {
  return findNotComparedReason(report) === undefined;
}

/** The compared reports of a story, in story order. */
export function selectComparedReports<R extends ComparisonFacts>(reports: readonly R[]): R[] {
  return reports.filter(isCompared);
}

/** The story with only its compared reports: what alignment and comparison read. */
export function withComparedReports<S extends { readonly reports: readonly ComparisonFacts[] }>(story: S): S {
  return { ...story, reports: selectComparedReports(story.reports) };
}

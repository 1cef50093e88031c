/**
 * What detectors return before the orchestrator numbers them, and the shared wording of summaries:
 * "label: A (2 reports) vs B (1 report)". Summaries only use words found in the sentences involved.
 */
import type { ClaimId, Discrepancy, SentenceId, SourceId } from '../../types.ts';
import type { ClaimView, UnitView } from './claim-view.ts';
import { isNumberWord } from '../../text/numbers.ts';
import { isCompactStopWord, splitWords, stemWord } from '../../text/index.ts';

/**
 * A discrepancy without its id; `index.ts` assigns ids once all detectors have run. Omitted member by
 * member, so a finding is still a union by `kind` (a plain `Omit` of a union keeps only the shared fields).
 */
export type Finding = Discrepancy extends infer Kind ? (Kind extends Discrepancy ? Omit<Kind, 'id'> : never) : never;

/** A piece of evidence: a span of one unit's sentence text. */
export interface Evidence {
  readonly view: UnitView;
  readonly start: number;
  readonly end: number;
}

/** "1 report", "3 reports". */
export function countReports(count: number): string {
  return `${count} report${count === 1 ? '' : 's'}`;
}

/** Number of distinct reports among pieces of evidence. */
export function distinctSources(evidence: readonly { readonly view: UnitView }[]): number {
  return new Set(evidence.map((item) => item.view.source)).size;
}

/** "A (2 reports) vs B (1 report)". */
export function formatTally(groups: readonly { readonly display: string; readonly reports: number }[]): string {
  return groups.map((group) => `${group.display} (${countReports(group.reports)})`).join(' vs ');
}

/** Text of a piece of evidence, exactly as it stands in the sentence. */
export function evidenceText(item: Evidence): string {
  return item.view.sentence.text.slice(item.start, item.end);
}

/** Sentence ids of the evidence (each once, story order) and the exact text per sentence (first piece wins). */
export function collectEvidence(evidence: readonly Evidence[]): {
  sentences: SentenceId[];
  values: Record<string, string>;
} {
  const sorted = [...evidence].sort((a, b) => a.view.order - b.view.order || a.start - b.start);
  // Keyed by sentence id, so without a prototype (house style for dictionaries keyed by text).
  const values: Record<string, string> = Object.create(null);
  const sentences: SentenceId[] = [];
  for (const item of sorted) {
    const id = item.view.sentence.id;
    if (Object.hasOwn(values, id)) continue;
    values[id] = evidenceText(item);
    sentences.push(id);
  }
  return { sentences, values };
}

/**
 * Up to `limit` content words that every piece of evidence's unit contains, nearest first to the first
 * piece's span, written as they stand in its sentence and in text order ("Homs, south"). Names the
 * measured thing without inventing words. Empty when the units share nothing.
 */
export function sharedWords(evidence: readonly Evidence[], limit = 2): string {
  const [first, ...rest] = evidence;
  if (first === undefined) return '';
  const unitWords = (item: Evidence): Set<string> =>
    new Set(
      splitWords(item.view.unit.text)
        .filter((token) => isLabelWord(token.norm))
        .map((token) => stemWord(token.norm)),
    );
  const others = rest.map(unitWords);
  const unitStart = first.view.offset;
  const candidates = splitWords(first.view.unit.text)
    .map((token) => ({ ...token, start: token.start + unitStart, end: token.end + unitStart }))
    .filter((token) => token.end <= first.start || token.start >= first.end)
    .filter((token) => isLabelWord(token.norm))
    .filter((token) => others.every((words) => words.has(stemWord(token.norm))));
  const seen = new Set<string>();
  const unique = candidates.filter((token) => {
    const stem = stemWord(token.norm);
    if (seen.has(stem)) return false;
    seen.add(stem);
    return true;
  });
  const distance = (token: { start: number; end: number }): number =>
    token.end <= first.start ? first.start - token.end : token.start - first.end;
  return unique
    .sort((a, b) => distance(a) - distance(b))
    .slice(0, limit)
    .sort((a, b) => a.start - b.start)
    .map((token) => token.text.replace(/['’]s$/, ''))
    .join(', ');
}

/** Words fit to name a measured thing: not function words, digits or number words. */
function isLabelWord(norm: string): boolean {
  return !isCompactStopWord(norm) && !/\d/.test(norm) && !isNumberWord(norm);
}

/**
 * The `claim` field of a finding made in `claim`: its id for an aligned claim, nothing for a view built
 * across the whole story (`story-wide/fact-groups.ts`), whose findings are placed after all detectors ran.
 */
export function claimOf(claim: ClaimView): { claim?: ClaimId } {
  return claim.storyWide === true ? {} : { claim: claim.claim.id };
}

/** Report ids of evidence, each once, in story order. */
export function sourcesOf(evidence: readonly { readonly view: UnitView }[]): SourceId[] {
  return [...new Set([...evidence].sort((a, b) => a.view.order - b.view.order).map((item) => item.view.source))];
}

import type { SentenceId, SourceId } from '../../pipeline/types.ts';
import { CLAIM_KINDS } from '../claim-kinds.ts';
import { claimPath, sentencePath } from '../routes.ts';
import { indexStory, sentencesOfClaimIn, speakerOfClaimSentence } from '../story-index.ts';
import { comparableReports, type StoryView } from '../story-view.ts';
import { reportTextAttributes, type TextAttributes } from '../text-language.ts';
import { buildPairPicker, type PairPickerView } from './parts/pair-picker.ts';
import { buildStoryFrame, type StoryFrame } from './parts/story-frame.ts';

/** A sentence quoted and linked to its place in its report. */
export interface QuotedSentenceView {
  readonly href: string;
  readonly source: string;
  readonly id: string;
  readonly textAttributes: TextAttributes;
  readonly text: string;
  /** Who the sentence gives the claim to, in its report's exact words; absent for a narrated event or outside a claim. */
  readonly speaker?: string | undefined;
}

/** One claim of a sentence: how widely it is carried, and what each other report says about it. */
export interface AgainstClaimView {
  readonly id: string;
  readonly href: string;
  readonly reports: number;
  /** Of those, how many independently: reports that share a copy count once (`corroboration.ts`). */
  readonly independent: number;
  /** Who the left report's sentence gives this claim to, in its exact words; absent for a narrated event. */
  readonly speaker?: string | undefined;
  /** Each other report: its sentences of the claim, none when it does not carry it. */
  readonly others: readonly { readonly label: string; readonly matches: readonly QuotedSentenceView[] }[];
}

/** One report against all others: each of its sentences that can state a claim, with the other reports beside it. */
export interface CompareAllView {
  readonly frame: StoryFrame;
  readonly name: string;
  /** How many reports are compared (the "m" of "in n of m reports"). */
  readonly compared: number;
  readonly picker: PairPickerView;
  readonly sentences: readonly (QuotedSentenceView & { readonly claims: readonly AgainstClaimView[] })[];
}

/** Every report that `comparableReports` keeps, as the left report of a one-against-all page. */
export function compareAllRoutes(story: StoryView): SourceId[] {
  return comparableReports(story).map((report) => report.id);
}

/**
 * The page of report `left` against all other compared reports. Its sentences are those that can
 * state a claim: body, and the headline and standfirst, which the aligner also takes (`CLAIM_KINDS`).
 */
export function buildCompareAllView(story: StoryView, left: SourceId): CompareAllView {
  const index = indexStory(story);
  const report = index.reportById.get(left);
  if (!report) throw new Error(`unknown report ${left}`);
  const others = comparableReports(story).filter((r) => r.id !== left);
  const name = report.label;
  const quote = (sentence: { readonly id: SentenceId; readonly source: SourceId; readonly text: string }): QuotedSentenceView => ({
    href: sentencePath(story.slug, sentence.source, sentence.id),
    source: sentence.source,
    id: sentence.id,
    textAttributes: reportTextAttributes(index.reportById.get(sentence.source)),
    text: sentence.text,
  });
  return {
    frame: buildStoryFrame(story, `${name} against all reports`, { searchable: false }),
    name,
    compared: others.length + 1,
    picker: buildPairPicker(story, left),
    sentences: report.sentences
      .filter((sentence) => CLAIM_KINDS.has(sentence.kind))
      .map((sentence) => ({
        ...quote(sentence),
        claims: (index.claimsOfSentence.get(sentence.id) ?? []).map((claim) => ({
          id: claim.id,
          href: claimPath(story.slug, claim.id),
          reports: claim.sources.length,
          independent: index.corroboration(claim).independent,
          speaker: speakerOfClaimSentence(index, claim, sentence.id)?.text,
          others: others.map((other) => ({
            label: other.label,
            matches: sentencesOfClaimIn(index, claim, other.id).map((match) => ({ ...quote(match), speaker: speakerOfClaimSentence(index, claim, match.id)?.text })),
          })),
        })),
      })),
  };
}

import { highlightValues, type TextPiece } from '../highlight.ts';
import { describeCorroboration } from '../corroboration.ts';
import { joinNames } from '../labels.ts';
import { provenancePath, reportPath, sentencePath } from '../routes.ts';
import { indexStory, sentencesOfClaimIn, speakerOfClaimSentence } from '../story-index.ts';
import { comparableReports, type StoryView } from '../story-view.ts';
import { reportTextAttributes, type TextAttributes } from '../text-language.ts';
import { buildClaimLink, type ClaimLinkView } from './parts/claim-link.ts';
import { buildDiscrepancyItem, type DiscrepancyItemView } from './parts/discrepancy-item.ts';
import { buildStoryFrame, type StoryFrame } from './parts/story-frame.ts';

/** A sentence of one report that states the claim, with the values its report disagrees on marked. */
export interface ClaimSentenceQuoteView {
  readonly id: string;
  readonly href: string;
  readonly line: number;
  readonly pieces: readonly TextPiece[];
  /** Who the sentence attributes the claim to, in the report's exact words; absent for a narrated event. */
  readonly speaker?: string | undefined;
}

/** A report, named and linked, with its title in its own language. */
export interface ClaimReportView {
  readonly id: string;
  readonly href: string;
  readonly label: string;
  readonly title: string;
  readonly textAttributes: TextAttributes;
}

/** One report's speaker of the claim, in its exact words, marked as a quotation of the sentence it stands in. */
export interface ClaimSpeakerView {
  readonly report: string;
  readonly text: string;
  readonly source: string;
  readonly sentence: string;
  readonly textAttributes: TextAttributes;
}

/** The page of one claim: each report's exact words, the disagreements, and the reports that leave it out. */
export interface ClaimView {
  readonly frame: StoryFrame;
  readonly id: string;
  /** E.g. "carried by 3 reports, 2 independent". */
  readonly carriedBy: string;
  /** Groups of carrying reports that likely share a copy ("B and C"), each counted once; empty when every report is on its own. */
  readonly sharedCopies: readonly string[];
  /** The provenance page, which shows why reports are judged to share a copy. */
  readonly provenanceHref: string;
  /** The summary, a link's worth of data though the page shows it as its heading. */
  readonly summary: ClaimLinkView;
  readonly carrying: readonly (ClaimReportView & { readonly headingId: string; readonly sentences: readonly ClaimSentenceQuoteView[] })[];
  readonly disagreements: readonly DiscrepancyItemView[];
  /** Compared reports that do not carry the claim. */
  readonly missing: readonly ClaimReportView[];
  /**
   * Who each report gives the claim to, one entry per report and wording, when the reports name two speakers or
   * more (told apart by their words, case aside): the same words given to different people show at a glance.
   * Empty when one speaker or none is named. A pronoun counts as a wording of its own ("he" beside "the mayor").
   */
  readonly speakers: readonly ClaimSpeakerView[];
}

/** The page of claim `claimId` of `story`; throws when the story has no such claim (a broken route). */
export function buildClaimView(story: StoryView, claimId: string): ClaimView {
  const index = indexStory(story);
  const claim = index.claimById.get(claimId);
  if (!claim) throw new Error(`claim ${claimId} missing from ${story.slug}`);
  const disagreements = index.disagreementsOfClaim.get(claim.id) ?? [];
  // Every value any report gives in a disagreement about the claim, marked wherever it stands in that sentence.
  const marked = new Map<string, string[]>();
  for (const d of disagreements) for (const [id, value] of Object.entries(d.values)) marked.set(id, [...(marked.get(id) ?? []), value]);
  const reportOf = (report: StoryView['reports'][number]): ClaimReportView => ({
    id: report.id,
    href: reportPath(story.slug, report.id),
    label: report.label,
    title: report.title,
    textAttributes: reportTextAttributes(report),
  });
  const speakers = story.reports
    .filter((report) => claim.sources.includes(report.id))
    .flatMap((report) => {
      const seen = new Set<string>();
      return sentencesOfClaimIn(index, claim, report.id).flatMap((sentence): ClaimSpeakerView[] => {
        const speaker = speakerOfClaimSentence(index, claim, sentence.id);
        if (speaker === undefined || seen.has(speaker.text.toLowerCase())) return [];
        seen.add(speaker.text.toLowerCase());
        return [{ report: report.label, text: speaker.text, source: report.id, sentence: sentence.id, textAttributes: reportTextAttributes(report) }];
      });
    });
  const corroboration = index.corroboration(claim);
  const distinctSpeakers = new Set(speakers.map((speaker) => speaker.text.toLowerCase())).size;
  return {
    frame: buildStoryFrame(story, `Claim ${claim.id}`),
    id: claim.id,
    carriedBy: describeCorroboration(corroboration),
    sharedCopies: corroboration.groups
      .filter((group) => group.length > 1)
      .map((group) => joinNames(group.map((id) => index.reportById.get(id)?.label ?? id))),
    provenanceHref: provenancePath(story.slug),
    summary: buildClaimLink(index, claim),
    carrying: story.reports
      .filter((report) => claim.sources.includes(report.id))
      .map((report) => ({
        ...reportOf(report),
        headingId: `src-${report.id}`,
        sentences: sentencesOfClaimIn(index, claim, report.id).map((sentence) => ({
          id: sentence.id,
          href: sentencePath(story.slug, report.id, sentence.id),
          line: sentence.line,
          pieces: highlightValues(sentence.text, marked.get(sentence.id) ?? []),
          speaker: speakerOfClaimSentence(index, claim, sentence.id)?.text,
        })),
      })),
    disagreements: disagreements.map((d) => buildDiscrepancyItem(index, d)),
    missing: comparableReports(story)
      .filter((report) => !claim.sources.includes(report.id))
      .map(reportOf),
    speakers: distinctSpeakers >= 2 ? speakers : [],
  };
}

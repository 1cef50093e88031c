import { claimPath } from '../../routes.ts';
import type { StoryIndex } from '../../story-index.ts';
import type { StoryView } from '../../story-view.ts';
import { claimSummaryAttributes, type TextAttributes } from '../../text-language.ts';

/**
 * A link to a claim's page that shows the claim's summary. The summary is a report's own words, so
 * the link names the report and sentence it quotes (`data-quote-*`, read by the integrity check)
 * and carries that report's language and direction.
 */
export interface ClaimLinkView {
  readonly href: string;
  readonly summary: string;
  readonly quoteSource?: string | undefined;
  readonly quoteSentence?: string | undefined;
  readonly textAttributes: TextAttributes;
}

/** The link to `claim`, showing its summary. */
export function buildClaimLink(index: StoryIndex, claim: StoryView['claims'][number]): ClaimLinkView {
  const unit = index.unitById.get(claim.summaryUnit);
  return {
    href: claimPath(index.story.slug, claim.id),
    summary: claim.summary,
    quoteSource: unit?.source,
    quoteSentence: unit?.sentence,
    textAttributes: claimSummaryAttributes(index, claim),
  };
}

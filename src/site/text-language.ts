import { knownLanguageTag } from '../pipeline/segment/language.ts';
import type { TextDirection } from '../pipeline/types.ts';
import type { StoryIndex } from './story-index.ts';
import type { ReportView, StoryView } from './story-view.ts';

/**
 * The `lang` and `dir` attributes of an element that holds text. An empty `lang` says that the
 * language is unknown (HTML, "The lang and xml:lang attributes"), so the page's `lang="en"` does not
 * pass down to words that are not known to be English.
 */
export interface TextAttributes {
  readonly lang: string;
  readonly dir: TextDirection;
}

/** Attributes of text whose language and direction are not known: the browser judges the direction. */
export const UNKNOWN_TEXT: TextAttributes = { lang: '', dir: 'auto' };

/** Attributes of a block of the site's own words (a note beside a paragraph) set inside a report's words. */
export const SITE_TEXT: TextAttributes = { lang: 'en', dir: 'ltr' };

/**
 * Attributes of the site's own words set inline in a report's words (a block label, a ⚠ link): the
 * language only, so that they keep their place in the line's direction and their margins face the text.
 */
export const SITE_LANGUAGE: Pick<TextAttributes, 'lang'> = { lang: 'en' };

/**
 * Attributes that mark a report's words: its language tag when known (declared in story.yaml or
 * detected), else unknown, and its direction. Unknown when the report is not known.
 */
export function reportTextAttributes(report: Pick<ReportView, 'language'> | undefined): TextAttributes {
  if (report === undefined) return UNKNOWN_TEXT;
  return { lang: knownLanguageTag(report.language) ?? '', dir: report.language.direction };
}

/** A report as a story's title may come from: whole (with its sentences) or as a summary (with its headlines). */
type TitleSourceReport = Pick<ReportView, 'language'> & ({ readonly sentences: ReportView['sentences'] } | { readonly headlines: readonly string[] });

/** The text of a report's headline sentences, from a whole report or a summary. */
const headlinesOf = (report: TitleSourceReport): readonly string[] =>
  'headlines' in report ? report.headlines : report.sentences.filter((s) => s.kind === 'headline').map((s) => s.text);

/**
 * Attributes of a story's title. A title taken from a report's headline has that report's; a title
 * from story.yaml has the reports' language and direction when they all share one, since an editor
 * titles a story in its reports' language; anything else is unknown.
 */
export function storyTitleAttributes(story: Pick<StoryView, 'title' | 'metadata'> & { readonly reports: readonly TitleSourceReport[] }): TextAttributes {
  if (story.metadata.title === undefined) {
    const source = story.reports.find((report) => headlinesOf(report).includes(story.title));
    return source === undefined ? UNKNOWN_TEXT : reportTextAttributes(source);
  }
  const [first, ...rest] = story.reports.map(reportTextAttributes);
  if (first === undefined || first.lang === '' || rest.some((other) => other.lang !== first.lang || other.dir !== first.dir)) return UNKNOWN_TEXT;
  return first;
}

/** Attributes of a sentence's words (or a value quoted from them): those of the report it comes from. */
export function sentenceTextAttributes(index: StoryIndex, sentence: { readonly source: string }): TextAttributes {
  return reportTextAttributes(index.reportById.get(sentence.source));
}

/** Attributes of a claim's summary: those of the report whose words it is. */
export function claimSummaryAttributes(index: StoryIndex, claim: { readonly summaryUnit: string }): TextAttributes {
  const unit = index.unitById.get(claim.summaryUnit);
  return unit === undefined ? UNKNOWN_TEXT : sentenceTextAttributes(index, unit);
}

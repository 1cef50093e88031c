import { withoutUndefined } from '../pipeline/without-undefined.ts';
import type { ReportView, StoryView } from './story-view.ts';

/** schema.org JSON-LD object. */
export type JsonLd = Record<string, unknown>;

/**
 * schema.org `NewsArticle` for a report, with only what the file and story.yaml say: the headline
 * if the report has one, and the outlet, original URL, date and language when story.yaml gives them.
 */
export function newsArticleOf(report: ReportView, pageUrl: string): JsonLd {
  const headline = report.sentences.find((sentence) => sentence.kind === 'headline')?.text;
  const { outlet, url, published, language } = report.metadata;
  return withoutUndefined({
    '@type': 'NewsArticle',
    headline,
    url,
    datePublished: published,
    inLanguage: language,
    publisher: outlet === undefined ? undefined : { '@type': 'Organization', name: outlet },
    mainEntityOfPage: pageUrl,
  });
}

/** schema.org `CollectionPage` for a story: its title and the reports it compares. */
export function storyPageOf(story: StoryView, pageUrl: string, reportUrl: (report: ReportView) => string): JsonLd {
  return withoutUndefined({
    '@type': 'CollectionPage',
    name: story.title,
    url: pageUrl,
    datePublished: story.metadata.published,
    hasPart: story.reports.map((report) => newsArticleOf(report, reportUrl(report))),
  });
}

/**
 * JSON-LD text that is safe to write into a `<script>` element unescaped: only `serialiseJsonLd`
 * makes one, so a component that writes it with `set:html` can take nothing else.
 */
export type SerialisedJsonLd = string & { readonly __brand: 'SerialisedJsonLd' };

/**
 * Serialises JSON-LD for a `<script type="application/ld+json">` block. `<` is escaped so that text
 * from an article can never close the script element.
 */
export function serialiseJsonLd(data: JsonLd): SerialisedJsonLd {
  return JSON.stringify({ '@context': 'https://schema.org', ...data }).replace(/</g, '\\u003c') as SerialisedJsonLd;
}

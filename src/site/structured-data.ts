import type { ReportView, StoryView } from './story-view.ts';

/** schema.org JSON-LD object. */
export type JsonLd = Record<string, unknown>;

/** Keeps only the keys that have a value: JSON-LD states what is known and nothing else. */
function known(value: Record<string, unknown>): JsonLd {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}

/**
 * schema.org `NewsArticle` for a report, with only what the file and story.yaml say: the headline
 * if the report has one, and the outlet, original URL, date and language when story.yaml gives them.
 */
export function newsArticleOf(report: ReportView, pageUrl: string): JsonLd {
  const headline = report.sentences.find((sentence) => sentence.kind === 'headline')?.text;
  const { outlet, url, published, language } = report.metadata;
  return known({
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
  return known({
    '@type': 'CollectionPage',
    name: story.title,
    url: pageUrl,
    datePublished: story.metadata.published,
    hasPart: story.reports.map((report) => newsArticleOf(report, reportUrl(report))),
  });
}

/**
 * Serialises JSON-LD for a `<script type="application/ld+json">` block. `<` is escaped so that text
 * from an article can never close the script element.
 */
export function serialiseJsonLd(data: JsonLd): string {
  return JSON.stringify({ '@context': 'https://schema.org', ...data }).replace(/</g, '\\u003c');
}

import { countOf } from '../labels.ts';
import { storyPath } from '../routes.ts';
import type { StorySummary } from '../../collections/story-summary.ts';
import { sortStoriesForHome } from '../story-view.ts';

/** One story in the feed. */
export interface RssItemView {
  readonly title: string;
  readonly link: string;
  readonly description: string;
  /** Only when story.yaml dates the story. */
  readonly pubDate?: Date;
}

/** The RSS feed of the stories, in the shape `@astrojs/rss` takes. */
export interface RssView {
  readonly title: string;
  readonly description: string;
  readonly site: string;
  readonly items: RssItemView[];
}

/** Address of a site built without one (`astro.config.ts` sets it from `PARALLAX_SITE_URL`). */
const LOCAL_SITE = 'http://127.0.0.1:4321';

/** The feed of `stories`, in home-page order (newest first when dates are known); `site` is the site's address. */
export function buildRssView(stories: readonly StorySummary[], site: URL | undefined): RssView {
  return {
    title: 'Parallax: stories compared',
    description: 'News reports of one event, compared claim by claim.',
    site: site?.href ?? LOCAL_SITE,
    items: sortStoriesForHome(stories).map((story) => ({
      title: story.title,
      link: storyPath(story.slug),
      description: `${countOf(story.reports.length, 'report')}, ${countOf(story.claimIds.length, 'claim')}, ${countOf(story.discrepancyCount, 'discrepancy', 'discrepancies')} compared.`,
      ...(story.metadata.published === undefined ? {} : { pubDate: new Date(story.metadata.published) }),
    })),
  };
}

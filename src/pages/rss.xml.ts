import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { countOf } from '../site/labels.ts';
import { storyPath } from '../site/routes.ts';
import { loadStories } from '../site/story-paths.ts';
import { sortStoriesForHome } from '../site/story-view.ts';

/** RSS feed of the stories, newest first when their dates are known. Dates only where story.yaml gives them. */
export const GET: APIRoute = async ({ site }) => {
  const stories = sortStoriesForHome(await loadStories());
  return rss({
    title: 'Parallax: stories compared',
    description: 'News reports of one event, compared claim by claim.',
    site: site ?? 'http://127.0.0.1:4321',
    items: stories.map((story) => ({
      title: story.title,
      link: storyPath(story.slug),
      description: `${countOf(story.reports.length, 'report')}, ${countOf(story.claims.length, 'claim')}, ${countOf(story.discrepancies.length, 'discrepancy', 'discrepancies')} compared.`,
      ...(story.metadata.published === undefined ? {} : { pubDate: new Date(story.metadata.published) }),
    })),
  });
};

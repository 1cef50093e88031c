import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadStorySummaries } from '../site/story-paths.ts';
import { buildRssView } from '../site/views/rss.ts';

/** RSS feed of the stories, newest first when their dates are known. Dates only where story.yaml gives them. */
export const GET: APIRoute = async ({ site }) => rss(buildRssView(await loadStorySummaries(), site));

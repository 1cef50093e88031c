import { getCollection } from 'astro:content';
import type { StoryView } from './story-view.ts';

/** All stories of the collection, as plain data (the one place pages read the collection from). */
export async function loadStories(): Promise<StoryView[]> {
  return (await getCollection('stories')).map((entry) => entry.data);
}

import { getCollection, getEntry } from 'astro:content';
import { storyNoteFiles } from '../collections/markdown-loader.ts';
import type { MarkdownFile } from '../collections/markdown-schema.ts';
import { readStoredStory, StoredStoryError, type StorySummary } from '../collections/story-summary.ts';
import type { StoryView } from './story-view.ts';

/** The summary of every story of the collection (the one place pages read the collections from). */
export async function loadStorySummaries(): Promise<StorySummary[]> {
  return (await getCollection('stories')).map((entry) => entry.data);
}

/**
 * The last story read back, kept because Astro renders a route's pages in the order `getStaticPaths` gives
 * them, one story's pages after another: each story is read once per route, and only one is in memory.
 */
let lastStory: StoryView | undefined;

/** One story's whole compared story, by slug, read from the pipeline cache; throws naming the story when it is missing. */
export async function loadStory(slug: string): Promise<StoryView> {
  if (lastStory?.slug === slug) return lastStory;
  const entry = await getEntry('stories', slug);
  if (entry === undefined) throw new StoredStoryError(`story "${slug}" is not in the stories collection`);
  lastStory = readStoredStory(slug, entry.data.storedFile);
  return lastStory;
}

/**
 * `routesOf` applied to every story in turn, for routes that depend on a story's findings (filters, pairs):
 * the stories are read one after another, so only one is in memory.
 */
export async function flatMapStories<Route>(routesOf: (story: StoryView) => readonly Route[]): Promise<Route[]> {
  const routes: Route[] = [];
  for (const { slug } of await loadStorySummaries()) routes.push(...routesOf(await loadStory(slug)));
  return routes;
}

/**
 * The editor's notes of every story that has them, by story slug. When no story folder holds a `notes.md` the
 * collection is not asked: Astro warns about an empty collection as if the configuration were wrong, twice a
 * build, for a site that simply has no notes.
 */
export async function loadStoryNotes(): Promise<ReadonlyMap<string, MarkdownFile>> {
  if (storyNoteFiles().length === 0) return new Map();
  return new Map((await getCollection('notes')).map((entry) => [entry.id, entry.data]));
}

/** A written page of `content/about/`, by file name without `.md`; throws when it is missing. */
export async function loadAboutPage(id: string): Promise<MarkdownFile> {
  const entry = await getEntry('about', id);
  if (entry === undefined) throw new Error(`content/about/${id}.md is missing`);
  return entry.data;
}

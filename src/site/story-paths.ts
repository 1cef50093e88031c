import { getCollection, getEntry } from 'astro:content';
import type { MarkdownFile } from '../collections/markdown-schema.ts';
import type { StoryView } from './story-view.ts';

/** All stories of the collection, as plain data (the one place pages read the collections from). */
export async function loadStories(): Promise<StoryView[]> {
  return (await getCollection('stories')).map((entry) => entry.data);
}

/** The editor's notes of every story that has them, by story slug. */
export async function loadStoryNotes(): Promise<ReadonlyMap<string, MarkdownFile>> {
  return new Map((await getCollection('notes')).map((entry) => [entry.id, entry.data]));
}

/** A written page of `content/about/`, by file name without `.md`; throws when it is missing. */
export async function loadAboutPage(id: string): Promise<MarkdownFile> {
  const entry = await getEntry('about', id);
  if (entry === undefined) throw new Error(`content/about/${id}.md is missing`);
  return entry.data;
}

import type { Loader } from 'astro/loaders';
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { slugify } from '../pipeline/ingest/slug.ts';
import { storiesFolder } from './build-folders.ts';
import { markdownFileSchema } from './markdown-schema.ts';

/** One Markdown file found for a collection: the entry's id and the file's path. */
interface FoundFile {
  readonly id: string;
  readonly path: string;
}

/** Whether `path` is a regular file, never following a symbolic link (the story folders' rule, README "Only real files"). */
function isRegularFile(path: string): boolean {
  try {
    return lstatSync(path).isFile();
  } catch {
    return false;
  }
}

/** Visible entries of a folder in name order; none when the folder is missing. */
function visibleEntries(folder: string): string[] {
  try {
    return readdirSync(folder)
      .filter((name) => !name.startsWith('.'))
      .sort();
  } catch {
    return [];
  }
}

/**
 * A content-layer loader for Markdown files kept as written: each entry holds the file's path (as messages name
 * it, relative to the project) and its text. The text is rendered through remark by the page that shows it
 * (`src/remark/render-markdown.ts`), which knows the story its `[[…]]` references point into.
 */
function markdownFilesLoader(name: string, find: () => readonly FoundFile[]): Loader {
  return {
    name,
    schema: markdownFileSchema,
    load: async ({ store, parseData, generateDigest, watcher }) => {
      store.clear();
      for (const found of find()) {
        const file = relative(process.cwd(), found.path) || found.path;
        const data = await parseData({ id: found.id, data: { file, markdown: readFileSync(found.path, 'utf8') } });
        store.set({ id: found.id, data, digest: generateDigest(data) });
        watcher?.add(found.path);
      }
    },
  };
}

/** The site's written pages: every `*.md` file of `content/about/`, by file name without `.md`. */
export function aboutPagesLoader(folder = 'content/about'): Loader {
  return markdownFilesLoader('parallax-about-pages', () =>
    visibleEntries(resolve(folder))
      .filter((name) => name.endsWith('.md') && isRegularFile(join(resolve(folder), name)))
      .map((name) => ({ id: name.slice(0, -'.md'.length), path: join(resolve(folder), name) })),
  );
}

/**
 * The optional `notes.md` of each story folder under `root` (default: the stories folder, `PARALLAX_STORIES`), by
 * the story's slug (the folder name made URL-safe, as ingest makes it).
 */
export function storyNoteFiles(root?: string): { id: string; path: string }[] {
  const stories = storiesFolder(root);
  return visibleEntries(stories).flatMap((folder) => {
    const path = join(stories, folder, 'notes.md');
    return isRegularFile(path) ? [{ id: slugify(folder, 'story'), path }] : [];
  });
}

/** Editor's notes (`storyNoteFiles`): reads the same stories folder as the stories collection. */
export function storyNotesLoader(root?: string): Loader {
  return markdownFilesLoader('parallax-story-notes', () => storyNoteFiles(root));
}

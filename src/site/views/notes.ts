import type { MarkdownFile } from '../../collections/markdown-schema.ts';
import { renderMarkdown } from '../../remark/render-markdown.ts';
import { resolveNoteReferences } from '../note-references.ts';
import { indexStory } from '../story-index.ts';
import type { StoryView } from '../story-view.ts';
import { buildStoryFrame, type StoryFrame } from './parts/story-frame.ts';

/** The page of a story's editor's notes: the editor's words, rendered from Markdown, set apart from the reports'. */
export interface NotesView {
  readonly frame: StoryFrame;
  readonly title: string;
  /** The notes as HTML, rendered through remark; `[[…]]` references are links to claims and sentences. */
  readonly html: string;
}

/**
 * The notes page of `story`; throws `UnresolvedReferenceError` (file:line:column) when a reference in the
 * notes names no claim or sentence of the story, which stops the build.
 */
export function buildNotesView(story: StoryView, notes: MarkdownFile): NotesView {
  const title = 'Editor’s notes';
  const { html } = renderMarkdown(notes.markdown, { file: notes.file, resolve: resolveNoteReferences(indexStory(story)) });
  return { frame: buildStoryFrame(story, title), title, html };
}

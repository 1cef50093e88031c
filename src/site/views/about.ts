import type { MarkdownFile } from '../../collections/markdown-schema.ts';
import { renderMarkdown } from '../../remark/render-markdown.ts';
import { buildPageFrame, type PageFrame } from './parts/page-frame.ts';

/** The page that explains the method: its text is Markdown (`content/about/how-this-works.md`) rendered through remark. */
export interface AboutView {
  readonly frame: PageFrame;
  readonly title: string;
  readonly html: string;
}

/** The "How this works" page, from its Markdown; a `[[…]]` reference in it stops the build, as it belongs to no story. */
export function buildAboutView(page: MarkdownFile): AboutView {
  const title = 'How this works';
  return {
    frame: buildPageFrame(title, { description: 'How Parallax lines up news reports claim by claim, and where it falls short.' }),
    title,
    html: renderMarkdown(page.markdown, { file: page.file }).html,
  };
}

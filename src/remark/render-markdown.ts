/**
 * The one adapter to the Markdown toolchain (unified: remark-parse → project remark plugins → remark-rehype →
 * rehype-stringify), so that nothing else imports it. Raw HTML in the Markdown is dropped, not passed through:
 * notes are text and links, and the site's pages set their own markup.
 */
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { remarkClaimReferences, type ReferenceResolver } from './claim-references.ts';
import { remarkHeadingIds } from './heading-ids.ts';

export interface RenderMarkdownOptions {
  /** The file's path as messages should name it, e.g. `content/stories/hama/notes.md`. */
  readonly file: string;
  /** Resolves `[[…]]` references; without one, any reference stops the build. */
  readonly resolve?: ReferenceResolver | undefined;
}

/** A Markdown document as HTML. */
export interface RenderedMarkdown {
  readonly html: string;
}

/**
 * Renders Markdown to HTML through remark; throws `UnresolvedReferenceError` (file:line:column) for a `[[…]]`
 * reference that does not resolve.
 */
export function renderMarkdown(markdown: string, options: RenderMarkdownOptions): RenderedMarkdown {
  const processor = unified().use(remarkParse).use(remarkClaimReferences, { resolve: options.resolve }).use(remarkHeadingIds).use(remarkRehype).use(rehypeStringify);
  const file = new VFile({ path: options.file, value: markdown });
  const html = String(processor.processSync(file));
  return { html };
}

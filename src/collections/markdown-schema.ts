import { z } from 'zod';

/** A Markdown file of a content collection: its path as messages name it, and its text as written. */
export const markdownFileSchema = z.object({
  file: z.string(),
  markdown: z.string(),
});
export type MarkdownFile = z.output<typeof markdownFileSchema>;

/**
 * A remark plugin that gives every heading an id from its text ("Independent support" → `independent-support`),
 * so that other pages can link to a section, as GitHub does for its Markdown. A repeated id gets `-2`, `-3` ….
 */
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

/** The id of a heading with text `text`: lower case, letters and digits kept, every other run made one hyphen. */
export function headingIdOf(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'section';
}

/** Sets an `id` on each heading (see the module comment). */
export const remarkHeadingIds: Plugin<[], Root> = () => (tree) => {
  const taken = new Set<string>();
  visit(tree, 'heading', (node: Heading) => {
    const base = headingIdOf(toString(node));
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    node.data = { ...node.data, hProperties: { ...(node.data?.hProperties ?? {}), id } };
  });
};

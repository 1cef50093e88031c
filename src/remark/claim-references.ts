/**
 * A remark plugin (unified) for the editor's Markdown: a reference in double brackets, `[[c005]]` (a claim) or
 * `[[002#p3-s1]]` (sentence `p3-s1` of report `002`), optionally with its own link text, `[[c005|the toll]]`,
 * becomes a link to that claim's page or that sentence in its report. A reference that does not resolve stops
 * the build with the file, line and column, so a note can never point nowhere. The link text is the editor's
 * words (the target's name unless the reference gives some): never a report's words, never checked as a quotation.
 */
import type { Link, Parent, PhrasingContent, Root, Text } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** What a reference names: a claim by id, or a sentence by its report and its place in the report. */
export type ReferenceTarget =
  | { readonly kind: 'claim'; readonly claim: string }
  | { readonly kind: 'sentence'; readonly report: string; readonly sentence: string };

/** Where a resolved reference leads, and the name to show when the note gives no link text. */
export interface ResolvedReference {
  readonly href: string;
  readonly name: string;
}

/**
 * Looks a reference up: its link, or why it does not resolve (a sentence that completes "… does not resolve: ",
 * e.g. "the story has no claim c999").
 */
export type ReferenceResolver = (target: ReferenceTarget) => ResolvedReference | { readonly problem: string };

export interface ClaimReferenceOptions {
  /** Resolves references; without one (a page outside any story), every reference is refused. */
  readonly resolve?: ReferenceResolver | undefined;
}

/** Thrown for a reference that does not resolve; the message starts with `file:line:column`. */
export class UnresolvedReferenceError extends Error {
  readonly file: string;
  readonly line: number;
  readonly column: number;

  constructor(file: string, line: number, column: number, reference: string, problem: string) {
    super(`${file}:${line}:${column}: ${reference} does not resolve: ${problem}`);
    this.name = 'UnresolvedReferenceError';
    this.file = file;
    this.line = line;
    this.column = column;
  }
}

/** `[[target]]` or `[[target|link text]]`; the target has no brackets, bars or line breaks. */
const REFERENCE = /\[\[([^\[\]|\n]+?)(?:\|([^\[\]\n]+?))?\]\]/g;

/** Reads a reference's target: `c005` is a claim, `report#sentence` a sentence; anything else is undefined. */
export function parseReferenceTarget(text: string): ReferenceTarget | undefined {
  const target = text.trim();
  const hash = target.indexOf('#');
  if (hash === -1) return /^c\d+$/i.test(target) ? { kind: 'claim', claim: target.toLowerCase() } : undefined;
  const report = target.slice(0, hash).trim();
  const sentence = target.slice(hash + 1).trim();
  return report === '' || sentence === '' ? undefined : { kind: 'sentence', report, sentence };
}

/** The line and column of `index` in a text node's value, counted from the node's start. */
function placeIn(node: Text, index: number): { line: number; column: number } {
  const start = node.position?.start ?? { line: 1, column: 1 };
  const before = node.value.slice(0, index);
  const lastBreak = before.lastIndexOf('\n');
  const breaks = before.split('\n').length - 1;
  return { line: start.line + breaks, column: lastBreak === -1 ? start.column + index : index - lastBreak };
}

/** The nodes a text node becomes: its text around each reference, and a link for each reference. */
function splitText(node: Text, file: VFile, resolve: ReferenceResolver | undefined): PhrasingContent[] | undefined {
  const matches = [...node.value.matchAll(REFERENCE)];
  if (matches.length === 0) return undefined;
  const parts: PhrasingContent[] = [];
  let at = 0;
  for (const match of matches) {
    const index = match.index;
    const [whole, targetText = '', linkText] = match;
    const fail = (problem: string): never => {
      const place = placeIn(node, index);
      throw new UnresolvedReferenceError(file.path || 'markdown', place.line, place.column, whole, problem);
    };
    const target = parseReferenceTarget(targetText);
    if (target === undefined) fail('write a claim as [[c005]] or a sentence as [[report#p3-s1]]');
    const resolved = resolve === undefined ? { problem: 'this page belongs to no story, so there is nothing to link to' } : resolve(target as ReferenceTarget);
    if ('problem' in resolved) fail(resolved.problem);
    const { href, name } = resolved as ResolvedReference;
    if (index > at) parts.push({ type: 'text', value: node.value.slice(at, index) });
    const link: Link = { type: 'link', url: href, children: [{ type: 'text', value: linkText?.trim() || name }], data: { hProperties: { className: ['note-reference'] } } };
    parts.push(link);
    at = index + whole.length;
  }
  if (at < node.value.length) parts.push({ type: 'text', value: node.value.slice(at) });
  return parts;
}

/**
 * Turns `[[…]]` references into links (see the module comment). Code and existing links are left alone; a
 * reference inside them is not one.
 */
export const remarkClaimReferences: Plugin<[ClaimReferenceOptions?], Root> = (options) => {
  const resolve = options?.resolve;
  return (tree, file) => {
    visit(tree, 'text', (node: Text, index: number | undefined, parent: Parent | undefined) => {
      if (parent === undefined || index === undefined || parent.type === 'link' || parent.type === 'linkReference') return undefined;
      const parts = splitText(node, file, resolve);
      if (parts === undefined) return undefined;
      parent.children.splice(index, 1, ...parts);
      return index + parts.length;
    });
  };
};

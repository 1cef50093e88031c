import retextEnglish from 'retext-english';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';

/** A sentence found by the parser, as offsets into the parsed text (end exclusive). */
export interface SentenceSpan {
  readonly start: number;
  readonly end: number;
}

const parser = unified().use(retextEnglish);

/**
 * Finds sentence spans with retext's English parser (parse-english), which already knows common
 * abbreviations ("Mr.", "U.N."), decimal numbers and ellipses. Adapter so the parser can be swapped.
 */
export function parseSentenceSpans(text: string): SentenceSpan[] {
  const tree = parser.parse(text);
  const spans: SentenceSpan[] = [];
  visit(tree, 'SentenceNode', (node) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start !== undefined && end !== undefined && end > start) spans.push({ start, end });
    // Sentences hold no sentences: not walking their words keeps this a small part of parsing.
    return SKIP;
  });
  return spans;
}

/**
 * Reads what a built page presents as reports' words: the elements marked with data attributes, and
 * the links that point at a sentence of a report. The only module that parses HTML (node-html-parser).
 *
 * Markup contract (set by the components and pages):
 * - `data-quote-source="<report id>"`: the element's text is that report's exact words;
 *   `data-quote-sentence="<sentence id>"` adds that they are (part of) that sentence.
 * - `data-quote-context`: the quotations inside this element are what the links inside it present
 *   (a claim-page figure, a side-by-side cell, a discrepancy's evidence item).
 * - `cite` on a marked `blockquote` or `q` is a link that presents the quotation itself.
 */
import { HTMLElement, parse } from 'node-html-parser';
import { collapseWhitespace } from './quote-text.ts';

/** One piece of text a page presents as a report's words. */
export interface QuoteMark {
  readonly source: string;
  readonly sentence?: string | undefined;
  /** The element's text, whitespace collapsed. */
  readonly text: string;
}

/** A link inside the site that carries a fragment, with the quotations it presents. */
export interface FragmentLink {
  /** Path of the linked page, e.g. `/stories/hama/reports/000-…/`. */
  readonly path: string;
  /** The fragment, decoded (a sentence id for claim-level links). */
  readonly fragment: string;
  /** The link's own text, whitespace collapsed, for messages. */
  readonly text: string;
  /** Quotations the link shows: its own, those inside it, and those of its `data-quote-context`. */
  readonly presents: readonly QuoteMark[];
}

export interface PageMarks {
  readonly quotes: readonly QuoteMark[];
  readonly links: readonly FragmentLink[];
  /** Every element id on the page: the anchors links can land on. */
  readonly ids: ReadonlySet<string>;
}

const ORIGIN = 'https://parallax.invalid';

function quoteOf(element: HTMLElement): QuoteMark | undefined {
  const source = element.getAttribute('data-quote-source');
  if (source === undefined) return undefined;
  return { source, sentence: element.getAttribute('data-quote-sentence'), text: collapseWhitespace(element.text) };
}

/**
 * The elements of a subtree in document order, `root` first. A plain walk rather than a CSS selector: a
 * page of a long report has hundreds of thousands of elements, and matching selectors per link costs more
 * than reading the page.
 */
function elementsOf(root: HTMLElement): HTMLElement[] {
  const found: HTMLElement[] = [];
  const stack: HTMLElement[] = [root];
  for (let element = stack.pop(); element !== undefined; element = stack.pop()) {
    found.push(element);
    const children = element.childNodes;
    for (let index = children.length - 1; index >= 0; index -= 1) {
      const child = children[index];
      if (child instanceof HTMLElement) stack.push(child);
    }
  }
  return found;
}

/** Whether an element has the attribute, as the selector `[name]` tests it. */
function hasAttribute(element: HTMLElement, name: string): boolean {
  return element.getAttribute(name) !== undefined;
}

/** The element itself or its nearest ancestor with the attribute, as `closest('[name]')` finds it. */
function closestWith(element: HTMLElement, name: string): HTMLElement | undefined {
  for (let at: HTMLElement | null = element; at !== null; at = at.parentNode) if (hasAttribute(at, name)) return at;
  return undefined;
}

/** Whether an element is a link that may carry a fragment: `a[href]`, `blockquote[cite]` or `q[cite]`. */
function isLinkElement(element: HTMLElement): boolean {
  const tag = (element.rawTagName || '').toLowerCase();
  return (tag === 'a' && hasAttribute(element, 'href')) || ((tag === 'blockquote' || tag === 'q') && hasAttribute(element, 'cite'));
}

/** Resolves a link against the page, keeping only links inside the site that carry a fragment. */
function resolveLink(pagePath: string, href: string): { path: string; fragment: string } | undefined {
  let url: URL;
  try {
    url = new URL(href, `${ORIGIN}${pagePath}`);
  } catch {
    return undefined;
  }
  if (url.origin !== ORIGIN || url.hash.length <= 1) return undefined;
  return { path: url.pathname, fragment: decodeURIComponent(url.hash.slice(1)) };
}

/** Extracts the marked quotations and the fragment links of one built page. */
export function readPageMarks(pagePath: string, html: string): PageMarks {
  const root = parse(html);
  // The root itself is no element of the page, as for `root.querySelectorAll`.
  const elements = elementsOf(root).slice(1);
  // Each marked element read once; the links that present it share its mark.
  const quoteOfElement = new Map<HTMLElement, QuoteMark>();
  for (const element of elements) {
    const quote = quoteOf(element);
    if (quote !== undefined) quoteOfElement.set(element, quote);
  }
  const quotesIn = (element: HTMLElement): QuoteMark[] => elementsOf(element).flatMap((el) => quoteOfElement.get(el) ?? []);
  const links = elements.filter(isLinkElement).flatMap((element): FragmentLink[] => {
    const target = resolveLink(pagePath, element.getAttribute('href') ?? element.getAttribute('cite') ?? '');
    if (target === undefined) return [];
    const context = closestWith(element, 'data-quote-context');
    return [{ ...target, text: collapseWhitespace(element.text), presents: quotesIn(context ?? element) }];
  });
  const quotes = [...quoteOfElement.values()];
  const ids = new Set(elements.filter((el) => hasAttribute(el, 'id')).map((el) => el.id));
  return { quotes, links, ids };
}

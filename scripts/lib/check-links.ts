import { parse, type HTMLElement } from 'node-html-parser';

/**
 * Checks that every internal link and `#anchor` of a built static site resolves: pure over the
 * pages' HTML, so it can be tested on hand-made pages and run on any build folder. Links with a
 * scheme (`https:`, `mailto:` …) or protocol-relative links (`//host/…`) are external and skipped.
 */

/** One file of a built site: its path relative to the site root (`stories/x/index.html`) and, for a page, its HTML. */
export interface SiteFile {
  readonly path: string;
  readonly html?: string | undefined;
}

export type LinkProblem = 'missing-target' | 'missing-anchor' | 'malformed';

/** A link that does not resolve: the page it is on, its exact `href`/`src`, and why. */
export interface BrokenLink {
  readonly page: string;
  readonly href: string;
  readonly problem: LinkProblem;
}

export interface LinkReport {
  /** Internal links looked at, on all pages. */
  readonly checked: number;
  readonly broken: readonly BrokenLink[];
}

/** Elements and the attribute that holds their URL. */
const LINK_ATTRIBUTES: readonly (readonly [string, string])[] = [
  ['a', 'href'],
  ['area', 'href'],
  ['link', 'href'],
  ['img', 'src'],
  ['script', 'src'],
  ['source', 'src'],
  ['iframe', 'src'],
  ['video', 'src'],
  ['audio', 'src'],
];

/** Fragments a browser resolves without an element: the top of the page (HTML Standard, "scroll to the fragment"). */
const IMPLICIT_FRAGMENTS = new Set(['', 'top']);

/** A made-up origin to resolve site-relative URLs against; never contacted. */
const ORIGIN = 'http://site.invalid';

/** True for a URL that leaves the site: it has a scheme or starts with `//`. */
export function isExternalUrl(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//');
}

/** The site path a file is served at: `stories/x/index.html` → `/stories/x/index.html`. */
function urlOfFile(path: string): string {
  return `/${path.replace(/\\/g, '/').replace(/^\/+/, '')}`;
}

/**
 * The files a site path may be served from, in the order a static host tries them:
 * `/a/` → `a/index.html`; `/a` → `a`, `a/index.html`, `a.html`.
 */
export function candidateFiles(pathname: string): string[] {
  const bare = pathname.replace(/^\/+/, '');
  if (bare === '' || pathname.endsWith('/')) return [`${bare}index.html`];
  return [bare, `${bare}/index.html`, `${bare}.html`];
}

/** Every `id` (and legacy `<a name>`) of a parsed page. */
function anchorsOf(root: HTMLElement): Set<string> {
  const ids = root.querySelectorAll('[id]').map((element) => element.getAttribute('id') ?? '');
  const names = root.querySelectorAll('a[name]').map((element) => element.getAttribute('name') ?? '');
  return new Set([...ids, ...names].filter((anchor) => anchor !== ''));
}

/** Every internal URL a parsed page links to, as written in its HTML. */
function internalLinksOf(root: HTMLElement): string[] {
  return LINK_ATTRIBUTES.flatMap(([tag, attribute]) =>
    root
      .querySelectorAll(`${tag}[${attribute}]`)
      .map((element) => (element.getAttribute(attribute) ?? '').trim())
      .filter((url) => !isExternalUrl(url)),
  );
}

/** Every `id` (and legacy `<a name>`) of a page: the anchors a fragment can point to. */
export function collectAnchors(html: string): Set<string> {
  return anchorsOf(parse(html));
}

/** Every internal URL a page links to, as written in its HTML. */
export function collectInternalLinks(html: string): string[] {
  return internalLinksOf(parse(html));
}

/** Decodes a percent-encoded URL part; undefined when it is malformed. */
function decode(part: string): string | undefined {
  try {
    return decodeURIComponent(part);
  } catch {
    return undefined;
  }
}

/** What the link check keeps of a page once it has read it: its links and its anchors, not its HTML. */
interface ReadPage {
  readonly path: string;
  readonly links: readonly string[];
  readonly anchors: ReadonlySet<string>;
}

/** Every internal URL and every anchor of a page, from one parse. */
function readPage(path: string, html: string): ReadPage {
  const root = parse(html);
  return { path, links: internalLinksOf(root), anchors: anchorsOf(root) };
}

/**
 * Checks every internal link of every HTML page against the files of the site and the anchors
 * of the page it points to. Pages are the files that carry `html`; every file is a valid target.
 * Files may come one at a time (a generator reading them from disk): each page is parsed once and
 * only its links and anchors are kept, so a large site is never in memory whole.
 */
export function checkLinks(files: Iterable<SiteFile>): LinkReport {
  const byPath = new Map<string, ReadPage | undefined>();
  for (const file of files) {
    const path = file.path.replace(/\\/g, '/').replace(/^\/+/, '');
    byPath.set(path, file.html === undefined ? undefined : readPage(file.path, file.html));
  }
  let checked = 0;
  const broken: BrokenLink[] = [];
  for (const page of byPath.values()) {
    if (page === undefined) continue;
    for (const href of page.links) {
      checked++;
      const problem = problemOf(href, page, byPath);
      if (problem) broken.push({ page: page.path, href, problem });
    }
  }
  return { checked, broken };
}

function problemOf(href: string, page: ReadPage, byPath: ReadonlyMap<string, ReadPage | undefined>): LinkProblem | undefined {
  let url: URL;
  try {
    url = new URL(href, `${ORIGIN}${urlOfFile(page.path)}`);
  } catch {
    return 'malformed';
  }
  const pathname = decode(url.pathname);
  const fragment = decode(url.hash.replace(/^#/, ''));
  if (pathname === undefined || fragment === undefined) return 'malformed';
  const target = candidateFiles(pathname).find((candidate) => byPath.has(candidate));
  if (target === undefined) return 'missing-target';
  if (IMPLICIT_FRAGMENTS.has(fragment)) return undefined;
  const anchors = byPath.get(target)?.anchors;
  if (anchors === undefined) return 'missing-anchor';
  return anchors.has(fragment) ? undefined : 'missing-anchor';
}

import { SEARCH_CONTENT_SECURITY_POLICY } from '../content-security-policy.ts';
import { homePath } from '../routes.ts';
import { buildPageFrame, type PageFrame } from './parts/page-frame.ts';

/** The search page; Pagefind's own files (written by `src/integrations/pagefind-index.ts`) do the searching. */
export interface SearchView {
  readonly frame: PageFrame;
  readonly title: string;
  /** Where every story is listed, for readers without JavaScript. */
  readonly homeHref: string;
}

/** The search page; its policy lets Pagefind compile its WebAssembly engine. */
export function buildSearchView(): SearchView {
  const title = 'Search';
  return {
    frame: buildPageFrame(title, { description: 'Search every story, claim and report.', csp: SEARCH_CONTENT_SECURITY_POLICY }),
    title,
    homeHref: homePath(),
  };
}

import { CONTENT_SECURITY_POLICY } from '../../content-security-policy.ts';
import { pageTitle } from '../../labels.ts';

/** What the base layout writes into every page's head: the document title, the description and the policy. */
export interface PageFrame {
  /** The `<title>`: page title and site name, cut to length (`pageTitle`). */
  readonly documentTitle: string;
  /** One sentence for search engines and link previews. */
  readonly description: string;
  /** Content-Security-Policy of the page. */
  readonly csp: string;
  /**
   * Whether the search index reads the page (the layout marks its main content `data-pagefind-body`). Pages
   * that only repeat text other pages hold (a report beside another, a filtered list of findings) are left
   * out, so a search lists each report, claim and finding once instead of once per pair of reports.
   */
  readonly searchable: boolean;
}

/** Description of a page that has none of its own. */
export const DEFAULT_DESCRIPTION = 'Parallax puts news reports of one event side by side, claim by claim.';

/** Options of a page frame; each left out takes the site's default. */
export interface PageFrameOptions {
  readonly description?: string | undefined;
  /** The default allows no script at all beyond same-origin files (`CONTENT_SECURITY_POLICY`). */
  readonly csp?: string | undefined;
  /** Default: true. */
  readonly searchable?: boolean | undefined;
}

/** The head of a page titled `title` (without the site name). */
export function buildPageFrame(title: string, options: PageFrameOptions = {}): PageFrame {
  return {
    documentTitle: pageTitle(title),
    description: options.description ?? DEFAULT_DESCRIPTION,
    csp: options.csp ?? CONTENT_SECURITY_POLICY,
    searchable: options.searchable ?? true,
  };
}

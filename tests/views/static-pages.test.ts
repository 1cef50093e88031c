import { describe, expect, it } from 'vitest';
import { SEARCH_CONTENT_SECURITY_POLICY } from '../../src/site/content-security-policy.ts';
import { buildAboutView } from '../../src/site/views/about.ts';
import { buildSearchView } from '../../src/site/views/search.ts';

describe('buildAboutView', () => {
  it('titles the page “How this works” and describes it for search engines', () => {
    expect(buildAboutView()).toEqual({
      title: 'How this works',
      frame: expect.objectContaining({ documentTitle: 'How this works · Parallax', description: 'How Parallax lines up news reports claim by claim, and where it falls short.' }),
    });
  });
});

describe('buildSearchView', () => {
  it('lets the search page compile Pagefind’s WebAssembly and points readers without scripts home', () => {
    const view = buildSearchView();
    expect([view.frame.csp, view.homeHref]).toEqual([SEARCH_CONTENT_SECURITY_POLICY, '/']);
  });
});

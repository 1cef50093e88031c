import { describe, expect, it } from 'vitest';
import { SEARCH_CONTENT_SECURITY_POLICY } from '../../src/site/content-security-policy.ts';
import { buildAboutView } from '../../src/site/views/about.ts';
import { buildSearchView } from '../../src/site/views/search.ts';

describe('buildAboutView', () => {
  const page = { file: 'content/about/how-this-works.md', markdown: 'Intro.\n\n## Independent support\n\nText.\n' };

  it('titles the page “How this works” and describes it for search engines', () => {
    expect(buildAboutView(page)).toEqual({
      title: 'How this works',
      frame: expect.objectContaining({ documentTitle: 'How this works · Parallax', description: 'How Parallax lines up news reports claim by claim, and where it falls short.' }),
      html: expect.any(String),
    });
  });

  it('renders its Markdown through remark, each section with an id other pages link to', () => {
    expect(buildAboutView(page).html).toBe('<p>Intro.</p>\n<h2 id="independent-support">Independent support</h2>\n<p>Text.</p>');
  });

  it('stops the build at a reference, naming the file and line, since the page belongs to no story', () => {
    expect(() => buildAboutView({ ...page, markdown: 'Intro.\n\nSee [[c001]].' })).toThrow(/^content\/about\/how-this-works\.md:3:5: \[\[c001\]\] does not resolve/);
  });
});

describe('buildSearchView', () => {
  it('lets the search page compile Pagefind’s WebAssembly and points readers without scripts home', () => {
    const view = buildSearchView();
    expect([view.frame.csp, view.homeHref]).toEqual([SEARCH_CONTENT_SECURITY_POLICY, '/']);
  });
});

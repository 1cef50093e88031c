import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/site/content-security-policy.ts';
import { DEFAULT_DESCRIPTION, buildPageFrame } from '../../src/site/views/parts/page-frame.ts';
import { buildStoryFrame, buildStoryNav } from '../../src/site/views/parts/story-frame.ts';
import { storyViewOf } from '../helpers/stories.ts';

describe('buildPageFrame', () => {
  it('adds the site name to the title and takes the default description and policy', () => {
    expect(buildPageFrame('Stories')).toEqual({ documentTitle: 'Stories · Parallax', description: DEFAULT_DESCRIPTION, csp: CONTENT_SECURITY_POLICY, searchable: true });
  });

  it('keeps a description and a policy of the page’s own', () => {
    expect(buildPageFrame('Search', { description: 'Find it.', csp: "default-src 'none'" })).toEqual({
      documentTitle: 'Search · Parallax',
      description: 'Find it.',
      csp: "default-src 'none'",
      searchable: true,
    });
  });

  it('leaves a page out of the search index when asked', () => {
    expect(buildPageFrame('A beside B', { searchable: false }).searchable).toBe(false);
  });
});

describe('buildStoryFrame', () => {
  const story = storyViewOf([{ id: 'a', paragraphs: ['A1.'] }, { id: 'b', paragraphs: ['B1.'] }], [['a0', 'b0']]);

  it('titles a page after the page and the story, and ends the breadcrumbs with the page', () => {
    const frame = buildStoryFrame(story, 'Claims matrix');
    expect([frame.page.documentTitle, frame.current, frame.storyHref]).toEqual(['Claims matrix · Test story · Parallax', 'Claims matrix', '/stories/test/']);
  });

  it('titles the overview after the story alone, which is its last breadcrumb', () => {
    const frame = buildStoryFrame(story);
    expect([frame.page.documentTitle, frame.current]).toEqual(['Test story · Parallax', undefined]);
  });

  it('is searched unless the page says otherwise', () => {
    expect([buildStoryFrame(story).page.searchable, buildStoryFrame(story, 'A beside B', { searchable: false }).page.searchable]).toEqual([true, false]);
  });
});

describe('buildStoryNav', () => {
  it('opens the side-by-side view on the first compared report', () => {
    expect(buildStoryNav(storyViewOf([{ id: 'a', paragraphs: ['A1.'] }, { id: 'b', paragraphs: ['B1.'] }], []))).toEqual([
      { href: '/stories/test/', label: 'Overview' },
      { href: '/stories/test/matrix/', label: 'Claims matrix' },
      { href: '/stories/test/compare/a/', label: 'Side by side' },
      { href: '/stories/test/discrepancies/', label: 'Discrepancies' },
      { href: '/stories/test/provenance/', label: 'Provenance' },
      { href: '/about/', label: 'How this works' },
    ]);
  });

  it('leaves the side-by-side view out when no report is compared', () => {
    expect(buildStoryNav(storyViewOf([{ id: 'empty', paragraphs: [] }], [])).map((link) => link.label)).not.toContain('Side by side');
  });
});

import { aboutPath, comparePath, discrepanciesPath, matrixPath, provenancePath, storyPath } from '../../routes.ts';
import { comparableReports, type StoryView } from '../../story-view.ts';
import { storyTitleAttributes, type TextAttributes } from '../../text-language.ts';
import { buildPageFrame, type PageFrame, type PageFrameOptions } from './page-frame.ts';

/** A link of the story navigation. */
export interface NavLink {
  readonly href: string;
  readonly label: string;
}

/** What the story layout draws around every page of a story: head, story navigation and breadcrumbs. */
export interface StoryFrame {
  readonly page: PageFrame;
  /** Links to the story's views, shown in the site header. */
  readonly nav: readonly NavLink[];
  readonly storyTitle: string;
  readonly storyTitleAttributes: TextAttributes;
  readonly storyHref: string;
  /** The last breadcrumb, the page's own title; absent on the overview, whose last breadcrumb is the story. */
  readonly current?: string | undefined;
}

/**
 * Links to a story's views. "Side by side" opens the first compared report against all others, and
 * is left out when no report is compared.
 */
export function buildStoryNav(story: StoryView): NavLink[] {
  const first = comparableReports(story)[0];
  return [
    { href: storyPath(story.slug), label: 'Overview' },
    { href: matrixPath(story.slug), label: 'Claims matrix' },
    ...(first === undefined ? [] : [{ href: comparePath(story.slug, first.id), label: 'Side by side' }]),
    { href: discrepanciesPath(story.slug), label: 'Discrepancies' },
    { href: provenancePath(story.slug), label: 'Provenance' },
    { href: aboutPath(), label: 'How this works' },
  ];
}

/**
 * The frame of one page of a story: `page` is the page's title, or undefined for the story's
 * overview, whose document title is the story's own; `options.searchable` false for a page that repeats
 * text other pages of the story hold (`PageFrame.searchable`).
 */
export function buildStoryFrame(story: StoryView, page?: string, options: Pick<PageFrameOptions, 'searchable'> = {}): StoryFrame {
  return {
    page: buildPageFrame(page === undefined ? story.title : `${page} · ${story.title}`, options),
    nav: buildStoryNav(story),
    storyTitle: story.title,
    storyTitleAttributes: storyTitleAttributes(story),
    storyHref: storyPath(story.slug),
    current: page,
  };
}

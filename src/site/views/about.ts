import { buildPageFrame, type PageFrame } from './parts/page-frame.ts';

/** The page that explains the method; its prose is the page itself, so the view is only its frame. */
export interface AboutView {
  readonly frame: PageFrame;
  readonly title: string;
}

/** The "How this works" page. */
export function buildAboutView(): AboutView {
  const title = 'How this works';
  return { frame: buildPageFrame(title, { description: 'How Parallax lines up news reports claim by claim, and where it falls short.' }), title };
}

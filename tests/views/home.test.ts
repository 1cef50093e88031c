import { describe, expect, it } from 'vitest';
import type { StorySlug } from '../../src/pipeline/types.ts';
import { buildHomeView } from '../../src/site/views/home.ts';
import { summarizeStory } from '../../src/collections/story-summary.ts';
import { storyViewOf } from '../helpers/stories.ts';

/** The summary of a one-report story named `slug`, dated `published` when given. */
function storyOf(slug: string, published?: string) {
  const story = storyViewOf([{ id: 'a', paragraphs: ['Heavy rain fell.', 'Roads closed.'] }], []);
  return summarizeStory({ ...story, slug: slug as StorySlug, title: `Story ${slug}`, metadata: { ...story.metadata, ...(published === undefined ? {} : { published }) } }, `/cache/${slug}.json`);
}

describe('buildHomeView', () => {
  it('lists stories newest first', () => {
    const view = buildHomeView([storyOf('old', '2024-01-01'), storyOf('new', '2024-06-01')]);
    expect(view.stories.map((story) => story.href)).toEqual(['/stories/new/', '/stories/old/']);
  });

  it('gives each report its link, file, body sentences and only the metadata story.yaml gives', () => {
    expect(buildHomeView([storyOf('rain')]).stories[0]?.reports).toEqual([
      { href: '/stories/rain/reports/a/', label: 'A', title: 'Heavy rain fell.', textAttributes: { lang: 'en', dir: 'ltr' }, file: 'a.txt', bodySentences: 2, outlet: undefined, published: undefined },
    ]);
  });

  it('counts a story’s reports in words', () => {
    expect(buildHomeView([storyOf('rain')]).stories[0]?.reportCount).toBe('1 report');
  });
});

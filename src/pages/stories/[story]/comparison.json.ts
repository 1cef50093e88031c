import type { APIRoute, GetStaticPaths } from 'astro';
import { toComparisonExport } from '../../../export/comparison-export.ts';
import { loadStories } from '../../../site/story-paths.ts';
import type { StoryView } from '../../../site/story-view.ts';

export const getStaticPaths = (async () => {
  return (await loadStories()).map((story) => ({ params: { story: story.slug }, props: { story } }));
}) satisfies GetStaticPaths;

/** The machine-readable export of one story's comparison (schema: `schemas/comparison.schema.json`). */
export const GET: APIRoute<{ story: StoryView }> = ({ props }) =>
  new Response(`${JSON.stringify(toComparisonExport(props.story), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });

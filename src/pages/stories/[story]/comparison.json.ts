import type { APIRoute, GetStaticPaths } from 'astro';
import { loadStories } from '../../../site/story-paths.ts';
import type { StoryView } from '../../../site/story-view.ts';
import { buildComparisonJson } from '../../../site/views/comparison-json.ts';

export const getStaticPaths = (async () => {
  return (await loadStories()).map((story) => ({ params: { story: story.slug }, props: { story } }));
}) satisfies GetStaticPaths;

/** The machine-readable export of one story's comparison (schema: `schemas/comparison.schema.json`). */
export const GET: APIRoute<{ story: StoryView }> = ({ props }) =>
  new Response(buildComparisonJson(props.story), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });

import type { APIRoute, GetStaticPaths } from 'astro';
import { loadStory, loadStorySummaries } from '../../../site/story-paths.ts';
import { buildComparisonJson } from '../../../site/views/comparison-json.ts';

export const getStaticPaths = (async () => {
  return (await loadStorySummaries()).map((story) => ({ params: { story: story.slug }, props: { slug: story.slug } }));
}) satisfies GetStaticPaths;

/** The machine-readable export of one story's comparison (schema: `schemas/comparison.schema.json`). */
export const GET: APIRoute<{ slug: string }> = async ({ props }) =>
  new Response(buildComparisonJson(await loadStory(props.slug)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });

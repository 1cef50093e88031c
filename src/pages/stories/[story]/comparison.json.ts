import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { toComparisonExport } from '../../../export/comparison-export.ts';
import type { StoryView } from '../../../site/story-view.ts';

export const getStaticPaths = (async () => {
  const stories = await getCollection('stories');
  return stories.map((entry) => ({ params: { story: entry.data.slug }, props: { story: entry.data } }));
}) satisfies GetStaticPaths;

/** The machine-readable export of one story's comparison (schema: `schemas/comparison.schema.json`). */
export const GET: APIRoute<{ story: StoryView }> = ({ props }) =>
  new Response(`${JSON.stringify(toComparisonExport(props.story), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });

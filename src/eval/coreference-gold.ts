import { z } from 'zod';

/**
 * The gold of the news development set (`news-dev/<corpus>/gold.json`), as its README describes it.
 * Only the fields the pair scorer reads are required; the rest (triggers, labels, counts) may be
 * present and are passed through untouched. Parsed with zod at the edge, so the scorer can trust it.
 */

/** Report key (a file name without `.txt`) → the verbatim, whitespace-collapsed sentences of that report. */
const snippetsByReport = z.record(z.string(), z.array(z.string()));

/** One cross-document event coreference chain: the sentences of each report that mention the event. */
export const goldClusterSchema = z.looseObject({
  id: z.string(),
  claim: z.string().optional(),
  core: snippetsByReport,
});

/** The gold of one story folder. `scope` is `"all"` (GVC) or the annotated sentences per report (ECB+). */
export const storyGoldSchema = z.looseObject({
  title: z.string().optional(),
  files: z.record(z.string(), z.string()),
  scope: z.union([z.literal('all'), snippetsByReport]),
  clusters: z.array(goldClusterSchema),
  vague_clusters: z.array(goldClusterSchema).optional(),
  /** Groups of byte-identical reports; all but the first report of each are left out of scoring. */
  identical_files: z.array(z.array(z.string())).optional(),
});

/** A whole `gold.json`: one entry per story folder name. */
export const corpusGoldSchema = z.looseObject({
  stories: z.record(z.string(), storyGoldSchema),
});

export type GoldCluster = z.infer<typeof goldClusterSchema>;
export type StoryGold = z.infer<typeof storyGoldSchema>;
export type CorpusGold = z.infer<typeof corpusGoldSchema>;

/** Validates the parsed JSON of a `gold.json`; throws a zod error naming the bad key when it does not fit. */
export function parseCorpusGold(json: unknown): CorpusGold {
  return corpusGoldSchema.parse(json);
}

/**
 * The synthetic stories of the benchmarks: real reports' lines recombined (`synthetic-story.ts`) from Hama and,
 * with `--source news`, every news-dev story (`$PARALLAX_NEWS_DEV`, real layouts of other outlets), written
 * only to a temporary folder. `npm run bench:site` builds sites from them; `npm run pipeline:hashes` checks
 * that the pipeline gives them the same output after a change.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readStoriesRoot, readStoryFolder } from '../../src/pipeline/ingest/read-story-folder.ts';
import type { RawStory } from '../../src/pipeline/types.ts';
import { makeSyntheticStory } from './synthetic-story.ts';

/** The smallest and largest number of reports of a story, from `--reports 5-10` or `--reports 3`. */
export function parseReportRange(text: string): readonly [number, number] {
  const match = /^(\d+)(?:-(\d+))?$/.exec(text);
  const low = Number(match?.[1]);
  const high = Number(match?.[2] ?? match?.[1]);
  if (match === null || low < 1 || high < low) throw new Error(`--reports ${text}: give a number (3) or a range (5-10)`);
  return [low, high];
}

/** The real stories synthetic ones are recombined from: Hama (in the repository at `root`), plus every news-dev story for `--source news`. */
export function readSources(source: string, root: string): RawStory[] {
  const hama = readStoryFolder(join(root, 'content', 'stories', 'hama'));
  if (source === 'hama') return [hama];
  if (source !== 'news') throw new Error(`--source ${source}: use hama or news`);
  const newsDev = process.env['PARALLAX_NEWS_DEV'];
  if (newsDev === undefined || !existsSync(newsDev)) throw new Error('--source news needs PARALLAX_NEWS_DEV (the news-dev folder)');
  const corpora = readdirSync(newsDev).filter((name) => existsSync(join(newsDev, name, 'stories'))).sort();
  return [hama, ...corpora.flatMap((corpus) => readStoriesRoot(join(newsDev, corpus, 'stories'), newsDev))];
}

/**
 * Writes `count` synthetic stories into `root`: story i is recombined from source i (cycling), starting
 * from its (i / sources)-th report, so stories made from a ten-report source use different reports.
 */
export function writeStories(root: string, count: number, sources: readonly RawStory[], [low, high]: readonly [number, number]): number {
  let reports = 0;
  for (let i = 0; i < count; i++) {
    const size = low + (i % (high - low + 1));
    const source = sources[i % sources.length] ?? sources[0];
    if (source === undefined) throw new Error('no source story');
    const shift = Math.floor(i / sources.length) % source.files.length;
    const rotated = { ...source, files: [...source.files.slice(shift), ...source.files.slice(0, shift)] };
    const story = makeSyntheticStory(rotated, size, { seed: 1000 + i });
    const dir = join(root, `story-${String(i + 1).padStart(4, '0')}`);
    mkdirSync(dir, { recursive: true });
    for (const file of story.files) writeFileSync(join(dir, file.name), file.bytes);
    reports += size;
  }
  return reports;
}

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseCorpusGold, type StoryGold } from '../../src/eval/coreference-gold.ts';
import { lookUpOwn } from '../../src/pipeline/look-up-own.ts';
import type { NewsCorpus } from './story-pairs.ts';

/** One story folder of a news-dev corpus with its gold. */
export interface NewsDevStory {
  readonly dir: string;
  readonly slug: string;
  readonly gold: StoryGold;
}

/** Every story folder of one corpus with its gold, in name order; a folder the gold does not know is an error. */
export function listCorpusStories(root: string, corpus: NewsCorpus): NewsDevStory[] {
  const gold = parseCorpusGold(JSON.parse(readFileSync(join(root, corpus, 'gold.json'), 'utf8')));
  const storiesDir = join(root, corpus, 'stories');
  return readdirSync(storiesDir)
    .filter((name) => !name.startsWith('.') && statSync(join(storiesDir, name)).isDirectory())
    .sort()
    .map((slug) => {
      const storyGold = lookUpOwn(gold.stories, slug);
      if (!storyGold) throw new Error(`${corpus}/stories/${slug} has no entry in ${corpus}/gold.json`);
      return { dir: join(storiesDir, slug), slug, gold: storyGold };
    });
}

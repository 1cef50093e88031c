import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { listFiles } from '../../src/files/list-files.ts';

/**
 * Joins the `dist/` folders of a sharded build (`PARALLAX_SHARD=<i>/<n>`, src/collections/shard.ts) into one
 * site. Each story's folder (`stories/<slug>/`) comes from the one shard that built it; the files every shard
 * writes the same (assets, about and search pages) are taken once and must be byte-identical; the pages that
 * list every story are joined from the shards' own lists: the home page's story sections, the RSS items and
 * the sitemap's URLs. Each shard's `pagefind/` (every part of its search index) is left out: the caller indexes the
 * merged folder once.
 *
 * Home and feed order is the one `sortStoriesForHome` gives (src/site/story-view.ts): newest first, then by
 * title. The date comes from the story's `comparison.json` (the latest of its reports' dates); a story whose
 * story.yaml sets its own `published` date is not sorted by it (that date is not in comparison.json): see docs/scale.md.
 */

/** What the merge wrote. */
export interface MergeReport {
  readonly stories: readonly string[];
  readonly files: number;
}

const STORY_SECTION = /<section aria-labelledby="story-([^"]+)">[\s\S]*?<\/section>/g;
const RSS_ITEM = /<item>[\s\S]*?<\/item>/g;
const SITEMAP_URL = /<url><loc>([^<]*)<\/loc><\/url>/g;

/** Sort key of a merged story: its latest report date (as `sortStoriesForHome`) and title. */
interface StoryKey {
  readonly slug: string;
  readonly date: string;
  readonly title: string;
}

function storyKey(storyDir: string, slug: string): StoryKey {
  const file = join(storyDir, 'comparison.json');
  if (!existsSync(file)) throw new Error(`${file}: missing; every story folder of a shard has its comparison.json`);
  const data = JSON.parse(readFileSync(file, 'utf8')) as { story?: { title?: string }; sources?: { published?: string }[] };
  const dates = (data.sources ?? []).map((source) => source.published ?? '').sort();
  return { slug, date: dates.at(-1) ?? '', title: data.story?.title ?? slug };
}

/** Story slugs in home-page order. */
function homeOrder(keys: readonly StoryKey[]): string[] {
  return [...keys].sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title)).map((key) => key.slug);
}

/** Replaces the run of `pattern` matches in `template` (from the first to the last) with `parts`. */
function replaceRun(template: string, pattern: RegExp, parts: readonly string[], file: string): string {
  const matches = [...template.matchAll(pattern)];
  const first = matches[0];
  const last = matches.at(-1);
  if (first === undefined || last === undefined) throw new Error(`${file}: found no story entries to replace`);
  return template.slice(0, first.index) + parts.join('') + template.slice(last.index + last[0].length);
}

/** Matches of `pattern` in every shard's copy of `path`, keyed by the slug `slugOf` finds in each. */
function entriesBySlug(shards: readonly string[], path: string, pattern: RegExp, slugOf: (match: RegExpMatchArray) => string | undefined): Map<string, string> {
  const entries = new Map<string, string>();
  for (const shard of shards) {
    const file = join(shard, path);
    if (!existsSync(file)) throw new Error(`${file}: missing; every shard writes ${path}`);
    for (const match of readFileSync(file, 'utf8').matchAll(pattern)) {
      const slug = slugOf(match);
      if (slug !== undefined) entries.set(slug, match[0]);
    }
  }
  return entries;
}

/** The first shard's copy of `path` whose entries `pattern` finds (a shard with no story has none). */
function templateOf(shards: readonly string[], path: string, pattern: RegExp): string {
  for (const shard of shards) {
    const text = readFileSync(join(shard, path), 'utf8');
    if ([...text.matchAll(pattern)].length > 0) return text;
  }
  throw new Error(`${path}: no shard lists a story`);
}

const storySlugOfUrl = (url: string): string | undefined => /\/stories\/([^/]+)\//.exec(url)?.[1];

/** Merges the built shards `shards` (each an `astro build` output folder) into `outDir`, which must not exist or be empty. */
export function mergeShards(shards: readonly string[], outDir: string): MergeReport {
  if (shards.length === 0) throw new Error('no shard folders given');
  if (existsSync(outDir) && readdirSync(outDir).length > 0) throw new Error(`${outDir}: not empty; the merge writes into an empty folder`);
  const storyShard = new Map<string, string>();
  const sharedFrom = new Map<string, string>();
  let files = 0;
  const copy = (from: string, to: string) => {
    mkdirSync(dirname(to), { recursive: true });
    copyFileSync(from, to);
    files++;
  };
  for (const shard of shards) {
    if (!existsSync(join(shard, 'index.html'))) throw new Error(`${shard}: not a built site (no index.html)`);
    for (const path of listFiles(shard)) {
      const parts = path.split('/');
      if (parts[0] === 'pagefind') continue;
      const slug = parts[0] === 'stories' && parts.length > 2 ? parts[1] : undefined;
      if (slug !== undefined) {
        const owner = storyShard.get(slug);
        if (owner !== undefined && owner !== shard) throw new Error(`story ${slug} was built by two shards: ${owner} and ${shard}`);
        storyShard.set(slug, shard);
        copy(join(shard, path), join(outDir, path));
        continue;
      }
      if (path === 'index.html' || path === 'rss.xml' || /^sitemap-\d+\.xml$/.test(path)) continue; // joined below
      const first = sharedFrom.get(path);
      if (first === undefined) {
        sharedFrom.set(path, shard);
        copy(join(shard, path), join(outDir, path));
      } else if (!readFileSync(join(first, path)).equals(readFileSync(join(shard, path)))) {
        throw new Error(`${path} differs between ${first} and ${shard}: were the shards built from the same commit and settings?`);
      }
    }
  }

  const order = homeOrder([...storyShard].map(([slug, shard]) => storyKey(join(shard, 'stories', slug), slug)));

  const sections = entriesBySlug(shards, 'index.html', STORY_SECTION, (match) => match[1]);
  const home = replaceRun(templateOf(shards, 'index.html', STORY_SECTION), STORY_SECTION, order.map((slug) => sections.get(slug) ?? ''), 'index.html');
  writeFileSync(join(outDir, 'index.html'), home);

  const items = entriesBySlug(shards, 'rss.xml', RSS_ITEM, (match) => storySlugOfUrl(/<link>([^<]*)<\/link>/.exec(match[0])?.[1] ?? ''));
  const feed = replaceRun(templateOf(shards, 'rss.xml', RSS_ITEM), RSS_ITEM, order.map((slug) => items.get(slug) ?? ''), 'rss.xml');
  writeFileSync(join(outDir, 'rss.xml'), feed);

  for (const name of listFiles(shards[0] ?? '').filter((path) => /^sitemap-\d+\.xml$/.test(path))) {
    // Astro's sitemap splits at 45,000 URLs per file; the merge writes all URLs into the first file's shape.
    const urls = new Map<string, string>();
    for (const shard of shards) {
      for (const file of listFiles(shard).filter((path) => /^sitemap-\d+\.xml$/.test(path))) {
        for (const match of readFileSync(join(shard, file), 'utf8').matchAll(SITEMAP_URL)) urls.set(match[1] ?? '', match[0]);
      }
    }
    // The order @astrojs/sitemap writes (node_modules/@astrojs/sitemap/dist/generate-sitemap.js).
    const ordered = [...urls.keys()].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    const template = readFileSync(join(shards[0] ?? '', name), 'utf8');
    writeFileSync(join(outDir, name), replaceRun(template, SITEMAP_URL, ordered.map((url) => urls.get(url) ?? ''), name));
    break;
  }

  for (const slug of order) {
    if (!sections.has(slug)) throw new Error(`story ${slug}: no shard's home page lists it`);
    if (!items.has(slug)) throw new Error(`story ${slug}: no shard's rss.xml lists it`);
  }
  return { stories: order, files: files + 2 };
}

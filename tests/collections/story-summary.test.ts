import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { PipelineCache } from '../../src/collections/pipeline-cache.ts';
import { storiesLoader } from '../../src/collections/stories-loader.ts';
import { readStoredStory, StoredStoryError, summarizeStory, type StorySummary } from '../../src/collections/story-summary.ts';
import type { StorySlug } from '../../src/pipeline/types.ts';
import { storyViewOf } from '../helpers/stories.ts';

/** A two-report story with one claim shared by both and no findings. */
const story = { ...storyViewOf([{ id: 'a', paragraphs: ['Ferry sinks.', 'Heavy rain fell.'] }, { id: 'b', paragraphs: ['Storm hits port.'] }], [['a1', 'b0']]), slug: 'ferry' as StorySlug, title: 'Ferry sinks.' };

/** A fresh cache folder holding `story` under key `k1`. */
function cacheWithStory(): { cache: PipelineCache; file: string } {
  const cache = new PipelineCache(mkdtempSync(join(tmpdir(), 'parallax-summary-')));
  cache.write(story.slug, 'k1', story);
  return { cache, file: cache.fileOf(story.slug, 'k1') };
}

describe('summarizeStory', () => {
  it('keeps what lists need: names, languages, counts, headlines, claim ids and the stored file', () => {
    expect(summarizeStory(story, '/cache/ferry.json')).toEqual({
      slug: 'ferry',
      title: 'Ferry sinks.',
      metadata: story.metadata,
      reports: [
        { id: 'a', file: 'a.txt', label: 'A', title: 'Ferry sinks.', metadata: {}, language: story.reports[0]?.language, bodySentences: 2, headlines: [] },
        { id: 'b', file: 'b.txt', label: 'B', title: 'Storm hits port.', metadata: {}, language: story.reports[1]?.language, bodySentences: 1, headlines: [] },
      ],
      claimIds: ['c001'],
      discrepancyCount: 0,
      storedFile: '/cache/ferry.json',
    });
  });

  it('gives a headline sentence as a headline, not as a body sentence', () => {
    const [first, second] = story.reports;
    if (first === undefined || second === undefined) throw new Error('fixture has two reports');
    const withHeadline = { ...story, reports: [{ ...first, sentences: first.sentences.map((sentence, index) => (index === 0 ? { ...sentence, kind: 'headline' as const } : sentence)) }, second] };
    const [summaryA] = summarizeStory(withHeadline, '/cache/ferry.json').reports;
    expect(summaryA?.headlines).toEqual(['Ferry sinks.']);
    expect(summaryA?.bodySentences).toBe(1);
  });

  it('holds none of the reports’ sentences, paragraphs, units or links', () => {
    const json = JSON.stringify(summarizeStory(story, '/cache/ferry.json'));
    expect(json).not.toContain('Heavy rain fell.');
    expect(json).not.toContain('"units"');
  });
});

describe('readStoredStory', () => {
  it('reads back the whole story the cache stored', () => {
    const { file } = cacheWithStory();
    expect(readStoredStory('ferry', file)).toEqual(story);
  });

  it('names the story and the file when the file is missing', () => {
    const { file } = cacheWithStory();
    rmSync(file);
    expect(() => readStoredStory('ferry', file)).toThrow(StoredStoryError);
    expect(() => readStoredStory('ferry', file)).toThrow(`story "ferry": its pipeline result ${file} cannot be read (ENOENT)`);
  });

  it('names the story when the file is not JSON', () => {
    const { file } = cacheWithStory();
    writeFileSync(file, '{"slug": "ferry", ');
    expect(() => readStoredStory('ferry', file)).toThrow(`story "ferry": its pipeline result ${file} is not valid JSON`);
  });

  it('names the story when the file holds something else than a compared story', () => {
    const { file } = cacheWithStory();
    writeFileSync(file, JSON.stringify({ slug: 'ferry' }));
    expect(() => readStoredStory('ferry', file)).toThrow(`story "ferry": its pipeline result ${file} does not match the story schema`);
  });

  it('refuses a file that holds another story', () => {
    const { file } = cacheWithStory();
    expect(() => readStoredStory('bridge', file)).toThrow(`story "bridge": ${file} holds story "ferry"`);
  });
});

describe('storiesLoader', () => {
  /** Runs the loader on a folder of one hand-made story and returns the entries it stored. */
  async function loadFolder(env: Readonly<Record<string, string>>): Promise<Map<string, StorySummary>> {
    const root = mkdtempSync(join(tmpdir(), 'parallax-loader-'));
    mkdirSync(join(root, 'ferry'));
    writeFileSync(join(root, 'ferry', 'a.txt'), 'Ferry sinks in storm\n\nA ferry sank off the coast on Monday after heavy rain.\n');
    writeFileSync(join(root, 'ferry', 'b.txt'), 'Storm sinks ferry\n\nA ferry sank on Monday off the coast during a storm.\n');
    const saved = { ...process.env };
    Object.assign(process.env, { PARALLAX_CACHE_DIR: mkdtempSync(join(tmpdir(), 'parallax-loader-cache-')), PARALLAX_WORKERS: '1' }, env);
    const entries = new Map<string, StorySummary>();
    const quiet = () => undefined;
    const context = {
      store: { clear: () => entries.clear(), set: ({ id, data }: { id: string; data: StorySummary }) => entries.set(id, data) },
      parseData: ({ data }: { data: unknown }) => Promise.resolve(data),
      generateDigest: () => '',
      logger: { info: quiet, warn: quiet, error: quiet, debug: quiet },
      config: { cacheDir: new URL('file:///unused/') },
    } as unknown as LoaderContext;
    try {
      await storiesLoader({ root }).load(context);
    } finally {
      process.env = saved;
    }
    return entries;
  }

  it('stores a summary and the whole story in the file it names', async () => {
    const summary = (await loadFolder({})).get('ferry');
    expect(summary?.reports.map((report) => report.file)).toEqual(['a.txt', 'b.txt']);
    const whole = readStoredStory('ferry', summary?.storedFile ?? '');
    expect(summarizeStory(whole, summary?.storedFile ?? '')).toEqual(summary);
  });

  it('stores the whole story even when the cache is not read (PARALLAX_NO_CACHE=1)', async () => {
    const summary = (await loadFolder({ PARALLAX_NO_CACHE: '1' })).get('ferry');
    expect(readStoredStory('ferry', summary?.storedFile ?? '').slug).toBe('ferry');
  });
});

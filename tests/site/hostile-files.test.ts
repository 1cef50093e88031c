import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../scripts/lib/build-site.ts';
import { SKIP_REASONS } from '../../src/pipeline/ingest/read-story-folder.ts';
import type { StorySlug } from '../../src/pipeline/types.ts';
import { comparisonJsonPath } from '../../src/site/routes.ts';
import { listFiles } from '../../src/files/list-files.ts';
import { readPage } from '../helpers/built-site.ts';

/** Words that must never reach the built site, one per way of smuggling a file in, and one that must (the control). */
const TOKENS = {
  linkedFile: 'Xylolinkedsecret',
  hiddenFile: 'Xylohiddenreport',
  hiddenStory: 'Xylohiddenstory',
  linkedStory: 'Xylolinkedstory',
  control: 'Xylocontrolword',
} as const;

const onPosix = process.platform !== 'win32';

/** The built file's bytes and, for a compressed search-index file, its decompressed bytes too. */
function readableText(file: string): string {
  const bytes = readFileSync(file);
  const texts = [bytes.toString('latin1')];
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) texts.push(gunzipSync(bytes).toString('utf8'));
  return texts.join('\n');
}

/** Built files (paths inside the site) whose text, or decompressed text, contains a word. */
const filesContaining = (outDir: string, word: string) => listFiles(outDir).filter((path) => readableText(join(outDir, path)).includes(word));

describe('a site built from a story folder with links, hidden files and special files', () => {
  let outDir = '';
  let log = '';
  beforeAll(async () => {
    const root = mkdtempSync(join(tmpdir(), 'parallax-hostile-files-'));
    const stories = join(root, 'stories');
    const story = join(stories, 'council');
    mkdirSync(story, { recursive: true });
    writeFileSync(join(story, 'a.txt'), `Council Approves Budget\nThe town council approved a new budget on Monday after a long debate, said ${TOKENS.control}.\n`);
    writeFileSync(join(story, 'b.txt'), 'Budget Passes\nThe town council passed a new budget on Monday after a long debate, the mayor said.\n');
    writeFileSync(join(root, 'passwd'), `root:x:0:0:${TOKENS.linkedFile}:/root:/bin/bash\n`);
    symlinkSync(join(root, 'passwd'), join(story, 'passwd.txt'));
    symlinkSync(join(root, 'nowhere.txt'), join(story, 'broken.txt'));
    writeFileSync(join(story, '.hidden.txt'), `${TOKENS.hiddenFile} Headline\nThe ${TOKENS.hiddenFile} text was published.\n`);
    writeFileSync(join(story, '._a.txt'), new Uint8Array([0x00, 0x05, 0x16, 0x07, 0x00, 0x02, 0xff, 0xfe]));
    if (onPosix) execFileSync('mkfifo', [join(story, 'pipe.txt')]);
    mkdirSync(join(stories, '.drafts'));
    writeFileSync(join(stories, '.drafts', 'a.txt'), `Draft\nThe ${TOKENS.hiddenStory} draft.\n`);
    mkdirSync(join(root, 'outside'));
    writeFileSync(join(root, 'outside', 'a.txt'), `Outside\nThe ${TOKENS.linkedStory} report.\n`);
    symlinkSync(join(root, 'outside'), join(stories, 'linked'));
    ({ outDir, log } = await buildSite(stories));
  }, 240_000);

  it('finds the control word, so the search below can see every built file, the search index included', () => {
    const found = filesContaining(outDir, TOKENS.control);
    expect(found).toContain('stories/council/reports/a/index.html');
    expect(found.some((file) => file.startsWith('pagefind/'))).toBe(true);
  });

  it.each([
    ['a linked file', TOKENS.linkedFile],
    ['a hidden file', TOKENS.hiddenFile],
    ['a hidden story folder', TOKENS.hiddenStory],
    ['a linked story folder', TOKENS.linkedStory],
  ])('publishes not one word of %s in any built file', (_name, word) => {
    expect(filesContaining(outDir, word)).toEqual([]);
  });

  it('logs a warning naming each skipped file and folder and why', () => {
    const expected = [
      `council/passwd.txt: ${SKIP_REASONS.linkInStory.message}`,
      `council/broken.txt: ${SKIP_REASONS.linkInStory.message}`,
      `council/.hidden.txt: ${SKIP_REASONS.hiddenFile.message}`,
      `council/._a.txt: ${SKIP_REASONS.hiddenFile.message}`,
      ...(onPosix ? [`council/pipe.txt: ${SKIP_REASONS.special.message}`] : []),
      `stories/.drafts: ${SKIP_REASONS.hiddenFolder.message}`,
      `stories/linked: ${SKIP_REASONS.linkInRoot.message}`,
    ];
    for (const line of expected) expect(log).toContain(line);
  });

  it('lists the skipped files on the story page, named inside the story folder', () => {
    const items = readPage(outDir, '/stories/council/').root.querySelectorAll('.skipped-files li').map((li) => li.text);
    expect(items).toEqual([
      `._a.txt: ${SKIP_REASONS.hiddenFile.message}`,
      `.hidden.txt: ${SKIP_REASONS.hiddenFile.message}`,
      `broken.txt: ${SKIP_REASONS.linkInStory.message}`,
      `passwd.txt: ${SKIP_REASONS.linkInStory.message}`,
      ...(onPosix ? [`pipe.txt: ${SKIP_REASONS.special.message}`] : []),
    ]);
  });

  it('keeps the story page with its list of skipped files valid HTML', async () => {
    const config = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../.htmlvalidate.json'), 'utf8')) as ConfigData;
    const report = await new HtmlValidate({ ...config, root: true }).validateFile(readPage(outDir, '/stories/council/').file);
    expect(report.results.flatMap((result) => result.messages.map((message) => `${message.line}: ${message.message}`))).toEqual([]);
  });

  it('lists the skipped files in comparison.json and compares only the two real reports', () => {
    const data = JSON.parse(readFileSync(join(outDir, comparisonJsonPath('council' as StorySlug)), 'utf8')) as {
      story: { skippedFiles?: { name: string }[] };
      sources: { file: string }[];
    };
    expect(data.story.skippedFiles?.map((file) => file.name)).toEqual(['._a.txt', '.hidden.txt', 'broken.txt', 'passwd.txt', ...(onPosix ? ['pipe.txt'] : [])]);
    expect(data.sources.map((source) => source.file)).toEqual(['a.txt', 'b.txt']);
  });
});

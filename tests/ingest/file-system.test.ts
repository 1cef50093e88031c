import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { IngestError, ingestStory } from '../../src/pipeline/ingest/index.ts';
import {
  readStoriesRoot,
  readStoriesRootWithNotices,
  readStoryFolder,
  SKIP_REASONS,
} from '../../src/pipeline/ingest/read-story-folder.ts';
import { runPipeline } from '../../src/pipeline/run.ts';
import { segmentStory } from '../../src/pipeline/segment/index.ts';

/**
 * Every case builds its folders in a fresh temporary folder: symbolic links, named pipes, sockets and
 * hidden files are made here, never committed.
 */
const SECRET = 'root:x:0:0:SECRET-LINK-TARGET-7f3a:/root:/bin/bash';
const REPORT = 'Council Approves Budget\nThe town council approved the budget on Monday, the mayor said.\n';

/** A temporary root holding `stories/story/a.txt` and a secret file outside the stories folder. */
function makeRoot() {
  const root = mkdtempSync(join(tmpdir(), 'parallax-fs-'));
  const stories = join(root, 'stories');
  const story = join(stories, 'story');
  mkdirSync(story, { recursive: true });
  writeFileSync(join(story, 'a.txt'), REPORT);
  const secret = join(root, 'passwd');
  writeFileSync(secret, `${SECRET}\n`);
  return { root, stories, story, secret };
}

const isRoot = process.getuid?.() === 0;
const onPosix = process.platform !== 'win32';

describe('symbolic links in a story folder', () => {
  it('skips a link to a file outside the folder with a notice, and its target reaches no stage', () => {
    const { root, story, secret } = makeRoot();
    symlinkSync(secret, join(story, 'passwd.txt'));
    const raw = readStoryFolder(story, root);
    expect(raw.files.map((file) => file.name)).toEqual(['a.txt']);
    expect(raw.notices).toEqual([{ file: 'stories/story/passwd.txt', ...SKIP_REASONS.linkInStory }]);
    expect(JSON.stringify(runPipeline(raw))).not.toContain('SECRET-LINK-TARGET');
  });

  it('skips a broken link with a notice instead of failing with ENOENT', () => {
    const { root, story } = makeRoot();
    symlinkSync(join(root, 'nowhere.txt'), join(story, 'broken.txt'));
    expect(readStoryFolder(story, root).notices).toEqual([{ file: 'stories/story/broken.txt', ...SKIP_REASONS.linkInStory }]);
  });

  it('skips a link to a folder, even one named like a report', () => {
    const { root, stories, story } = makeRoot();
    symlinkSync(stories, join(story, 'loop.txt'));
    const raw = readStoryFolder(story, root);
    expect(raw.files.map((file) => file.name)).toEqual(['a.txt']);
    expect(raw.notices).toEqual([{ file: 'stories/story/loop.txt', ...SKIP_REASONS.linkInStory }]);
  });

  it('accepts story.yaml metadata for a linked report and drops it, since the report is skipped', () => {
    const { root, story, secret } = makeRoot();
    symlinkSync(secret, join(story, 'passwd.txt'));
    writeFileSync(join(story, 'story.yaml'), 'reports:\n  a.txt:\n    outlet: Gazette\n  passwd.txt:\n    outlet: Nobody\n');
    expect(readStoryFolder(story, root).metadata).toEqual({ reports: { 'a.txt': { outlet: 'Gazette' } } });
  });

  it('stops with an error naming the folder and each skipped file when no report is left to read', () => {
    const { root, stories, secret } = makeRoot();
    const only = join(stories, 'only-link');
    mkdirSync(only);
    symlinkSync(secret, join(only, 'passwd.txt'));
    expect(() => readStoryFolder(only, root)).toThrow(
      `stories/only-link: the story folder has no .txt report files; passwd.txt (${SKIP_REASONS.linkInStory.message})`,
    );
  });
});

describe('hidden files and folders in a story folder', () => {
  it('skips .hidden.txt, ._a.txt and .DS_Store, each with a notice', () => {
    const { root, story } = makeRoot();
    writeFileSync(join(story, '.hidden.txt'), 'Hidden Headline Wins\nHidden text.\n');
    writeFileSync(join(story, '._a.txt'), new Uint8Array([0x00, 0x05, 0x16, 0x07, 0x00, 0x02, 0xff, 0xfe]));
    writeFileSync(join(story, '.DS_Store'), new Uint8Array([0x00, 0x00, 0x00, 0x01, 0x42, 0x75, 0x64, 0x31]));
    const raw = readStoryFolder(story, root);
    expect(raw.files.map((file) => file.name)).toEqual(['a.txt']);
    expect(raw.notices).toEqual([
      { file: 'stories/story/.DS_Store', ...SKIP_REASONS.hiddenFile },
      { file: 'stories/story/._a.txt', ...SKIP_REASONS.hiddenFile },
      { file: 'stories/story/.hidden.txt', ...SKIP_REASONS.hiddenFile },
    ]);
  });

  it('does not take the story title from a hidden file', () => {
    const { root, story } = makeRoot();
    writeFileSync(join(story, '.hidden.txt'), 'Hidden Headline Wins\nHidden text.\n');
    expect(segmentStory(ingestStory(readStoryFolder(story, root))).title).toBe('Council Approves Budget');
  });

  it('skips a hidden folder with a notice', () => {
    const { root, story } = makeRoot();
    mkdirSync(join(story, '.git'));
    expect(readStoryFolder(story, root).notices).toEqual([{ file: 'stories/story/.git', ...SKIP_REASONS.hiddenFolder }]);
  });

  it('keeps the notices when the story is ingested', () => {
    const { root, story } = makeRoot();
    writeFileSync(join(story, '.hidden.txt'), 'Hidden.\n');
    expect(ingestStory(readStoryFolder(story, root)).notices).toEqual([{ file: 'stories/story/.hidden.txt', ...SKIP_REASONS.hiddenFile }]);
  });
});

describe('entries that are neither files nor folders', () => {
  const servers: Server[] = [];
  afterAll(() => {
    for (const server of servers) server.close();
  });

  it.runIf(onPosix)('never opens a named pipe named like a report (opening it would hang the build)', () => {
    const { root, story } = makeRoot();
    execFileSync('mkfifo', [join(story, 'pipe.txt')]);
    const raw = readStoryFolder(story, root);
    expect(raw.files.map((file) => file.name)).toEqual(['a.txt']);
    expect(raw.notices).toEqual([{ file: 'stories/story/pipe.txt', ...SKIP_REASONS.special }]);
  }, 5_000);

  it.runIf(onPosix)('never opens a socket named like a report', async () => {
    const { root, story } = makeRoot();
    const server = createServer();
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(join(story, 'socket.txt'), resolve));
    expect(readStoryFolder(story, root).notices).toEqual([{ file: 'stories/story/socket.txt', ...SKIP_REASONS.special }]);
  }, 5_000);

  it('skips a folder named like a report with a notice', () => {
    const { root, story } = makeRoot();
    mkdirSync(join(story, 'more.txt'));
    expect(readStoryFolder(story, root).notices).toEqual([{ file: 'stories/story/more.txt', ...SKIP_REASONS.folderNamedTxt }]);
  });

  it('ignores ordinary files that are not reports without a notice, as documented', () => {
    const { root, story } = makeRoot();
    writeFileSync(join(story, 'notes.md'), '# notes');
    expect(readStoryFolder(story, root).notices).toEqual([]);
  });
});

describe('a story.yaml that is not a regular file', () => {
  it('rejects a story.yaml that is a folder, naming it, instead of failing with EISDIR', () => {
    const { root, story } = makeRoot();
    mkdirSync(join(story, 'story.yaml'));
    expect(() => readStoryFolder(story, root)).toThrow(IngestError);
    expect(() => readStoryFolder(story, root)).toThrow('stories/story/story.yaml: is a folder; story.yaml must be a file');
  });

  it('rejects a story.yaml that is a symbolic link, naming it, and never reads the target', () => {
    const { root, story, secret } = makeRoot();
    symlinkSync(secret, join(story, 'story.yaml'));
    expect(() => readStoryFolder(story, root)).toThrow(/^stories\/story\/story\.yaml: is a symbolic link, and links are not followed/);
    expect(() => readStoryFolder(story, root)).not.toThrow(/SECRET-LINK-TARGET/);
  });

  it('rejects a broken symbolic link story.yaml, naming it', () => {
    const { root, story } = makeRoot();
    symlinkSync(join(root, 'nowhere.yaml'), join(story, 'story.yaml'));
    expect(() => readStoryFolder(story, root)).toThrow(/^stories\/story\/story\.yaml: is a symbolic link/);
  });

  it.runIf(onPosix)('rejects a story.yaml that is a named pipe without opening it', () => {
    const { root, story } = makeRoot();
    execFileSync('mkfifo', [join(story, 'story.yaml')]);
    expect(() => readStoryFolder(story, root)).toThrow(/^stories\/story\/story\.yaml: is not a regular file \(a named pipe, socket or device\)/);
  }, 5_000);

  it.skipIf(isRoot || !onPosix)('rejects an unreadable story.yaml, naming it', () => {
    const { root, story } = makeRoot();
    writeFileSync(join(story, 'story.yaml'), 'title: T\n');
    chmodSync(join(story, 'story.yaml'), 0o000);
    expect(() => readStoryFolder(story, root)).toThrow('stories/story/story.yaml: cannot be read (EACCES: permission denied)');
  });

  it.skipIf(isRoot || !onPosix)('rejects an unreadable report, naming it', () => {
    const { root, story } = makeRoot();
    writeFileSync(join(story, 'b.txt'), REPORT);
    chmodSync(join(story, 'b.txt'), 0o000);
    expect(() => readStoryFolder(story, root)).toThrow('stories/story/b.txt: cannot be read (EACCES: permission denied)');
  });

  it('rejects a story.yaml saved as UTF-16, saying so and naming it', () => {
    const { root, story } = makeRoot();
    const text = 'title: T\n';
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...text].flatMap((c) => [c.charCodeAt(0), 0])]);
    writeFileSync(join(story, 'story.yaml'), utf16);
    expect(() => readStoryFolder(story, root)).toThrow(/^stories\/story\/story\.yaml: looks like UTF-16/);
  });
});

describe('the stories folder', () => {
  it('skips hidden story folders with a notice and reads none of their files', () => {
    const { root, stories } = makeRoot();
    mkdirSync(join(stories, '.drafts'));
    writeFileSync(join(stories, '.drafts', 'a.txt'), 'Draft.\n');
    const { stories: read, notices } = readStoriesRootWithNotices(stories, root);
    expect(read.map((story) => story.slug)).toEqual(['story']);
    expect(notices).toEqual([{ file: 'stories/.drafts', ...SKIP_REASONS.hiddenFolder }]);
  });

  it('skips a symbolic link to a story folder with a notice, so its reports are not published', () => {
    const { root, stories } = makeRoot();
    const outside = join(root, 'outside');
    mkdirSync(outside);
    writeFileSync(join(outside, 'a.txt'), `${SECRET}\n`);
    symlinkSync(outside, join(stories, 'linked'));
    const { stories: read, notices } = readStoriesRootWithNotices(stories, root);
    expect(read.map((story) => story.slug)).toEqual(['story']);
    expect(notices).toEqual([{ file: 'stories/linked', ...SKIP_REASONS.linkInRoot }]);
  });

  it('skips files, hidden files and named pipes at the top of the stories folder with a notice', () => {
    const { root, stories } = makeRoot();
    writeFileSync(join(stories, 'stray.txt'), REPORT);
    writeFileSync(join(stories, '.DS_Store'), 'x');
    if (onPosix) execFileSync('mkfifo', [join(stories, 'pipe')]);
    expect(readStoriesRootWithNotices(stories, root).notices).toEqual([
      { file: 'stories/.DS_Store', ...SKIP_REASONS.hiddenFile },
      ...(onPosix ? [{ file: 'stories/pipe', ...SKIP_REASONS.special }] : []),
      { file: 'stories/stray.txt', ...SKIP_REASONS.fileInRoot },
    ]);
  }, 5_000);

  it('names a stories folder that does not exist instead of failing with a raw ENOENT', () => {
    const { root } = makeRoot();
    expect(() => readStoriesRootWithNotices(join(root, 'missing'), root)).toThrow(
      'missing: the folder cannot be read (ENOENT: it does not exist, or disappeared while being read)',
    );
  });

  it('gives the same stories through readStoriesRoot, for scripts that need no notices', () => {
    const { root, stories } = makeRoot();
    symlinkSync(join(root, 'passwd'), join(stories, 'linked'));
    expect(readStoriesRoot(stories, root)).toEqual(readStoriesRootWithNotices(stories, root).stories);
  });
});

describe('notices about skipped entries', () => {
  it('gives every kind of skipped entry a stable code', () => {
    expect(Object.fromEntries(Object.entries(SKIP_REASONS).map(([reason, { code }]) => [reason, code]))).toEqual({
      hiddenFile: 'hidden-file-skipped',
      hiddenFolder: 'hidden-folder-skipped',
      linkInStory: 'symlink-skipped',
      linkInRoot: 'symlink-skipped',
      special: 'special-file-skipped',
      folderNamedTxt: 'txt-folder-skipped',
      fileInRoot: 'loose-file-skipped',
    });
  });
});

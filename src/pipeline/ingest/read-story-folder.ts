import { closeSync, constants, fstatSync, openSync, readdirSync, readFileSync, type Dirent } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { IngestWarning, RawReportFile, RawStory, StorySlug } from '../types.ts';
import { decodeUtf8Text } from './decode.ts';
import { IngestError } from './ingest-error.ts';
import { slugify } from './slug.ts';
import { parseStoryMetadata } from './story-metadata.ts';

/** Name of the optional metadata file in a story folder. */
export const STORY_METADATA_FILE = 'story.yaml';

/**
 * Why an entry of the stories folder or of a story folder was not read: a stable code and the words for
 * people; each becomes a notice in the build log (and, inside a story folder, on the story's page).
 * Nothing is skipped silently except, inside a story folder, ordinary files and folders that are not
 * `*.txt` (notes, images).
 */
export const SKIP_REASONS = {
  hiddenFile: {
    code: 'hidden-file-skipped',
    message: 'skipped: its name starts with a dot, so it is a hidden file (such as .DS_Store or a macOS "._" copy), and hidden files are never read; rename it if it is a report',
  },
  hiddenFolder: { code: 'hidden-folder-skipped', message: 'skipped: its name starts with a dot, so it is a hidden folder, and hidden folders are never read' },
  linkInStory: {
    code: 'symlink-skipped',
    message:
      'skipped: it is a symbolic link, and links are not followed, so a story can only publish files that are really in its folder; copy the file in instead',
  },
  linkInRoot: {
    code: 'symlink-skipped',
    message:
      'skipped: it is a symbolic link, and links are not followed, so only story folders that are really in the stories folder are published; move or copy the folder in instead',
  },
  special: { code: 'special-file-skipped', message: 'skipped: it is not a regular file or folder (a named pipe, socket or device), so it is never opened' },
  folderNamedTxt: { code: 'txt-folder-skipped', message: 'skipped: it is a folder, not a report file' },
  fileInRoot: { code: 'loose-file-skipped', message: "skipped: it is a file, not a story folder; put each story's reports in a folder of their own" },
} as const satisfies Record<string, Omit<IngestWarning, 'file' | 'line'>>;

/** What an entry of a folder is, from `readdir` alone: a symbolic link is never followed to find out. */
type EntryKind = 'file' | 'folder' | 'link' | 'special';

function kindOf(entry: Dirent): EntryKind {
  if (entry.isSymbolicLink()) return 'link';
  if (entry.isFile()) return 'file';
  if (entry.isDirectory()) return 'folder';
  return 'special';
}

/** Lists a folder's entries in name order without following links; an unreadable folder is an `IngestError`. */
function listFolder(dir: string, display: string): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (error) {
    throw new IngestError({ file: display }, `the folder cannot be read (${describeFsError(error)})`);
  }
}

/** Plain words for the file-system errors a user can meet; the code is kept for searching. */
const FS_ERRORS = new Map([
  ['EACCES', 'permission denied'],
  ['EPERM', 'operation not permitted'],
  ['ENOENT', 'it does not exist, or disappeared while being read'],
  ['EISDIR', 'it is a folder'],
  ['ENOTDIR', 'it is not a folder'],
  ['ELOOP', 'it is a symbolic link, and links are not followed'],
  ['EMFILE', 'too many open files'],
]);

/** Describes a file-system error without its stack or the absolute path Node puts in the message. */
function describeFsError(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  if (typeof code !== 'string') return error instanceof Error ? error.message : String(error);
  const meaning = FS_ERRORS.get(code);
  return meaning === undefined ? code : `${code}: ${meaning}`;
}

/**
 * Reads a file that must be a regular file, without following a symbolic link and without waiting
 * on a named pipe: it is opened with `O_NOFOLLOW | O_NONBLOCK` (so a file swapped for a link after
 * the folder was listed fails instead of being followed) and checked with `fstat` before reading.
 */
function readRegularFile(path: string, display: string): Uint8Array {
  let fd: number;
  try {
    // O_NOFOLLOW and O_NONBLOCK are undefined on Windows, where neither links nor FIFOs arise this way.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw new IngestError({ file: display }, `cannot be read (${describeFsError(error)})`);
  }
  try {
    if (!fstatSync(fd).isFile()) throw new IngestError({ file: display }, 'is not a regular file, so it is not read');
    return new Uint8Array(readFileSync(fd));
  } catch (error) {
    if (error instanceof IngestError) throw error;
    throw new IngestError({ file: display }, `cannot be read (${describeFsError(error)})`);
  } finally {
    closeSync(fd);
  }
}

/** Why `story.yaml` cannot be used when it is not a regular file; it is an error, not a skip, so metadata is never lost quietly. */
function checkMetadataEntry(kind: EntryKind, display: string): void {
  if (kind === 'folder') throw new IngestError({ file: display }, 'is a folder; story.yaml must be a file');
  if (kind === 'link') {
    throw new IngestError(
      { file: display },
      'is a symbolic link, and links are not followed, so a story can only use files that are really in its folder; copy the file in instead',
    );
  }
  if (kind === 'special') throw new IngestError({ file: display }, 'is not a regular file (a named pipe, socket or device), so it is never opened');
}

/**
 * Reads one story folder: every `*.txt` report (as bytes; decoding is ingest's job) and the optional
 * `story.yaml`. Other files and sub-folders are ignored. Nothing is followed or opened that is not
 * really a file in the folder: hidden entries (name starting with a dot), symbolic links (whether
 * to a file or a folder, broken or not), named pipes, sockets and devices are skipped, each with a
 * notice in `notices`; a `story.yaml` that is not a regular file is an `IngestError`. The slug comes
 * from the folder name, made URL-safe. This and `readStoriesRoot` are the only pipeline functions
 * that touch the file system.
 */
export function readStoryFolder(dir: string, displayRoot = process.cwd()): RawStory {
  const location = relative(displayRoot, dir) || dir;
  const files: RawReportFile[] = [];
  const notices: IngestWarning[] = [];
  let metadataEntry: EntryKind | undefined;
  for (const entry of listFolder(dir, location)) {
    const { name } = entry;
    const display = `${location}/${name}`;
    const kind = kindOf(entry);
    const isReport = /\.txt$/i.test(name);
    if (name.startsWith('.')) notices.push({ file: display, ...(kind === 'folder' ? SKIP_REASONS.hiddenFolder : SKIP_REASONS.hiddenFile) });
    else if (name === STORY_METADATA_FILE) metadataEntry = kind;
    else if (kind === 'link') notices.push({ file: display, ...SKIP_REASONS.linkInStory });
    else if (kind === 'special') notices.push({ file: display, ...SKIP_REASONS.special });
    else if (isReport && kind === 'folder') notices.push({ file: display, ...SKIP_REASONS.folderNamedTxt });
    else if (isReport) files.push({ name, bytes: readRegularFile(join(dir, name), display) });
  }
  let metadata: RawStory['metadata'] = { reports: {} };
  if (metadataEntry !== undefined) {
    const display = `${location}/${STORY_METADATA_FILE}`;
    checkMetadataEntry(metadataEntry, display);
    const text = decodeUtf8Text(display, readRegularFile(join(dir, STORY_METADATA_FILE), display));
    const skipped = notices.map((notice) => basename(notice.file));
    metadata = parseStoryMetadata(display, text, files.map((f) => f.name), skipped);
  }
  if (files.length === 0) {
    const skipped = notices.map((notice) => `${basename(notice.file)} (${notice.message})`);
    throw new IngestError(
      { file: location },
      `the story folder has no .txt report files${skipped.length === 0 ? '' : `; ${skipped.join('; ')}`}`,
    );
  }
  return { slug: slugify(basename(dir), 'story') as StorySlug, location, metadata, files, notices };
}

/** Every story of a stories folder, and a notice for each entry of that folder that is not read as a story. */
export interface StoriesRoot {
  readonly stories: readonly RawStory[];
  /** Hidden entries, symbolic links, files and special files at the top of the folder, each with why it was skipped. */
  readonly notices: readonly IngestWarning[];
}

/**
 * Reads every story folder under a root such as `content/stories`, in folder-name order. Only real
 * folders are stories: a hidden folder (name starting with a dot), a symbolic link (to a folder or
 * not), a file or a special file is skipped with a notice. The root itself may be a link; it is
 * the caller's choice. Two folders whose names give the same URL slug are an `IngestError`.
 */
export function readStoriesRootWithNotices(root: string, displayRoot = process.cwd()): StoriesRoot {
  const rootDisplay = relative(displayRoot, root) || root;
  const stories: RawStory[] = [];
  const notices: IngestWarning[] = [];
  for (const entry of listFolder(root, rootDisplay)) {
    const display = `${rootDisplay}/${entry.name}`;
    const kind = kindOf(entry);
    if (entry.name.startsWith('.')) notices.push({ file: display, ...(kind === 'folder' ? SKIP_REASONS.hiddenFolder : SKIP_REASONS.hiddenFile) });
    else if (kind === 'folder') stories.push(readStoryFolder(join(root, entry.name), displayRoot));
    else if (kind === 'link') notices.push({ file: display, ...SKIP_REASONS.linkInRoot });
    else if (kind === 'special') notices.push({ file: display, ...SKIP_REASONS.special });
    else notices.push({ file: display, ...SKIP_REASONS.fileInRoot });
  }
  const seen = new Map<string, string>();
  for (const story of stories) {
    const other = seen.get(story.slug);
    if (other !== undefined) {
      throw new IngestError({ file: story.location }, `its URL slug "${story.slug}" is the same as ${other}'s; rename one folder`);
    }
    seen.set(story.slug, story.location);
  }
  return { stories, notices };
}

/**
 * The stories of `readStoriesRootWithNotices` without the root's notices, for scripts that only
 * measure or evaluate stories; the site build uses `readStoriesRootWithNotices` and logs them.
 */
export function readStoriesRoot(root: string, displayRoot = process.cwd()): RawStory[] {
  return [...readStoriesRootWithNotices(root, displayRoot).stories];
}

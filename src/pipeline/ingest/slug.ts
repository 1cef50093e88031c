import { createHash } from 'node:crypto';

/** Hex digits of the name's hash added to the slug of a name that is not all Latin letters. */
const HASH_LENGTH = 8;

/** Longest ASCII part of a slug, before any hash. */
const MAX_SLUG_LENGTH = 80;

/** Folds a name to its ASCII slug: diacritics dropped, lower case, runs of anything but a-z and 0-9 made one hyphen. */
function asciiSlugOf(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-+$/, '');
}

/**
 * Whether folding a name to ASCII drops letters or digits of a script other than Latin (中文, العربية,
 * Ελληνικά, ١٢٣): such a name's ASCII slug says too little to tell it from another. Latin letters
 * that do not fold (ß, ø) keep the behaviour they always had.
 */
function losesNonLatinCharacters(name: string): boolean {
  return /(?![a-z0-9])(?!\p{Script=Latin})[\p{L}\p{N}]/iu.test(name.normalize('NFKD'));
}

/** First hex digits of the SHA-256 of the name in NFC, so a name gives one hash however its file system composes it. */
function hashOf(name: string): string {
  return createHash('sha256').update(name.normalize('NFC'), 'utf8').digest('hex').slice(0, HASH_LENGTH);
}

/**
 * Turns a file or folder name into a URL-safe slug: diacritics folded, lower case, runs of anything
 * but a-z and 0-9 turned into one hyphen (`Ünïcödé` → `unicode`, `My Story!` → `my-story`).
 *
 * A name in another script (`中文故事`, `العربية`), or one that is only punctuation or symbols, would
 * fold to nothing or lose its letters, and two such names would share one slug. Such a name gets the
 * first 8 hex digits of the SHA-256 of its NFC form after its ASCII part, or after `fallback` when
 * there is none: `中文故事` → `story-4fab6d58`, `Hama حماة` → `hama-46024c3f`. The hash keeps slugs distinct
 * and stable across builds and file systems (macOS hands back names decomposed; NFC undoes that).
 * Slugs stay plain ASCII on purpose: a Unicode slug would be percent-encoded in every link, sitemap
 * entry and search result, and two spellings of one name (composed or not) would give two URLs.
 *
 * The result can never contain `/`, `.` or `..`, so it is safe as a path segment whatever the input
 * name was. An empty name gives `fallback`.
 */
export function slugify(name: string, fallback = 'item'): string {
  if (name === '') return fallback;
  const slug = asciiSlugOf(name);
  if (slug !== '' && !losesNonLatinCharacters(name)) return slug;
  return `${slug === '' ? fallback : slug}-${hashOf(name)}`;
}

/** Removes a final `.txt` (any case) from a file name. */
export function stripTextExtension(name: string): string {
  return name.replace(/\.txt$/i, '');
}

/**
 * Gives each name a distinct slug, in order: a second name that slugs the same as an earlier one
 * gets `-2`, a third `-3`, so two files never share one page.
 */
export function assignUniqueSlugs(names: readonly string[], fallback = 'item'): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const base = slugify(name, fallback);
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    return slug;
  });
}

/**
 * Turns a file or folder name into a URL-safe slug: diacritics folded, lower case, runs of anything
 * but a-z and 0-9 turned into one hyphen. The result can never contain `/`, `.` or `..`, so it is
 * safe as a path segment whatever the input name was.
 */
export function slugify(name: string, fallback = 'item'): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return slug === '' ? fallback : slug;
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

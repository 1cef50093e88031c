import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** A built HTML page: its site path (e.g. `/stories/hama/`) and parsed document. */
export interface BuiltPage {
  readonly path: string;
  readonly file: string;
  readonly html: string;
  readonly root: HTMLElement;
}

/** Lists every file under a folder, recursively. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full) : [full];
  });
}

/** Maps a built file to the URL path that serves it (`stories/x/index.html` → `/stories/x/`). */
export function sitePathOf(outDir: string, file: string): string {
  const rel = `/${relative(outDir, file).split('\\').join('/')}`;
  return rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
}

/** Reads and parses every HTML page of a built site. */
export function readPages(outDir: string): BuiltPage[] {
  return listFiles(outDir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const html = readFileSync(file, 'utf8');
      return { path: sitePathOf(outDir, file), file, html, root: parse(html) };
    });
}

/** Reads one page by its site path, e.g. `/stories/hama/` (served from `stories/hama/index.html`). */
export function readPage(outDir: string, path: string): BuiltPage {
  const file = join(outDir, ...path.split('/').filter(Boolean), ...(path.endsWith('/') ? ['index.html'] : []));
  if (!existsSync(file)) throw new Error(`no page ${path} in ${outDir}`);
  const html = readFileSync(file, 'utf8');
  return { path, file, html, root: parse(html) };
}

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import type { SiteFile } from '../../scripts/lib/check-links.ts';
import { listFiles } from '../../src/files/list-files.ts';
import { sitePathOf } from '../../src/integrity/check-built-site.ts';

/** A built HTML page: its site path (e.g. `/stories/hama/`) and parsed document. */
export interface BuiltPage {
  readonly path: string;
  readonly file: string;
  readonly html: string;
  readonly root: HTMLElement;
}

/** Reads and parses every HTML page of a built site. */
export function readPages(outDir: string): BuiltPage[] {
  return listFiles(outDir)
    .filter((path) => path.endsWith('.html'))
    .map((path) => {
      const file = join(outDir, path);
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

/** Every file of a built site, with the HTML of its pages, as the link checker takes them. */
export function readSiteFiles(outDir: string): SiteFile[] {
  return listFiles(outDir).map((path) => ({ path, html: path.endsWith('.html') ? readFileSync(join(outDir, path), 'utf8') : undefined }));
}

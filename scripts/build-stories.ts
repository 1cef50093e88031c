/**
 * `npm run build:stories -- <stories-folder> [--out <dir>]`
 *
 * Builds the whole site from a folder of story folders (each laid out like `content/stories/<slug>/`)
 * into a temporary folder, or into `--out`, then checks that every internal link and `#anchor` of
 * the output resolves. Prints the pages written and every broken link; exits with 1 when a link is
 * broken or the build fails. It never writes to the checkout's `dist/` or `content/`.
 *
 * Example: `npm run build:stories -- ../shared/data/news-dev/gvc/stories`
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { listFiles } from '../src/files/list-files.ts';
import { buildSite } from './lib/build-site.ts';
import { checkLinks, type SiteFile } from './lib/check-links.ts';
import { runCommand } from './lib/run-command.ts';

const projectRoot = resolve(import.meta.dirname, '..');

/** True when `path` is `folder` or lies inside it. */
function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** Refuses an output folder inside the checkout's `dist/` or `content/`, which belong to the real site. */
function checkOutDir(outDir: string): void {
  for (const reserved of ['dist', 'content']) {
    if (isInside(outDir, join(projectRoot, reserved))) {
      throw new Error(`--out ${outDir} is inside the checkout's ${reserved}/; pick a folder outside it`);
    }
  }
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ options: { out: { type: 'string' } }, allowPositionals: true });
  const storiesArg = positionals[0];
  if (storiesArg === undefined || positionals.length > 1) {
    console.error('usage: node scripts/build-stories.ts <stories-folder> [--out <dir>]');
    return 2;
  }
  const storiesRoot = resolve(storiesArg);
  if (!existsSync(storiesRoot) || !statSync(storiesRoot).isDirectory()) {
    console.error(`${storiesArg}: not a folder of story folders`);
    return 2;
  }
  const outDir = values.out === undefined ? undefined : resolve(values.out);
  if (outDir !== undefined) checkOutDir(outDir);

  const started = performance.now();
  const build = await buildSite(storiesRoot, outDir);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);

  const paths = listFiles(build.outDir);
  const pages = paths.filter((path) => path.endsWith('.html')).length;
  // Pages are read one at a time as the check reaches them, so the site is never in memory whole.
  function* files(): Generator<SiteFile> {
    for (const path of paths) yield { path, html: path.endsWith('.html') ? readFileSync(join(build.outDir, path), 'utf8') : undefined };
  }
  const checkStarted = performance.now();
  const report = checkLinks(files());
  const checkSeconds = ((performance.now() - checkStarted) / 1000).toFixed(1);

  console.log(`built ${storiesRoot} into ${build.outDir} in ${seconds} s`);
  console.log(`pages written: ${pages} (${paths.length} files)`);
  console.log(`internal links checked: ${report.checked} in ${checkSeconds} s`);
  console.log(`broken links: ${report.broken.length}`);
  for (const link of report.broken) console.log(`  ${link.problem}: ${link.page} -> ${link.href}`);
  return report.broken.length > 0 ? 1 : 0;
}

await runCommand(main);

/**
 * `npm run merge:shards -- <shard-dist> <shard-dist> … --out <dir>`
 *
 * Joins the outputs of a sharded build into one site: each shard is an `astro build` run with
 * `PARALLAX_SHARD=<i>/<n>` (e.g. one CI matrix job per shard, src/collections/shard.ts), which builds only
 * its own stories' pages. The merge copies every story folder once, joins the home page, the RSS feed and the
 * sitemap from the shards' lists (scripts/lib/merge-shards.ts), then, over the merged folder, builds the
 * Pagefind search index (in bounded parts, as the build does: src/integrations/search-index-parts.ts), runs
 * the integrity check and checks every internal link and `#anchor`. Exits with
 * 1 when a shard is missing or inconsistent, a link is broken or the integrity check fails. See docs/scale.md.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { listFiles } from '../src/files/list-files.ts';
import { buildSearchIndex } from '../src/integrations/pagefind-index.ts';
import { assertBuiltSiteIntegrityInParallel } from '../src/integrity/check-built-site.ts';
import { checkLinks, type SiteFile } from './lib/check-links.ts';
import { mergeShards } from './lib/merge-shards.ts';
import { runCommand } from './lib/run-command.ts';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ options: { out: { type: 'string' } }, allowPositionals: true });
  if (positionals.length === 0 || values.out === undefined) {
    console.error('usage: node scripts/merge-shards.ts <shard-dist> [<shard-dist> …] --out <dir>');
    return 2;
  }
  const outDir = resolve(values.out);
  const started = performance.now();
  const merged = mergeShards(positionals.map((shard) => resolve(shard)), outDir);
  console.log(`merged ${positionals.length} shards into ${outDir}: ${merged.stories.length} stories, ${merged.files} files`);

  await buildSearchIndex(outDir, { info: (message: string) => console.log(message) });
  const integrity = await assertBuiltSiteIntegrityInParallel(outDir);
  console.log(`integrity: ${integrity.quotes} quotations and ${integrity.links} links into reports checked on ${integrity.pages} pages`);

  const paths = listFiles(outDir);
  function* files(): Generator<SiteFile> {
    for (const path of paths) yield { path, html: path.endsWith('.html') ? readFileSync(join(outDir, path), 'utf8') : undefined };
  }
  const report = checkLinks(files());
  console.log(`internal links checked: ${report.checked}; broken: ${report.broken.length}`);
  for (const link of report.broken) console.log(`  ${link.problem}: ${link.page} -> ${link.href}`);
  console.log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return report.broken.length > 0 ? 1 : 0;
}

await runCommand(main);

/**
 * The build-time integrity check: fails the build when a page presents as a report's words text that
 * is not in that report, or links a quotation to a sentence that does not contain it. Runs after the site
 * is written (`astro:build:done`, from `integrations/after-build.ts`), on the files themselves: what is
 * checked is what ships.
 */
import type { AstroIntegrationLogger } from 'astro';
import { assertBuiltSiteIntegrityInParallel } from './check-built-site.ts';
import { integrityCodeVersion } from './marks-cache.ts';

/**
 * Checks the built site in `site` on `workers` threads (`markBuiltPages`; default all cores), logging what it
 * checked; throws an `IntegrityError` on a violation. With `cacheRoot`, the marks of pages unchanged since the
 * last build are read back from there instead of parsed (`marks-cache.ts`).
 */
export async function checkSiteIntegrity(site: string, logger: AstroIntegrationLogger, workers?: number, cacheRoot?: string): Promise<void> {
  logger.info('checking that every quotation on every page is its report’s own words …');
  const started = performance.now();
  const cache = cacheRoot === undefined ? undefined : { root: cacheRoot, version: integrityCodeVersion() };
  const report = await assertBuiltSiteIntegrityInParallel(site, workers, cache);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  logger.info(
    `${report.quotes} quotations and ${report.links} links into reports checked on ${report.pages} pages in ${seconds} s: all are the reports' own words`,
  );
}

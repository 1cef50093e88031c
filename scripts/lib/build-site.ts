import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface SiteBuild {
  /** Folder the site was written to. */
  readonly outDir: string;
  /** Everything `astro build` printed. */
  readonly log: string;
}

/**
 * Builds the site from a folder of stories into a fresh temporary folder (or `outDir`), with its
 * own content cache, by running `astro build` under the Node that runs this script. Used by the
 * site tests and by `npm run build:stories`; it never writes to the checkout's `dist/`. Pass the
 * same `cacheDir` to several builds to reuse pipeline results between them.
 * Run builds one at a time: astro keeps intermediate files in the project's `.astro/` folder. `env` adds
 * variables to the build's environment (e.g. `PARALLAX_SHARD` for one shard of a sharded build).
 */
export async function buildSite(storiesRoot: string, outDir?: string, cacheDir?: string, env: Readonly<Record<string, string>> = {}): Promise<SiteBuild> {
  const projectRoot = resolve(import.meta.dirname, '..', '..');
  const work = mkdtempSync(join(tmpdir(), 'parallax-build-'));
  const target = outDir ?? join(work, 'dist');
  const astro = join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
  try {
    const { stdout, stderr } = await run(process.execPath, [astro, 'build', '--outDir', target], {
      cwd: projectRoot,
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        PARALLAX_STORIES: resolve(storiesRoot),
        PARALLAX_CACHE_DIR: cacheDir ?? join(work, 'cache'),
        ...env,
      },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { outDir: target, log: stdout + stderr };
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`astro build failed for ${storiesRoot}:\n${failure.stdout ?? ''}${failure.stderr ?? failure.message}`);
  }
}

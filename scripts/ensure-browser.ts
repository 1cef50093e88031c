/**
 * `node scripts/ensure-browser.ts`: makes sure the browser tests have Debian's Chromium before `npm test` runs them.
 *
 * Playwright cannot download a browser build on these machines (only the npm registry and Debian's packages
 * answer), so the browser tests drive Debian's `chromium` package. When it is missing and this process may
 * install packages (root, with apt-get), it is installed with progress shown (about 20 s and a 113 MB download);
 * otherwise the script stops with the command to run. `CHROMIUM_PATH` points at another Chromium.
 * Chosen over an npm package that ships a browser: Debian's build is the one playwright-core 1.64 is built for
 * (Chromium 156), installs in seconds, and keeps 100+ MB of browser out of `node_modules`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH } from '../tests/helpers/chromium-path.ts';
import { planBrowserSetup } from './lib/browser-setup.ts';

/** Runs one command with its output shown; throws with the command when it fails. */
function run(command: string, args: readonly string[]): void {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (result.status !== 0) throw new Error(`"${[command, ...args].join(' ')}" failed (exit ${result.status ?? result.signal})`);
}

function main(): void {
  const plan = planBrowserSetup({
    chromiumPath: CHROMIUM_PATH,
    chromiumExists: existsSync(CHROMIUM_PATH),
    isRoot: typeof process.getuid === 'function' && process.getuid() === 0,
    hasAptGet: existsSync('/usr/bin/apt-get'),
  });
  if (plan.action === 'ready') return;
  if (plan.action === 'refuse') throw new Error(plan.message);
  console.log(`Chromium not found at ${CHROMIUM_PATH}: installing Debian's chromium for the browser tests (about 20 s) …`);
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium']);
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`apt-get installed chromium, but ${CHROMIUM_PATH} is still missing`);
  console.log(`Chromium installed at ${CHROMIUM_PATH}.`);
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}

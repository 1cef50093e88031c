/** What `npm test` does about the browser the browser tests drive. */
export type BrowserSetupPlan =
  | { readonly action: 'ready' }
  | { readonly action: 'install' }
  | { readonly action: 'refuse'; readonly message: string };

/** The facts the plan depends on, read from the machine by the caller. */
export interface BrowserSetupFacts {
  readonly chromiumPath: string;
  readonly chromiumExists: boolean;
  readonly isRoot: boolean;
  readonly hasAptGet: boolean;
}

/** Debian's path of its `chromium` package: the only Chromium this script installs. */
export const DEBIAN_CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Decides whether the browser is ready, can be installed from Debian's packages (root with apt-get, and the
 * path is Debian's), or must be installed by the user, with the command to run.
 */
export function planBrowserSetup(facts: BrowserSetupFacts): BrowserSetupPlan {
  if (facts.chromiumExists) return { action: 'ready' };
  if (facts.chromiumPath === DEBIAN_CHROMIUM_PATH && facts.isRoot && facts.hasAptGet) return { action: 'install' };
  const how =
    facts.chromiumPath !== DEBIAN_CHROMIUM_PATH
      ? `CHROMIUM_PATH names ${facts.chromiumPath}, which does not exist: point it at a Chromium binary`
      : facts.hasAptGet
        ? 'run "sudo apt-get install -y chromium" (this user may not install packages)'
        : 'install Chromium and set CHROMIUM_PATH to its binary';
  return { action: 'refuse', message: `Chromium not found at ${facts.chromiumPath}; the browser tests need it: ${how}, then run npm test again.` };
}

import { describe, expect, it } from 'vitest';
import { planBrowserSetup } from '../../scripts/lib/browser-setup.ts';

const missing = { chromiumPath: '/usr/bin/chromium', chromiumExists: false, isRoot: true, hasAptGet: true };

describe('the browser set-up before npm test', () => {
  it('does nothing when Chromium is there', () => {
    expect(planBrowserSetup({ ...missing, chromiumExists: true })).toEqual({ action: 'ready' });
  });

  it("installs Debian's chromium when it is missing and root may use apt-get", () => {
    expect(planBrowserSetup(missing)).toEqual({ action: 'install' });
  });

  it('tells a user who may not install packages the command to run', () => {
    const plan = planBrowserSetup({ ...missing, isRoot: false });
    expect(plan).toEqual({ action: 'refuse', message: expect.stringContaining('sudo apt-get install -y chromium') });
  });

  it('never installs anything for a CHROMIUM_PATH that is not Debian\'s and says which path is missing', () => {
    const plan = planBrowserSetup({ ...missing, chromiumPath: '/opt/chrome/chrome' });
    expect(plan).toEqual({ action: 'refuse', message: expect.stringContaining('/opt/chrome/chrome') });
  });

  it('asks for a Chromium and CHROMIUM_PATH on a machine without apt-get', () => {
    const plan = planBrowserSetup({ ...missing, hasAptGet: false });
    expect(plan).toEqual({ action: 'refuse', message: expect.stringContaining('set CHROMIUM_PATH') });
  });
});

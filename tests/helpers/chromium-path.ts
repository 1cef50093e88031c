/** Debian's Chromium, which `npm test` installs when missing (`scripts/ensure-browser.ts`); `CHROMIUM_PATH` overrides it. */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

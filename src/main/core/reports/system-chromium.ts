/**
 * The system Chromium every headless run starts (browser-mode PDF export, tests, benchmarks):
 * `npx playwright install` cannot download browsers on the networks this app is built on.
 */
export const SYSTEM_CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * No sandbox (CI containers run as root), no GPU, no traffic of its own. And no omnibox popup:
 * Chromium builds the address bar's popup as a web page for every new window, some 360 module
 * loads, and each page Playwright opens is a new window. On two cores that made every PDF print
 * about a third slower and ran beside the first paint of any page being measured.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-features=WebUIOmniboxPopup',
];

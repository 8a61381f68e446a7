// The browser every measurement uses: Debian's Chromium, headless, with the flags that keep
// it from doing anything in the background that would show up in the figures.

import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for any headless run, Playwright's or Lighthouse's (which adds --headless itself). */
export const QUIET_FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export const DESKTOP_VIEWPORT = { width: 1280, height: 900 };

export function launchChromium() {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: QUIET_FLAGS });
}

/** A fresh profile (no cache, no cookies) so that every load is a first load. */
export function freshContext(browser) {
  return browser.newContext({ viewport: DESKTOP_VIEWPORT });
}

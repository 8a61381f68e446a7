// The browser every measurement uses: Debian's Chromium, headless, with the flags that keep
// it from doing anything in the background that would show up in the figures.

import { chromium } from 'playwright-core';

import { CHROMIUM_ARGS } from '../../scripts/local-browsing.mjs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const DESKTOP_VIEWPORT = { width: 1280, height: 900 };

export function launchChromium() {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** A fresh profile (no cache, no cookies) so that every load is a first load. */
export function freshContext(browser) {
  return browser.newContext({ viewport: DESKTOP_VIEWPORT });
}

// Shared set-up for the end-to-end tests: the built site served by a plain static server
// under a sub-path, Debian's Chromium driven by playwright-core, and a record of everything
// that went wrong on a page (console errors, uncaught exceptions, failed requests).

import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { after, before } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

import { CHROMIUM_ARGS, freePort } from '../scripts/local-browsing.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
export const SITE = process.env.E2E_SITE ?? `${repo}target/site-e2e`;
export const MOUNT = process.env.E2E_MOUNT ?? '/timeline/';
export const ARTIFACTS = `${repo}e2e/artifacts`;
mkdirSync(ARTIFACTS, { recursive: true });

/** The timeline's data, as the tests' expectations. */
export const data = JSON.parse(readFileSync(new URL('../assets/timeline.json', import.meta.url), 'utf8'));
export const TOTAL = data.entries.length;
export const bySlug = Object.fromEntries(data.entries.map((entry) => [entry.slug, entry]));

/** Starts the static server and Chromium; returns what the tests need and a stop(). */
export async function start() {
  const port = await freePort();
  const server = spawn('python3', [`${repo}scripts/static_server.py`, '--root', SITE, '--mount', MOUNT, '--port', String(port)], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    try {
      const response = await fetch(`${origin}${MOUNT}`);
      if (response.ok) break;
    } catch (error) {
      if (attempt > 100) throw new Error(`the static server did not start: ${error}`);
    }
    await sleep(100);
  }
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  return {
    browser,
    origin,
    url: (path = '') => `${origin}${MOUNT}${path}`,
    async stop() {
      await browser.close();
      server.kill();
    },
  };
}

/**
 * Starts the site before a test file's tests and stops it after them. The returned object
 * is filled in once the site is up, so tests read it when they run.
 */
export function useSite() {
  const site = {};
  before(async () => { Object.assign(site, await start()); });
  after(async () => { await site.stop?.(); });
  return site;
}

/** A new browser context (with `contextOptions`) and a recording page open on `path`. */
export async function fresh(site, path = '', { contextOptions = {}, ...pageOptions } = {}) {
  const context = await site.browser.newContext(contextOptions);
  const opened = await openPage(context, site.url(path), pageOptions);
  return { context, ...opened };
}

/**
 * Opens a page that records its problems. `problems` lists console errors and warnings,
 * uncaught exceptions and failed requests (a 404 for a page we asked to be missing is not a
 * failure of a request the page itself made, so only sub-resources count).
 */
export async function openPage(context, url, { width = 1280, height = 900 } = {}) {
  const page = await context.newPage();
  await page.setViewportSize({ width, height });
  const problems = [];
  page.on('console', (message) => {
    if (!['error', 'warning'].includes(message.type())) return;
    // Chromium logs a missing page's own 404 as a console error; a missing *page* is what
    // some tests ask for, and its status is asserted by those tests, so only sub-resources count.
    const isDocumentStatus = message.text().startsWith('Failed to load resource') && message.location().url === page.url();
    if (!isDocumentStatus) problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`));
  page.on('response', (response) => {
    if (response.status() >= 400 && response.request().resourceType() !== 'document') {
      problems.push(`HTTP ${response.status()}: ${response.url()}`);
    }
  });
  const response = url ? await goto(page, url) : null;
  return { page, problems, status: response?.status() };
}

/** Delays the app's wasm in `context` by `ms`, so a test can act on the page before the app starts. */
export async function holdWasm(context, ms) {
  await context.route('**/*.wasm', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await route.continue();
  });
}

/** Navigates and waits until the app has started. */
export async function goto(page, url) {
  const response = await page.goto(url);
  await appStarted(page);
  return response;
}

/**
 * Waits until the app has mounted, taken over every part of a pre-rendered page, and run its
 * first effects. The loader sets window.wasmBindings once the module has run; the module
 * mounts the app in a timer task of its own, and a zero-delay timer queued later runs after
 * it (timers of equal delay keep their order). A pre-rendered page is taken over in turns,
 * with the app's root marked busy until the last one.
 */
export async function appStarted(page) {
  await page.waitForFunction(() => window.wasmBindings !== undefined, null, { timeout: 20_000 });
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), null, { timeout: 20_000 });
  await settle(page);
}

/** Lets effects and the renders they cause finish: two frames. */
export async function settle(page) {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

export async function screenshot(page, name) {
  // Smooth scrolling may still be under way; a picture mid-scroll shows half-painted areas.
  // Polled from here rather than in the page, which may have JavaScript disabled.
  for (let tries = 0, last = -1; tries < 20; tries++) {
    const at = await page.evaluate(() => scrollY);
    if (at === last) break;
    last = at;
    await sleep(150);
  }
  await page.screenshot({ path: `${ARTIFACTS}/${name}.png`, fullPage: false });
}

export const entries = (page) => page.getByRole('article');

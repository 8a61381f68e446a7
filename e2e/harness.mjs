// Shared set-up for the end-to-end tests: the built site served by a plain static server
// under a sub-path, Debian's Chromium driven by playwright-core, a record of everything that
// went wrong on a page (console errors, uncaught exceptions, failed requests), and waits for
// the state a test needs instead of fixed pauses.
//
// Nothing here may hang: the server start-up is a bounded number of attempts, every test made
// with this file's `test` has a time limit, and every wait for a state has one and says, when it
// runs out, what did not happen.

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { after, before, describe, test as nodeTest } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

import { CHROMIUM_ARGS, freePort } from '../scripts/local-browsing.mjs';
import { title } from './data.mjs';

/** The checkout, ending in a slash. */
export const REPO = fileURLToPath(new URL('..', import.meta.url));
export const SITE = process.env.E2E_SITE ?? `${REPO}target/site-e2e`;
export const MOUNT = process.env.E2E_MOUNT ?? '/timeline/';
export const ARTIFACTS = `${REPO}e2e/artifacts`;
mkdirSync(ARTIFACTS, { recursive: true });

/** How long any wait for a state may take before it fails (a slow machine gets this long). */
export const WAIT_MS = Number(process.env.E2E_WAIT_MS ?? 15_000);
/** How long one test may take in all. */
export const TEST_TIMEOUT_MS = Number(process.env.E2E_TEST_TIMEOUT_MS ?? 120_000);
/** How long starting the static server and Chromium may take. */
const START_TIMEOUT_MS = 60_000;
/** The static server gets this many tries, `SERVER_POLL_MS` apart, to answer with 200. */
const SERVER_ATTEMPTS = 100;
const SERVER_POLL_MS = 100;

export { describe };

/**
 * node:test's `test` with a time limit by default (`TEST_TIMEOUT_MS`), so that a test stuck on
 * something that never happens fails instead of hanging the run. Same arguments as node:test's.
 */
export function test(name, options, fn) {
  if (typeof options === 'function') [fn, options] = [options, {}];
  return nodeTest(name, { timeout: TEST_TIMEOUT_MS, ...options }, fn);
}

/**
 * Waits for the static server (the child process `server`) to answer `url` with 200, at most
 * `attempts` times `pollMs` apart; fails saying what it answered instead, or that it stopped.
 */
export async function serverAnswered(server, url, { attempts = SERVER_ATTEMPTS, pollMs = SERVER_POLL_MS } = {}) {
  const how = (code, signal) => (signal ? `signal ${signal}` : `exit code ${code}`);
  let exit = server.exitCode !== null || server.signalCode !== null ? how(server.exitCode, server.signalCode) : null;
  server.once('exit', (code, signal) => { exit = how(code, signal); });
  let last = 'nothing yet';
  for (let attempt = 1; attempt <= attempts; attempt++) {
    if (exit !== null) throw new Error(`the static server stopped (${exit}) before answering ${url}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer();
      if (response.status === 200) return;
      last = `HTTP ${response.status} ${response.statusText}`;
    } catch (error) {
      last = `${error.cause?.code ?? error.name}: ${error.cause?.message ?? error.message}`;
    }
    await sleep(pollMs);
  }
  throw new Error(`the static server did not answer ${url} with 200 after ${attempts} attempts; the last answer was: ${last}`);
}

/**
 * Starts the static server and Chromium; returns what the tests need and a stop().
 * `singleNotFoundPage`: the host answers every missing path with the site's top 404.html, as
 * GitHub Pages does, instead of the nearest one up the path's folders.
 */
export async function start({ singleNotFoundPage = false } = {}) {
  if (!existsSync(`${SITE}/index.html`)) {
    throw new Error(`there is no built site in ${SITE} (no index.html): build it with PUBLIC_URL=${MOUNT} bash scripts/build.sh ${SITE}`);
  }
  const empty = readdirSync(SITE).filter((name) => /\.(wasm|js)$/.test(name) && statSync(`${SITE}/${name}`).size === 0);
  if (empty.length > 0) throw new Error(`the built site in ${SITE} is broken: ${empty.join(', ')} ${empty.length === 1 ? 'is' : 'are'} empty; build it again`);
  const port = await freePort();
  const options = singleNotFoundPage ? ['--single-404'] : [];
  const server = spawn('python3', [`${REPO}scripts/static_server.py`, '--root', SITE, '--mount', MOUNT, '--port', String(port), ...options], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const origin = `http://127.0.0.1:${port}`;
  let browser;
  try {
    await serverAnswered(server, `${origin}${MOUNT}`);
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, timeout: 30_000 });
  } catch (error) {
    server.kill();
    throw error;
  }
  return {
    browser,
    origin,
    url: (path = '') => `${origin}${MOUNT}${path}`,
    /** A new browser context that waits at most `WAIT_MS` for anything and records the app's start. */
    async newContext(options = {}) {
      const context = await browser.newContext(options);
      context.setDefaultTimeout(WAIT_MS);
      context.setDefaultNavigationTimeout(WAIT_MS * 2);
      await context.addInitScript(recordStart);
      return context;
    },
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
export function useSite(options = {}) {
  const site = {};
  before(async () => { Object.assign(site, await start(options)); }, { timeout: START_TIMEOUT_MS });
  after(async () => { await site.stop?.(); }, { timeout: START_TIMEOUT_MS });
  return site;
}

/** A new browser context (with `contextOptions`) and a recording page open on `path`. */
export async function fresh(site, path = '', { contextOptions = {}, ...pageOptions } = {}) {
  const context = await site.newContext(contextOptions);
  const opened = await openPage(context, site.url(path), pageOptions);
  return { context, ...opened };
}

/**
 * Opens a page that records its problems. `problems` lists console errors and warnings,
 * uncaught exceptions and failed requests (a 404 for a page we asked to be missing is not a
 * failure of a request the page itself made, so only sub-resources count). With a `url`, it
 * waits until the app has started unless `waitForApp` is false.
 */
export async function openPage(context, url, { width, height, waitForApp = true } = {}) {
  const page = await context.newPage();
  if (width && height) await page.setViewportSize({ width, height });
  const problems = [];
  page.on('console', (message) => {
    if (!['error', 'warning'].includes(message.type())) return;
    // Chromium logs a missing page's own 404 as a console error; a missing *page* is what
    // some tests ask for, and its status is asserted by those tests, so only sub-resources count.
    const isDocumentStatus = message.text().startsWith('Failed to load resource') && message.location().url === page.url();
    if (!isDocumentStatus) problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  // A request the browser cancels because the test itself navigated away (the favicon of the
  // page being left, typically) is not a failure of either page; any other failure is.
  // Chromium asks for the icon again when a page changes its address (history.pushState), and
  // the event for that request can reach the test after the one for the navigation that
  // cancels it: an icon request cancelled once the test has navigated counts as left behind.
  let navigations = 0;
  const startedDuring = new WeakMap();
  page.on('request', (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) navigations += 1;
    startedDuring.set(request, navigations);
  });
  page.on('requestfailed', (request) => {
    const errorText = request.failure()?.errorText;
    const isIcon = /\/favicon-[0-9a-f]+\.svg$/.test(new URL(request.url()).pathname);
    const leftBehind = errorText === 'net::ERR_ABORTED' && !request.isNavigationRequest()
      && (startedDuring.get(request) < navigations || (isIcon && navigations > 1));
    if (!leftBehind) problems.push(`request failed: ${request.url()} ${errorText}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && response.request().resourceType() !== 'document') {
      problems.push(`HTTP ${response.status()}: ${response.url()}`);
    }
  });
  let response = null;
  if (url) {
    response = await page.goto(url);
    if (waitForApp) await appStarted(page);
  }
  return { page, problems, status: response?.status() };
}

/**
 * Holds every WebAssembly request in `context` until the test calls `release()`, so that a
 * test can look at and act on the page before the app starts. `requested` resolves once the
 * page has asked for the WebAssembly (the loader asks after the first paint).
 */
export async function holdWasm(context) {
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  let requested;
  const asked = new Promise((resolve) => { requested = resolve; });
  await context.route('**/*.wasm', async (route) => {
    requested();
    await released;
    await route.continue().catch(() => {}); // the context may be closed by then
  });
  return { release: () => release(), requested: asked };
}

/**
 * A context whose pages may write to the clipboard, recording each text written in
 * `window.copied`: the site's Permissions-Policy forbids reading the clipboard in its pages
 * (clipboard-read=()), so what a page copies is recorded on its way there.
 */
export async function clipboardRecordingContext(site) {
  const context = await site.newContext();
  await context.grantPermissions(['clipboard-write'], { origin: site.origin });
  await context.addInitScript(() => {
    window.copied = [];
    const write = navigator.clipboard.writeText.bind(navigator.clipboard);
    navigator.clipboard.writeText = (text) => write(text).then(() => { window.copied.push(text); });
  });
  return context;
}

/** Navigates and waits until the app has started. */
export async function goto(page, url) {
  const response = await page.goto(url);
  await appStarted(page);
  return response;
}

/**
 * Runs in every page of a context made by `site.newContext()`, before the page's own scripts:
 * notes when the app has mounted. The loader sets `window.wasmBindings` once the module has
 * run; the module then mounts the app in a task of its own, queued with a message to itself
 * (`browser::in_next_task`). A message queued here when `wasmBindings` is set arrives after
 * that one: by then the app has mounted, and a pre-rendered page taken over in turns has its
 * root marked `aria-busy="true"` until the last turn. Without this note, the moment between
 * `wasmBindings` and the mount (no `aria-busy` yet) would look like the end.
 */
function recordStart() {
  if (window.e2eStart) return;
  const state = { bindings: false, mounted: false, busySeen: false };
  window.e2eStart = state;
  Object.defineProperty(window, 'wasmBindings', {
    configurable: true,
    get: () => undefined,
    set(bindings) {
      Object.defineProperty(window, 'wasmBindings', { value: bindings, writable: true, configurable: true });
      state.bindings = true;
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { state.mounted = true; channel.port1.close(); };
      channel.port2.postMessage(null);
    },
  });
  new MutationObserver(() => { state.busySeen = true; })
    .observe(document, { subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
}

/**
 * Waits until `predicate(arg)`, run in the page, is truthy; if it is not within `timeout`,
 * fails with `message` and what `actual(arg)` (run in the page) says about the state instead.
 */
export async function until(page, predicate, arg, { message, actual, timeout = WAIT_MS } = {}) {
  try {
    return await page.waitForFunction(predicate, arg, { timeout, polling: 'raf' });
  } catch (error) {
    if (error.name !== 'TimeoutError') throw error;
    const state = actual ? await page.evaluate(actual, arg).catch((e) => `(could not read: ${e.message})`) : undefined;
    throw new assert.AssertionError({
      message: `${message ?? 'the expected state'} did not happen within ${timeout} ms${state === undefined ? '' : `; instead: ${JSON.stringify(state)}`}`,
      actual: state,
      expected: arg,
      operator: 'until',
    });
  }
}

/**
 * Waits until the app has mounted and taken over every part of the pre-rendered page: the
 * loader has set window.wasmBindings, the app has mounted (see `recordStart`), and no element
 * is marked `aria-busy` (the app marks its root while it takes the page over in turns).
 */
export async function appStarted(page, { timeout = WAIT_MS * 2 } = {}) {
  // Stops waiting as soon as the page says that the app could not start (assets/boot.js).
  const failed = () => [...document.querySelectorAll('[role="alert"]')].map((alert) => alert.textContent)
    .find((text) => text.includes('could not start') || text.includes('시작되지 않았거나')) ?? null;
  const state = () => ({
    wasmBindings: window.wasmBindings === undefined ? 'undefined' : 'set',
    mounted: window.e2eStart?.mounted ?? 'not recorded: open the page in a context from site.newContext()',
    takeOverBegun: window.e2eStart?.busySeen,
    busy: [...document.querySelectorAll('[aria-busy="true"]')].map((element) => element.id || element.tagName),
  });
  await until(page, () => (window.wasmBindings !== undefined && window.e2eStart?.mounted === true
    && !document.querySelector('[aria-busy="true"]'))
    || [...document.querySelectorAll('[role="alert"]')].some((alert) => /could not start|시작되지 않았거나/.test(alert.textContent)), null, {
    timeout,
    message: 'the app starting (window.wasmBindings set, the app mounted, no [aria-busy])',
    actual: state,
  });
  const failure = await page.evaluate(failed);
  if (failure !== null) {
    throw new assert.AssertionError({
      message: `the app did not start: the page shows its failure alert (“${failure}”); the console may say why`,
      actual: await page.evaluate(state),
      operator: 'appStarted',
    });
  }
}

/** The ids of the entries on the page, in order. */
export function shownSlugs(page) {
  return page.evaluate(() => [...document.querySelectorAll('article')].map((article) => article.id));
}

/**
 * Waits until the page shows exactly the entries `expected` (slugs, in order); fails with
 * both lists when it does not.
 */
export async function expectShown(page, expected, what = 'the shown entries') {
  try {
    await page.waitForFunction((want) => JSON.stringify([...document.querySelectorAll('article')].map((a) => a.id)) === want,
      JSON.stringify(expected), { timeout: WAIT_MS, polling: 'raf' });
  } catch (error) {
    if (error.name !== 'TimeoutError') throw error;
    assert.deepEqual(await shownSlugs(page), expected, `${what}: after ${WAIT_MS} ms the page shows other entries than expected`);
  }
}

/** Waits until the page's address matches `pattern`; fails with the address it has instead. */
export async function expectUrl(page, pattern, what = 'the address') {
  try {
    await page.waitForFunction((source) => new RegExp(source).test(location.href), pattern.source, { timeout: WAIT_MS, polling: 'raf' });
  } catch (error) {
    if (error.name !== 'TimeoutError') throw error;
    assert.match(page.url(), pattern, `${what}: after ${WAIT_MS} ms`);
  }
}

/** Waits until the element with `id` has keyboard focus; fails naming what has it instead. */
export async function expectFocus(page, id, what = `focus on #${id}`) {
  await until(page, (want) => document.activeElement?.id === want, id, {
    message: what,
    actual: () => {
      const active = document.activeElement;
      return active ? `${active.tagName.toLowerCase()}#${active.id} “${(active.textContent ?? '').trim().slice(0, 40)}”` : null;
    },
  });
}

/** Waits until `locator`'s element has keyboard focus. */
export async function expectFocused(locator, what = 'focus on the element') {
  const page = locator.page();
  const handle = await locator.elementHandle();
  await until(page, (element) => document.activeElement === element, handle, {
    message: what,
    actual: () => {
      const active = document.activeElement;
      return active ? `${active.tagName.toLowerCase()}#${active.id} “${(active.textContent ?? '').trim().slice(0, 40)}”` : null;
    },
  });
}

/** Waits until smooth scrolling has come to rest: the scroll position stays put for three frames. */
export async function scrollSettled(page) {
  const token = Math.random();
  await until(page, (mark) => {
    if (window.e2eScroll?.mark !== mark) window.e2eScroll = { mark, at: Number.NaN, still: 0 };
    const state = window.e2eScroll;
    state.still = state.at === scrollY ? state.still + 1 : 0;
    state.at = scrollY;
    return state.still >= 3;
  }, token, { message: 'scrolling coming to rest', actual: () => scrollY });
}

/** A screenshot of the viewport into e2e/artifacts/NAME.png, once scrolling has come to rest. */
export async function screenshot(page, name) {
  // Smooth scrolling may still be under way; a picture mid-scroll shows half-painted areas.
  // Polled from here rather than in the page, which may have JavaScript disabled.
  let last = await page.evaluate(() => scrollY).catch(() => null);
  for (let tries = 0; tries < 50; tries++) {
    await page.waitForTimeout(100);
    const at = await page.evaluate(() => scrollY).catch(() => null);
    if (at === last) break;
    last = at;
  }
  await page.screenshot({ path: `${ARTIFACTS}/${name}.png`, fullPage: false });
}

export const entries = (page) => page.getByRole('article');
/** An entry's article, by its title (the article's accessible name) in `language`. */
export const article = (page, slug, language = 'en') => page.getByRole('article', { name: title(slug, language), exact: true });

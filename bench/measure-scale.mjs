// Scale: the app built against a generated data set, beside the vanilla baseline with the
// same entries, in Chromium on the machine that runs it (no throttling).
//
//   node bench/measure-scale.mjs --data DATA.json --app SITE --baseline FOLDER --name scale-N [--loads N]
//
// For each page, a few fresh loads (alternating app and baseline; --loads, default 3) give the
// time to the first entry visible and to interactive (see lib/page-probes.mjs); the last load
// then makes CHANGES real clicks on the kind filters, each timed from the click to the
// painted result. With the article's data and the release site, "interactive" is the figure
// for a change that defers the WebAssembly: how much later the real home page answers.

import { freshContext, launchChromium } from './lib/chromium.mjs';
import { installProbes } from './lib/page-probes.mjs';
import { main, writeResult } from './lib/results.mjs';
import { serve } from './lib/server.mjs';
import { english, readTimeline, shownByDefault } from './lib/timeline-data.mjs';

const DEFAULT_LOADS = 3;
const CHANGES = 20;
const LOAD_TIMEOUT_MS = 240_000;
const CHANGE_TIMEOUT_MS = 90_000;

/**
 * The filter changes to time, from the state the interactive probe leaves (the first kind
 * alone checked): uncheck it, check the next kind, uncheck that, … so that half the changes
 * narrow the timeline to one kind (`kind`) and half clear the filter again (`kind: null`).
 */
function filterChanges(data, count) {
  const changes = [];
  for (let i = 0; changes.length < count; i++) {
    const kind = data.kinds[i % data.kinds.length];
    const next = data.kinds[(i + 1) % data.kinds.length];
    changes.push({ label: english(kind.label), kind: null });
    changes.push({ label: english(next.label), kind: next.id });
  }
  return changes.slice(0, count);
}

const startsWith = (text) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

/**
 * Lets one change's trailing work (effects, timers it set) run before the next change, so it
 * is not timed with it: two frames and then a tenth of a second. (requestIdleCallback would
 * say it more directly, but in headless Chromium it waits for its time-out on a page that
 * draws nothing, such as the baseline.)
 */
const settle = (page) => page.evaluate(() => new Promise((resolve) => {
  requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 100)));
}));

async function waitFor(page, problems, predicate, arg, timeout, what) {
  const deadline = Date.now() + timeout;
  for (;;) {
    // A page that failed (an uncaught error, a panic) will not get there: say why at once.
    if (problems.length) throw new Error(`${what}: the page failed: ${problems.join('; ')}`);
    if (await page.evaluate(predicate, arg)) return;
    if (Date.now() > deadline) {
      const state = await page.evaluate(() => JSON.stringify(window.__bench));
      throw new Error(`${what} did not happen within ${timeout / 1000} s (probe state: ${state})`);
    }
    await page.waitForTimeout(100);
  }
}

async function load(browser, url, probeSettings) {
  const context = await freshContext(browser);
  await context.addInitScript(installProbes, probeSettings);
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => { if (message.type() === 'error') problems.push(message.text().split('\n')[0]); });
  await page.goto(url, { waitUntil: 'commit', timeout: LOAD_TIMEOUT_MS });
  await waitFor(page, problems, () => window.__bench.interactive !== null && window.__bench.firstEntry !== null, null, LOAD_TIMEOUT_MS, `${url}: interactive`);
  const { firstEntry, interactive, shownAtStart } = await page.evaluate(() => window.__bench);
  return { context, page, problems, firstEntry, interactive, shownAtStart };
}

async function timeFilterChanges({ page, problems }, changes) {
  await settle(page);
  for (const [index, change] of changes.entries()) {
    const what = `filter change ${index + 1} (${change.label})`;
    await page.evaluate((kind) => { window.__bench.expect = { kind }; }, change.kind);
    await page.getByRole('checkbox', { name: startsWith(change.label) }).first().click({ timeout: CHANGE_TIMEOUT_MS });
    await waitFor(page, problems, (count) => window.__bench.latencies.length === count || window.__bench.error !== null, index + 1, CHANGE_TIMEOUT_MS, what);
    const error = await page.evaluate(() => window.__bench.error);
    if (error) throw new Error(`${what}: ${error}`);
    await settle(page);
  }
  return page.evaluate(() => window.__bench.latencies);
}

main(async (args) => {
  const data = shownByDefault(readTimeline(args.data));
  const loads = Number(args.loads ?? DEFAULT_LOADS);
  if (!Number.isInteger(loads) || loads < 1) throw new Error(`--loads must be a whole number of at least 1, got ${args.loads}`);
  const probeSettings = {
    slugs: data.entries.map((entry) => entry.slug),
    kinds: data.entries.map((entry) => entry.kind),
    firstKind: { id: data.kinds[0].id, label: english(data.kinds[0].label) },
  };
  const changes = filterChanges(data, CHANGES);

  const pages = { app: await serve(args.app), baseline: await serve(args.baseline) };
  const browser = await launchChromium();
  const result = { entries: data.entries.length, chromium: browser.version(), loads, changes };
  try {
    // One unmeasured load each, so that the server has compressed the files and the disk
    // cache holds them before anything is timed.
    for (const server of Object.values(pages)) {
      const context = await freshContext(browser);
      await (await context.newPage()).goto(server.url(), { waitUntil: 'networkidle', timeout: LOAD_TIMEOUT_MS });
      await context.close();
    }
    for (const name of Object.keys(pages)) result[name] = { firstEntry: [], interactive: [], shownAtStart: [], latencies: [] };
    for (let run = 1; run <= loads; run++) {
      for (const [name, server] of Object.entries(pages)) {
        const loaded = await load(browser, server.url(), probeSettings);
        result[name].firstEntry.push(loaded.firstEntry);
        result[name].interactive.push(loaded.interactive);
        result[name].shownAtStart.push(loaded.shownAtStart);
        if (run === loads) result[name].latencies = await timeFilterChanges(loaded, changes);
        await loaded.context.close();
        console.log(`  ${data.entries.length} entries, ${name}, load ${run}: first entry ${loaded.firstEntry.toFixed(0)} ms, interactive ${loaded.interactive.toFixed(0)} ms`);
      }
    }
  } finally {
    await browser.close();
    for (const server of Object.values(pages)) await server.stop();
  }
  writeResult(args.name, result);
});

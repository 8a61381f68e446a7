// Writes the two pages the app is measured against, from one data file, so that all three
// show the same entries:
//
//   node bench/peers.mjs [DATA.json] OUT-FOLDER      (DATA: TIMELINE_DATA, else the article's)
//
// - OUT-FOLDER/timelinejs/: TimelineJS (the npm package pinned in bench/package.json, its own
//   dist files served from this folder, nothing from a CDN) with one slide per entry. Set up as
//   its documentation shows for self-hosting: its stylesheet and script in the head, the data
//   inline. Its entry page is its own permalink to an event, `#event-<slug>` (hash_bookmark).
// - OUT-FOLDER/limit/: the limit, what no page that shows these entries can beat by much: the
//   entries as static HTML, one stylesheet, no script. Its entry page is an anchor on the same
//   page, `#<slug>`: like the app's entry page, the whole timeline scrolled to that entry.
//
// Neither page loads a web font: the app does not either, and TimelineJS's default one
// comes from Google's CDN, so TimelineJS is told to keep to its stylesheet's system fonts.

import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { ENTRIES_STYLE, entryArticles, entryDetails, escapeHtml, namesOf } from './lib/entries-html.mjs';
import { english, readTimeline, shownByDefault } from './lib/timeline-data.mjs';

const TIMELINEJS_PACKAGE = fileURLToPath(new URL('node_modules/@knight-lab/timelinejs/', import.meta.url));
const SITE_TITLE = 'Korean peace timeline';
const SITE_DESCRIPTION = 'The chronology behind the question “Should the U.S. declare an end to the Korean War?”, from the 1953 armistice to the publications of 2024.';

/** TimelineJS's date object for a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date, at the same precision. */
function timelineJsDate(date) {
  const [year, month, day] = date.split('-').map(Number);
  return { year, ...(month && { month }), ...(day && { day }) };
}

export function timelineJsData(data) {
  const names = namesOf(data);
  return {
    title: { text: { headline: escapeHtml(SITE_TITLE), text: `<p>${escapeHtml(SITE_DESCRIPTION)}</p>` } },
    events: data.entries.map((item) => ({
      unique_id: item.slug,
      start_date: timelineJsDate(item.date),
      ...(item.end && { end_date: timelineJsDate(item.end) }),
      group: names.kind[item.kind],
      text: { headline: escapeHtml(english(item.title)), text: entryDetails(item, names, (slug) => `#event-${slug}`) },
    })),
  };
}

// Inline JSON must not close the script element it sits in.
const inlineJson = (value) => JSON.stringify(value).replaceAll('<', '\\u003c');

function timelineJsPage(data) {
  // script_path: where TimelineJS looks for its other files; its default is Knight Lab's CDN.
  // font: null keeps it from loading its default web font, also from a CDN.
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(SITE_TITLE)} (TimelineJS)</title>
<meta name="description" content="${escapeHtml(SITE_DESCRIPTION)}">
<link rel="icon" href="data:,">
<link title="timeline-styles" rel="stylesheet" href="timelinejs/css/timeline.css">
<script src="timelinejs/js/timeline.js"></script>
<style>html, body { margin: 0; } #timeline { width: 100%; height: 100vh; }</style>
</head>
<body>
<div id="timeline"></div>
<script>
window.timeline = new TL.Timeline('timeline', ${inlineJson(timelineJsData(data))}, {
  script_path: new URL('timelinejs/js/', document.baseURI).href,
  font: null,
  hash_bookmark: true,
});
</script>
</body>
</html>
`;
}

function limitPage(data) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(SITE_TITLE)} (plain HTML)</title>
<meta name="description" content="${escapeHtml(SITE_DESCRIPTION)}">
<link rel="icon" href="data:,">
<link rel="stylesheet" href="limit.css">
</head>
<body>
<h1>${escapeHtml(SITE_TITLE)}</h1>
<p>${escapeHtml(SITE_DESCRIPTION)}</p>
<main>
${entryArticles(data)}
</main>
</body>
</html>
`;
}

// The entry an entry page is for is marked, as the app marks it.
const LIMIT_STYLE = `${ENTRIES_STYLE}
article:target { border-left-color: #06c; }
`;

export function writePeers(data, outFolder) {
  const timelineJs = join(outFolder, 'timelinejs');
  mkdirSync(timelineJs, { recursive: true });
  // The whole dist folder but its demo pages, so that every path TimelineJS may derive from
  // script_path (its stylesheets, icon fonts, locales) is there.
  for (const part of ['js', 'css']) {
    cpSync(join(TIMELINEJS_PACKAGE, 'dist', part), join(timelineJs, 'timelinejs', part), { recursive: true });
  }
  writeFileSync(join(timelineJs, 'index.html'), timelineJsPage(data));

  const limit = join(outFolder, 'limit');
  mkdirSync(limit, { recursive: true });
  writeFileSync(join(limit, 'index.html'), limitPage(data));
  writeFileSync(join(limit, 'limit.css'), LIMIT_STYLE);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  if (args.length < 1 || args.length > 2) {
    console.error('usage: node bench/peers.mjs [DATA.json] OUT-FOLDER');
    process.exit(2);
  }
  const outFolder = args.pop();
  writePeers(shownByDefault(readTimeline(args[0])), outFolder);
}

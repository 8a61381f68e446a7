// Writes the vanilla baseline for a data file: the same entries as the app shows, as plain
// HTML, with kind filters and a few lines of JavaScript that toggle `hidden`. The scale runs
// measure it beside the app, so that "app ÷ baseline" tells what the app costs over the
// least a browser must do to show and filter the same content.
//
//   node bench/baseline.mjs DATA.json OUT-FOLDER

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { ENTRIES_STYLE, entryArticles, escapeHtml, namesOf } from './lib/entries-html.mjs';
import { readTimeline, shownByDefault } from './lib/timeline-data.mjs';

// The whole of the baseline's behaviour; it runs at the end of the body, after the entries.
const FILTER_SCRIPT = `
const boxes = [...document.querySelectorAll('#kinds input')];
const entries = [...document.querySelectorAll('article')];
document.getElementById('kinds').addEventListener('change', () => {
  const chosen = new Set(boxes.filter((box) => box.checked).map((box) => box.value));
  for (const entry of entries) entry.hidden = chosen.size > 0 && !chosen.has(entry.dataset.kind);
});`;

export function renderBaseline(data) {
  const names = namesOf(data);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Timeline baseline: ${data.entries.length} entries</title>
<link rel="icon" href="data:,">
<style>${ENTRIES_STYLE}</style>
</head>
<body>
<h1>Timeline baseline</h1>
<fieldset id="kinds"><legend>Kind of event</legend>
${data.kinds.map((kind) => `<label><input type="checkbox" value="${kind.id}"> ${escapeHtml(names.kind[kind.id])}</label>`).join('\n')}
</fieldset>
<main>
${entryArticles(data)}
</main>
<script>${FILTER_SCRIPT}
</script>
</body>
</html>
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dataFile, outFolder] = process.argv.slice(2);
  if (!dataFile || !outFolder) {
    console.error('usage: node bench/baseline.mjs DATA.json OUT-FOLDER');
    process.exit(2);
  }
  mkdirSync(outFolder, { recursive: true });
  writeFileSync(join(outFolder, 'index.html'), renderBaseline(shownByDefault(readTimeline(dataFile))));
}

// Writes the vanilla baseline for a data file: the same entries as the app shows, as plain
// HTML, with kind filters and a few lines of JavaScript that toggle `hidden`. The scale runs
// measure it beside the app, so that "app ÷ baseline" tells what the app costs over the
// least a browser must do to show and filter the same content.
//
//   node bench/baseline.mjs DATA.json OUT-FOLDER
//
// Each entry carries what the app's card shows: date, kind, title, summary, who was involved,
// the quotes with their speakers, the source section and the related entries.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const escape = (text) => String(text)
  .replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

// The whole of the baseline's behaviour; it runs at the end of the body, after the entries.
const FILTER_SCRIPT = `
const boxes = [...document.querySelectorAll('#kinds input')];
const entries = [...document.querySelectorAll('article')];
document.getElementById('kinds').addEventListener('change', () => {
  const chosen = new Set(boxes.filter((box) => box.checked).map((box) => box.value));
  for (const entry of entries) entry.hidden = chosen.size > 0 && !chosen.has(entry.dataset.kind);
});`;

const STYLE = `
body { font: 16px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 60rem; padding: 1rem; }
#kinds { display: flex; flex-wrap: wrap; gap: .25rem 1rem; }
article { border-left: 4px solid #888; margin: 1rem 0; padding-left: 1rem; }
blockquote { margin: .5rem 0 .5rem 1rem; font-style: italic; }`;

export function renderBaseline(data) {
  const kindLabel = Object.fromEntries(data.kinds.map((kind) => [kind.id, kind.label]));
  const actorName = Object.fromEntries(data.actors.map((actor) => [actor.id, actor.name]));
  const titleOf = Object.fromEntries(data.entries.map((entry) => [entry.slug, entry.title]));

  const entry = (item) => `<article id="${item.slug}" data-kind="${item.kind}">
<p><time datetime="${item.date}">${item.date}</time> · ${escape(kindLabel[item.kind])}</p>
<h3>${escape(item.title)}</h3>
<p>${escape(item.summary)}</p>
<p>Involved: ${item.actors.map((id) => escape(actorName[id])).join(', ')}</p>
${item.quotes.map((quote) => `<blockquote>“${escape(quote.text)}” <cite>${escape(actorName[quote.speaker])}</cite></blockquote>`).join('\n')}
<p>Source: ${escape(item.section)}</p>
<ul>${item.related.map((slug) => `<li><a href="#${slug}">${escape(titleOf[slug])}</a></li>`).join('')}</ul>
</article>`;

  let year = null;
  const body = data.entries.map((item) => {
    const heading = item.date.slice(0, 4) !== year ? `<h2>${(year = item.date.slice(0, 4))}</h2>\n` : '';
    return heading + entry(item);
  }).join('\n');

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Timeline baseline: ${data.entries.length} entries</title>
<link rel="icon" href="data:,">
<style>${STYLE}</style>
</head>
<body>
<h1>Timeline baseline</h1>
<fieldset id="kinds"><legend>Kind of event</legend>
${data.kinds.map((kind) => `<label><input type="checkbox" value="${kind.id}"> ${escape(kind.label)}</label>`).join('\n')}
</fieldset>
<main>
${body}
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
  writeFileSync(join(outFolder, 'index.html'), renderBaseline(JSON.parse(readFileSync(dataFile, 'utf8'))));
}

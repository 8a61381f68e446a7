// The timeline's entries as plain HTML, for the pages the app is measured against: the vanilla
// baseline of the scale runs, the plain-HTML limit page and the text of TimelineJS's slides.
// Each entry carries what the app's card shows: date, kind, title, summary, who was involved,
// the quotes with their speakers, the source section and the related entries.

import { english } from './timeline-data.mjs';

export const escapeHtml = (text) => String(text)
  .replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** The few rules both plain pages style their entries with. */
export const ENTRIES_STYLE = `
body { font: 16px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 60rem; padding: 1rem; }
#kinds { display: flex; flex-wrap: wrap; gap: .25rem 1rem; }
article { border-left: 4px solid #888; margin: 1rem 0; padding-left: 1rem; }
blockquote { margin: .5rem 0 .5rem 1rem; font-style: italic; }`;

/** What an entry's markup names by id: kinds' labels, actors' names and entries' titles, in English. */
export function namesOf(data) {
  return {
    kind: Object.fromEntries(data.kinds.map((kind) => [kind.id, english(kind.label)])),
    actor: Object.fromEntries(data.actors.map((actor) => [actor.id, english(actor.name)])),
    title: Object.fromEntries(data.entries.map((entry) => [entry.slug, english(entry.title)])),
  };
}

/**
 * Everything an entry shows below its date, kind and title. `relatedHref` makes the link to a
 * related entry from its slug (each page links entries its own way).
 */
export function entryDetails(item, names, relatedHref = (slug) => `#${slug}`) {
  return `<p>${escapeHtml(english(item.summary))}</p>
<p>Involved: ${item.actors.map((id) => escapeHtml(names.actor[id])).join(', ')}</p>
${item.quotes.map((quote) => `<blockquote>“${escapeHtml(english(quote.text))}” <cite>${escapeHtml(names.actor[quote.speaker])}</cite></blockquote>`).join('\n')}
<p>Source: ${escapeHtml(english(item.section))}</p>
<ul>${item.related.map((slug) => `<li><a href="${relatedHref(slug)}">${escapeHtml(names.title[slug])}</a></li>`).join('')}</ul>`;
}

/** Every entry as an <article> whose id is its slug, under a heading for each new year. */
export function entryArticles(data) {
  const names = namesOf(data);
  let year = null;
  return data.entries.map((item) => {
    const heading = item.date.slice(0, 4) !== year ? `<h2>${(year = item.date.slice(0, 4))}</h2>\n` : '';
    return `${heading}<article id="${item.slug}" data-kind="${item.kind}">
<p><time datetime="${item.date}">${item.date}</time> · ${escapeHtml(names.kind[item.kind])}</p>
<h3>${escapeHtml(english(item.title))}</h3>
${entryDetails(item, names)}
</article>`;
  }).join('\n');
}

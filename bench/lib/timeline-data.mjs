// Reading the timeline's data file from the benchmark's scripts, in a way that survives the
// coming change of its schema: text fields (an entry's title and summary, and perhaps kind
// labels, actor names and the like) become objects with one text per language, such as
// `"title": { "en": "...", "ko": "..." }`. Every script reads text through `english` and
// rewrites it through `mapText`, so both forms work.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ARTICLE_DATA = fileURLToPath(new URL('../../assets/timeline.json', import.meta.url));

// An entry the article dates to the day; any entry would do if it were ever removed.
const PREFERRED_ENTRY = 'singapore-summit';

/** A text field as English text: a plain string as it is, an object by its "en" text. */
export function english(field) {
  if (typeof field === 'string') return field;
  if (field && typeof field === 'object' && typeof field.en === 'string') return field.en;
  throw new Error(`expected a text or an object with an "en" text, got ${JSON.stringify(field)}`);
}

/** The same kind of field with `change` applied to its text (to each language's, for an object). */
export function mapText(field, change) {
  if (typeof field === 'string') return change(field);
  english(field);
  return Object.fromEntries(Object.entries(field).map(([language, text]) => [language, change(text)]));
}

/** The data file: `file`, else TIMELINE_DATA, else the article's. */
export function readTimeline(file = process.env.TIMELINE_DATA ?? ARTICLE_DATA) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/**
 * The data as the app shows it before any filter: background events (`"background": true`)
 * appear only when the reader asks for them, so the peers and the baseline, which must show
 * the same entries as the app, leave them out too.
 */
export function shownByDefault(data) {
  return { ...data, entries: data.entries.filter((entry) => !entry.background) };
}

/** The entry whose page the measurements open besides the home page. */
export function measuredEntry(data) {
  return data.entries.find((entry) => entry.slug === PREFERRED_ENTRY) ?? data.entries[0];
}

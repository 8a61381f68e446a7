// The timeline's data (assets/timeline.json) as the tests' expectations: which entries a
// filter shows, worked out here from the data, independently of the app's own code.

import { readFileSync } from 'node:fs';

export const data = JSON.parse(readFileSync(new URL('../assets/timeline.json', import.meta.url), 'utf8'));
export const bySlug = Object.fromEntries(data.entries.map((entry) => [entry.slug, entry]));
export const kindById = Object.fromEntries(data.kinds.map((kind) => [kind.id, kind]));
export const actorById = Object.fromEntries(data.actors.map((actor) => [actor.id, actor]));

/** An entry's, a kind's or an actor's text in `language`. */
export const text = (field, language = 'en') => (typeof field === 'string' ? field : field[language]);
export const title = (slug, language = 'en') => text(bySlug[slug].title, language);

export const firstYear = (entry) => Number(entry.date.slice(0, 4));
export const lastYear = (entry) => Number((entry.end ?? entry.date).slice(0, 4));

/** What free-text search looks through on a page in `language`, as the data gives it. */
function searchText(entry, language) {
  const parts = [text(entry.title, language), text(entry.summary, language), text(kindById[entry.kind].label, language)];
  parts.push(...entry.actors.map((id) => text(actorById[id].name, language)));
  for (const quote of entry.quotes ?? []) {
    parts.push(quote.text);
    if (language !== 'en' && quote.translation?.[language]) parts.push(quote.translation[language]);
    parts.push(text(actorById[quote.speaker].name, language));
  }
  return parts.join('\n').toLowerCase().normalize('NFC');
}

/**
 * The slugs of the entries a filter shows, in order: any of the `kinds`, any of the `actors`,
 * touching the years `from` to `to` (inclusive), containing every word of `text`, and, unless
 * `background`, only the main tier.
 */
export function expected({ kinds = [], actors = [], from, to, q = '', background = false, language = 'en' } = {}) {
  const words = q.toLowerCase().normalize('NFC').split(/\s+/).filter(Boolean);
  return data.entries.filter((entry) => (background || !entry.background)
    && (kinds.length === 0 || kinds.includes(entry.kind))
    && (actors.length === 0 || actors.some((actor) => entry.actors.includes(actor)))
    && (from === undefined || lastYear(entry) >= from)
    && (to === undefined || firstYear(entry) <= to)
    && words.every((word) => searchText(entry, language).includes(word)))
    .map((entry) => entry.slug);
}

/** Every entry of the main tier, as the timeline shows it unfiltered. */
export const MAIN = expected();
/** Every entry, background events included. */
export const ALL = expected({ background: true });
export const BACKGROUND = data.entries.filter((entry) => entry.background).map((entry) => entry.slug);

/** The years with entries and the runs of empty years between them, as the axis labels them. */
export function axisLabels({ background = false } = {}) {
  const years = [...new Set(data.entries.filter((entry) => background || !entry.background).map(firstYear))].sort();
  const labels = [];
  years.forEach((year, i) => {
    if (i > 0 && year > years[i - 1] + 1) {
      const [first, last] = [years[i - 1] + 1, year - 1];
      labels.push(first === last ? String(first) : `${first}–${last}`);
    }
    labels.push(String(year));
  });
  return labels;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A date of the data ("2018-06-12", "2018-10", "2018") as the English pages say it. */
export function dateInWords(date) {
  const [year, month, day] = date.split('-');
  return [day && String(Number(day)), month && MONTHS[Number(month) - 1], year].filter(Boolean).join(' ');
}

/** An entry's date or span as the English pages say it ("9–11 July 2024", "25 June 1950 – 27 July 1953"). */
export function whenInWords(entry) {
  if (!entry.end) return dateInWords(entry.date);
  const [start, end] = [entry.date.split('-'), entry.end.split('-')];
  const sameYear = start[0] === end[0];
  if (start.length === 3 && end.length === 3 && sameYear && start[1] === end[1]) {
    return `${Number(start[2])}–${dateInWords(entry.end)}`;
  }
  if (start.length === 3 && end.length === 3 && sameYear) {
    return `${Number(start[2])} ${MONTHS[Number(start[1]) - 1]} – ${dateInWords(entry.end)}`;
  }
  if (start.length === 2 && end.length === 2 && sameYear) return `${MONTHS[Number(start[1]) - 1]} – ${dateInWords(entry.end)}`;
  if (start.length === 1 && end.length === 1) return `${start[0]}–${end[0]}`;
  return `${dateInWords(entry.date)} – ${dateInWords(entry.end)}`;
}

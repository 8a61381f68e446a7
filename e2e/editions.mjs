// What the tests of the Korean and embedded editions share: the interface's words as the
// catalogues (src/i18n/en.rs, src/i18n/ko.rs) spell them, Korean dates worked out from the data
// independently of the app, axe, and a wait for an address given as a path and its parameters.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import { until } from './harness.mjs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The Korean interface, word for word as src/i18n/ko.rs has it. */
export const KO = {
  siteName: '한반도 평화 연대표',
  homeTitle: '한반도 평화 연대표: 1953년 정전협정부터 2024년까지',
  notFoundTitle: '페이지를 찾을 수 없음',
  otherLanguage: '이 페이지를 영어로 읽기',
  filterTheTimeline: '연대표 필터',
  search: '제목·요약·인용문 검색',
  countries: '국가',
  organisations: '기구',
  fromYear: '시작 연도',
  toYear: '끝 연도',
  matching: (matching, total) => `항목 ${total}개 중 ${matching}개`,
  clearAll: '필터 모두 지우기',
  filters: '필터',
  closeFilters: '필터 닫기',
  timeline: '연대표',
  showEarlier: '이전 항목 보기',
  showMore: '더 보기',
  noMatch: '이 필터에 맞는 항목이 없습니다.',
  copyLink: '링크 복사',
  linkCopied: '링크를 복사했습니다',
  translation: '번역',
  aboutThisLink: '이 링크에 대하여',
  dismiss: '닫기',
  linkProblems: '링크의 일부는 쓸 수 없었습니다:',
  unknownEntry: (slug) => `“${slug}”라는 항목은 없습니다. 링크가 잘못 입력됐거나 오래된 것일 수 있습니다. 아래에 전체 연대표가 있습니다.`,
  noPageAt: (path) => `“${path}”에는 페이지가 없습니다. 아래에 전체 연대표가 있습니다.`,
  unknownKind: (kind) => `알 수 없는 사건 종류 “${kind}”는 무시했습니다.`,
  unknownParameter: (key) => `알 수 없는 매개변수 “${key}”는 무시했습니다.`,
  notAYear: (parameter, value) => `“${parameter}=${value}”는 연도가 아니어서 무시했습니다.`,
  openFull: '전체 연대표 열기',
  embed: '퍼가기',
  embedThisView: '이 화면 퍼가기',
  embedTitle: '연대표 퍼가기',
  embedCode: '퍼가기 코드',
  copyCode: '코드 복사',
  searchOtherEdition: 'Search the English edition',
};

/** The English interface, word for word as src/i18n/en.rs has it. */
export const EN = {
  siteName: 'Korean peace timeline',
  homeTitle: 'Korean peace timeline: from the 1953 armistice to 2024',
  notFoundTitle: 'Page not found',
  otherLanguage: 'Read this page in Korean',
  filterTheTimeline: 'Filter the timeline',
  filters: 'Filters',
  closeFilters: 'Close filters',
  matching: (matching, total) => `${matching} of ${total} entries`,
  showEarlier: 'Show earlier entries',
  showMore: 'Show more',
  openFull: 'Open the full timeline',
  embed: 'Embed',
  embedThisView: 'Embed this view',
  embedTitle: 'Embed the timeline',
  embedCode: 'Embed code',
  copyCode: 'Copy code',
  searchOtherEdition: '한국어판에서 찾아보기',
};

/** Each language's name for itself: what the language switch says (the dataset's `own_name`). */
export const OWN_NAME = { en: 'English', ko: '한국어' };

/** A date of the data ("1953-07-27", "2018-10", "2018") as Korean writes it: "1953년 7월 27일". */
export function koreanDate(date) {
  const [year, month, day] = date.split('-').map(Number);
  return [`${year}년`, month && `${month}월`, day && `${day}일`].filter(Boolean).join(' ');
}

/**
 * An entry's date or span in Korean: what the ends share is said once, and a range takes the
 * tilde ("2024년 7월 9~11일", "2024년 6월 30일~7월 2일", "2019~2022년").
 */
export function koreanWhen(entry) {
  if (!entry.end) return koreanDate(entry.date);
  const [start, end] = [entry.date.split('-').map(Number), entry.end.split('-').map(Number)];
  const samePrecision = start.length === end.length;
  const sameYear = start[0] === end[0];
  if (samePrecision && sameYear && start.length === 3 && start[1] === end[1]) return `${start[0]}년 ${start[1]}월 ${start[2]}~${end[2]}일`;
  if (samePrecision && sameYear && start.length === 3) return `${start[0]}년 ${start[1]}월 ${start[2]}일~${end[1]}월 ${end[2]}일`;
  if (samePrecision && sameYear && start.length === 2) return `${start[0]}년 ${start[1]}~${end[1]}월`;
  if (samePrecision && start.length === 1) return `${start[0]}~${end[0]}년`;
  return `${koreanDate(entry.date)}~${koreanDate(entry.end)}`;
}

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A kind's or actor's checkbox in `scope` by its label. Its accessible name goes on with the
 * count (", 항목 3개"); `\b` cannot end a Hangul label, so the comma does.
 */
export const choice = (scope, label) => scope.getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(label)}\\s*,`) });

/** The button that opens the filters: "필터", "Filters (3)" (not the chips' "필터 빼기: …", nor "필터 닫기"). */
export const filtersButton = (scope, names) => scope.getByRole('button', { name: new RegExp(`^${escapeRegExp(names.filters)}( \\(\\d+\\))?$`) });

/** A context for axe: the site's Content Security Policy would refuse axe's injected script. */
export const axeContext = (site, options) => site.newContext({ bypassCSP: true, ...options });

/** Runs axe's WCAG 2.2 A and AA rules on the page or frame; returns its violations as readable lines. */
export async function axeViolations(page) {
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  }));
  return results.violations.flatMap((violation) => violation.nodes.map((node) =>
    `${violation.id} (${violation.impact}): ${node.target.join(' ')}: ${node.failureSummary.replace(/\s+/g, ' ')}`));
}

/**
 * Waits until the page's (or frame's) address is `pathname` with exactly the parameters
 * `params` (in any order: the order is the app's business, what they say is the reader's).
 */
export async function expectAddress(page, pathname, params = {}, what = 'the address') {
  const want = { pathname, params: Object.fromEntries(Object.entries(params).sort()) };
  await until(page, (expected) => {
    const params = Object.fromEntries([...new URLSearchParams(location.search)].sort());
    return location.pathname === expected.pathname && JSON.stringify(params) === JSON.stringify(expected.params);
  }, want, {
    message: `${what}: ${pathname}?${new URLSearchParams(params)}`,
    actual: () => location.href,
  });
}

/** How far the page scrolls sideways; 0 when it does not. */
export const sidewaysOverflow = (page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

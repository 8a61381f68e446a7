// The phone reader (issue 12): at 320 × 640 and 390 × 844 with touch, and at 1280 × 900, the
// page never scrolls sideways; on phones the timeline starts on the first screen, the filters
// open as a modal sheet from the filter bar, the filters in effect show as chips, and the axis
// fits with targets a finger can hit.

import assert from 'node:assert/strict';

import { MAIN, axisLabels, expected, firstYear, bySlug, title } from './data.mjs';
import {
  article, describe, expectFocus, expectFocused, expectShown, expectUrl, openPage, screenshot, scrollSettled, test, until, useSite,
} from './harness.mjs';

const site = useSite();

const PHONES = [
  { name: 'phone-320', width: 320, height: 640 },
  { name: 'phone-390', width: 390, height: 844 },
];
const DESKTOP = { name: 'desktop-1280', width: 1280, height: 900 };

/** A page at `size`, as a phone (touch, mobile viewport) unless it is the desktop. */
async function open(size, path = '', contextOptions = {}) {
  const phone = size !== DESKTOP;
  const context = await site.newContext({
    viewport: { width: size.width, height: size.height },
    ...(phone ? { isMobile: true, hasTouch: true } : {}),
    ...contextOptions,
  });
  const { page, problems } = await openPage(context, site.url(path));
  return { context, page, problems };
}

const filtersButton = (page) => page.getByRole('button', { name: /^Filters/ });
const sheet = (page) => page.getByRole('dialog', { name: 'Filter the timeline' });
const axis = (page) => page.getByRole('navigation', { name: 'Time axis' });

/** How far the document and the axis scroll sideways (0 when they do not). */
function overflow(page) {
  return page.evaluate(() => {
    const axisElement = document.querySelector('nav[aria-label="Time axis"]');
    return {
      document: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      axis: axisElement.scrollWidth - axisElement.clientWidth,
    };
  });
}

/** What the open sheet has done to the page: its modality, where focus is, what is inert. */
function sheetState(page) {
  return page.evaluate(() => {
    const dialog = document.querySelector('[role="dialog"][aria-modal="true"]');
    return {
      modal: dialog !== null,
      focusInside: dialog?.contains(document.activeElement) ?? false,
      timelineInert: document.querySelector('main .timeline-section').inert,
      axisInert: document.querySelector('nav[aria-label="Time axis"]').inert,
      headerInert: document.querySelector('header').closest('[inert]') !== null,
      filterBarInert: document.getElementById('filters-button').closest('[inert]') !== null,
    };
  });
}

async function openSheet(page) {
  await filtersButton(page).click();
  await sheet(page).waitFor();
  await until(page, () => document.querySelector('[role="dialog"]')?.contains(document.activeElement), null, {
    message: 'focus moving into the filters sheet',
    actual: () => document.activeElement?.outerHTML.slice(0, 80),
  });
}

async function expectSheetClosed(page) {
  await sheet(page).waitFor({ state: 'detached' });
  await expectFocused(filtersButton(page), 'focus back on the Filters button');
  const state = await sheetState(page);
  assert.deepEqual({ timelineInert: state.timelineInert, axisInert: state.axisInert, headerInert: state.headerInert, filterBarInert: state.filterBarInert },
    { timelineInert: false, axisInert: false, headerInert: false, filterBarInert: false }, 'the page is live again');
}

describe('no sideways scrolling, and the timeline on the first screen', () => {
  for (const size of [...PHONES, DESKTOP]) {
    test(`${size.width} × ${size.height}: neither the page nor the axis scrolls sideways, with the sheet open or closed`, async () => {
      const { context, page, problems } = await open(size);
      assert.deepEqual(await overflow(page), { document: 0, axis: 0 });
      await screenshot(page, `${size.name}-home`);
      if (size !== DESKTOP) {
        const first = article(page, MAIN[0]).getByRole('heading', { level: 3 });
        const box = await first.boundingBox();
        assert.ok(box.y >= 0 && box.y + box.height <= size.height,
          `the first entry's heading (${Math.round(box.y)} to ${Math.round(box.y + box.height)} px) is on the first screen (${size.height} px)`);
        await openSheet(page);
        assert.deepEqual(await overflow(page), { document: 0, axis: 0 });
        const sheetOverflow = await sheet(page).evaluate((element) => element.scrollWidth - element.clientWidth);
        assert.equal(sheetOverflow, 0, 'the sheet does not scroll sideways');
        await screenshot(page, `${size.name}-sheet`);
        await page.keyboard.press('Escape');
        await expectSheetClosed(page);
        await article(page, 'singapore-summit').scrollIntoViewIfNeeded();
        await screenshot(page, `${size.name}-entry`);
      } else {
        assert.equal(await filtersButton(page).count(), 0, 'the filters are beside the timeline, not behind a button');
        await page.getByRole('search', { name: 'Filter the timeline' }).waitFor();
      }
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});

describe('the filters sheet', () => {
  for (const size of PHONES) {
    test(`${size.width} px: the Filters button opens a modal dialog; Escape closes it and focus returns`, async () => {
      const { context, page, problems } = await open(size);
      assert.equal(await filtersButton(page).getAttribute('aria-expanded'), 'false');
      await openSheet(page);
      assert.deepEqual(await sheetState(page),
        { modal: true, focusInside: true, timelineInert: true, axisInert: true, headerInert: true, filterBarInert: true });
      await page.keyboard.press('Escape');
      await expectSheetClosed(page);
      assert.equal(await filtersButton(page).getAttribute('aria-expanded'), 'false');
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  test('Tab keeps focus inside the open sheet', async () => {
    const { context, page } = await open(PHONES[1]);
    await openSheet(page);
    for (let presses = 0; presses < 60; presses++) {
      await page.keyboard.press('Tab');
      assert.ok((await sheetState(page)).focusInside || await page.evaluate(() => document.activeElement === document.body),
        `focus left the sheet after ${presses + 1} Tab presses`);
    }
    await context.close();
  });

  test('the close button closes the sheet and focus returns to the Filters button', async () => {
    const { context, page, problems } = await open(PHONES[0]);
    await openSheet(page);
    await sheet(page).getByRole('button', { name: 'Close filters' }).click();
    await expectSheetClosed(page);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('choosing a kind in the sheet narrows the entries, writes the URL and updates the counts; "Show N entries" closes it', async () => {
    const { context, page, problems } = await open(PHONES[1]);
    await openSheet(page);
    const dialog = sheet(page);
    const summits = expected({ kinds: ['summit'] });
    await dialog.getByRole('button', { name: `Show ${MAIN.length} entries` }).waitFor();
    await dialog.getByRole('checkbox', { name: /^Summit/ }).check();
    await expectShown(page, summits);
    await expectUrl(page, /\/timeline\/\?kind=summit$/);
    await dialog.getByRole('status').filter({ hasText: `${summits.length} of ${MAIN.length} entries` }).waitFor();
    await dialog.getByRole('button', { name: `Show ${summits.length} entries` }).click();
    await expectSheetClosed(page);
    await expectShown(page, summits, 'after closing the sheet');
    assert.equal(await page.getByRole('status').filter({ hasText: / of \d+ entries$/ }).innerText(), `${summits.length} of ${MAIN.length} entries`);
    assert.match(await filtersButton(page).innerText(), /^Filters \(1\)$/, 'the button says how many filters are in effect');
    await screenshot(page, 'phone-390-filtered');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a chip in the filter bar removes its filter and keeps the others', async () => {
    const { context, page, problems } = await open(PHONES[0], '?kind=summit,publication&to=2018');
    await expectShown(page, expected({ kinds: ['summit', 'publication'], to: 2018 }));
    const chips = page.getByRole('list', { name: 'Active filters' }).getByRole('button');
    assert.deepEqual(await chips.evaluateAll((buttons) => buttons.map((button) => button.getAttribute('aria-label'))),
      ['Remove filter: Publication', 'Remove filter: Summit', 'Remove filter: To 2018']);
    await page.getByRole('button', { name: 'Remove filter: Summit' }).click();
    await expectShown(page, expected({ kinds: ['publication'], to: 2018 }));
    await expectUrl(page, /\?kind=publication&to=2018$/);
    await page.getByRole('button', { name: 'Remove filter: To 2018' }).click();
    await expectShown(page, expected({ kinds: ['publication'] }));
    await page.getByRole('button', { name: 'Remove filter: Publication' }).click();
    await expectShown(page, MAIN);
    await expectUrl(page, /\/timeline\/$/);
    assert.equal(await page.getByRole('list', { name: 'Active filters' }).count(), 0, 'no chips without filters');
    assert.equal(await filtersButton(page).innerText(), 'Filters');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('"/" on a phone opens the sheet with focus in the search field, and typing filters', async () => {
    const { context, page, problems } = await open(PHONES[1]);
    await page.keyboard.press('/');
    await sheet(page).waitFor();
    await expectFocused(sheet(page).getByRole('searchbox', { name: 'Search titles, summaries and quotes' }), 'focus in the search field');
    assert.equal((await sheetState(page)).timelineInert, true);
    await page.keyboard.type('singapore');
    await expectShown(page, expected({ q: 'singapore' }));
    await page.keyboard.press('Escape');
    await expectSheetClosed(page);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('widening the window past the phone layout closes the sheet and frees the page', async () => {
    const { context, page, problems } = await open(PHONES[1]);
    await openSheet(page);
    await page.setViewportSize({ width: 1280, height: 900 });
    await sheet(page).waitFor({ state: 'detached' });
    const state = await sheetState(page);
    assert.deepEqual([state.modal, state.timelineInert, state.axisInert], [false, false, false]);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('the axis on every width', () => {
  const LABELS = axisLabels();
  const TITLES = MAIN.map((slug) => title(slug));

  test('the data gives the axis the years and breaks it is tested with', () => {
    assert.deepEqual(LABELS, ['1953', '1954–2017', '2018', '2019–2022', '2023', '2024']);
  });

  /** The axis's labels and targets at the current width, as the reader sees them. */
  const readAxis = (titles) => {
    const nav = document.querySelector('nav[aria-label="Time axis"]');
    const shown = (element) => element.checkVisibility({ visibilityProperty: true, opacityProperty: true });
    const box = (element) => {
      const r = element.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width, height: r.height };
    };
    // The text a label shows: without what is there for screen readers only (1 px boxes).
    const visibleText = (element) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      let text = '';
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement.getBoundingClientRect().width > 1) text += node.data;
      }
      return text.trim();
    };
    // Labels: the year links (named by their text) and the breaks' labels; not the bars,
    // break marks and band, which are hidden from screen readers.
    const items = nav.querySelector('ol[aria-label="Years"]').children;
    const labels = [...items].flatMap((item) => [...item.children])
      .filter((element) => element.getAttribute('aria-hidden') !== 'true' && !element.matches('ol, a[aria-label]'))
      .map((element) => ({ text: visibleText(element), shown: shown(element), clipped: element.scrollWidth > element.clientWidth + 1, ...box(element) }));
    const targets = [...nav.querySelectorAll('a')].filter(shown).map((link) => {
      const name = link.getAttribute('aria-label') ?? link.textContent.trim();
      return { name, mark: titles.some((title) => name.startsWith(`${title}, `)), ...box(link) };
    });
    return { frame: box(nav), labels, targets, scroll: nav.scrollWidth - nav.clientWidth };
  };

  function checkAxis(width, state) {
    const problems = [];
    const texts = state.labels.map((label) => label.text);
    if (JSON.stringify(texts) !== JSON.stringify(LABELS)) problems.push(`labels ${JSON.stringify(texts)}`);
    for (const label of state.labels) {
      if (!label.shown || label.width < 8 || label.height < 8) problems.push(`“${label.text}” is not shown (${label.width}×${label.height})`);
      if (label.left < state.frame.left - 0.5 || label.right > state.frame.right + 0.5) problems.push(`“${label.text}” sticks out of the axis`);
      if (label.clipped) problems.push(`“${label.text}” is cut off`);
    }
    for (let i = 1; i < state.labels.length; i++) {
      const [a, b] = [state.labels[i - 1], state.labels[i]];
      if (b.left < a.right - 0.5) problems.push(`“${a.text}” and “${b.text}” overlap`);
    }
    const marks = state.targets.filter((target) => target.mark).sort((a, b) => a.left - b.left);
    for (const target of state.targets.filter((t) => !t.mark)) {
      if (target.width < 24 - 0.01 || target.height < 24 - 0.01) problems.push(`“${target.name}” is ${target.width.toFixed(1)}×${target.height.toFixed(1)} px`);
    }
    for (const mark of marks) {
      if (mark.width < 24 - 0.01 || mark.height < 24 - 0.01) {
        const centre = (m) => m.left + m.width / 2;
        const nearest = Math.min(...marks.filter((m) => m !== mark).map((m) => Math.abs(centre(m) - centre(mark))));
        if (nearest < 24) problems.push(`mark “${mark.name}” is ${mark.width.toFixed(1)} px wide and ${nearest.toFixed(1)} px from the next`);
      }
    }
    for (let i = 1; i < marks.length; i++) {
      const gap = (marks[i].left + marks[i].width / 2) - (marks[i - 1].left + marks[i - 1].width / 2);
      if (gap < 24 - 0.01) problems.push(`marks “${marks[i - 1].name}” and “${marks[i].name}” are ${gap.toFixed(1)} px apart`);
    }
    if (state.scroll > 0) problems.push(`the axis scrolls sideways by ${state.scroll} px`);
    return problems.map((problem) => `${width} px: ${problem}`);
  }

  test('every year and break is labelled, and every target is big enough or far enough apart, from 320 to 1440 px', async () => {
    const context = await site.newContext();
    const { page, problems } = await openPage(context, site.url(''));
    // Every 4 px, and both sides of every layout breakpoint.
    const widths = new Set();
    for (let width = 320; width <= 1440; width += 4) widths.add(width);
    for (const breakpoint of [720, 960, 1240]) { widths.add(breakpoint - 1); widths.add(breakpoint); }
    const found = [];
    for (const width of [...widths].sort((a, b) => a - b)) {
      await page.setViewportSize({ width, height: 900 });
      found.push(...checkAxis(width, await page.evaluate(readAxis, TITLES)));
    }
    assert.deepEqual(found, []);
    assert.deepEqual(problems, []);
    await context.close();
  });

  for (const size of PHONES) {
    test(`${size.width} px: a crowded year shows a count target instead of marks, and tapping it jumps to that year`, async () => {
      const { context, page, problems } = await open(size);
      const counts = {};
      for (const slug of MAIN) counts[firstYear(bySlug[slug])] = (counts[firstYear(bySlug[slug])] ?? 0) + 1;
      const target = axis(page).getByRole('link', { name: `2018: ${counts[2018]} entries`, exact: true });
      assert.ok(await target.isVisible(), 'the count of 2018 is shown');
      assert.equal(await target.innerText(), String(counts[2018]));
      const marks2018 = MAIN.filter((slug) => firstYear(bySlug[slug]) === 2018);
      for (const slug of marks2018) {
        assert.ok(!(await axis(page).getByRole('link', { name: new RegExp(`^${title(slug)}, `) }).isVisible()), `${slug}'s mark gives way to the count`);
      }
      await target.tap();
      await expectFocus(page, 'year-2018');
      await until(page, () => {
        const box = document.getElementById('year-2018').getBoundingClientRect();
        return box.top >= 0 && box.bottom <= innerHeight;
      }, null, { message: 'the heading of 2018 scrolled into view', actual: () => document.getElementById('year-2018').getBoundingClientRect().top });
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  for (const size of [...PHONES, DESKTOP]) {
    test(`${size.width} px: an entry page opens with its entry and its year's heading below the axis, nothing cut in half by it`, async () => {
      // Not 2018's first entry: on its own page it is still the first its year shows.
      const slug = MAIN.filter((candidate) => firstYear(bySlug[candidate]) === 2018)[2];
      const { context, page, problems } = await open(size, `entry/${slug}/`);
      await expectFocused(article(page, slug), 'focus on the entry the page is for');
      await scrollSettled(page);
      const axisBox = await axis(page).boundingBox();
      const heading = await page.getByRole('heading', { name: '2018', exact: true, level: 2 }).boundingBox();
      const entry = await article(page, slug).boundingBox();
      assert.ok(heading.y >= axisBox.y + axisBox.height, `the heading (top ${heading.y}) starts below the axis (bottom ${axisBox.y + axisBox.height})`);
      assert.ok(entry.y >= heading.y + heading.height, 'the entry follows its heading');
      assert.ok(entry.y < size.height / 2, `the entry (top ${entry.y}) starts in the upper half of the screen`);
      // What comes before the heading is hidden under the axis or shown whole, not cut in half.
      const earlier = await page.getByRole('button', { name: 'Show earlier entries', exact: true }).boundingBox();
      const axisBottom = axisBox.y + axisBox.height;
      assert.ok(earlier.y + earlier.height <= axisBottom || earlier.y >= axisBottom,
        `“Show earlier entries” (${earlier.y}–${earlier.y + earlier.height}) is not cut by the axis (bottom ${axisBottom})`);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  test('320 px, filtered: a crowded year counts the entries the filters show; one with none opens its first entry', async () => {
    const { context, page, problems } = await open(PHONES[0], '?kind=diplomacy');
    const shown = expected({ kinds: ['diplomacy'] });
    const inYear = (slugs, year) => slugs.filter((slug) => firstYear(bySlug[slug]) === year);
    const shown2018 = inYear(shown, 2018).length;
    const count2018 = axis(page).getByRole('link', { name: `2018: ${shown2018} of ${inYear(MAIN, 2018).length} entries shown`, exact: true });
    assert.ok(await count2018.isVisible(), 'the count of 2018 is shown');
    assert.equal(await count2018.innerText(), String(shown2018));
    const of2024 = inYear(MAIN, 2024);
    assert.deepEqual(inYear(shown, 2024), [], 'this test needs a crowded year without diplomacy');
    const count2024 = axis(page).getByRole('link', { name: `2024: 0 of ${of2024.length} entries shown`, exact: true });
    assert.ok(await count2024.isVisible(), 'the count of 2024 is shown');
    assert.equal(await count2024.innerText(), '0');
    await screenshot(page, 'axis-filtered-phone-320');
    await count2024.tap();
    await article(page, of2024[0]).getByText(/current filters would hide it/).waitFor();
    await expectUrl(page, new RegExp(`entry/${of2024[0]}/\\?kind=diplomacy$`));
    // An entry's page starts at its entry: the filtered entries before it are a "Show earlier" away.
    const opened = MAIN.indexOf(of2024[0]);
    await expectShown(page, MAIN.filter((slug, i) => i >= opened && (shown.includes(slug) || i === opened)));
    assert.deepEqual(problems, []);
    await context.close();
  });
});

// The time axis, threads between entries, the people view and the researchers' export.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

import { ALL, MAIN, actorById, bySlug, data, expected, kindById, title, whenInWords } from './data.mjs';
import {
  article, describe, expectFocus, expectShown, expectUrl, fresh as freshOn, goto, openPage, screenshot, test, until, useSite,
} from './harness.mjs';

const site = useSite();
const fresh = (path, options) => freshOn(site, path, { contextOptions: { acceptDownloads: true }, ...options });

const axis = (page) => page.getByRole('navigation', { name: 'Time axis' });
/** An entry's mark on the axis, by the name a screen reader hears. */
const markName = (slug) => `${title(slug)}, ${kindById[bySlug[slug].kind].label.en}, ${whenInWords(bySlug[slug])}`;
const mark = (page, slug) => axis(page).getByRole('link', { name: new RegExp(`^${title(slug).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, `) });
const inView = (id) => {
  const box = document.getElementById(id).getBoundingClientRect();
  return box.top < innerHeight && box.bottom > 0;
};

describe('the time axis', () => {
  test('has one labelled link per shown entry, in date order, and marks the long empty span as a break', async () => {
    const { context, page, problems } = await fresh('');
    const names = (await axis(page).getByRole('link').evaluateAll((links) => links
      .filter((link) => link.checkVisibility() && link.hasAttribute('aria-label')).map((link) => link.getAttribute('aria-label'))))
      .filter((name) => !/^\d{4}: \d+ entr(y|ies)$/.test(name));
    assert.deepEqual(names, MAIN.map(markName));
    await axis(page).getByText('1954–2017').waitFor();
    const lefts = await Promise.all(MAIN.map(async (slug) => (await mark(page, slug).boundingBox()).x));
    for (let i = 1; i < lefts.length; i++) assert.ok(lefts[i] > lefts[i - 1], `${MAIN[i]}'s mark is right of ${MAIN[i - 1]}'s`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('clicking a mark brings its entry into view and focuses it, without changing the address', async () => {
    const { context, page, problems } = await fresh('');
    const target = MAIN.at(-1);
    assert.ok(!(await page.evaluate(inView, target)), 'the last entry starts off screen');
    await mark(page, target).click();
    await expectFocus(page, target);
    await until(page, inView, target, { message: `${target} scrolled into view` });
    await expectUrl(page, /\/timeline\/$/, 'jumping is not opening: the address stays');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the keyboard moves along the marks with the arrow keys, Home and End, and Enter jumps', async () => {
    const { context, page, problems } = await fresh('');
    await mark(page, MAIN[0]).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expectFocus(page, `mark-${MAIN[2]}`);
    assert.equal(await mark(page, MAIN[2]).getAttribute('tabindex'), '0', 'the focused mark is the tab stop');
    assert.equal(await mark(page, MAIN[0]).getAttribute('tabindex'), '-1');
    await page.keyboard.press('ArrowLeft');
    await expectFocus(page, `mark-${MAIN[1]}`);
    await page.keyboard.press('End');
    await expectFocus(page, `mark-${MAIN.at(-1)}`);
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await expectFocus(page, `mark-${MAIN[1]}`);
    await page.keyboard.press('Enter');
    await expectFocus(page, MAIN[1]);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a year on the axis jumps to that year', async () => {
    const { context, page, problems } = await fresh('');
    await axis(page).getByRole('link', { name: '2024', exact: true }).click();
    await expectFocus(page, 'year-2024');
    await until(page, () => {
      const box = document.getElementById('year-2024').getBoundingClientRect();
      return box.top >= 0 && box.bottom <= innerHeight;
    }, null, { message: 'the heading of 2024 scrolled into view', actual: () => document.getElementById('year-2024').getBoundingClientRect().top });
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the viewport band follows the reader as they scroll', async () => {
    const { context, page, problems } = await fresh('');
    // The band is decoration (hidden from screen readers): its place is read from its state.
    const from = () => Number.parseFloat(document.querySelector('.axis-viewport')?.dataset.from);
    await until(page, () => !Number.isNaN(Number.parseFloat(document.querySelector('.axis-viewport')?.dataset.from)), null,
      { message: 'the band being placed' });
    const before = await page.evaluate(from);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await until(page, (start) => Number.parseFloat(document.querySelector('.axis-viewport')?.dataset.from) > start + 10, before, {
      message: 'the band moving right as the page scrolls to the end',
      actual: () => document.querySelector('.axis-viewport')?.dataset.from,
    });
    const band = page.locator('.axis-viewport');
    assert.ok(await band.isVisible(), 'the band is drawn');
    const box = await band.boundingBox();
    assert.ok(box.width > 10 && box.height > 10, `the band has a size (${box.width}×${box.height})`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('neither loading an entry page nor scrolling shifts the layout', async () => {
    const context = await site.newContext();
    await context.addInitScript(() => {
      window.layoutShifts = [];
      new PerformanceObserver((list) => window.layoutShifts.push(...list.getEntries().map((entry) => entry.value)))
        .observe({ type: 'layout-shift', buffered: true });
    });
    const opened = await openPage(context, site.url('entry/singapore-summit/'), { width: 412, height: 823 });
    await opened.page.mouse.wheel(0, 1500);
    await until(opened.page, () => (document.querySelector('.axis-viewport')?.style.translate ?? '') !== '', null,
      { message: 'the band being placed after scrolling' });
    await screenshot(opened.page, 'axis-band-phone');
    assert.deepEqual(await opened.page.evaluate(() => window.layoutShifts), []);
    await context.close();
  });

  test('marks of entries hidden by the filters are dimmed, and clicking one shows that entry with a note', async () => {
    const { context, page, problems } = await fresh('?kind=publication');
    const armistice = axis(page).getByRole('link', { name: `${markName('armistice-signed')} (hidden by the filters)`, exact: true });
    assert.match(await armistice.getAttribute('class'), /dimmed/);
    for (const slug of expected({ kinds: ['publication'] })) {
      assert.equal(await axis(page).getByRole('link', { name: markName(slug), exact: true }).count(), 1, `${slug}'s mark is not dimmed`);
    }
    await armistice.click();
    await article(page, 'armistice-signed').getByText(/current filters would hide it/).waitFor();
    await expectUrl(page, /entry\/armistice-signed\/\?kind=publication$/);
    await expectShown(page, ['armistice-signed', ...expected({ kinds: ['publication'] })]);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('threads and people', () => {
  test('the end-of-war proposal lists the four elements in Yun’s words and links to the armistice and Singapore', async () => {
    const { context, page, problems } = await fresh('entry/end-of-war-declaration-proposal/');
    const proposal = article(page, 'end-of-war-declaration-proposal');
    const elements = proposal.getByRole('region', { name: 'The 4 elements, in Joseph Yun’s words' }).getByRole('listitem');
    assert.equal(await elements.count(), 4);
    const entry = bySlug['end-of-war-declaration-proposal'];
    for (const [i, element] of entry.elements.entries()) {
      await elements.nth(i).getByText(element.label.en).waitFor();
      await elements.nth(i).getByText(entry.quotes[element.quote].text).waitFor();
    }
    const related = proposal.getByRole('navigation', { name: `Related to ${title('end-of-war-declaration-proposal')}` });
    const relatedTitles = entry.related.map((slug) => title(slug));
    const links = await related.getByRole('link').allInnerTexts();
    assert.deepEqual(links.map((link) => link.split(' · ')[0]), relatedTitles);
    await related.getByRole('link', { name: new RegExp(title('singapore-summit')) }).click();
    await expectUrl(page, /entry\/singapore-summit\/$/);
    await expectFocus(page, 'singapore-summit');
    const back = article(page, 'singapore-summit').getByRole('navigation');
    await back.getByRole('link', { name: new RegExp(title('end-of-war-declaration-proposal')) }).waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('choosing a person filters to their entries, and the choice round-trips through the URL', async () => {
    const { context, page, problems } = await fresh('');
    const people = page.getByRole('region', { name: 'People in this story' });
    const aum = people.getByRole('button', { name: /^Frank Aum/ });
    assert.equal(await aum.getAttribute('aria-pressed'), 'false');
    await people.getByText(actorById['frank-aum'].role.en).waitFor();
    await aum.click();
    await expectShown(page, expected({ actors: ['frank-aum'] }));
    await expectUrl(page, /[?&]actor=frank-aum$/);
    await people.getByRole('button', { name: /^Kim Jong Un/ }).click();
    await expectShown(page, expected({ actors: ['frank-aum', 'kim-jong-un'] }), 'two people: entries of either');
    await goto(page, page.url());
    await people.getByRole('button', { name: /^Frank Aum/, pressed: true }).waitFor();
    await expectShown(page, expected({ actors: ['frank-aum', 'kim-jong-un'] }), 'after a reload');
    assert.ok(await page.getByRole('checkbox', { name: /^Frank Aum/ }).isChecked(), 'the actor filter shows the same choice');
    assert.deepEqual(problems, []);
    await context.close();
  });

  for (const background of [false, true]) {
    test(`each person's count is the number of entries choosing them shows (background events ${background ? 'shown' : 'hidden'})`, async () => {
      const { context, page } = await fresh(background ? '?background=1' : '');
      const people = page.getByRole('region', { name: 'People in this story' });
      const found = [];
      for (const actor of data.actors.filter((a) => a.group === 'person')) {
        const shown = expected({ actors: [actor.id], background }).length;
        const button = people.getByRole('button', { name: new RegExp(`^${actor.name.en}\\b`) });
        const says = await button.innerText();
        if (!says.endsWith(`${shown} ${shown === 1 ? 'entry' : 'entries'}`)) found.push(`${actor.name.en}: says “${says.replace(/\s+/g, ' ')}”, choosing them shows ${shown}`);
      }
      assert.deepEqual(found, []);
      await context.close();
    });
  }
});

describe("researchers' export", () => {
  async function download(page, name) {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
    return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
  }

  /** RFC 4180 CSV: quoted fields may hold commas, quotes and line breaks. */
  function parseCsv(text) {
    const rows = [[]];
    let field = '';
    let quoted = false;
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (quoted) {
        if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
      } else if (c === '"') quoted = true;
      else if (c === ',') { rows.at(-1).push(field); field = ''; } else if (c === '\r' && text[i + 1] === '\n') { rows.at(-1).push(field); field = ''; rows.push([]); i++; } else field += c;
    }
    if (field !== '' || rows.at(-1).length > 0) rows.at(-1).push(field);
    if (rows.at(-1).length === 0) rows.pop();
    return rows;
  }

  const FIELDS = ['slug', 'background', 'title', 'date', 'end', 'precision', 'date_in_words', 'provenance', 'provenance_words',
    'provenance_note', 'source_name', 'source_url', 'kind', 'actors', 'summary', 'quotes', 'source_section', 'url'];

  test('JSON and CSV hold exactly the filtered entries, with dates, provenance and its source, quotes and URLs', async () => {
    const { context, page, problems } = await fresh('?kind=publication,summit');
    const want = expected({ kinds: ['publication', 'summit'] });

    const json = await download(page, 'Download JSON');
    assert.equal(json.name, 'korean-peace-timeline.json');
    const records = JSON.parse(json.text);
    assert.deepEqual(records.map((record) => record.slug), want);
    for (const record of records) {
      assert.deepEqual(Object.keys(record), FIELDS, `${record.slug}'s fields`);
      const entry = bySlug[record.slug];
      assert.deepEqual({
        background: record.background, title: record.title, date: record.date, end: record.end, date_in_words: record.date_in_words,
        provenance: record.provenance, provenance_words: record.provenance_words, provenance_note: record.provenance_note,
        source_name: record.source_name, source_url: record.source_url, kind: record.kind, actors: record.actors,
        summary: record.summary, source_section: record.source_section, url: record.url,
      }, {
        background: entry.background, title: entry.title.en, date: entry.date, end: entry.end ?? null, date_in_words: whenInWords(entry),
        provenance: entry.provenance.kind, provenance_words: entry.provenance.words ?? null, provenance_note: entry.provenance.note.en,
        source_name: entry.provenance.source?.name ?? null, source_url: entry.provenance.source?.url ?? null,
        kind: kindById[entry.kind].label.en, actors: entry.actors.map((id) => actorById[id].name.en),
        summary: entry.summary.en, source_section: entry.section, url: site.url(`entry/${entry.slug}/`),
      }, `${record.slug}'s record`);
      assert.deepEqual(record.quotes.map((quote) => quote.text), entry.quotes.map((quote) => quote.text), `${record.slug}'s quotes`);
    }
    const singapore = records.find((record) => record.slug === 'singapore-summit');
    assert.equal(singapore.precision, 'day');

    const csv = await download(page, 'Download CSV');
    assert.equal(csv.name, 'korean-peace-timeline.csv');
    const [header, ...rows] = parseCsv(csv.text);
    assert.deepEqual(header, FIELDS);
    assert.deepEqual(rows.map((row) => row[0]), want);
    for (const row of rows) {
      assert.equal(row.length, FIELDS.length, `${row[0]} has every field`);
      assert.equal(row[FIELDS.indexOf('url')], site.url(`entry/${row[0]}/`));
      assert.equal(row[FIELDS.indexOf('source_url')], bySlug[row[0]].provenance.source?.url ?? '');
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('with background events shown, the export has them too, marked as background', async () => {
    const { context, page, problems } = await fresh('?background=1');
    const records = JSON.parse((await download(page, 'Download JSON')).text);
    assert.deepEqual(records.map((record) => record.slug), ALL);
    assert.deepEqual(records.filter((record) => record.background).map((record) => record.slug),
      data.entries.filter((entry) => entry.background).map((entry) => entry.slug));
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('the time axis on a phone', () => {
  for (const width of [320, 390]) {
    test(`with the background events, every year is on screen at ${width} px, its label clear of the others`, async () => {
      const { context, page, problems } = await fresh('?background=1', { width, height: 700 });
      const years = [...new Set(data.entries.map((entry) => entry.date.slice(0, 4)))].sort();
      const boxes = [];
      for (const year of years) {
        const label = axis(page).getByRole('link', { name: year, exact: true });
        await label.waitFor();
        boxes.push({ year, ...(await label.boundingBox()) });
      }
      for (const box of boxes) assert.ok(box.x >= 0 && box.x + box.width <= width, `${box.year} within the screen: ${JSON.stringify(box)}`);
      for (let i = 1; i < boxes.length; i++) {
        assert.ok(boxes[i].x >= boxes[i - 1].x + boxes[i - 1].width, `${boxes[i - 1].year} and ${boxes[i].year} apart`);
      }
      // A break too narrow for its label still says which years it skips.
      await axis(page).getByRole('listitem').filter({ hasText: 'No entries 1954–2017' }).waitFor({ state: 'attached' });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(overflow, 0, 'no sideways scrolling');
      await screenshot(page, `axis-background-phone-${width}`);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});

describe('screenshots', () => {
  for (const [name, width, height] of [['axis-phone', 390, 844], ['axis-desktop', 1440, 900]]) {
    test(`${width} px`, async () => {
      const { context, page } = await fresh('entry/end-of-war-declaration-proposal/', { width, height });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(overflow, 0, 'no sideways scrolling');
      await screenshot(page, name);
      await context.close();
    });
  }
});

// The time axis, threads between entries, the people view and the researchers' export.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readFileSync } from 'node:fs';

import { TOTAL, bySlug, data, entries, fresh as freshOn, goto, openPage, screenshot, settle, useSite } from './harness.mjs';


const site = useSite();
const fresh = (path, options) => freshOn(site, path, { contextOptions: { acceptDownloads: true }, ...options });

const axis = (page) => page.getByRole('navigation', { name: 'Time axis' });
const isInView = (locator) => locator.evaluate((el) => {
  const box = el.getBoundingClientRect();
  return box.top < innerHeight && box.bottom > 0;
});

describe('the time axis', () => {
  test('has one labelled link per entry and marks the long empty span as a break', async () => {
    const { context, page, problems } = await fresh('');
    const marks = axis(page).getByRole('list', { name: 'Entries by date' }).getByRole('link');
    assert.equal(await marks.count(), TOTAL);
    await axis(page).getByRole('link', { name: 'Trump and Kim meet at the Singapore summit, summit, 12 June 2018' }).waitFor();
    await axis(page).getByText('1954–2017').waitFor();
    const lefts = await marks.evaluateAll((links) => links.map((link) => link.getBoundingClientRect().left));
    for (let i = 1; i < lefts.length; i++) assert.ok(lefts[i] > lefts[i - 1], `mark ${i} is right of mark ${i - 1}`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('clicking a mark brings its entry into view and focuses it', async () => {
    const { context, page, problems } = await fresh('');
    const target = bySlug['publication-north-korean-troops-in-russia'];
    const article = page.getByRole('article', { name: target.title });
    assert.ok(!(await isInView(article)), 'the last entry starts off screen');
    await axis(page).getByRole('link', { name: new RegExp(`^${target.title}`) }).click();
    await page.waitForFunction((slug) => document.activeElement?.id === slug, target.slug);
    await page.waitForFunction((slug) => {
      const box = document.getElementById(slug).getBoundingClientRect();
      return box.top < innerHeight && box.bottom > 0;
    }, target.slug);
    assert.doesNotMatch(page.url(), /entry\//, 'jumping is not opening: the address stays');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the keyboard moves along the marks with the arrow keys and Enter jumps', async () => {
    const { context, page, problems } = await fresh('');
    const marks = axis(page).getByRole('list', { name: 'Entries by date' }).getByRole('link');
    await marks.first().focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const third = data.entries[2];
    assert.equal(await page.evaluate(() => document.activeElement.id), `mark-${third.slug}`);
    assert.equal(await marks.nth(2).getAttribute('tabindex'), '0', 'the focused mark is the tab stop');
    assert.equal(await marks.first().getAttribute('tabindex'), '-1');
    await page.keyboard.press('End');
    assert.equal(await page.evaluate(() => document.activeElement.id), `mark-${data.entries[TOTAL - 1].slug}`);
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.waitForFunction((slug) => document.activeElement?.id === slug, data.entries[1].slug);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a year on the axis jumps to that year', async () => {
    const { context, page } = await fresh('');
    await axis(page).getByRole('link', { name: '2024', exact: true }).click();
    await page.waitForFunction(() => document.activeElement?.id === 'year-2024');
    // Scrolling may be smooth: wait for it to arrive.
    await page.waitForFunction(() => {
      const box = document.getElementById('year-2024').getBoundingClientRect();
      return box.top >= 0 && box.bottom <= innerHeight;
    });
    await context.close();
  });

  test('the viewport band follows the reader as they scroll', async () => {
    const { context, page, problems } = await fresh('');
    const band = page.locator('.axis-viewport');
    await band.waitFor({ state: 'attached' });
    const before = Number.parseFloat(await band.getAttribute('data-from'));
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForFunction((start) => Number.parseFloat(document.querySelector('.axis-viewport')?.dataset.from) > start + 10, before);
    const afterScroll = Number.parseFloat(await band.getAttribute('data-from'));
    assert.ok(await band.isVisible(), 'the band is drawn');
    const box = await band.boundingBox();
    assert.ok(box.width > 10 && box.height > 10, `the band has a size (${box.width}×${box.height})`);
    assert.ok(afterScroll > before, `the band moved right (${before}% to ${afterScroll}%)`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('neither loading an entry page nor scrolling shifts the layout', async () => {
    const context = await site.browser.newContext();
    await context.addInitScript(() => {
      window.layoutShifts = [];
      new PerformanceObserver((list) => window.layoutShifts.push(...list.getEntries().map((entry) => entry.value)))
        .observe({ type: 'layout-shift', buffered: true });
    });
    const { page } = await openPage(context, site.url('entry/singapore-summit/'), { width: 412, height: 823 });
    await page.mouse.wheel(0, 1500);
    await page.waitForFunction(() => document.querySelector('.axis-viewport')?.style.translate !== '');
    await screenshot(page, 'axis-band-phone');
    assert.deepEqual(await page.evaluate(() => window.layoutShifts), []);
    await context.close();
  });

  test('marks of entries hidden by the filters are dimmed, and clicking one shows that entry with a note', async () => {
    const { context, page } = await fresh('?kind=publication');
    const armistice = axis(page).getByRole('link', { name: /^Korean War armistice signed.*hidden by the filters/ });
    assert.match(await armistice.getAttribute('class'), /dimmed/);
    await armistice.click();
    await settle(page);
    const article = page.getByRole('article', { name: bySlug['armistice-signed'].title });
    await article.getByText(/current filters would hide it/).waitFor();
    assert.match(page.url(), /entry\/armistice-signed\/\?kind=publication$/);
    await context.close();
  });
});

describe('threads and people', () => {
  test('the end-of-war proposal lists the four elements in Yun’s words and links to the armistice and Singapore', async () => {
    const { context, page } = await fresh('entry/end-of-war-declaration-proposal/');
    const proposal = page.getByRole('article', { name: bySlug['end-of-war-declaration-proposal'].title });
    const elements = proposal.getByRole('region', { name: /4 elements, in Joseph Yun’s words/ }).getByRole('listitem');
    assert.equal(await elements.count(), 4);
    await elements.nth(2).getByText('the existing ceasefire arrangement that was provided by the armistice agreement in 1953').waitFor();
    const related = proposal.getByRole('navigation', { name: /^Related to/ });
    await related.getByRole('link', { name: /Korean War armistice signed/ }).waitFor();
    await related.getByRole('link', { name: /Singapore summit/ }).click();
    await settle(page);
    assert.match(page.url(), /entry\/singapore-summit\/$/);
    const back = page.getByRole('article', { name: bySlug['singapore-summit'].title }).getByRole('navigation');
    await back.getByRole('link', { name: /end-of-war declaration/ }).waitFor();
    await context.close();
  });

  test('choosing a person filters to their entries, and the choice round-trips through the URL', async () => {
    const { context, page, problems } = await fresh('');
    const people = page.getByRole('region', { name: 'People in this story' });
    const aum = people.getByRole('button', { name: /^Frank Aum/ });
    assert.equal(await aum.getAttribute('aria-pressed'), 'false');
    await people.getByText('Former Defense Department advisor on Korea').waitFor();
    await aum.click();
    await settle(page);
    const withAum = data.entries.filter((entry) => entry.actors.includes('frank-aum'));
    assert.equal(await entries(page).count(), withAum.length);
    assert.match(page.url(), /[?&]actor=frank-aum/);
    await goto(page, page.url());
    await people.getByRole('button', { name: /^Frank Aum/, pressed: true }).waitFor();
    assert.equal(await entries(page).count(), withAum.length);
    assert.ok(await page.getByRole('checkbox', { name: /^Frank Aum/ }).isChecked(), 'the actor filter shows the same choice');
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe("researchers' export", () => {
  async function download(page, name) {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
    return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
  }

  test('JSON and CSV hold exactly the filtered entries, with dates, provenance, quotes and URLs', async () => {
    const { context, page, problems } = await fresh('?kind=publication,summit');
    const expected = data.entries.filter((entry) => ['publication', 'summit'].includes(entry.kind));

    const json = await download(page, 'Download JSON');
    assert.equal(json.name, 'korean-peace-timeline.json');
    const records = JSON.parse(json.text);
    assert.deepEqual(records.map((record) => record.slug), expected.map((entry) => entry.slug));
    const singapore = records.find((record) => record.slug === 'singapore-summit');
    assert.equal(singapore.date, '2018-06-12');
    assert.equal(singapore.precision, 'day');
    assert.equal(singapore.provenance, 'stated');
    assert.equal(singapore.url, site.url('entry/singapore-summit/'));
    const nato = records.find((record) => record.slug === 'nato-summit-july-2024');
    assert.equal(nato.end, '2024-07-11');
    assert.equal(nato.provenance, 'added');
    const withQuotes = records.find((record) => record.quotes.length > 0);
    assert.ok(withQuotes.quotes[0].text.length > 0 && withQuotes.quotes[0].speaker.length > 0);

    const csv = await download(page, 'Download CSV');
    assert.equal(csv.name, 'korean-peace-timeline.csv');
    const lines = csv.text.trimEnd().split('\r\n');
    assert.match(lines[0], /^slug,title,date,end,precision/);
    assert.equal(lines.length, expected.length + 1);
    for (const entry of expected) assert.ok(csv.text.includes(site.url(`entry/${entry.slug}/`)), entry.slug);
    assert.deepEqual(problems, []);
    await context.close();
  });
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

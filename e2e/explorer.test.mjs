// The explorer end to end: open, filter, share, and bad links, in Chromium, against the
// release build served under a sub-path by a plain static server.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { TOTAL, bySlug, data, entries, fresh as freshOn, goto, openPage, screenshot, settle, useSite } from './harness.mjs';


const site = useSite();
const fresh = (path, options) => freshOn(site, path, options);

describe('opening the timeline', () => {
  test('every entry renders as an article with its heading, with no console error or failed request', async () => {
    const { context, page, problems } = await fresh('');
    assert.equal(await entries(page).count(), TOTAL);
    for (const entry of data.entries) {
      const article = page.getByRole('article', { name: entry.title, exact: true });
      await article.waitFor();
      assert.equal(await article.getByRole('heading', { level: 3 }).innerText(), entry.title);
    }
    const armistice = page.getByRole('article', { name: bySlug['armistice-signed'].title });
    assert.equal(await armistice.locator('time').getAttribute('datetime'), '1953-07-27');
    assert.equal(await armistice.locator('time').innerText(), '27 July 1953');
    await page.getByText('65 years later').waitFor();
    assert.equal(await page.getByRole('status').filter({ hasText: 'entries' }).innerText(), `${TOTAL} of ${TOTAL} entries`);
    await screenshot(page, 'desktop-home');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('reads well on a 390 px phone without sideways scrolling', async () => {
    const { context, page, problems } = await fresh('', { width: 390, height: 844 });
    assert.equal(await entries(page).count(), TOTAL);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, 'the page scrolls sideways');
    await screenshot(page, 'phone-home');
    await page.getByRole('article', { name: bySlug['singapore-summit'].title }).scrollIntoViewIfNeeded();
    await screenshot(page, 'phone-entry');
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('filtering', () => {
  test('a kind filter narrows the list, changes the URL, and survives reload, back and forward', async () => {
    const { context, page, problems } = await fresh('');
    const publications = data.entries.filter((entry) => entry.kind === 'publication');
    await page.getByRole('checkbox', { name: /^Publication/ }).check();
    await settle(page);
    assert.equal(await entries(page).count(), publications.length);
    for (const entry of publications) await page.getByRole('article', { name: entry.title, exact: true }).waitFor();
    assert.match(page.url(), /\/timeline\/\?kind=publication$/);
    assert.equal(await page.getByRole('status').filter({ hasText: 'entries' }).innerText(), `${publications.length} of ${TOTAL} entries`);

    await goto(page, page.url());
    assert.equal(await entries(page).count(), publications.length, 'reload keeps the filter');
    assert.ok(await page.getByRole('checkbox', { name: /^Publication/ }).isChecked());

    await page.goBack();
    await settle(page);
    assert.equal(await entries(page).count(), TOTAL, 'back returns to the unfiltered timeline');
    assert.ok(!(await page.getByRole('checkbox', { name: /^Publication/ }).isChecked()));
    await page.goForward();
    await settle(page);
    assert.equal(await entries(page).count(), publications.length, 'forward filters again');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a text filter searches titles, summaries and quotes, combines with kinds, and clears', async () => {
    const { context, page, problems } = await fresh('');
    const search = page.getByRole('searchbox', { name: /Search/ });
    await search.fill('rather simple document');
    await settle(page);
    assert.equal(await entries(page).count(), 1);
    await page.getByRole('article', { name: bySlug['end-of-war-declaration-proposal'].title }).waitFor();
    assert.match(page.url(), /[?&]q=rather\+simple\+document/);

    await search.fill('nuclear');
    await settle(page);
    const nuclear = await entries(page).count();
    assert.ok(nuclear > 1, 'several entries mention nuclear');
    await page.getByRole('checkbox', { name: /^Energy/ }).check();
    await settle(page);
    assert.ok((await entries(page).count()) < nuclear, 'the kind narrows the text result');

    await page.getByRole('checkbox', { name: /^Armistice/ }).uncheck().catch(() => {});
    await search.fill('zeppelin');
    await settle(page);
    assert.equal(await entries(page).count(), 0);
    await page.getByText('No entries match these filters.').waitFor();
    await page.getByRole('region', { name: 'Timeline' }).getByRole('button', { name: 'Clear all filters' }).click();
    await settle(page);
    assert.equal(await entries(page).count(), TOTAL);
    assert.equal(await search.inputValue(), '');
    assert.doesNotMatch(page.url(), /\?/);
    await screenshot(page, 'desktop-cleared');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('actor and year filters narrow the list', async () => {
    const { context, page, problems } = await fresh('');
    await page.getByRole('checkbox', { name: /^Joseph Yun/ }).check();
    await settle(page);
    const withYun = data.entries.filter((entry) => entry.actors.includes('joseph-yun'));
    assert.equal(await entries(page).count(), withYun.length);
    await page.getByRole('button', { name: 'Clear all filters' }).first().click();
    await page.getByRole('spinbutton', { name: 'From year' }).fill('2024');
    await page.getByRole('spinbutton', { name: 'From year' }).press('Enter');
    await settle(page);
    const from2024 = data.entries.filter((entry) => (entry.end ?? entry.date).slice(0, 4) >= '2024');
    assert.equal(await entries(page).count(), from2024.length);
    assert.match(page.url(), /from=2024/);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('sharing a link to an entry', () => {
  test('"Copy link" puts the absolute URL with the filters on the clipboard, and a fresh browser opens it focused and current', async () => {
    const context = await site.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    const { page, problems } = await openPage(context, site.url('?kind=summit'));
    const singapore = page.getByRole('article', { name: bySlug['singapore-summit'].title });
    await singapore.getByRole('button', { name: 'Copy link' }).click();
    await singapore.getByText('Link copied').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, site.url('entry/singapore-summit/?kind=summit'));
    assert.deepEqual(problems, []);
    await context.close();

    const stranger = await site.browser.newContext();
    const opened = await openPage(stranger, copied);
    const current = opened.page.getByRole('article', { name: bySlug['singapore-summit'].title });
    assert.equal(await current.getAttribute('aria-current'), 'true');
    assert.equal(await opened.page.locator('[aria-current="true"]').count(), 1);
    await opened.page.waitForFunction((slug) => document.activeElement?.id === slug, 'singapore-summit');
    assert.ok(await current.isVisible());
    assert.ok(await current.evaluate((el) => { const r = el.getBoundingClientRect(); return r.top < innerHeight && r.bottom > 0; }), 'scrolled into view');
    assert.match(await opened.page.title(), /Singapore summit/);
    assert.ok(await opened.page.getByRole('checkbox', { name: /^Summit/ }).isChecked(), 'the shared filters came along');
    await screenshot(opened.page, 'desktop-shared-entry');
    assert.deepEqual(opened.problems, []);
    await stranger.close();
  });

  test('"Share" is offered only where the browser has a share sheet, and shares the entry with the filters', async () => {
    const plain = await fresh('?kind=summit');
    const summit = plain.page.getByRole('article', { name: bySlug['singapore-summit'].title });
    assert.equal(await summit.getByRole('button', { name: 'Share' }).count(), 0, 'no share sheet, no Share button');
    await plain.context.close();

    const context = await site.browser.newContext();
    await context.addInitScript(() => {
      window.shared = [];
      navigator.share = async (data) => { window.shared.push(data); };
    });
    const { page, problems } = await openPage(context, site.url('?kind=summit'));
    const singapore = page.getByRole('article', { name: bySlug['singapore-summit'].title });
    await singapore.getByRole('button', { name: 'Share' }).click();
    await page.waitForFunction(() => window.shared.length === 1);
    assert.deepEqual(await page.evaluate(() => window.shared), [
      { title: bySlug['singapore-summit'].title, url: site.url('entry/singapore-summit/?kind=summit') },
    ]);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('when the clipboard is refused, the link is shown selected for copying by hand', async () => {
    const context = await site.browser.newContext();
    const { page } = await openPage(context, site.url(''));
    await page.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
    });
    const armistice = page.getByRole('article', { name: bySlug['armistice-signed'].title });
    await armistice.getByRole('button', { name: 'Copy link' }).click();
    const field = armistice.getByRole('textbox', { name: /copy this link/ });
    await field.waitFor();
    assert.equal(await field.inputValue(), site.url('entry/armistice-signed/'));
    assert.equal(await page.evaluate(() => String(getSelection?.() ?? '') || document.activeElement.value.slice(document.activeElement.selectionStart, document.activeElement.selectionEnd)), site.url('entry/armistice-signed/'));
    await context.close();
  });

  test('an entry that the shared filters would hide is still shown, with a note', async () => {
    const { context, page, problems } = await fresh('entry/armistice-signed/?kind=publication');
    const armistice = page.getByRole('article', { name: bySlug['armistice-signed'].title });
    assert.equal(await armistice.getAttribute('aria-current'), 'true');
    await armistice.getByText(/current filters would hide it/).waitFor();
    const publications = data.entries.filter((entry) => entry.kind === 'publication').length;
    assert.equal(await entries(page).count(), publications + 1);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('following a related link inside the page opens that entry and is a history step', async () => {
    const { context, page, problems } = await fresh('');
    const proposal = page.getByRole('article', { name: bySlug['end-of-war-declaration-proposal'].title });
    await proposal.getByRole('navigation').getByRole('link', { name: /Trump and Kim meet/ }).click();
    await settle(page);
    assert.match(page.url(), /\/timeline\/entry\/singapore-summit\/$/);
    await page.waitForFunction(() => document.activeElement?.id === 'singapore-summit');
    await page.goBack();
    await settle(page);
    assert.match(page.url(), /\/timeline\/$/);
    assert.equal(await page.locator('[aria-current="true"]').count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('bad links', () => {
  test('an unknown entry, served through 404.html, names the slug and keeps the timeline usable', async () => {
    const { context, page, problems, status } = await fresh('entry/no-such-event/');
    assert.equal(status, 404, 'the static host answers with its 404.html');
    await page.getByRole('alert').getByText('There is no entry called “no-such-event”').waitFor();
    assert.equal(await entries(page).count(), TOTAL);
    await page.getByRole('checkbox', { name: /^Summit/ }).check();
    await settle(page);
    assert.ok((await entries(page).count()) < TOTAL, 'filters still work');
    await screenshot(page, 'desktop-unknown-entry');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a malformed query is ignored with a notice, and markup from the URL stays text', async () => {
    const { context, page, problems } = await fresh('?kind=summit,battle&from=soon&q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&x=%E0%A4%A');
    const notices = page.getByRole('alert');
    await notices.getByText('Ignored the unknown kind of event “battle”.').waitFor();
    await notices.getByText('Ignored “from=soon”: not a year.').waitFor();
    await notices.getByText('Ignored the unknown parameter “x”.').waitFor();
    assert.equal(await page.getByRole('searchbox', { name: /Search/ }).inputValue(), '<img src=x onerror=alert(1)>');
    assert.equal(await page.locator('img').count(), 0, 'no markup from the URL became an element');
    assert.equal(await entries(page).count(), 0, 'the literal text matches nothing');
    await screenshot(page, 'desktop-malformed-query');
    assert.deepEqual(problems, []);
    await context.close();
  });
});

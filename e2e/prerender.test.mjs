// Pre-rendered pages: content without JavaScript and before WebAssembly, hydration that keeps
// the page as it was rendered (and focus where it was), and a shared link's filters applied
// without showing the wrong entries.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { TOTAL, appStarted, data, entries, holdWasm, openPage, screenshot, settle, useSite } from './harness.mjs';

const titleOf = (slug) => data.entries.find((entry) => entry.slug === slug).title;
const SAMPLE_ENTRIES = ['armistice-signed', 'singapore-summit', 'publication-north-korean-troops-in-russia'];
const SAMPLE_KINDS = ['summit', 'publication'];

const site = useSite();

describe('without JavaScript', () => {
  let context;
  before(async () => { context = await site.browser.newContext({ javaScriptEnabled: false }); });
  after(async () => { await context.close(); });

  test('the home page shows the whole timeline and offers pages per kind instead of dead controls', async () => {
    const page = await context.newPage();
    await page.goto(site.url(''));
    assert.equal(await entries(page).count(), TOTAL);
    assert.equal(await page.getByRole('heading', { level: 1 }).count(), 1);
    await page.getByText('65 years later').waitFor();
    assert.equal(await page.getByRole('searchbox').count(), 0, 'no search box that cannot work');
    assert.equal(await page.getByRole('checkbox').count(), 0, 'no checkboxes that cannot work');
    assert.equal(await page.getByRole('button', { name: 'Copy link' }).count(), 0);
    const kinds = page.getByRole('navigation', { name: 'Browse by kind of event' });
    await kinds.getByRole('link', { name: 'Summit' }).click();
    assert.match(page.url(), /\/timeline\/kind\/summit\/$/);
    await screenshot(page, 'no-js-home');
    await page.close();
  });

  for (const slug of SAMPLE_ENTRIES) {
    test(`the entry page of ${slug} shows that entry marked current, among all the others`, async () => {
      const page = await context.newPage();
      const response = await page.goto(site.url(`entry/${slug}/`));
      assert.equal(response.status(), 200);
      assert.equal(await entries(page).count(), TOTAL);
      const current = page.locator('article[aria-current="true"]');
      assert.equal(await current.count(), 1);
      assert.equal(await current.getByRole('heading', { level: 3 }).innerText(), titleOf(slug));
      assert.match(await page.title(), new RegExp(titleOf(slug).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
      await page.close();
    });
  }

  for (const kind of SAMPLE_KINDS) {
    test(`the ${kind} page lists exactly the entries of that kind`, async () => {
      const page = await context.newPage();
      await page.goto(site.url(`kind/${kind}/`));
      const expected = data.entries.filter((entry) => entry.kind === kind);
      assert.equal(await entries(page).count(), expected.length);
      for (const entry of expected) await page.getByRole('article', { name: entry.title, exact: true }).waitFor();
      await page.close();
    });
  }

  test('every entry link opens a page that exists', async () => {
    const page = await context.newPage();
    await page.goto(site.url(''));
    const hrefs = await page.locator('article h3 a').evaluateAll((links) => links.map((link) => link.href));
    assert.equal(hrefs.length, TOTAL);
    for (const href of hrefs) {
      const response = await page.request.get(href);
      assert.equal(response.status(), 200, href);
    }
    await page.close();
  });
});

describe('before and without WebAssembly', () => {
  test('with the wasm request blocked the content is all there', async () => {
    const context = await site.browser.newContext();
    await context.route('**/*.wasm', (route) => route.abort());
    const page = await context.newPage();
    await page.goto(site.url('entry/singapore-summit/'));
    assert.equal(await entries(page).count(), TOTAL);
    assert.equal(await page.locator('article[aria-current="true"]').getAttribute('id'), 'singapore-summit');
    await context.close();
  });
});

describe('with JavaScript', () => {
  test('hydration keeps the frame\'s nodes and the rest as rendered, and filters and links then work', async () => {
    const context = await site.browser.newContext();
    // Hold the wasm back so the pre-rendered nodes can be taken hold of before hydration.
    await holdWasm(context, 500);
    const { page, problems } = await openPage(context, null);
    await page.goto(site.url(''), { waitUntil: 'domcontentloaded' });
    // The parts taken over in turns of their own are hydrated in copies of their nodes, which
    // then take their place: the same elements, attributes and text. Yew's markers (comments)
    // are gone, and printed links name the page's own origin instead of the canonical one.
    const markup = () => Object.fromEntries(['#armistice-signed', 'search'].map((selector) => [
      selector, document.querySelector(selector)?.outerHTML.replace(/<!--[\s\S]*?-->/g, '').replace(/https?:\/\/[^/"<]+/g, 'ORIGIN'),
    ]));
    const renderedAhead = await page.evaluate(markup);
    await page.evaluate(() => {
      window.prerendered = { heading: document.querySelector('h1'), year: document.getElementById('year-1953') };
    });
    await appStarted(page);
    const kept = await page.evaluate(() => Object.fromEntries(Object.entries(window.prerendered).map(([name, node]) => [
      name, node !== null && node.isConnected,
    ])));
    assert.deepEqual(kept, { heading: true, year: true });
    assert.ok(renderedAhead['#armistice-signed'] && renderedAhead.search, 'the entry and the filters were rendered ahead');
    assert.deepEqual(await page.evaluate(markup), renderedAhead);
    await page.getByRole('checkbox', { name: /^Summit/ }).check();
    await settle(page);
    assert.equal(await entries(page).count(), data.entries.filter((entry) => entry.kind === 'summit').length);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('keyboard focus on a control taken over later stays on it, and the control then works', async () => {
    const context = await site.browser.newContext();
    await holdWasm(context, 500);
    const { page, problems } = await openPage(context, null);
    await page.goto(site.url(''), { waitUntil: 'domcontentloaded' });
    const summit = page.getByRole('checkbox', { name: /^Summit/ });
    await summit.focus();
    await appStarted(page);
    assert.ok(await summit.evaluate((box) => box === document.activeElement), 'the Summit checkbox has focus');
    await page.keyboard.press('Space');
    await settle(page);
    assert.ok(await summit.isChecked());
    assert.equal(await entries(page).count(), data.entries.filter((entry) => entry.kind === 'summit').length);
    assert.deepEqual(problems, []);
    await context.close();
  });

  for (const path of ['', 'entry/singapore-summit/', 'kind/publication/', 'entry/nowhere/', 'no/such/page']) {
    test(`hydrating /${path} logs no error or warning and splits no text`, async () => {
      const context = await site.browser.newContext();
      const { page, problems } = await openPage(context, site.url(path));
      assert.deepEqual(problems, []);
      // The browser parses adjacent texts of the pre-rendered page as one node; Yew's
      // hydration then inserts a node per extra text, changing the page after its first paint.
      const split = await page.evaluate(() => {
        const texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        const found = [];
        for (let node = texts.nextNode(); node; node = texts.nextNode()) {
          if (node.previousSibling?.nodeType === Node.TEXT_NODE) found.push(`${node.previousSibling.data}|${node.data}`);
        }
        return found;
      });
      assert.deepEqual(split, []);
      await context.close();
    });
  }

  test("a shared link's filters are applied without first showing the entries they filter out", async () => {
    const context = await site.browser.newContext();
    await holdWasm(context, 500);
    const page = await context.newPage();
    await page.goto(site.url('?kind=publication'), { waitUntil: 'domcontentloaded' });
    const visibleBeforeWasm = await page.evaluate(() =>
      [...document.querySelectorAll('article')].filter((article) => article.checkVisibility({ visibilityProperty: true })).length);
    assert.equal(visibleBeforeWasm, 0, 'no unfiltered entry shows while the app starts');
    await appStarted(page);
    const publications = data.entries.filter((entry) => entry.kind === 'publication').length;
    const visibleAfter = await page.evaluate(() =>
      [...document.querySelectorAll('article')].filter((article) => article.checkVisibility({ visibilityProperty: true })).length);
    assert.equal(visibleAfter, publications);
    await context.close();
  });
});

describe('site files', () => {
  test('sitemap.xml lists every page and robots.txt points at it', async () => {
    const sitemap = await (await fetch(site.url('sitemap.xml'))).text();
    assert.equal((sitemap.match(/<loc>/g) ?? []).length, 1 + TOTAL + new Set(data.entries.map((e) => e.kind)).size);
    const robots = await (await fetch(site.url('robots.txt'))).text();
    assert.match(robots, /Sitemap: .*\/timeline\/sitemap\.xml/);
  });
});

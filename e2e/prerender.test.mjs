// Pre-rendered pages: content without JavaScript and before WebAssembly, hydration that keeps
// the page as it was rendered (and focus where it was), and a shared link's filters applied
// without showing the wrong entries. The tests that hold the WebAssembly back check that the
// app had not started when they looked at the page "before".

import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { after, before } from 'node:test';

import { ALL, MAIN, data, expected, title } from './data.mjs';
import {
  MOUNT, REPO, SITE, WAIT_MS, appStarted, article, describe, expectShown, holdWasm, openPage, screenshot, scrollSettled, shownSlugs, test,
  useSite,
} from './harness.mjs';

const SAMPLE_ENTRIES = ['armistice-signed', 'singapore-summit', 'publication-north-korean-troops-in-russia', 'korean-war'];
const SAMPLE_KINDS = ['summit', 'publication', 'military'];
const NOT_FOUND = 'There is no page at this address. The full timeline is below.';

const site = useSite();

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The slugs of the entries in a page's pre-rendered HTML, as the server sends it. */
async function prerenderedSlugs(path) {
  const html = await (await fetch(site.url(path))).text();
  return [...html.matchAll(/<article\b[^>]*\bid="([^"]+)"/g)].map((match) => match[1]);
}

/** Controls a reader can see on the page: buttons and form fields, which need the app to work. */
const visibleControls = () => [...document.querySelectorAll('button, input, select, textarea')]
  .filter((control) => control.checkVisibility({ visibilityProperty: true }))
  .map((control) => `${control.tagName.toLowerCase()} “${(control.getAttribute('aria-label') ?? control.textContent).trim() || control.type}”`);

describe('without JavaScript', () => {
  let context;
  before(async () => {
    context = await site.browser.newContext({ javaScriptEnabled: false });
    context.setDefaultTimeout(WAIT_MS);
  });
  after(async () => { await context.close(); });
  const newPage = async (width = 1280) => {
    const page = await context.newPage();
    await page.setViewportSize({ width, height: 900 });
    return page;
  };

  test('the home page shows the whole main tier and offers pages per kind instead of dead controls', async () => {
    const page = await newPage();
    await page.goto(site.url(''));
    assert.deepEqual(await shownSlugs(page), MAIN);
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
    test(`the entry page of ${slug} shows that entry marked current, with the entries after it`, async () => {
      const page = await newPage();
      const response = await page.goto(site.url(`entry/${slug}/`));
      assert.equal(response.status(), 200);
      const current = page.locator('article[aria-current="true"]');
      assert.equal(await current.count(), 1);
      assert.equal(await current.getByRole('heading', { level: 3 }).innerText(), title(slug));
      assert.equal(await current.getAttribute('id'), slug);
      assert.match(await page.title(), new RegExp(title(slug).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
      // The main tier, with this entry in its place (a background entry's own page shows it).
      const timeline = ALL.filter((other) => MAIN.includes(other) || other === slug);
      const shown = await shownSlugs(page);
      const start = timeline.indexOf(shown[0]);
      assert.ok(start >= 0 && shown.includes(slug), `${JSON.stringify(shown)} holds ${slug}`);
      assert.deepEqual(shown, timeline.slice(start, start + shown.length), 'a run of the timeline without gaps');
      const next = timeline[timeline.indexOf(slug) + 1];
      if (next) assert.ok(shown.includes(next), `the entry after it (${next}) is shown too`);
      await page.close();
    });
  }

  for (const kind of SAMPLE_KINDS) {
    test(`the ${kind} page lists exactly the entries of that kind`, async () => {
      const page = await newPage();
      await page.goto(site.url(`kind/${kind}/`));
      assert.deepEqual(await shownSlugs(page), expected({ kinds: [kind] }));
      await page.close();
    });
  }

  test('a kind page\'s links lead to that page: the skip link, the axis\'s years and the other language\'s kind page', async () => {
    const page = await newPage(390);
    await page.goto(site.url('kind/summit/'));
    const summits = expected({ kinds: ['summit'] });
    assert.deepEqual(await shownSlugs(page), summits);
    const skip = page.getByRole('link', { name: 'Skip to the timeline', exact: true });
    assert.equal(await skip.getAttribute('href'), `${MOUNT}kind/summit/#timeline`);
    const years = await page.getByRole('navigation', { name: 'Time axis' }).getByRole('link', { name: /^2018/ })
      .evaluateAll((links) => links.map((link) => link.href));
    assert.ok(years.length > 0 && years.every((href) => href === site.url('kind/summit/#year-2018')), years.join(' '));
    await page.getByRole('link', { name: '한국어', exact: true }).click();
    await page.waitForURL(site.url('ko/kind/summit/'));
    assert.deepEqual(await shownSlugs(page), summits, 'the Korean page of the same kind, not the whole timeline');
    await page.close();
  });

  test('every entry has a page that exists, in English and in Korean', async () => {
    const page = await newPage();
    await page.goto(site.url(''));
    const hrefs = await page.getByRole('heading', { level: 3 }).getByRole('link').evaluateAll((links) => links.map((link) => link.href));
    assert.deepEqual(hrefs, MAIN.map((slug) => site.url(`entry/${slug}/`)));
    for (const slug of ALL) {
      for (const path of [`entry/${slug}/`, `ko/entry/${slug}/`]) {
        const response = await page.request.get(site.url(path));
        assert.equal(response.status(), 200, path);
      }
    }
    await page.close();
  });

  test('404.html reads without JavaScript: a heading, the message, and the timeline', async () => {
    const page = await newPage();
    const response = await page.goto(site.url('no/such/page/'));
    assert.equal(response.status(), 404, 'the host answers with 404.html and its status');
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Should the U.S. declare an end to the Korean War?');
    await page.getByRole('alert').getByText(NOT_FOUND).waitFor();
    assert.ok(await page.getByRole('alert').isVisible());
    assert.match(await page.title(), /^Page not found/);
    const timeline = page.getByRole('region', { name: 'Timeline' });
    assert.ok(await timeline.isVisible());
    assert.deepEqual(await shownSlugs(page), MAIN);
    for (const year of ['1953', '2018', '2024']) await timeline.getByRole('heading', { name: year, exact: true }).waitFor();
    await page.getByRole('navigation', { name: 'Browse by kind of event' }).getByRole('link', { name: 'All entries' }).waitFor();
    await screenshot(page, 'no-js-404');
    await page.close();
  });

  for (const width of [390, 1280]) {
    for (const path of ['', 'entry/singapore-summit/', 'kind/summit/', 'no/such/page/']) {
      test(`no control that needs JavaScript is shown without it: /${path} at ${width} px`, async () => {
          const page = await newPage(width);
        await page.goto(site.url(path));
        assert.deepEqual(await page.evaluate(visibleControls), [], 'buttons and fields that would do nothing');
        await page.close();
      });
    }
  }

  test('on a phone, the pages per kind are within reach without JavaScript', async () => {
    const page = await newPage(390);
    await page.goto(site.url(''));
    const kinds = page.getByRole('navigation', { name: 'Browse by kind of event' });
    assert.ok(await kinds.isVisible(), 'the links to the kind pages are shown');
    await page.close();
  });
});

describe('before and without WebAssembly', () => {
  test('with the WebAssembly request blocked, the pre-rendered content is all there', async () => {
    const context = await site.newContext();
    await context.route('**/*.wasm', (route) => route.abort());
    const { page } = await openPage(context, site.url('entry/singapore-summit/'), { waitForApp: false });
    await page.getByRole('alert').filter({ hasText: 'could not start' }).waitFor();
    assert.deepEqual(await shownSlugs(page), await prerenderedSlugs('entry/singapore-summit/'));
    assert.equal(await page.locator('article[aria-current="true"]').getAttribute('id'), 'singapore-summit');
    assert.ok(await article(page, 'singapore-summit').isVisible());
    await context.close();
  });

  test('no script is fetched before the first contentful paint: the app comes after it', async () => {
    for (const path of ['', 'ko/entry/singapore-summit/', 'embed/?kind=summit']) {
      const context = await site.newContext();
      const { page, problems } = await openPage(context, site.url(path));
      const { paint, scripts } = await page.evaluate(() => ({
        paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
        scripts: performance.getEntriesByType('resource')
          .filter((entry) => /\.(js|wasm)$/.test(new URL(entry.name).pathname))
          .map((entry) => ({ file: new URL(entry.name).pathname, start: entry.startTime })),
      }));
      assert.ok(paint > 0, `${path || 'home'}: the page painted content`);
      assert.deepEqual(scripts.map((script) => script.file.split('/').pop().replace(/-[0-9a-f]+(_bg)?\./, '$1.')).sort(),
        ['peace-timeline.js', 'peace-timeline_bg.wasm'], `${path || 'home'}: the app's two files and no other script`);
      for (const script of scripts) {
        assert.ok(script.start >= paint, `${path || 'home'}: ${script.file} was requested at ${script.start} ms, before the first contentful paint at ${paint} ms`);
      }
      assert.deepEqual(problems, []);
      await context.close();
    }
  });

  test('an engine without paint timing, or whose observer takes no type, still starts the app', async () => {
    const engines = {
      'no PerformanceObserver': () => { delete window.PerformanceObserver; },
      'no paint entries': () => { Object.defineProperty(PerformanceObserver, 'supportedEntryTypes', { value: ['resource'] }); },
      'observe() without type': () => {
        PerformanceObserver.prototype.observe = function observe(options) {
          if (!options.entryTypes) throw new TypeError('entryTypes is required');
        };
      },
    };
    for (const [engine, change] of Object.entries(engines)) {
      const context = await site.newContext();
      await context.addInitScript(change);
      const { page, problems } = await openPage(context, site.url('?kind=summit'));
      await expectShown(page, expected({ kinds: ['summit'] }), `${engine}: the link's filter applied by the app`);
      assert.deepEqual(problems, [], engine);
      await context.close();
    }
  });
});

describe('with JavaScript', () => {
  test('hydration keeps the frame\'s nodes and the rest as rendered, and filters and links then work', async () => {
    const context = await site.newContext();
    const wasm = await holdWasm(context);
    const { page, problems } = await openPage(context, null);
    await page.goto(site.url(''), { waitUntil: 'domcontentloaded' });
    // Parts taken over in turns of their own are hydrated in copies of their nodes, which then
    // take their place: the same elements, attributes and text. Yew's markers (comments) are
    // gone, and printed links name the page's own origin instead of the canonical one.
    const markup = () => Object.fromEntries(['#armistice-signed', '#singapore-summit', 'search'].map((selector) => [
      selector, document.querySelector(selector)?.outerHTML.replace(/<!--[\s\S]*?-->/g, '').replace(/https?:\/\/[^/"<]+/g, 'ORIGIN'),
    ]));
    const renderedAhead = await page.evaluate(markup);
    const startedBefore = await page.evaluate(() => {
      window.prerendered = { heading: document.querySelector('h1'), year: document.getElementById('year-1953') };
      return window.wasmBindings !== undefined;
    });
    assert.equal(startedBefore, false, 'the app had not started when the page was looked at');
    wasm.release();
    await appStarted(page);
    const kept = await page.evaluate(() => Object.fromEntries(Object.entries(window.prerendered).map(([name, node]) => [
      name, node !== null && node.isConnected,
    ])));
    assert.deepEqual(kept, { heading: true, year: true });
    assert.ok(Object.values(renderedAhead).every(Boolean), 'the entries and the filters were rendered ahead');
    assert.deepEqual(await page.evaluate(markup), renderedAhead);
    await page.getByRole('checkbox', { name: /^Summit/ }).check();
    await expectShown(page, expected({ kinds: ['summit'] }));
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('keyboard focus on a control taken over later stays on it, and the control then works', async () => {
    const context = await site.newContext();
    const wasm = await holdWasm(context);
    const { page, problems } = await openPage(context, null);
    await page.goto(site.url(''), { waitUntil: 'domcontentloaded' });
    const summit = page.getByRole('checkbox', { name: /^Summit/ });
    await summit.focus();
    assert.equal(await page.evaluate(() => window.wasmBindings), undefined, 'the app had not started when focus moved');
    wasm.release();
    await appStarted(page);
    assert.ok(await summit.evaluate((box) => box === document.activeElement), 'the Summit checkbox has focus');
    await page.keyboard.press('Space');
    await expectShown(page, expected({ kinds: ['summit'] }));
    assert.ok(await summit.isChecked());
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('an entry page opens at its entry, focused, before the app starts, and the app leaves it there', async () => {
    const slug = 'moon-le-figaro-interview';
    const context = await site.newContext();
    const wasm = await holdWasm(context);
    const { page, problems } = await openPage(context, null, { width: 320, height: 568 });
    await page.goto(site.url(`entry/${slug}/`), { waitUntil: 'domcontentloaded' });
    await wasm.requested; // after the first paint
    const axis = page.getByRole('navigation', { name: 'Time axis' });
    const place = async () => {
      const axisBox = await axis.boundingBox();
      return {
        ...await page.evaluate(() => ({ started: window.wasmBindings !== undefined, scrollY, focused: document.activeElement?.id })),
        entryTop: Math.round((await article(page, slug).boundingBox()).y),
        axisBottom: Math.round(axisBox.y + axisBox.height),
      };
    };
    const ahead = await place();
    assert.equal(ahead.started, false, 'the app had not started when the page was looked at');
    assert.equal(ahead.focused, slug, 'focus on the entry');
    assert.ok(ahead.scrollY > 0 && ahead.entryTop >= ahead.axisBottom && ahead.entryTop < 568 / 2,
      `the entry at the top of the screen, below the sticky axis: ${JSON.stringify(ahead)}`);
    await screenshot(page, 'entry-page-before-the-app-320');
    wasm.release();
    await appStarted(page);
    await scrollSettled(page);
    assert.deepEqual(await place(), { ...ahead, started: true }, 'the app leaves the page as it opened');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('on an entry page, a reader who scrolled or moved focus before the app started is left there', async () => {
    // A shared link on a slow phone network: the reader starts reading the pre-rendered page,
    // and the app, starting later, must not pull them back to the entry it would have shown.
    const slug = 'moon-le-figaro-interview';
    const where = () => ({ started: window.wasmBindings !== undefined, scrollY, focused: document.activeElement?.id || document.activeElement?.tagName });
    const context = await site.newContext();

    const scrolled = await holdWasm(context);
    const { page, problems } = await openPage(context, null, { width: 390, height: 740 });
    await page.goto(site.url(`entry/${slug}/`), { waitUntil: 'domcontentloaded' });
    await scrolled.requested;
    await page.mouse.move(195, 500);
    await page.mouse.wheel(0, 900);
    await scrollSettled(page);
    const reading = await page.evaluate(where);
    assert.equal(reading.started, false, 'the app had not started when the reader scrolled');
    scrolled.release();
    await appStarted(page);
    assert.equal(await article(page, slug).getAttribute('aria-current'), 'true', 'still the entry the page is for');
    await scrollSettled(page); // a scroll to the entry would have begun when the app started
    assert.deepEqual(await page.evaluate(where), { ...reading, started: true }, 'where the reader had scrolled to, focus not taken');
    assert.deepEqual(problems, []);
    await page.close();

    const tabbed = await holdWasm(context);
    const second = await openPage(context, null, { width: 390, height: 740 });
    await second.page.goto(site.url(`entry/${slug}/`), { waitUntil: 'domcontentloaded' });
    await tabbed.requested;
    const otherEdition = second.page.getByRole('link', { name: '한국어' });
    await otherEdition.focus();
    await scrollSettled(second.page); // focusing scrolls the link into view, smoothly
    const focused = await second.page.evaluate(where);
    assert.equal(focused.started, false, 'the app had not started when focus moved');
    tabbed.release();
    await appStarted(second.page);
    await scrollSettled(second.page);
    assert.ok(await otherEdition.evaluate((link) => link === document.activeElement), 'focus stays on the link the reader chose');
    assert.equal(await second.page.evaluate(() => scrollY), focused.scrollY, 'the page did not scroll to the entry');
    assert.deepEqual(second.problems, []);
    await context.close();
  });

  for (const path of ['', 'entry/singapore-summit/', 'entry/korean-war/', 'kind/publication/', 'entry/nowhere/', 'no/such/page', 'ko/', 'ko/entry/singapore-summit/']) {
    test(`hydrating /${path} logs no error or warning and splits no text`, async () => {
      const context = await site.newContext();
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
      assert.deepEqual(await shownSlugs(page), await prerenderedSlugs(path), 'the app shows the entries rendered ahead');
      await context.close();
    });
  }

  test("a shared link's filters are applied without first showing the entries they filter out", async () => {
    const context = await site.newContext();
    const wasm = await holdWasm(context);
    const { page, problems } = await openPage(context, null);
    await page.goto(site.url('?kind=publication'), { waitUntil: 'domcontentloaded' });
    const visible = () => ({
      started: window.wasmBindings !== undefined,
      shown: [...document.querySelectorAll('article')].filter((card) => card.checkVisibility({ visibilityProperty: true })).map((card) => card.id),
    });
    const ahead = await page.evaluate(visible);
    assert.equal(ahead.started, false, 'the app had not started when the page was looked at');
    assert.deepEqual(ahead.shown, [], 'no unfiltered entry shows while the app starts');
    wasm.release();
    await appStarted(page);
    await expectShown(page, expected({ kinds: ['publication'] }));
    assert.deepEqual((await page.evaluate(visible)).shown, expected({ kinds: ['publication'] }), 'and they are visible');
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('site files', () => {
  test('sitemap.xml lists every page in both languages, and robots.txt points at it', async () => {
    const sitemap = await (await fetch(site.url('sitemap.xml'))).text();
    const pages = 1 + data.entries.length + data.kinds.length;
    assert.equal((sitemap.match(/<loc>/g) ?? []).length, 2 * pages);
    for (const slug of ALL) assert.ok(sitemap.includes(`/timeline/entry/${slug}/</loc>`), slug);
    const robots = await (await fetch(site.url('robots.txt'))).text();
    assert.match(robots, /Sitemap: .*\/timeline\/sitemap\.xml/);
  });

  test('the scripts and the WebAssembly name none of the folders they were built in', () => {
    // Panic messages carry source paths: the app's own are relative, the dependencies' must not
    // start with the builder's cargo folder or checkout.
    const builderFolders = [/\/registry\/src\//, new RegExp(escapeRegExp(REPO))];
    const shipped = readdirSync(SITE).filter((name) => /\.(js|wasm)$/.test(name));
    assert.ok(shipped.filter((name) => name.endsWith('.wasm')).length >= 2, `both builds' wasm in ${shipped}`);
    for (const name of shipped) {
      const text = readFileSync(`${SITE}/${name}`).toString('latin1');
      for (const folder of builderFolders) assert.doesNotMatch(text, folder, name);
      if (name.endsWith('.wasm')) assert.match(text, /yew-0\.\d+\.\d+\/src\//, `${name} still says which crate a panic is in`);
    }
  });
});

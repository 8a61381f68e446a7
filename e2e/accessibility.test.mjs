// Accessibility: axe-core finds no WCAG 2.2 AA violation on any page or state, in light and
// dark, at phone and desktop widths; the keyboard alone gets everywhere; print gives a clean
// column of entries with their URLs.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import { ARTIFACTS, TOTAL, bySlug, data, entries, openPage, screenshot, settle, useSite } from './harness.mjs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const PAGES = {
  home: '',
  'filtered view': '?kind=summit,publication&from=2018',
  'entry opened by link': 'entry/singapore-summit/',
  'empty result': '?q=no-entry-says-this',
  'not-found page': 'no/such/page/',
};

const site = useSite();

/** Runs axe on the page; returns its violations as readable lines. */
async function axeViolations(page) {
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  }));
  return results.violations.flatMap((violation) => violation.nodes.map((node) =>
    `${violation.id} (${violation.impact}): ${node.target.join(' ')}: ${node.failureSummary.replace(/\s+/g, ' ')}`));
}

describe('axe finds no violation', () => {
  for (const colorScheme of ['light', 'dark']) {
    for (const width of [390, 1280]) {
      for (const [name, path] of Object.entries(PAGES)) {
        test(`${name}, ${colorScheme}, ${width} px`, async () => {
          // axe is injected as a script, which the site's Content Security Policy would refuse.
          const context = await site.browser.newContext({ bypassCSP: true, colorScheme, viewport: { width, height: 900 } });
          const { page } = await openPage(context, site.url(path), { width, height: 900 });
          const violations = await axeViolations(page);
          if (violations.length) await screenshot(page, `axe-${name.replace(/\W+/g, '-')}-${colorScheme}-${width}`);
          assert.deepEqual(violations, []);
          await context.close();
        });
      }
    }
  }
});

describe('the keyboard alone', () => {
  test('skip link, search, moving between entries, the shortcuts dialog and copying a link need no mouse', async () => {
    const context = await site.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    const { page, problems } = await openPage(context, site.url(''));
    const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');

    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Skip to the timeline');
    await page.keyboard.press('Enter');
    assert.equal(await focusedId(), 'timeline');

    await page.keyboard.press('j');
    assert.equal(await focusedId(), data.entries[0].slug);
    await page.keyboard.press('j');
    await page.keyboard.press('ArrowDown');
    assert.equal(await focusedId(), data.entries[2].slug);
    await page.keyboard.press('k');
    assert.equal(await focusedId(), data.entries[1].slug);

    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    assert.ok(await page.evaluate(() => document.querySelector('dialog').contains(document.activeElement)), 'focus moved into the dialog');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    assert.ok(await page.evaluate(() => document.querySelector('dialog').contains(document.activeElement)), 'focus stays in the dialog');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    assert.equal(await focusedId(), data.entries[1].slug, 'focus returned to where it was');

    await page.keyboard.press('/');
    assert.equal(await focusedId(), 'filter-text');
    await page.keyboard.type('singapore');
    await settle(page);
    assert.ok((await entries(page).count()) < TOTAL, 'typing filtered');
    await page.keyboard.press('j');
    assert.equal(await page.getByRole('searchbox').inputValue(), 'singaporej', 'j types while in a field');

    await page.keyboard.press('Escape');
    await page.getByRole('searchbox').fill('');
    await settle(page);
    // From the search box, Tab walks to the entries' controls; find Singapore's Copy link.
    const singapore = page.getByRole('article', { name: bySlug['singapore-summit'].title });
    const copy = singapore.getByRole('button', { name: 'Copy link' });
    for (let presses = 0; presses < 200 && !(await copy.evaluate((el) => el === document.activeElement)); presses++) {
      await page.keyboard.press('Tab');
    }
    assert.ok(await copy.evaluate((el) => el === document.activeElement), 'Copy link is reachable by Tab');
    await page.keyboard.press('Enter');
    await singapore.getByText('Link copied').waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), site.url('entry/singapore-summit/'));
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('focus is clearly visible', async () => {
    const { page } = await openPage(await site.browser.newContext(), site.url(''));
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    assert.notEqual(outline, 'none');
    await page.context().close();
  });
});

describe('print', () => {
  test('printing gives the filtered entries with their dates, quotes and full links, without controls', async () => {
    const { execFileSync } = await import('node:child_process');
    const { page } = await openPage(await site.browser.newContext(), site.url('?kind=diplomacy'));
    await page.emulateMedia({ media: 'print' });
    const pdf = `${ARTIFACTS}/print-diplomacy.pdf`;
    await page.pdf({ path: pdf, format: 'A4', printBackground: false });
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    const diplomacy = data.entries.filter((entry) => entry.kind === 'diplomacy');
    for (const entry of diplomacy) {
      assert.ok(text.includes(entry.title), `${entry.title} is printed`);
      assert.ok(text.includes(site.url(`entry/${entry.slug}/`)), `${entry.slug}'s full link is printed`);
    }
    const other = data.entries.find((entry) => entry.kind === 'publication');
    assert.ok(!text.includes(other.title), 'entries outside the filter are not printed');
    assert.ok(text.includes('27 July 1953') === diplomacy.some((e) => e.date === '1953-07-27'));
    assert.ok(text.includes('essentially … a political declaration'), 'quotes are printed');
    for (const control of ['Copy link', 'Clear all filters', 'Download JSON', 'Keyboard shortcuts', 'Filter the timeline']) {
      assert.ok(!text.includes(control), `no "${control}" on paper`);
    }
    await page.context().close();
  });
});

describe('screenshots', () => {
  test('dark mode and a 320 px phone', async () => {
    const dark = await site.browser.newContext({ colorScheme: 'dark' });
    const { page } = await openPage(dark, site.url('entry/end-of-war-declaration-proposal/'), { width: 1280, height: 900 });
    await screenshot(page, 'dark-desktop');
    await dark.close();
    const narrow = await site.browser.newContext();
    const phone = await openPage(narrow, site.url(''), { width: 320, height: 700 });
    const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, 'no sideways scrolling at 320 px');
    await screenshot(phone.page, 'phone-320');
    await narrow.close();
  });
});

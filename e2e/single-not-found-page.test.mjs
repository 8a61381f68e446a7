// A host with one not-found page for the whole site, as GitHub Pages is: every missing path,
// under `ko/` and `embed/` too, gets the English full site's 404.html (the build's `_redirects`
// and the nested 404 pages go unread). A bad link must still get its plain notice there, in
// the layout and the language its path asks for, and nothing may break.

import assert from 'node:assert/strict';

import { expected } from './data.mjs';
import { appStarted, describe, expectShown, fresh, screenshot, test, useSite } from './harness.mjs';
import { EN, KO, OWN_NAME, choice, filtersButton } from './editions.mjs';

const site = useSite({ singleNotFoundPage: true });

const unknownEntry = (slug) => `There is no entry called “${slug}”`;
const language = (page) => page.evaluate(() => document.documentElement.lang);

describe('a host with one not-found page', () => {
  test('an embed link to an unknown entry gets the embedded layout, the notice and working filters', async () => {
    const { context, page, problems, status } = await fresh(site, 'embed/entry/no-such-event/?kind=summit', {
      width: 390, height: 760,
    });
    assert.equal(status, 404, 'the host answers with its one 404.html');
    await page.getByRole('alert').getByText(unknownEntry('no-such-event')).waitFor();
    await page.getByRole('contentinfo').getByRole('link', { name: EN.openFull }).waitFor();
    assert.equal(await page.getByRole('banner').count(), 0, 'no site header in the embedded layout');
    await expectShown(page, expected({ kinds: ['summit'] }));
    await page.getByRole('button', { name: 'Remove filter: Summit' }).click();
    await expectShown(page, expected(), 'the filters still work');
    await screenshot(page, 'single-404-embed-unknown-entry');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a Korean link to an unknown entry gets the Korean page: its notice, its filters and a way to the English one', async () => {
    const { context, page, problems, status } = await fresh(site, 'ko/entry/no-such-event/?kind=summit', {
      width: 320, height: 720,
    });
    assert.equal(status, 404, 'the host answers with its one 404.html, which is English');
    await page.getByRole('alert', { name: KO.aboutThisLink }).getByText(KO.unknownEntry('no-such-event'), { exact: true }).waitFor();
    assert.equal(await language(page), 'ko', 'the Korean build renders the Korean page in its place');
    assert.equal(await page.title(), `${KO.notFoundTitle} · ${KO.siteName}`, 'the Korean not-found title, not the English page\'s');
    await expectShown(page, expected({ kinds: ['summit'], language: 'ko' }));
    const text = await page.locator('body').innerText();
    for (const english of [unknownEntry('no-such-event'), EN.siteName, EN.filterTheTimeline, EN.filters]) {
      assert.ok(!text.includes(english), `no English interface text on the Korean page: “${english}”`);
    }
    await screenshot(page, 'single-404-korean-unknown-entry');
    await filtersButton(page, KO).click();
    await choice(page, '정상회담').uncheck();
    await expectShown(page, expected({ language: 'ko' }), 'the filters still work');
    await page.getByRole('button', { name: KO.closeFilters }).click();
    await choice(page, '정상회담').waitFor({ state: 'hidden' });
    await page.getByRole('link', { name: OWN_NAME.en, exact: true }).click();
    await page.waitForURL((url) => !url.pathname.includes('/ko/'));
    await appStarted(page);
    assert.equal(await language(page), 'en');
    assert.deepEqual(problems, []);
    await context.close();
  });
});

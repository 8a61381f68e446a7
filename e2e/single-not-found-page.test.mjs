// A host with one not-found page for the whole site, as GitHub Pages is: every missing path,
// under `ko/` and `embed/` too, gets the English full site's 404.html (the build's `_redirects`
// and the nested 404 pages go unread). A bad link must still get its plain notice there, in
// the layout its path asks for where the app can give it, and nothing may break.

import assert from 'node:assert/strict';

import { expected } from './data.mjs';
import { appStarted, describe, expectShown, fresh, screenshot, test, useSite } from './harness.mjs';
import { EN, OWN_NAME, choice } from './editions.mjs';

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

  test('a Korean link to an unknown entry gets the English notice and a link to the Korean timeline with its filters', async () => {
    const { context, page, problems, status } = await fresh(site, 'ko/entry/no-such-event/?kind=summit');
    assert.equal(status, 404);
    assert.equal(await language(page), 'en', 'the page the host sent is English, and the app that runs on it');
    await page.getByRole('alert').getByText(unknownEntry('no-such-event')).waitFor();
    await expectShown(page, expected({ kinds: ['summit'] }));
    await page.getByRole('link', { name: OWN_NAME.ko, exact: true }).click();
    await page.waitForURL((url) => url.pathname.endsWith('/ko/') && url.search === '?kind=summit');
    await appStarted(page);
    assert.equal(await language(page), 'ko');
    await expectShown(page, expected({ kinds: ['summit'], language: 'ko' }), 'the Korean page keeps the filter');
    assert.ok(await choice(page, '정상회담').isChecked());
    assert.deepEqual(problems, []);
    await context.close();
  });
});

// Background events and provenance (issue 16): events the article takes for granted are
// hidden until the reader asks for them (a checkbox, or `background=1` in a link); a span of
// time reads as a range and shows as a bar on the axis; every entry says how its date is known,
// and an entry dated from the public record links to its source.

import assert from 'node:assert/strict';

import { ALL, BACKGROUND, MAIN, axisLabels, bySlug, data, expected, title } from './data.mjs';
import { article, describe, expectShown, expectUrl, fresh as freshOn, goto, test, useSite } from './harness.mjs';

const site = useSite();
const fresh = (path, options) => freshOn(site, path, options);

const toggle = (page) => page.getByRole('checkbox', { name: 'Show background events' });
const axis = (page) => page.getByRole('navigation', { name: 'Time axis' });
const matchCount = (page) => page.getByRole('status').filter({ hasText: / of \d+ entries$/ });
const markNames = (page) => axis(page).getByRole('link').evaluateAll((links) => links
  .filter((link) => link.checkVisibility()).map((link) => link.getAttribute('aria-label') ?? link.textContent));

/** The Korean War's bar on the axis: its pieces, where they are drawn, and the years around them. */
function koreanWarBar(page) {
  return page.evaluate(() => {
    const pieces = [...document.querySelectorAll('.axis-span')].filter((piece) => piece.id.includes('korean-war'));
    const box = (element) => { const r = element?.getBoundingClientRect(); return r && { left: r.left, right: r.right, width: r.width, height: r.height }; };
    return {
      pieces: pieces.map((piece) => ({ shown: piece.checkVisibility(), ...box(piece) })),
      from: box(document.getElementById('axis-year-1950')),
      to: box(document.getElementById('axis-year-1953')),
    };
  });
}

describe('background events', () => {
  test('are hidden by default: neither in the timeline, on the axis, nor in the counts', async () => {
    const { context, page, problems } = await fresh('');
    await expectShown(page, MAIN);
    for (const slug of BACKGROUND) {
      assert.equal(await article(page, slug).count(), 0, `${slug} is hidden`);
    }
    const marks = await markNames(page);
    assert.equal(marks.filter((name) => BACKGROUND.some((slug) => name.startsWith(`${title(slug)}, `))).length, 0, 'no background marks');
    assert.equal(marks.filter((name) => MAIN.some((slug) => name.startsWith(`${title(slug)}, `))).length, MAIN.length, 'a mark per shown entry');
    assert.equal(await matchCount(page).innerText(), `${MAIN.length} of ${MAIN.length} entries`);
    assert.ok(!(await toggle(page).isChecked()));
    assert.equal((await koreanWarBar(page)).pieces.filter((piece) => piece.shown).length, 0, 'no bar for the hidden Korean War');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('"Show background events" shows them, writes background=1 into the URL, and unchecking hides them again', async () => {
    const { context, page, problems } = await fresh('');
    await toggle(page).check();
    await expectShown(page, ALL);
    await expectUrl(page, /\/timeline\/\?background=1$/);
    assert.equal(await matchCount(page).innerText(), `${ALL.length} of ${ALL.length} entries`);
    const marks = await markNames(page);
    for (const slug of ALL) assert.ok(marks.some((name) => name.startsWith(`${title(slug)}, `)), `${slug} has a mark`);
    for (const label of axisLabels({ background: true })) {
      await axis(page).getByText(label, { exact: true }).or(axis(page).getByText(`No entries ${label}`)).first().waitFor();
    }
    await toggle(page).uncheck();
    await expectShown(page, MAIN);
    await expectUrl(page, /\/timeline\/$/);
    await page.goBack();
    await expectShown(page, ALL, 'Back shows them again');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a link carrying ?background=1 shows them, with the box checked, and combines with other filters', async () => {
    const { context, page, problems } = await fresh('?background=1');
    await expectShown(page, ALL);
    assert.ok(await toggle(page).isChecked());
    await goto(page, site.url('?background=1&kind=military'));
    await expectShown(page, expected({ kinds: ['military'], background: true }));
    assert.ok(expected({ kinds: ['military'], background: true }).length > expected({ kinds: ['military'] }).length);
    await goto(page, site.url('?background=0&kind=military'));
    await expectShown(page, expected({ kinds: ['military'] }), 'background=0 hides them');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a span of years is matched by any year it touches', async () => {
    const { context, page, problems } = await fresh('?background=1&from=1951&to=1952');
    await expectShown(page, ['korean-war']);
    assert.deepEqual(expected({ background: true, from: 1951, to: 1952 }), ['korean-war']);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the link to a background entry shows it, current, even while background events are hidden', async () => {
    const { context, page, problems } = await fresh('entry/korean-war/');
    const war = article(page, 'korean-war');
    assert.equal(await war.getAttribute('aria-current'), 'true');
    assert.ok(await war.isVisible());
    await war.getByText(/current filters would hide it/).waitFor();
    assert.ok(!(await toggle(page).isChecked()));
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('spans of time', () => {
  test('the Korean War reads as a range in its <time>, and with background shown is a bar from 1950 into 1953 on the axis', async () => {
    const { context, page, problems } = await fresh('?background=1');
    const war = article(page, 'korean-war');
    const time = war.locator('time');
    assert.equal(await time.innerText(), '25 June 1950 – 27 July 1953');
    assert.equal(await time.getAttribute('datetime'), bySlug['korean-war'].date);
    const bar = await koreanWarBar(page);
    const shown = bar.pieces.filter((piece) => piece.shown);
    assert.ok(shown.length >= 1, `the bar is drawn (${JSON.stringify(bar.pieces)})`);
    for (const piece of shown) assert.ok(piece.width > 0 && piece.height > 0, 'each piece has a size');
    const left = Math.min(...shown.map((piece) => piece.left));
    const right = Math.max(...shown.map((piece) => piece.right));
    assert.ok(left >= bar.from.left - 0.5 && left < bar.from.right, `the bar starts in 1950 (${left} in ${bar.from.left}–${bar.from.right})`);
    assert.ok(right > bar.to.left && right <= bar.to.right + 0.5, `the bar ends in 1953 (${right} in ${bar.to.left}–${bar.to.right})`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('events of a few days read as ranges too', async () => {
    const { context, page } = await fresh('?background=1');
    for (const [slug, words] of [['nato-summit-july-2024', '9–11 July 2024'], ['yoon-first-nato-summit-madrid', '29–30 June 2022']]) {
      assert.equal(await article(page, slug).locator('time').innerText(), words);
    }
    await context.close();
  });
});

describe('provenance', () => {
  const BADGES = { stated: 'date stated', inferred: 'date inferred', added: 'date added' };

  test('every entry shows exactly one of the three provenance badges, the one its data gives', async () => {
    const { context, page, problems } = await fresh('?background=1');
    await expectShown(page, ALL);
    for (const entry of data.entries) {
      const card = article(page, entry.slug);
      const badges = {};
      for (const [kind, badge] of Object.entries(BADGES)) badges[kind] = await card.getByText(badge, { exact: true }).count();
      assert.deepEqual(badges, { stated: 0, inferred: 0, added: 0, [entry.provenance.kind]: 1 }, `${entry.slug}'s badge`);
    }
    const kinds = new Set(data.entries.map((entry) => entry.provenance.kind));
    assert.deepEqual([...kinds].sort(), ['added', 'inferred', 'stated'], 'the data has all three');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('an entry added from the public record links to its source', async () => {
    const { context, page, problems } = await fresh('?background=1');
    const added = data.entries.filter((entry) => entry.provenance.kind === 'added');
    assert.ok(added.length > 0);
    for (const entry of added) {
      assert.ok(entry.provenance.source, `${entry.slug} names its source in the data`);
      const card = article(page, entry.slug);
      const link = card.getByRole('link', { name: entry.provenance.source.name, exact: true });
      assert.equal(await link.getAttribute('href'), entry.provenance.source.url, `${entry.slug}'s source`);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });
});

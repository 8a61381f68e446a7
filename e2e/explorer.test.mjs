// The explorer end to end: open, filter, read an entry, share, and bad links, in Chromium,
// against the release build served under a sub-path by a plain static server. Every filtering
// test compares the entries shown, by slug and in order, with those the data says the filter
// lets through (e2e/data.mjs).

import assert from 'node:assert/strict';

import { ALL, BACKGROUND, MAIN, bySlug, data, expected, kindById, actorById, title, whenInWords } from './data.mjs';
import {
  article, clipboardRecordingContext, describe, entries, expectFocus, expectShown, expectUrl, fresh as freshOn, goto, openPage, screenshot, shownSlugs, test, until, useSite,
} from './harness.mjs';
import { EN, KO } from './editions.mjs';

const site = useSite();
const fresh = (path, options) => freshOn(site, path, options);

/** The count of shown entries that is on screen ("19 of 19 entries"). */
const matchCount = (page) => page.getByRole('status').filter({ hasText: / of \d+ entries$/ });
const checkbox = (page, name) => page.getByRole('checkbox', { name: new RegExp(`^${name}\\b`) });

describe('opening the timeline', () => {
  test('every entry of the main tier renders as an article with its heading and date, with no console error or failed request', async () => {
    const { context, page, problems } = await fresh('');
    await expectShown(page, MAIN);
    for (const slug of MAIN) {
      const card = article(page, slug);
      assert.equal(await card.getByRole('heading', { level: 3 }).innerText(), title(slug));
      assert.equal(await card.locator('time').innerText(), whenInWords(bySlug[slug]), `${slug}'s date`);
      assert.equal(await card.locator('time').getAttribute('datetime'), bySlug[slug].date, `${slug}'s machine-readable date`);
    }
    await page.getByText('65 years later').waitFor();
    assert.equal(await matchCount(page).innerText(), `${MAIN.length} of ${MAIN.length} entries`);
    await screenshot(page, 'desktop-home');
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('filtering', () => {
  test('a kind filter shows exactly that kind, changes the URL, and survives reload, back and forward', async () => {
    const { context, page, problems } = await fresh('');
    const publications = expected({ kinds: ['publication'] });
    await checkbox(page, 'Publication').check();
    await expectShown(page, publications);
    await expectUrl(page, /\/timeline\/\?kind=publication$/);
    assert.equal(await matchCount(page).innerText(), `${publications.length} of ${MAIN.length} entries`);

    await goto(page, page.url());
    await expectShown(page, publications, 'after a reload');
    assert.ok(await checkbox(page, 'Publication').isChecked());

    await page.goBack();
    await expectShown(page, MAIN, 'back at the unfiltered timeline');
    assert.ok(!(await checkbox(page, 'Publication').isChecked()));
    await page.goForward();
    await expectShown(page, publications, 'forward again');
    assert.ok(await checkbox(page, 'Publication').isChecked());
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the tab names the page the address shows: a kind page and a missing page keep their titles once the app runs, an entry opened in place names itself, Back and Forward name the page again', async () => {
    const summit = kindById.summit.label;
    const { context, page, problems } = await fresh('kind/summit/');
    const kindTitle = `${summit.en} · ${EN.siteName}`;
    assert.equal(await page.title(), kindTitle, 'the kind page, the app running');
    await article(page, 'singapore-summit').getByRole('link', { name: title('singapore-summit'), exact: true }).click();
    await expectUrl(page, /\/timeline\/entry\/singapore-summit\/\?kind=summit$/);
    await until(page, (name) => document.title.startsWith(name), title('singapore-summit'), {
      message: 'the tab naming the entry opened', actual: () => document.title,
    });
    await page.goBack();
    await expectUrl(page, /\/timeline\/kind\/summit\/$/);
    await until(page, (name) => document.title === name, kindTitle, { message: 'the tab naming the kind page again', actual: () => document.title });
    // Back left the kind page's address as it was, so Forward still leads to the entry.
    await page.goForward();
    await expectUrl(page, /\/timeline\/entry\/singapore-summit\/\?kind=summit$/);
    await until(page, (name) => document.title.startsWith(name), title('singapore-summit'), {
      message: 'the tab naming the entry again', actual: () => document.title,
    });
    await page.goBack();
    await expectUrl(page, /\/timeline\/kind\/summit\/$/);
    await checkbox(page, 'Election').check();
    await expectUrl(page, /\/timeline\/\?kind=(election,summit|summit,election)$/);
    await until(page, (name) => document.title === name, EN.homeTitle, {
      message: 'the tab naming the timeline, which the address now shows with two kinds', actual: () => document.title,
    });
    assert.deepEqual(problems, []);
    await context.close();

    for (const [path, name] of [
      ['no/such/page/', `${EN.notFoundTitle} · ${EN.siteName}`],
      ['entry/nowhere/', `${EN.notFoundTitle} · ${EN.siteName}`],
      ['ko/kind/summit/', `${summit.ko} · ${KO.siteName}`],
    ]) {
      const opened = await fresh(path);
      assert.equal(await opened.page.title(), name, `/${path}, the app running`);
      assert.deepEqual(opened.problems, []);
      await opened.context.close();
    }
  });

  test('several kinds show the entries of any of them', async () => {
    const { context, page, problems } = await fresh('');
    await checkbox(page, 'Summit').check();
    await expectShown(page, expected({ kinds: ['summit'] }));
    await checkbox(page, 'Publication').check();
    await expectShown(page, expected({ kinds: ['summit', 'publication'] }));
    await expectUrl(page, /\?kind=publication,summit$/);
    await checkbox(page, 'Summit').uncheck();
    await expectShown(page, expected({ kinds: ['publication'] }));
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('several actors show the entries involving any of them, a person, a country and an organisation alike', async () => {
    const { context, page, problems } = await fresh('');
    const filters = page.getByRole('search', { name: 'Filter the timeline' });
    await checkbox(filters, 'Joseph Yun').check();
    await expectShown(page, expected({ actors: ['joseph-yun'] }));
    await checkbox(filters, 'Vladimir Putin').check();
    await expectShown(page, expected({ actors: ['joseph-yun', 'vladimir-putin'] }));
    await filters.getByText('Countries', { exact: true }).click();
    await checkbox(filters, 'Japan').check();
    await filters.getByText('Organisations', { exact: true }).click();
    await checkbox(filters, 'CNN').check();
    const four = expected({ actors: ['joseph-yun', 'vladimir-putin', 'japan', 'cnn'] });
    assert.ok(four.length > expected({ actors: ['joseph-yun', 'vladimir-putin'] }).length, 'the data lets each actor add entries');
    await expectShown(page, four);
    await expectUrl(page, /\?actor=cnn,japan,joseph-yun,vladimir-putin$/);
    await goto(page, page.url());
    await expectShown(page, four, 'after a reload');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('"From year" and "To year" together show the entries touching that range', async () => {
    const { context, page, problems } = await fresh('');
    const from = page.getByRole('spinbutton', { name: 'From year' });
    const to = page.getByRole('spinbutton', { name: 'To year' });
    await from.fill('2018');
    await from.press('Enter');
    await expectShown(page, expected({ from: 2018 }));
    await to.fill('2023');
    await to.press('Enter');
    const range = expected({ from: 2018, to: 2023 });
    assert.ok(range.includes('cop28-triple-nuclear-energy-declaration') && !range.includes('armistice-signed'));
    await expectShown(page, range);
    await expectUrl(page, /\?from=2018&to=2023$/);
    await goto(page, page.url());
    await expectShown(page, range, 'after a reload');
    assert.equal(await to.inputValue(), '2023');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('"To year" alone shows the entries up to that year', async () => {
    const { context, page, problems } = await fresh('');
    const to = page.getByRole('spinbutton', { name: 'To year' });
    await to.fill('2018');
    await to.press('Enter');
    const upTo2018 = expected({ to: 2018 });
    assert.ok(upTo2018.length > 1 && upTo2018.length < MAIN.length);
    await expectShown(page, upTo2018);
    await expectUrl(page, /\?to=2018$/);
    await to.fill('1953');
    await to.press('Enter');
    await expectShown(page, expected({ to: 1953 }));
    await to.fill('');
    await to.press('Enter');
    await expectShown(page, MAIN, 'with "To year" emptied');
    await expectUrl(page, /\/timeline\/$/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('years typed in reverse order are swapped', async () => {
    const { context, page, problems } = await fresh('');
    await page.getByRole('spinbutton', { name: 'From year' }).fill('2024');
    await page.getByRole('spinbutton', { name: 'From year' }).press('Enter');
    await page.getByRole('spinbutton', { name: 'To year' }).fill('2018');
    await page.getByRole('spinbutton', { name: 'To year' }).press('Enter');
    await expectShown(page, expected({ from: 2018, to: 2024 }));
    await expectUrl(page, /\?from=2018&to=2024$/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a text filter searches titles, summaries, quotes, kinds and names, combines with kinds, and clears', async () => {
    const { context, page, problems } = await fresh('');
    const search = page.getByRole('searchbox', { name: 'Search titles, summaries and quotes' });
    await search.fill('rather simple document');
    await expectShown(page, ['end-of-war-declaration-proposal'], 'words from a quote');
    await expectUrl(page, /[?&]q=rather\+simple\+document$/);

    for (const q of ['nuclear', 'Frank Aum', 'interview', 'PANMUNJOM']) {
      await search.fill(q);
      await expectShown(page, expected({ q }), `searching “${q}”`);
    }

    await search.fill('nuclear');
    await checkbox(page, 'Energy').check();
    const narrowed = expected({ q: 'nuclear', kinds: ['energy'] });
    assert.ok(narrowed.length > 0 && narrowed.length < expected({ q: 'nuclear' }).length, 'the kind narrows the text result');
    await expectShown(page, narrowed);

    await search.fill('zeppelin');
    await expectShown(page, [], 'a word no entry has');
    await page.getByText('No entries match these filters.').waitFor();
    await page.getByRole('region', { name: 'Timeline' }).getByRole('button', { name: 'Clear all filters' }).click();
    await expectShown(page, MAIN);
    assert.equal(await search.inputValue(), '');
    assert.ok(!(await checkbox(page, 'Energy').isChecked()));
    await expectUrl(page, /\/timeline\/$/);
    await screenshot(page, 'desktop-cleared');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('typing a search is one history step, not one per key', async () => {
    const { context, page, problems } = await fresh('');
    await checkbox(page, 'Summit').check();
    await expectUrl(page, /\?kind=summit$/);
    const search = page.getByRole('searchbox', { name: 'Search titles, summaries and quotes' });
    await search.pressSequentially('nato');
    await expectShown(page, expected({ kinds: ['summit'], q: 'nato' }));
    await expectUrl(page, /\?kind=summit&q=nato$/);
    await page.goBack();
    await expectUrl(page, /\?kind=summit$/);
    await expectShown(page, expected({ kinds: ['summit'] }), 'one step back, before the typing');
    assert.equal(await search.inputValue(), '');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('keys typed faster than the page renders are still one new history step', async () => {
    const { context, page, problems } = await fresh('');
    await checkbox(page, 'Summit').check();
    await expectUrl(page, /\?kind=summit$/);
    const search = page.getByRole('searchbox', { name: 'Search titles, summaries and quotes' });
    // Two keys in one task, as a slow phone delivers them: the app renders once for both.
    await search.evaluate((box) => {
      for (const text of ['n', 'na']) {
        box.value = text;
        box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text.at(-1) }));
      }
    });
    await expectUrl(page, /\?kind=summit&q=na$/);
    await page.goBack();
    await expectUrl(page, /\?kind=summit$/, 'one step back: the filter kept its own step');
    await expectShown(page, expected({ kinds: ['summit'] }));
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('kinds, actors, years and text combine: an entry must pass every one', async () => {
    const { context, page, problems } = await fresh('');
    const filters = page.getByRole('search', { name: 'Filter the timeline' });
    await checkbox(filters, 'Publication').check();
    await checkbox(filters, 'Summit').check();
    await filters.getByText('Countries', { exact: true }).click();
    await checkbox(filters, 'South Korea').check();
    await checkbox(filters, 'China').check();
    await page.getByRole('spinbutton', { name: 'From year' }).fill('2019');
    await page.getByRole('spinbutton', { name: 'From year' }).press('Enter');
    const combined = { kinds: ['publication', 'summit'], actors: ['south-korea', 'china'], from: 2019 };
    await expectShown(page, expected(combined));
    await page.getByRole('searchbox', { name: /^Search/ }).fill('nato');
    const withText = expected({ ...combined, q: 'nato' });
    assert.ok(withText.length > 0 && withText.length < expected(combined).length, 'the text narrows the combination');
    await expectShown(page, withText);
    await expectUrl(page, /\?kind=publication,summit&actor=china,south-korea&from=2019&q=nato$/);
    assert.equal(await matchCount(page).innerText(), `${withText.length} of ${MAIN.length} entries`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a shared link with every filter shows the same entries as choosing them', async () => {
    const filter = { kinds: ['diplomacy', 'statement'], actors: ['kim-jong-un', 'joseph-yun'], from: 2018, to: 2018, q: 'declaration' };
    const { context, page, problems } = await fresh('?kind=diplomacy,statement&actor=kim-jong-un,joseph-yun&from=2018&to=2018&q=declaration');
    const shown = expected(filter);
    assert.ok(shown.length > 0);
    await expectShown(page, shown);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the count beside each kind and actor is the number of entries choosing it would show', async () => {
    const { context, page } = await fresh('?from=2024');
    const filters = page.getByRole('search', { name: 'Filter the timeline' });
    const found = [];
    const check = async (label, count) => {
      const named = filters.getByRole('checkbox', { name: new RegExp(`^${label}\\s*, ${count} ${count === 1 ? 'entry' : 'entries'}$`) });
      if ((await named.count()) !== 1) found.push(`${label}: expected “${count}”, the box is named “${await checkbox(filters, label).getAttribute('aria-label') ?? await checkbox(filters, label).evaluate((box) => box.labels[0].innerText.replace(/\s+/g, ' '))}”`);
    };
    for (const kind of data.kinds) await check(kind.label.en, expected({ kinds: [kind.id], from: 2024 }).length);
    for (const group of ['Countries', 'Organisations']) await filters.getByText(group, { exact: true }).click();
    for (const actor of data.actors) await check(actor.name.en, expected({ actors: [actor.id], from: 2024 }).length);
    assert.deepEqual(found, []);
    await context.close();
  });
});

describe('reading an entry', () => {
  /** The facts under an entry, as its terms and their definitions. */
  async function facts(card) {
    const terms = await card.getByRole('term').allInnerTexts();
    const definitions = await card.getByRole('definition').allInnerTexts();
    assert.equal(terms.length, definitions.length);
    return Object.fromEntries(terms.map((term, i) => [term, definitions[i]]));
  }

  const PROVENANCE = {
    stated: ['date stated', 'Date stated in the article'],
    inferred: ['date inferred', 'Date inferred from the article'],
    added: ['date added', 'Date added from the public record'],
  };

  function sectionInWords(entry) {
    if (entry.section === 'Introduction') return 'Introduction';
    if (entry.section.startsWith('Related publication: ')) {
      return `${entry.section}${entry.publication_type ? ` (${entry.publication_type.en})` : ''}`;
    }
    return entry.section;
  }

  test('each card shows its kind, actors, provenance with the article’s words and source, and its part of the article', async () => {
    const { context, page, problems } = await fresh('?background=1');
    await expectShown(page, ALL);
    for (const entry of data.entries) {
      const card = article(page, entry.slug);
      const [badge, label] = PROVENANCE[entry.provenance.kind];
      await card.getByText(kindById[entry.kind].label.en, { exact: true }).waitFor();
      await card.getByText(badge, { exact: true }).waitFor();
      const others = Object.values(PROVENANCE).map(([other]) => other).filter((other) => other !== badge);
      for (const other of others) assert.equal(await card.getByText(other, { exact: true }).count(), 0, `${entry.slug} has one provenance badge`);
      const shown = await facts(card);
      const want = {
        Involved: entry.actors.map((id) => actorById[id].name.en).join(', '),
        [label]: entry.provenance.note.en,
        ...(entry.provenance.words ? { 'The article’s words': `“${entry.provenance.words}”` } : {}),
        ...(entry.provenance.source ? { 'Public record': entry.provenance.source.name } : {}),
        'Part of the article': sectionInWords(entry),
      };
      assert.deepEqual(shown, want, `the facts under ${entry.slug}`);
      if (entry.provenance.source) {
        const source = card.getByRole('link', { name: entry.provenance.source.name, exact: true });
        assert.equal(await source.getAttribute('href'), entry.provenance.source.url, `${entry.slug}'s source link`);
      }
      assert.equal(await card.getByText('background', { exact: true }).count(), entry.background ? 1 : 0, `${entry.slug}'s background badge`);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('quotes are verbatim, with who said them', async () => {
    const { context, page } = await fresh('');
    const entry = bySlug['alliance-concern-over-declaration'];
    assert.ok(entry.quotes.length > 0);
    const card = article(page, entry.slug);
    for (const quote of entry.quotes) {
      const figure = card.getByRole('figure').filter({ hasText: quote.text });
      await figure.waitFor();
      const speakers = [quote.speaker, quote.with].filter(Boolean).map((id) => actorById[id].name.en);
      assert.match(await figure.innerText(), new RegExp(`— ${speakers.join(' and ')}$`));
    }
    await context.close();
  });
});

describe('entry pages', () => {
  test('an entry page shows the entry among the entries around it; earlier ones on request, later ones as the reader nears the end', async () => {
    const slug = 'aum-park-cnn-essay';
    const { context, page, problems } = await fresh(`entry/${slug}/`);
    const current = article(page, slug);
    assert.equal(await current.getAttribute('aria-current'), 'true');
    await expectFocus(page, slug);
    const shown = await shownSlugs(page);
    const at = MAIN.indexOf(slug);
    const start = MAIN.indexOf(shown[0]);
    assert.ok(start >= 0 && start <= at, `the shown entries start at or before the entry: ${JSON.stringify(shown)}`);
    assert.deepEqual(shown, MAIN.slice(start, start + shown.length), 'a run of the timeline without gaps');
    assert.ok(shown.includes(slug) && shown.includes(MAIN[at + 1]), 'the entry and the next one are shown');
    if (start > 0) {
      await page.getByRole('button', { name: 'Show earlier entries' }).click();
      await expectShown(page, MAIN.slice(0, start + shown.length), 'after "Show earlier entries"');
    }
    if (start + shown.length < MAIN.length) {
      // Bringing the end of what is shown into view renders more (the "Show more" button is
      // there for when that does not happen); clicking it would race the growth.
      await page.getByRole('button', { name: 'Show more' }).scrollIntoViewIfNeeded();
    }
    await expectShown(page, MAIN, 'after showing earlier entries and scrolling to the end');
    assert.equal(await page.getByRole('button', { name: /^Show (more|earlier entries)$/ }).count(), 0);
    assert.equal(await current.getAttribute('aria-current'), 'true', 'still the current entry');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('Tab onto "Show more" shows the later entries without losing keyboard focus', async () => {
    const slug = 'aum-park-cnn-essay';
    const { context, page, problems } = await fresh(`entry/${slug}/`);
    await expectFocus(page, slug);
    const shown = await shownSlugs(page);
    assert.ok(MAIN.indexOf(shown.at(-1)) < MAIN.length - 1, 'the page does not show the last entries yet');
    const more = page.getByRole('button', { name: 'Show more' });
    let reached = false;
    for (let presses = 0; presses < 200 && !reached; presses++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.textContent === 'Show more');
    }
    assert.ok(reached, '"Show more" is reachable with Tab');
    if (await more.count()) await page.keyboard.press('Enter');
    await expectShown(page, MAIN.slice(MAIN.indexOf(shown[0])), 'the later entries');
    await until(page, () => document.activeElement !== document.body && document.activeElement !== null, null, {
      message: 'keyboard focus staying in the page (not dropped to <body>) once the later entries are shown',
      actual: () => document.activeElement?.tagName,
    });
    // The next Tab goes on from there, into the entries just shown, not past them.
    await page.keyboard.press('Tab');
    const next = await page.evaluate(() => document.activeElement?.closest('article')?.id ?? document.activeElement?.textContent);
    const later = MAIN.slice(MAIN.indexOf(shown.at(-1)) + 1);
    assert.ok(later.includes(next) || next === shown.at(-1), `Tab moves on into the later entries, not to “${next}”`);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('sharing a link to an entry', () => {
  test('"Copy link" puts the absolute URL with the filters on the clipboard, and a fresh browser opens it focused and current', async () => {
    const context = await clipboardRecordingContext(site);
    const { page, problems } = await openPage(context, site.url('?kind=summit'));
    const singapore = article(page, 'singapore-summit');
    await singapore.getByRole('button', { name: 'Copy link' }).click();
    await singapore.getByText('Link copied').waitFor();
    const [copied] = await page.evaluate(() => window.copied);
    assert.equal(copied, site.url('entry/singapore-summit/?kind=summit'));
    assert.deepEqual(problems, []);
    await context.close();

    const stranger = await site.newContext();
    const opened = await openPage(stranger, copied);
    const current = article(opened.page, 'singapore-summit');
    assert.equal(await current.getAttribute('aria-current'), 'true');
    assert.equal(await opened.page.locator('[aria-current="true"]').count(), 1);
    await expectFocus(opened.page, 'singapore-summit');
    await expectShown(opened.page, expected({ kinds: ['summit'] }));
    await opened.page.waitForFunction(() => {
      const box = document.getElementById('singapore-summit').getBoundingClientRect();
      return box.top < innerHeight && box.bottom > 0;
    });
    assert.match(await opened.page.title(), new RegExp(title('singapore-summit')));
    assert.ok(await opened.page.getByRole('checkbox', { name: /^Summit/ }).isChecked(), 'the shared filters came along');
    await screenshot(opened.page, 'desktop-shared-entry');
    assert.deepEqual(opened.problems, []);
    await stranger.close();
  });

  test('"Share" is offered only where the browser has a share sheet, and shares the entry with the filters', async () => {
    const plain = await fresh('?kind=summit');
    const summit = article(plain.page, 'singapore-summit');
    await summit.getByRole('button', { name: 'Copy link' }).waitFor();
    assert.equal(await summit.getByRole('button', { name: 'Share' }).count(), 0, 'no share sheet, no Share button');
    await plain.context.close();

    const context = await site.newContext();
    await context.addInitScript(() => {
      window.shared = [];
      navigator.share = async (data) => { window.shared.push(data); };
    });
    const { page, problems } = await openPage(context, site.url('?kind=summit'));
    const singapore = article(page, 'singapore-summit');
    await singapore.getByRole('button', { name: 'Share' }).click();
    await page.waitForFunction(() => window.shared.length === 1);
    assert.deepEqual(await page.evaluate(() => window.shared), [
      { title: title('singapore-summit'), url: site.url('entry/singapore-summit/?kind=summit') },
    ]);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('when the clipboard is refused, the link is shown selected for copying by hand', async () => {
    const context = await site.newContext();
    const { page } = await openPage(context, site.url(''));
    await page.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
    });
    const armistice = article(page, 'armistice-signed');
    await armistice.getByRole('button', { name: 'Copy link' }).click();
    const field = armistice.getByRole('textbox', { name: /copy this link/ });
    assert.equal(await field.inputValue(), site.url('entry/armistice-signed/'));
    await page.waitForFunction((url) => {
      const active = document.activeElement;
      return active?.value?.slice(active.selectionStart, active.selectionEnd) === url;
    }, site.url('entry/armistice-signed/'));
    await context.close();
  });

  test('an entry that the shared filters would hide is still shown, with a note', async () => {
    const { context, page, problems } = await fresh('entry/armistice-signed/?kind=publication');
    const armistice = article(page, 'armistice-signed');
    assert.equal(await armistice.getAttribute('aria-current'), 'true');
    await armistice.getByText(/current filters would hide it/).waitFor();
    await expectShown(page, ['armistice-signed', ...expected({ kinds: ['publication'] })]);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('following a related link inside the page opens that entry and is a history step', async () => {
    const { context, page, problems } = await fresh('');
    const proposal = article(page, 'end-of-war-declaration-proposal');
    await proposal.getByRole('navigation').getByRole('link', { name: new RegExp(title('singapore-summit')) }).click();
    await expectUrl(page, /\/timeline\/entry\/singapore-summit\/$/);
    await expectFocus(page, 'singapore-summit');
    assert.equal(await article(page, 'singapore-summit').getAttribute('aria-current'), 'true');
    await page.goBack();
    await expectUrl(page, /\/timeline\/$/);
    await page.waitForFunction(() => document.querySelectorAll('[aria-current="true"]').length === 0);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('bad links', () => {
  test('an unknown entry, served through 404.html, names the slug and keeps the timeline usable', async () => {
    const { context, page, problems, status } = await fresh('entry/no-such-event/');
    assert.equal(status, 404, 'the static host answers with its 404.html');
    await page.getByRole('alert').getByText('There is no entry called “no-such-event”').waitFor();
    await expectShown(page, MAIN);
    await page.getByRole('checkbox', { name: /^Summit/ }).check();
    await expectShown(page, expected({ kinds: ['summit'] }), 'filters still work');
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
    await expectShown(page, [], 'the literal text matches nothing');
    await screenshot(page, 'desktop-malformed-query');
    assert.deepEqual(problems, []);
    await context.close();
  });
});

// The data as these tests read it: checked once, so that a changed data file fails here with
// a clear message rather than as a puzzling difference in a test above.
test('the data has a main tier and background events', () => {
  assert.ok(BACKGROUND.length > 0 && MAIN.length + BACKGROUND.length === ALL.length);
  assert.deepEqual(ALL, data.entries.map((entry) => entry.slug));
});

// The Korean edition (`ko/`) end to end: reading it, filtering with its Korean labels, sharing
// links that stay in Korean, the switch to the other language and back keeping the entry and
// the filters, bad links answered in Korean, decomposed Hangul in the search, axe, and how it
// looks at desktop and phone widths. Expected entries come from the data (e2e/data.mjs), with
// the Korean texts where free text is searched.

import assert from 'node:assert/strict';

import { MAIN, actorById, bySlug, data, expected, title } from './data.mjs';
import {
  MOUNT, appStarted, article, clipboardRecordingContext, describe, expectFocus, expectShown, fresh as freshOn, goto, openPage, screenshot, shownSlugs, test, until, useSite,
} from './harness.mjs';
import {
  EN, KO, OWN_NAME, axeContext, axeViolations, choice, expectAddress, filtersButton, koreanWhen, sidewaysOverflow,
} from './editions.mjs';

const site = useSite();
const fresh = (path, options) => freshOn(site, path, options);

const filters = (page) => page.getByRole('search', { name: KO.filterTheTimeline });
const searchbox = (page) => page.getByRole('searchbox', { name: KO.search });
/** The count of shown entries on screen, in the filters ("항목 19개 중 19개"). */
const matchCount = (page) => filters(page).getByRole('status');
const language = (page) => page.evaluate(() => document.documentElement.lang);

/** Enters a year in a year field, as a reader does: type, then Enter. */
async function enterYear(page, label, year) {
  const field = page.getByRole('spinbutton', { name: label });
  await field.fill(String(year));
  await field.press('Enter');
}

/** Follows a link that leaves the page (to the other edition, a build of its own) and waits for the app there. */
async function follow(page, link) {
  const before = page.url();
  await link.click();
  await page.waitForURL((url) => url.href !== before);
  await appStarted(page);
}

/**
 * An entry page shows a run of the filtered entries from the open one on, and the rest on
 * request: waits for such a run around `slug`, then asks for the rest (by the buttons' names in
 * `names`, KO or EN) and expects exactly `want`.
 */
async function expectAround(page, slug, want, names) {
  await until(page, ([current, all]) => {
    const shown = [...document.querySelectorAll('article')].map((element) => element.id);
    const start = all.indexOf(shown[0]);
    return shown.includes(current) && start >= 0 && JSON.stringify(all.slice(start, start + shown.length)) === JSON.stringify(shown);
  }, [slug, want], {
    message: `a run of ${JSON.stringify(want)} with ${slug} in it`,
    actual: () => [...document.querySelectorAll('article')].map((element) => element.id),
  });
  const shown = await shownSlugs(page);
  if (shown[0] !== want[0]) await page.getByRole('button', { name: names.showEarlier, exact: true }).click();
  if (shown.at(-1) !== want.at(-1)) await page.getByRole('button', { name: names.showMore, exact: true }).click();
  await expectShown(page, want, 'with the earlier and later entries shown');
}

describe('reading the Korean timeline', () => {
  test('ko/ is in Korean: lang="ko", Korean titles and dates, the count in Korean, and quotes in their English beside the Korean translation', async () => {
    const { context, page, problems } = await fresh('ko/');
    assert.equal(await language(page), 'ko');
    assert.equal(await page.title(), KO.homeTitle);
    await expectShown(page, MAIN);
    // In one read each, in order: the entries' titles and dates as the reader sees them.
    const cards = page.getByRole('article');
    assert.deepEqual(await cards.getByRole('heading', { level: 3 }).allInnerTexts(), MAIN.map((slug) => title(slug, 'ko')), 'the Korean titles');
    assert.deepEqual(await cards.locator('time').allInnerTexts(), MAIN.map((slug) => koreanWhen(bySlug[slug])), 'the Korean dates');
    assert.deepEqual(await cards.locator('time').evaluateAll((times) => times.map((time) => time.dateTime)),
      MAIN.map((slug) => bySlug[slug].date), 'the machine-readable dates');
    assert.equal(await article(page, 'armistice-signed', 'ko').locator('time').innerText(), '1953년 7월 27일');
    assert.equal(await matchCount(page).innerText(), KO.matching(MAIN.length, MAIN.length));
    await page.getByText('65년 뒤', { exact: true }).waitFor();

    const quoted = MAIN.filter((slug) => bySlug[slug].quotes?.length);
    assert.ok(quoted.length >= 3, 'the main tier has entries with quotes');
    for (const slug of quoted) {
      const figures = article(page, slug, 'ko').getByRole('figure');
      const shown = [];
      for (let i = 0; i < await figures.count(); i++) {
        const quote = figures.nth(i).getByRole('blockquote');
        shown.push({ words: await quote.innerText(), lang: await quote.getAttribute('lang'), figure: await figures.nth(i).innerText() });
      }
      assert.equal(shown.length, bySlug[slug].quotes.length, `${slug} shows each of its quotes once`);
      for (const quote of bySlug[slug].quotes) {
        const figure = shown.find((one) => one.words === quote.text);
        assert.ok(figure, `${slug}: the English “${quote.text.slice(0, 40)}…” is shown word for word; shown: ${JSON.stringify(shown.map((one) => one.words))}`);
        assert.equal(figure.lang, 'en', `${slug}: the English quote is marked as English for screen readers`);
        assert.ok(figure.figure.includes(KO.translation) && figure.figure.includes(quote.translation.ko),
          `${slug}: the Korean translation, labelled, beside “${quote.text.slice(0, 40)}…”: ${figure.figure}`);
        const speakers = [quote.speaker, quote.with].filter(Boolean).map((id) => actorById[id].name.ko).join('·');
        assert.ok(figure.figure.trimEnd().endsWith(`— ${speakers}`), `${slug}: attributed to ${speakers}: ${figure.figure}`);
      }
    }
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('filtering with the Korean labels', () => {
  test('a kind (“정상회담”) shows exactly that kind, writes ko/?kind=summit, and Back undoes it', async () => {
    const { context, page, problems } = await fresh('ko/');
    const summits = expected({ kinds: ['summit'], language: 'ko' });
    await choice(filters(page), '정상회담').check();
    await expectShown(page, summits);
    await expectAddress(page, `${MOUNT}ko/`, { kind: 'summit' });
    assert.equal(await matchCount(page).innerText(), KO.matching(summits.length, MAIN.length));
    await page.goBack();
    await expectShown(page, MAIN, 'back at the unfiltered Korean timeline');
    assert.ok(!(await choice(filters(page), '정상회담').isChecked()));
    await expectAddress(page, `${MOUNT}ko/`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('actors, a person, a country and an organisation, by their Korean names', async () => {
    const { context, page, problems } = await fresh('ko/');
    await choice(filters(page), '조셉 윤').check();
    await expectShown(page, expected({ actors: ['joseph-yun'], language: 'ko' }));
    await filters(page).getByText(KO.countries, { exact: true }).click();
    await choice(filters(page), '일본').check();
    await filters(page).getByText(KO.organisations, { exact: true }).click();
    await choice(filters(page), 'CNN').check();
    const three = expected({ actors: ['joseph-yun', 'japan', 'cnn'], language: 'ko' });
    assert.ok(three.length > expected({ actors: ['joseph-yun'] }).length, 'the country and the organisation add entries');
    await expectShown(page, three);
    await expectAddress(page, `${MOUNT}ko/`, { actor: 'cnn,japan,joseph-yun' });
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('“시작 연도” and “끝 연도” show the entries touching those years', async () => {
    const { context, page, problems } = await fresh('ko/');
    await enterYear(page, KO.fromYear, 2018);
    await expectShown(page, expected({ from: 2018, language: 'ko' }));
    await enterYear(page, KO.toYear, 2023);
    const range = expected({ from: 2018, to: 2023, language: 'ko' });
    assert.ok(range.length > 0 && range.length < expected({ from: 2018 }).length);
    await expectShown(page, range);
    await expectAddress(page, `${MOUNT}ko/`, { from: '2018', to: '2023' });
    assert.equal(await matchCount(page).innerText(), KO.matching(range.length, MAIN.length));
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('free text searches the Korean texts, the English of the quotes, kinds and names; no match says so; clearing restores all', async () => {
    const { context, page, problems } = await fresh('ko/');
    // A Korean title word, a word of a quote's translation, the quotes' own English, a kind's and
    // an actor's Korean names: each finds what the data says, and a Korean search is not an
    // English one (the same search on an English page finds other entries).
    for (const q of ['판문점', '정상회담', '한미동맹', 'rather simple document', '간행물', '프랭크 엄']) {
      const want = expected({ q, language: 'ko' });
      assert.ok(want.length > 0, `the data has “${q}” on the Korean pages`);
      await searchbox(page).fill(q);
      await expectShown(page, want, `searching “${q}”`);
    }
    assert.notDeepEqual(expected({ q: '정상회담', language: 'ko' }), expected({ q: '정상회담' }), 'Korean words are searched in the Korean texts');
    await expectAddress(page, `${MOUNT}ko/`, { q: '프랭크 엄' });
    await searchbox(page).fill('zeppelin');
    await expectShown(page, [], 'a word no entry has');
    await page.getByText(KO.noMatch, { exact: true }).waitFor();
    await page.getByRole('region', { name: KO.timeline }).getByRole('button', { name: KO.clearAll }).click();
    await expectShown(page, MAIN);
    assert.equal(await searchbox(page).inputValue(), '');
    await expectAddress(page, `${MOUNT}ko/`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a ko/ link with every filter shows what choosing them shows, with the boxes ticked', async () => {
    const filter = { kinds: ['diplomacy', 'statement'], actors: ['joseph-yun', 'kim-jong-un'], from: 2018, to: 2018, q: '종전' };
    const shown = expected({ ...filter, language: 'ko' });
    assert.ok(shown.length > 0 && shown.length < expected({ ...filter, q: '' }).length, 'the Korean text narrows the result');
    const { context, page, problems } = await fresh(`ko/?kind=diplomacy,statement&actor=joseph-yun,kim-jong-un&from=2018&to=2018&q=${encodeURIComponent('종전')}`);
    await expectShown(page, shown);
    for (const label of ['외교', '성명·인터뷰', '조셉 윤', '김정은']) assert.ok(await choice(filters(page), label).isChecked(), `${label} is ticked`);
    assert.equal(await searchbox(page).inputValue(), '종전');
    assert.equal(await page.getByRole('spinbutton', { name: KO.fromYear }).inputValue(), '2018');
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('sharing on ko/', () => {
  test('“링크 복사” copies the ko/ permalink with the filters; a fresh browser opens it on that entry, in Korean', async () => {
    const context = await clipboardRecordingContext(site);
    const { page, problems } = await openPage(context, site.url('ko/?kind=summit'));
    const singapore = article(page, 'singapore-summit', 'ko');
    await singapore.getByRole('button', { name: KO.copyLink }).click();
    await singapore.getByText(KO.linkCopied).waitFor();
    const [copied] = await page.evaluate(() => window.copied);
    assert.equal(copied, site.url('ko/entry/singapore-summit/?kind=summit'));
    assert.deepEqual(problems, []);
    await context.close();

    const stranger = await site.newContext();
    const opened = await openPage(stranger, copied);
    assert.equal(await language(opened.page), 'ko');
    assert.equal(await article(opened.page, 'singapore-summit', 'ko').getAttribute('aria-current'), 'true');
    await expectFocus(opened.page, 'singapore-summit');
    await expectShown(opened.page, expected({ kinds: ['summit'], language: 'ko' }));
    assert.ok(await choice(filters(opened.page), '정상회담').isChecked(), 'the shared filter came along');
    assert.equal(await opened.page.title(), `${title('singapore-summit', 'ko')} (${koreanWhen(bySlug['singapore-summit'])}) · ${KO.siteName}`);
    await expectAddress(opened.page, `${MOUNT}ko/entry/singapore-summit/`, { kind: 'summit' }, 'still the Korean permalink');
    assert.deepEqual(opened.problems, []);
    await stranger.close();
  });

  test('a related link on a ko/ entry opens that entry in ko/, with the filters, and Back returns', async () => {
    const { context, page, problems } = await fresh('ko/?from=2018');
    const proposal = article(page, 'end-of-war-declaration-proposal', 'ko');
    await proposal.getByRole('navigation').getByRole('link', { name: new RegExp(title('singapore-summit', 'ko')) }).click();
    await expectAddress(page, `${MOUNT}ko/entry/singapore-summit/`, { from: '2018' });
    await expectFocus(page, 'singapore-summit');
    assert.equal(await article(page, 'singapore-summit', 'ko').getAttribute('aria-current'), 'true');
    assert.equal(await language(page), 'ko');
    await page.goBack();
    await expectAddress(page, `${MOUNT}ko/`, { from: '2018' });
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('the language switch', () => {
  test('English → 한국어 keeps the open entry and the filters, those chosen on the page included', async () => {
    const { context, page, problems } = await fresh('?kind=summit,diplomacy');
    // Opened and filtered on the page, not by the loaded address: the switch must follow the state.
    await article(page, 'singapore-summit').getByRole('heading', { level: 3 }).getByRole('link').click();
    await expectAddress(page, `${MOUNT}entry/singapore-summit/`, { kind: 'diplomacy,summit' });
    await page.getByRole('search', { name: 'Filter the timeline' }).getByRole('checkbox', { name: /^Kim Jong Un\b/ }).check();
    await expectAddress(page, `${MOUNT}entry/singapore-summit/`, { kind: 'diplomacy,summit', actor: 'kim-jong-un' });
    const toKorean = page.getByRole('link', { name: OWN_NAME.ko, exact: true });
    assert.equal(await toKorean.getAttribute('title'), EN.otherLanguage);
    assert.equal(await toKorean.getAttribute('hreflang'), 'ko');
    await follow(page, toKorean);
    await expectAddress(page, `${MOUNT}ko/entry/singapore-summit/`, { kind: 'diplomacy,summit', actor: 'kim-jong-un' });
    assert.equal(await language(page), 'ko');
    assert.equal(await article(page, 'singapore-summit', 'ko').getAttribute('aria-current'), 'true');
    await expectFocus(page, 'singapore-summit');
    await expectAround(page, 'singapore-summit', expected({ kinds: ['summit', 'diplomacy'], actors: ['kim-jong-un'], language: 'ko' }), KO);
    for (const label of ['정상회담', '외교', '김정은']) assert.ok(await choice(filters(page), label).isChecked(), `${label} is ticked`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('한국어 → English keeps the open entry and the filters', async () => {
    const { context, page, problems } = await fresh('ko/?from=2018');
    await article(page, 'aum-park-cnn-essay', 'ko').getByRole('heading', { level: 3 }).getByRole('link').click();
    await expectAddress(page, `${MOUNT}ko/entry/aum-park-cnn-essay/`, { from: '2018' });
    await choice(filters(page), '간행물').check();
    await expectAddress(page, `${MOUNT}ko/entry/aum-park-cnn-essay/`, { kind: 'publication', from: '2018' });
    const toEnglish = page.getByRole('link', { name: OWN_NAME.en, exact: true });
    assert.equal(await toEnglish.getAttribute('title'), KO.otherLanguage);
    assert.equal(await toEnglish.getAttribute('hreflang'), 'en');
    await follow(page, toEnglish);
    await expectAddress(page, `${MOUNT}entry/aum-park-cnn-essay/`, { kind: 'publication', from: '2018' });
    assert.equal(await language(page), 'en');
    assert.equal(await article(page, 'aum-park-cnn-essay').getAttribute('aria-current'), 'true');
    await expectFocus(page, 'aum-park-cnn-essay');
    await expectAround(page, 'aum-park-cnn-essay', expected({ kinds: ['publication'], from: 2018 }), EN);
    assert.ok(await page.getByRole('checkbox', { name: /^Publication\b/ }).isChecked());
    assert.equal(await page.getByRole('spinbutton', { name: 'From year' }).inputValue(), '2018');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a search in the other edition’s script that finds nothing here offers the same search there', async () => {
    // Hangul on an English page: the offer is in Korean, and leads to the Korean results.
    const { context, page, problems } = await fresh('?q=문재인&kind=statement');
    await expectShown(page, [], 'Hangul on an English page');
    const toKorean = page.getByRole('link', { name: EN.searchOtherEdition, exact: true });
    assert.deepEqual(
      await toKorean.evaluate((link) => [link.hreflang, link.parentElement.lang, link.closest('section').getAttribute('aria-label')]),
      ['ko', 'ko', 'Timeline'],
    );
    await follow(page, toKorean);
    await expectAddress(page, `${MOUNT}ko/`, { q: '문재인', kind: 'statement' });
    const found = expected({ q: '문재인', kinds: ['statement'], language: 'ko' });
    assert.ok(found.length > 0, 'the data has 문재인 in a statement');
    await expectShown(page, found);
    assert.equal(await page.getByRole('link', { name: KO.searchOtherEdition }).count(), 0, 'no offer where something matches');

    // Latin letters on a Korean page, where English words find the quotes only: the offer is in English.
    await searchbox(page).fill('Sentosa');
    await choice(filters(page), '성명·인터뷰').uncheck();
    await expectShown(page, [], 'a word of an English summary on a Korean page');
    const toEnglish = page.getByRole('link', { name: KO.searchOtherEdition, exact: true });
    assert.deepEqual(await toEnglish.evaluate((link) => [link.hreflang, link.parentElement.lang]), ['en', 'en']);
    await follow(page, toEnglish);
    await expectAddress(page, MOUNT, { q: 'Sentosa' });
    await expectShown(page, expected({ q: 'Sentosa' }));
    assert.deepEqual(expected({ q: 'Sentosa' }), ['singapore-summit']);

    // A search in the page's own script that finds nothing offers nothing elsewhere.
    await goto(page, site.url('?q=zeppelin'));
    await expectShown(page, [], 'a word no entry has');
    await page.getByText('No entries match these filters.', { exact: true }).waitFor();
    assert.equal(await page.getByRole('link', { name: EN.searchOtherEdition }).count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('on an entry page the offer is made beside the entry the link points to', async () => {
    // The entry stays on screen though the search hides it, so the page is not empty: it still
    // says that nothing matches, and offers the edition where the search finds something.
    const { context, page, problems } = await fresh('entry/moon-le-figaro-interview/?q=문재인');
    await expectShown(page, ['moon-le-figaro-interview'], 'the entry the link points to, and nothing else');
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await timeline.getByText('No entries match these filters.', { exact: true }).waitFor();
    const toKorean = timeline.getByRole('link', { name: EN.searchOtherEdition, exact: true });
    // On paper the entry stands alone: a "nothing matches" above it would contradict it.
    await page.emulateMedia({ media: 'print' });
    assert.equal(await timeline.getByText('No entries match these filters.', { exact: true }).isVisible(), false);
    assert.ok(await page.getByRole('article').isVisible(), 'the entry is printed');
    await page.emulateMedia({ media: 'screen' });
    await follow(page, toKorean);
    await expectAddress(page, `${MOUNT}ko/entry/moon-le-figaro-interview/`, { q: '문재인' });
    const found = expected({ q: '문재인', language: 'ko' });
    assert.ok(found.includes('moon-le-figaro-interview'), 'the Korean search finds the entry itself');
    await expectAround(page, 'moon-le-figaro-interview', found, KO);
    assert.equal(await page.getByText(KO.noMatch, { exact: true }).count(), 0);
    assert.equal(await page.getByRole('link', { name: KO.searchOtherEdition }).count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('bad links on ko/', () => {
  test('an unknown entry is named in a Korean notice, and the Korean timeline keeps working', async () => {
    const { context, page, problems, status } = await fresh('ko/entry/no-such-event/');
    assert.equal(status, 404, 'the static host answers with ko/404.html');
    assert.equal(await language(page), 'ko');
    const notice = page.getByRole('alert', { name: KO.aboutThisLink });
    await notice.getByText(KO.unknownEntry('no-such-event'), { exact: true }).waitFor();
    await expectShown(page, MAIN);
    assert.equal(await article(page, 'armistice-signed', 'ko').count(), 1, 'the entries are in Korean');
    await choice(filters(page), '정상회담').check();
    await expectShown(page, expected({ kinds: ['summit'], language: 'ko' }), 'filters still work');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a path with no page is named in a Korean notice', async () => {
    const { context, page, problems, status } = await fresh('ko/nowhere/');
    assert.equal(status, 404);
    assert.equal(await language(page), 'ko');
    await page.getByRole('alert', { name: KO.aboutThisLink }).getByText(KO.noPageAt(`${MOUNT}ko/nowhere/`), { exact: true }).waitFor();
    await expectShown(page, MAIN);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a malformed query is ignored with notices in Korean, markup stays text, and the rest works', async () => {
    const q = '<img src=x onerror=alert(1)>';
    const { context, page, problems } = await fresh(`ko/?kind=summit,nope&from=abc&zz=1&q=${encodeURIComponent(q)}`);
    const notice = page.getByRole('alert', { name: KO.aboutThisLink });
    await notice.getByText(KO.linkProblems, { exact: true }).waitFor();
    for (const text of [KO.unknownKind('nope'), KO.notAYear('from', 'abc'), KO.unknownParameter('zz')]) {
      await notice.getByRole('listitem').getByText(text, { exact: true }).waitFor();
    }
    assert.equal(await searchbox(page).inputValue(), q);
    assert.equal(await page.locator('img').count(), 0, 'no markup from the address became an element');
    await expectShown(page, [], 'the literal text matches nothing');
    assert.ok(await choice(filters(page), '정상회담').isChecked(), 'the good part of the link is used');
    await searchbox(page).fill('');
    await expectShown(page, expected({ kinds: ['summit'], language: 'ko' }), 'the rest works');
    await notice.getByRole('button', { name: KO.dismiss }).click();
    await notice.waitFor({ state: 'detached' });
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('decomposed Hangul', () => {
  // Text pasted from some systems (macOS file names, some keyboards) arrives as conjoining jamo
  // (NFD): '판문점' is nine code points instead of three, and must find the same entries.
  const words = ['판문점', '정상회담'];
  const jamo = (word) => word.normalize('NFD');

  test('typed or in the q parameter as jamo, a word finds the same entries as composed', async () => {
    for (const word of words) {
      assert.match(jamo(word), /^[\u1100-\u11ff]+$/u, `${word} decomposes into conjoining jamo only`);
      assert.ok(expected({ q: word, language: 'ko' }).length > 0, `the data has “${word}” on the Korean pages`);
    }
    const { context, page, problems } = await fresh('ko/');
    for (const word of words) {
      await searchbox(page).fill('');
      await expectShown(page, MAIN);
      await searchbox(page).pressSequentially(jamo(word));
      await expectShown(page, expected({ q: word, language: 'ko' }), `“${word}” typed as jamo`);
    }
    for (const word of words) {
      await goto(page, site.url(`ko/?q=${encodeURIComponent(jamo(word))}`));
      await expectShown(page, expected({ q: word, language: 'ko' }), `q=“${word}” as jamo`);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('axe finds no violation on ko/', () => {
  test('the Korean home page and a Korean entry page', async () => {
    const context = await axeContext(site, { viewport: { width: 1280, height: 900 } });
    const { page } = await openPage(context, site.url('ko/'));
    assert.deepEqual(await axeViolations(page), [], 'ko/');
    await goto(page, site.url('ko/entry/end-of-war-declaration-proposal/'));
    await expectFocus(page, 'end-of-war-declaration-proposal');
    assert.deepEqual(await axeViolations(page), [], 'ko/entry/end-of-war-declaration-proposal/');
    await context.close();
  });

  test('the Korean filters sheet open on a phone', async () => {
    const context = await axeContext(site, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const { page } = await openPage(context, site.url('ko/?kind=summit'));
    await filtersButton(page, KO).click();
    const sheet = page.getByRole('dialog', { name: KO.filterTheTimeline });
    await sheet.waitFor();
    await sheet.getByRole('button', { name: KO.closeFilters }).waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await context.close();
  });
});

describe('how ko/ looks', () => {
  const SIZES = [
    { name: 'korean-desktop', width: 1280, height: 900, phone: false },
    { name: 'korean-390', width: 390, height: 844, phone: true },
    { name: 'korean-320', width: 320, height: 640, phone: true },
  ];
  for (const phone of [false, true]) {
    test(`${phone ? 'phones, 390 and 320' : 'desktop, 1280'} px wide: no sideways scrolling, the Korean heading fits, a screenshot`, async () => {
      const context = await site.newContext(phone ? { isMobile: true, hasTouch: true } : {});
      for (const { name, width, height } of SIZES.filter((size) => size.phone === phone)) {
        const { page, problems } = await openPage(context, site.url('ko/'), { width, height });
        await page.getByRole('heading', { level: 1, name: '미국은 한국전쟁 종전을 선언해야 하는가?' }).waitFor();
        // The longest Korean words must wrap, not push the page wider than the screen.
        assert.equal(await sidewaysOverflow(page), 0, `${name}: the page does not scroll sideways`);
        const heading = await page.getByRole('heading', { level: 1 }).evaluate((h1) => ({ scroll: h1.scrollWidth, client: h1.clientWidth }));
        assert.ok(heading.scroll <= heading.client, `${name}: the heading fits its box: ${JSON.stringify(heading)}`);
        await screenshot(page, name);
        assert.deepEqual(problems, [], name);
        await page.close();
      }
      await context.close();
    });
  }
});

// Checked once, so that a changed data file fails here with a clear message rather than as a
// puzzling difference above.
test('the data has Korean texts for every title, kind and actor, and the words searched above', () => {
  for (const entry of data.entries) assert.match(entry.title.ko, /[가-힣]/, `${entry.slug} has a Korean title`);
  for (const kind of data.kinds) assert.ok(kind.label.ko, `${kind.id} has a Korean label`);
  for (const actor of data.actors) assert.ok(actor.name.ko, `${actor.id} has a Korean name`);
  assert.deepEqual(expected({ q: '판문점', language: 'ko' }), ['armistice-signed']);
});

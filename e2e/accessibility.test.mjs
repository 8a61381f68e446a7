// Accessibility: axe-core finds no WCAG 2.2 AA violation on any page or state, in light and
// dark, at phone and desktop widths; dark mode and reduced motion change what they should; the
// keyboard alone gets everywhere; print gives a clean column of entries with their URLs.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import { MAIN, expected, title } from './data.mjs';
import {
  ARTIFACTS, article, clipboardRecordingContext, describe, expectFocus, expectShown, openPage, screenshot, test, until, useSite,
} from './harness.mjs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const PAGES = {
  home: '',
  'filtered view': '?kind=summit,publication&from=2018',
  'background events shown': '?background=1',
  'entry opened by link': 'entry/singapore-summit/',
  'empty result': '?q=no-entry-says-this',
  'not-found page': 'no/such/page/',
  'Korean home': 'ko/',
};

/** Phones are emulated as phones: touch, and a mobile viewport. */
const SIZES = {
  390: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
  1280: { viewport: { width: 1280, height: 900 } },
};

const site = useSite();

/** Runs axe on the page (the WCAG 2.2 A and AA rules, or `rules`); returns its violations as readable lines. */
async function axeViolations(page, rules) {
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate((only) => window.axe.run(document, only
    ? { runOnly: { type: 'rule', values: only } }
    : { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } }), rules ?? null);
  return results.violations.flatMap((violation) => violation.nodes.map((node) =>
    `${violation.id} (${violation.impact}): ${node.target.join(' ')}: ${node.failureSummary.replace(/\s+/g, ' ')}`));
}

/** A context for axe: the site's Content Security Policy would refuse axe's injected script. */
const axeContext = (options) => site.newContext({ bypassCSP: true, ...options });

describe('axe finds no violation', () => {
  for (const colorScheme of ['light', 'dark']) {
    for (const [width, size] of Object.entries(SIZES)) {
      for (const [name, path] of Object.entries(PAGES)) {
        test(`${name}, ${colorScheme}, ${width} px`, async () => {
          const context = await axeContext({ colorScheme, ...size });
          const { page } = await openPage(context, site.url(path));
          const violations = await axeViolations(page);
          if (violations.length) await screenshot(page, `axe-${name.replace(/\W+/g, '-')}-${colorScheme}-${width}`);
          assert.deepEqual(violations, []);
          await context.close();
        });
      }
    }
  }

  for (const colorScheme of ['light', 'dark']) {
    for (const width of [320, 390]) {
      test(`the filters sheet open and closed again, ${colorScheme}, ${width} px`, async () => {
        const context = await axeContext({ colorScheme, viewport: { width, height: width === 320 ? 640 : 844 }, isMobile: true, hasTouch: true });
        const { page } = await openPage(context, site.url('?kind=summit'));
        await page.getByRole('button', { name: /^Filters/ }).click();
        const sheet = page.getByRole('dialog', { name: 'Filter the timeline' });
        await sheet.waitFor();
        const open = await axeViolations(page);
        if (open.length) await screenshot(page, `axe-sheet-open-${colorScheme}-${width}`);
        assert.deepEqual(open, [], 'with the sheet open');
        await sheet.getByRole('button', { name: 'Close filters' }).click();
        await sheet.waitFor({ state: 'detached' });
        const closed = await axeViolations(page);
        if (closed.length) await screenshot(page, `axe-sheet-closed-${colorScheme}-${width}`);
        assert.deepEqual(closed, [], 'with the sheet closed, a filter in effect as a chip');
        await context.close();
      });
    }
  }
});

describe('dark mode', () => {
  /** Computed colours of the page's main surfaces. */
  const colours = () => {
    const of = (element, property) => (element ? getComputedStyle(element)[property] : null);
    const card = document.querySelector('article');
    return {
      'page background': of(document.body, 'backgroundColor'),
      'page text': of(document.body, 'color'),
      'entry background': of(card, 'backgroundColor'),
      'entry text': of(card, 'color'),
      'link': of(card.querySelector('h3 a'), 'color'),
      'filters background': of(document.querySelector('search'), 'backgroundColor'),
      'axis background': of(document.querySelector('nav[aria-label="Time axis"]'), 'backgroundColor'),
    };
  };
  /** Relative luminance of an `rgb(…)` colour (WCAG). */
  const luminance = (rgb) => {
    const [r, g, b] = rgb.match(/[\d.]+/g).slice(0, 3).map((c) => {
      const v = Number(c) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };

  test('changes the page’s colours: dark surfaces and light text, every surface different from light', async () => {
    const read = async (colorScheme) => {
      const context = await site.newContext({ colorScheme });
      const { page } = await openPage(context, site.url(''));
      const found = await page.evaluate(colours);
      await screenshot(page, `colours-${colorScheme}-1280`);
      await context.close();
      return found;
    };
    const [light, dark] = [await read('light'), await read('dark')];
    for (const [surface, colour] of Object.entries(dark)) {
      assert.notEqual(colour, light[surface], `${surface} differs in dark mode (${colour})`);
    }
    assert.ok(luminance(dark['page background']) < 0.05, `a dark page (${dark['page background']})`);
    assert.ok(luminance(dark['page text']) > 0.5, `light text (${dark['page text']})`);
    assert.ok(luminance(light['page background']) > 0.8, `a light page in light mode (${light['page background']})`);
  });

  test('every text has enough contrast in dark mode, background events and the sheet included', async () => {
    for (const [path, size] of [['?background=1', SIZES[1280]], ['entry/korean-war/', SIZES[1280]], ['?background=1&kind=military', SIZES[390]]]) {
      const context = await axeContext({ colorScheme: 'dark', ...size });
      const { page } = await openPage(context, site.url(path));
      if (size === SIZES[390]) {
        await page.getByRole('button', { name: /^Filters/ }).click();
        await page.getByRole('dialog', { name: 'Filter the timeline' }).waitFor();
      }
      assert.deepEqual(await axeViolations(page, ['color-contrast']), [], `${path} at ${size.viewport.width} px`);
      await context.close();
    }
  });
});

describe('reduced motion', () => {
  const motion = () => ({
    scrollBehavior: getComputedStyle(document.documentElement).scrollBehavior,
    // The band on the axis is decoration: its style is the state read here.
    bandTransition: getComputedStyle(document.querySelector('.axis-viewport')).transitionDuration,
  });

  test('turns off smooth scrolling and the axis band’s transition', async () => {
    const read = async (reducedMotion) => {
      const context = await site.newContext({ reducedMotion });
      const { page } = await openPage(context, site.url(''));
      const found = await page.evaluate(motion);
      await context.close();
      return found;
    };
    const moving = await read('no-preference');
    assert.equal(moving.scrollBehavior, 'smooth', 'smooth scrolling without the preference');
    assert.ok(moving.bandTransition.split(',').some((duration) => Number.parseFloat(duration) > 0), `the band moves (${moving.bandTransition})`);
    const still = await read('reduce');
    assert.equal(still.scrollBehavior, 'auto', 'no smooth scrolling with reduced motion');
    assert.ok(still.bandTransition.split(',').every((duration) => Number.parseFloat(duration) === 0), `the band jumps (${still.bandTransition})`);
  });

  for (const reducedMotion of ['reduce', 'no-preference']) {
    test(`jumping from the axis to a year ${reducedMotion === 'reduce' ? 'is one jump with reduced motion' : 'scrolls smoothly otherwise'}`, async () => {
      const context = await site.newContext({ reducedMotion });
      const { page } = await openPage(context, site.url(''));
      await page.evaluate(() => {
        window.scrollPositions = [];
        addEventListener('scroll', () => window.scrollPositions.push(scrollY));
      });
      await page.getByRole('navigation', { name: 'Time axis' }).getByRole('link', { name: '2024', exact: true }).click();
      await expectFocus(page, 'year-2024');
      await until(page, () => {
        const box = document.getElementById('year-2024').getBoundingClientRect();
        return box.top >= 0 && box.bottom <= innerHeight;
      }, null, { message: 'the heading of 2024 scrolled into view' });
      const positions = [...new Set(await page.evaluate(() => window.scrollPositions))];
      if (reducedMotion === 'reduce') assert.equal(positions.length, 1, `one jump, not an animation: ${positions.join(', ')}`);
      else assert.ok(positions.length > 1, `an animation: ${positions.join(', ')}`);
      await context.close();
    });
  }
});

describe('the keyboard alone', () => {
  test('skip link, search, moving between entries, the shortcuts dialog and copying a link need no mouse', async () => {
    const context = await clipboardRecordingContext(site);
    const { page, problems } = await openPage(context, site.url(''));

    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Skip to the timeline');
    await page.keyboard.press('Enter');
    await expectFocus(page, 'timeline');

    await page.keyboard.press('j');
    await expectFocus(page, MAIN[0]);
    await page.keyboard.press('j');
    await page.keyboard.press('ArrowDown');
    await expectFocus(page, MAIN[2]);
    await page.keyboard.press('k');
    await expectFocus(page, MAIN[1]);

    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    const inDialog = () => document.querySelector('dialog[open]')?.contains(document.activeElement) ?? false;
    await until(page, inDialog, null, { message: 'focus moving into the shortcuts dialog' });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    assert.ok(await page.evaluate(inDialog), 'focus stays in the dialog');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await expectFocus(page, MAIN[1], 'focus back where it was');

    await page.keyboard.press('/');
    await expectFocus(page, 'filter-text');
    await page.keyboard.type('singapore');
    await expectShown(page, expected({ q: 'singapore' }), 'typing filtered');
    await page.keyboard.press('j');
    assert.equal(await page.getByRole('searchbox').inputValue(), 'singaporej', 'j types while in a field');

    await page.keyboard.press('Escape');
    await page.getByRole('searchbox').fill('');
    await expectShown(page, MAIN);
    // From the search box, Tab walks to the entries' controls; find Singapore's Copy link.
    const singapore = article(page, 'singapore-summit');
    const copy = singapore.getByRole('button', { name: 'Copy link' });
    for (let presses = 0; presses < 200 && !(await copy.evaluate((el) => el === document.activeElement)); presses++) {
      await page.keyboard.press('Tab');
    }
    assert.ok(await copy.evaluate((el) => el === document.activeElement), 'Copy link is reachable by Tab');
    await page.keyboard.press('Enter');
    await singapore.getByText('Link copied').waitFor();
    assert.deepEqual(await page.evaluate(() => window.copied), [site.url('entry/singapore-summit/')]);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('focus is clearly visible', async () => {
    const context = await site.newContext();
    const { page } = await openPage(context, site.url(''));
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    assert.notEqual(outline, 'none');
    await context.close();
  });
});

describe('print', () => {
  test('printing gives the filtered entries with their dates, quotes and full links, without controls', async () => {
    const context = await site.newContext();
    const { page } = await openPage(context, site.url('?kind=diplomacy'));
    await page.emulateMedia({ media: 'print' });
    const pdf = `${ARTIFACTS}/print-diplomacy.pdf`;
    await page.pdf({ path: pdf, format: 'A4', printBackground: false });
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    const diplomacy = expected({ kinds: ['diplomacy'] });
    for (const slug of diplomacy) {
      assert.ok(text.includes(title(slug)), `${slug} is printed`);
      assert.ok(text.includes(site.url(`entry/${slug}/`)), `${slug}'s full link is printed`);
    }
    for (const slug of MAIN.filter((slug) => !diplomacy.includes(slug))) {
      assert.ok(!text.includes(title(slug)), `${slug}, outside the filter, is not printed`);
    }
    assert.ok(text.includes('essentially … a political declaration'), 'quotes are printed');
    for (const control of ['Copy link', 'Clear all filters', 'Download JSON', 'Keyboard shortcuts', 'Filter the timeline', 'Show background events']) {
      assert.ok(!text.includes(control), `no "${control}" on paper`);
    }
    await context.close();
  });
});

describe('screenshots', () => {
  test('dark mode at 1280 and 390 px', async () => {
    for (const [width, size] of Object.entries(SIZES)) {
      const context = await site.newContext({ colorScheme: 'dark', ...size });
      const { page } = await openPage(context, site.url('entry/end-of-war-declaration-proposal/'));
      await screenshot(page, `dark-${width}`);
      await context.close();
    }
  });
});

// Hostile and broken links, and an app that cannot start or stops: the page always shows the
// timeline, runs nothing a link carries, breaks no rule of its security policy, and says what
// it ignored or what went wrong.

import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { MAIN } from './data.mjs';
import { SITE, describe, entries, expectShown, expectUrl, holdWasm, openPage, screenshot, shownSlugs, test, useSite } from './harness.mjs';

const FAILURE = 'The interactive part of this page could not start or stopped working';

/** The cases of hostile-urls.txt: each link, what its comment says it tests, and the notice. */
function hostileLinks() {
  const lines = readFileSync(new URL('./hostile-urls.txt', import.meta.url), 'utf8').split('\n');
  return lines.flatMap((line, index) => {
    if (line.trim() === '' || line.startsWith('#')) return [];
    const comment = lines[index - 1] ?? '';
    assert.ok(comment.startsWith('# '), `hostile-urls.txt line ${index + 1} has no comment line saying what it tests`);
    const [what, notice] = comment.slice(2).split(' => ');
    const link = line.replace(/\{(.+?)\*(\d+)\}/g, (_, text, times) => text.repeat(Number(times)));
    return [{ what, notice, link, line: index + 1 }];
  });
}

/**
 * Runs in every page before its own scripts: records policy violations, and any dialog or
 * navigation that injected script would cause.
 */
function watchForAttacks() {
  window.violations = [];
  window.attacks = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.violations.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} in ${event.sourceFile}:${event.lineNumber}`);
  });
  for (const name of ['alert', 'confirm', 'prompt', 'print']) {
    window[name] = (...args) => window.attacks.push(`${name}(${args.join(', ')})`);
  }
}

/**
 * Markup that only script or parsing of a link's text could have made. The one inline script
 * a page may have is the start-up script the build writes, named by its hash in the page's
 * Content Security Policy: any other inline script is reported.
 */
async function injectedMarkup(page) {
  const found = await page.evaluate(() => [...document.querySelectorAll('*')].flatMap((element) => [
    ...(['IMG', 'SVG', 'IFRAME', 'OBJECT', 'EMBED'].includes(element.tagName.toUpperCase()) ? [{ markup: element.outerHTML }] : []),
    ...(element.tagName === 'SCRIPT' && !element.src ? [{ script: element.textContent }] : []),
    ...[...element.attributes].filter((attribute) => attribute.name.startsWith('on')).map((attribute) => ({ markup: `${element.tagName} ${attribute.name}` })),
  ]));
  const policy = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content ?? '');
  return found.flatMap(({ markup, script }) => {
    if (markup !== undefined) return [markup];
    const hash = `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
    return policy.includes(hash) ? [] : [`an inline script not named by the policy: ${script.slice(0, 80)}`];
  });
}

/** Static servers refuse request lines this long (Python's at 64 KiB, many hosts sooner). */
const LONGEST_REQUEST = 60_000;

const site = useSite();

async function freshContext() {
  const context = await site.newContext();
  await context.addInitScript(watchForAttacks);
  // A link too long for the server still reaches the app from a host that takes it, or from
  // history; fetch the page without its query, and the browser keeps the long address.
  await context.route((url) => url.href.length > LONGEST_REQUEST, async (route) => {
    const url = new URL(route.request().url());
    url.search = '';
    await route.fulfill({ response: await route.fetch({ url: url.href }) });
  });
  return context;
}

async function assertSafe(page, problems) {
  assert.deepEqual(problems, []);
  assert.deepEqual(await page.evaluate(() => window.violations), [], 'no Content Security Policy violation');
  assert.deepEqual(await page.evaluate(() => window.attacks), [], 'nothing from the link ran');
  assert.deepEqual(await injectedMarkup(page), [], 'nothing from the link became markup');
}

describe('hostile and broken links (e2e/hostile-urls.txt)', () => {
  const cases = hostileLinks();
  test('the list holds at least thirty cases', () => assert.ok(cases.length >= 30, `${cases.length} cases`));

  for (const { what, notice, link, line } of cases) {
    test(`line ${line}: ${what}`, async () => {
      const context = await freshContext();
      const { page, problems } = await openPage(context, site.url(link));
      const korean = link.startsWith('ko/');
      const timeline = page.getByRole('region', { name: korean ? '연대표' : 'Timeline' });
      await timeline.waitFor();
      if ((await entries(page).count()) === 0) {
        await timeline.getByText(korean ? '이 필터에 맞는 항목이 없습니다.' : 'No entries match these filters.').waitFor();
      }
      if (notice) {
        await page.getByRole('alert').getByText(notice, { exact: false }).first().waitFor();
      }
      await assertSafe(page, problems);
      await context.close();
    });
  }
});

describe('markup typed or linked into the search box', () => {
  test('stays literal text in the box and in the link, and runs nothing', async () => {
    const markup = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const context = await freshContext();
    const { page, problems } = await openPage(context, site.url(`?q=${encodeURIComponent(markup)}`));
    const search = page.getByRole('searchbox', { name: /Search/ });
    assert.equal(await search.inputValue(), markup);
    await search.fill(`"><svg onload=alert(3)>`);
    await expectUrl(page, /q=%22%3E%3Csvg\+onload%3Dalert%283%29%3E$/);
    await expectShown(page, [], 'the markup matches no entry');
    assert.equal(await search.inputValue(), `"><svg onload=alert(3)>`);
    await assertSafe(page, problems);
    await context.close();
  });
});

describe('when the app cannot start', () => {
  /** Opens a page without waiting for the app, which is not going to start. */
  async function openBroken(context, path) {
    const { page, problems } = await openPage(context, site.url(path), { waitForApp: false });
    const alert = page.getByRole('alert').filter({ hasText: FAILURE });
    await alert.waitFor();
    return { page, problems, alert, path };
  }

  /** The slugs of the entries in a page's pre-rendered HTML, as the server sends it. */
  async function prerenderedSlugs(path) {
    const html = await (await fetch(site.url(path))).text();
    return [...html.matchAll(/<article\b[^>]*\bid="([^"]+)"/g)].map((match) => match[1]);
  }

  /** The page after a failure: readable, with the controls that need the app gone. */
  async function assertReadable(page, alert, path) {
    assert.equal(await alert.count(), 1, 'one alert, however many ways the start failed');
    assert.deepEqual(await shownSlugs(page), await prerenderedSlugs(path), 'the entries rendered ahead');
    assert.ok(await entries(page).first().isVisible(), 'the timeline is shown, not left hidden for a link');
    await page.getByRole('navigation', { name: 'Browse by kind of event' }).getByRole('link', { name: 'Summit' }).waitFor();
    await page.getByRole('searchbox').waitFor({ state: 'hidden' });
    assert.equal(await page.getByRole('checkbox').count(), 0, 'no control that cannot work');
    assert.ok(await alert.getByRole('link', { name: 'Reload the page' }).isVisible());
    assert.deepEqual(await page.evaluate(() => window.violations), [], 'no Content Security Policy violation');
  }

  /** Only the failure being tested may show in the console. */
  function assertOnly(problems, expected) {
    const unexpected = problems.filter((problem) => !expected.some((pattern) => pattern.test(problem)));
    assert.deepEqual(unexpected, []);
  }

  test('a blocked WebAssembly download shows an alert over the readable timeline', async () => {
    const context = await freshContext();
    await context.route('**/*.wasm', (route) => route.abort('blockedbyclient'));
    const { page, problems, alert, path } = await openBroken(context, '?kind=publication');
    await assertReadable(page, alert, path);
    assert.deepEqual(await shownSlugs(page), MAIN, 'the link’s filters cannot apply: the whole main tier');
    await screenshot(page, 'desktop-wasm-blocked');
    assertOnly(problems, [/\.wasm/, /Failed to load resource/, /could not start/]);
    await context.close();
  });

  test('a corrupt WebAssembly download shows the alert', async () => {
    const context = await freshContext();
    await context.route('**/*.wasm', (route) => route.fulfill({ contentType: 'application/wasm', body: Buffer.from('<html>proxy error page</html>') }));
    const { page, problems, alert, path } = await openBroken(context, 'entry/singapore-summit/');
    await assertReadable(page, alert, path);
    assert.equal(await page.locator('article[aria-current="true"]').getAttribute('id'), 'singapore-summit');
    assertOnly(problems, [/could not start.*CompileError/s]);
    await context.close();
  });

  test('a blocked JavaScript glue file shows the alert', async () => {
    const context = await freshContext();
    await context.route('**/peace-timeline-*.js', (route) => route.abort('blockedbyclient'));
    const { page, problems, alert, path } = await openBroken(context, '');
    await assertReadable(page, alert, path);
    assertOnly(problems, [/peace-timeline-.*\.js/, /Failed to load resource/, /could not start/]);
    await context.close();
  });

  test('a browser without WebAssembly shows the alert once', async () => {
    const context = await freshContext();
    await context.addInitScript(() => { delete window.WebAssembly; });
    const { page, problems, alert, path } = await openBroken(context, '');
    await assertReadable(page, alert, path);
    assertOnly(problems, [/could not start/]);
    await context.close();
  });

  test('a panic shows the alert and logs the panic for developers', async () => {
    const context = await freshContext();
    // Something rewrites the page before the app takes it over (an extension, a translating
    // proxy); hydration then finds a heading it did not render, and panics.
    const wasm = await holdWasm(context);
    const { page, problems } = await openPage(context, null);
    await page.goto(site.url(''), { waitUntil: 'domcontentloaded' });
    const started = await page.evaluate(() => {
      const heading = document.querySelector('h1');
      const replacement = document.createElement('h2');
      replacement.textContent = heading.textContent;
      heading.replaceWith(replacement);
      return window.wasmBindings !== undefined;
    });
    assert.equal(started, false, 'the page was changed before the app started');
    wasm.release();
    const alert = page.getByRole('alert').filter({ hasText: FAILURE });
    await alert.waitFor();
    await assertReadable(page, alert, '');
    assert.ok(problems.some((problem) => /console error: .*panicked at/s.test(problem)), `the panic is logged: ${problems.join('\n')}`);
    assertOnly(problems, [/panicked at/, /could not start/, /unreachable/i]);
    await context.close();
  });
});

describe('the _headers file', () => {
  /** `_headers` rules: a path (a trailing `*` matches any rest) and the headers it gets. */
  function headerRules() {
    const rules = [];
    for (const line of readFileSync(`${SITE}/_headers`, 'utf8').split('\n')) {
      if (line.startsWith('#') || line.trim() === '') continue;
      if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: {} });
      else {
        const [name, ...value] = line.trim().split(':');
        rules.at(-1).headers[name.toLowerCase()] = value.join(':').trim();
      }
    }
    return rules;
  }

  test('served as a host would, its headers break nothing and forbid framing', async () => {
    const rules = headerRules();
    assert.ok(rules.some((rule) => /frame-ancestors 'none'/.test(rule.headers['content-security-policy'] ?? '')));
    assert.ok(rules.some((rule) => /\.wasm$/.test(rule.path) && /immutable/.test(rule.headers['cache-control'])));
    // The test server sends what _headers asks for, as Netlify and Cloudflare Pages do.
    const served = await fetch(site.url(''));
    assert.match(served.headers.get('content-security-policy') ?? '', /default-src 'none'.*frame-ancestors 'none'/s, 'the server sends the policy');

    const context = await freshContext();
    for (const path of ['', 'entry/singapore-summit/?kind=summit', 'ko/']) {
      const { page, problems } = await openPage(context, site.url(path));
      assert.ok((await entries(page).count()) > 0);
      await assertSafe(page, problems);
      await page.close();
    }

    const framer = await context.newPage();
    const refused = framer.waitForEvent('console', { predicate: (message) => message.text().includes("frame-ancestors 'none'") });
    await framer.setContent(`<iframe src="${site.url('')}"></iframe>`);
    await refused;
    assert.equal(await framer.frames().at(-1).locator('article').count().catch(() => 0), 0, 'the browser refuses to show the site in a frame');
    await context.close();
  });
});

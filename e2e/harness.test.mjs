// The harness itself: starting the site fails, quickly and saying why, instead of hanging the
// run, when there is no built site or when the server does not answer with 200; a page's record
// of problems keeps every failed request but the ones the test's own navigation cancelled.

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';

import { freePort } from '../scripts/local-browsing.mjs';
import { describe, fresh, goto, serverAnswered, test, useSite } from './harness.mjs';


/** A server that answers every request with `status`, as a child process like the static server. */
async function answering(status) {
  const port = await freePort();
  const script = `require('node:http').createServer((q, r) => { r.writeHead(${status}); r.end('no'); }).listen(${port}, '127.0.0.1')`;
  return { server: spawn(process.execPath, ['-e', script], { stdio: 'ignore' }), url: `http://127.0.0.1:${port}/timeline/` };
}

test('a server that answers with an error fails the start-up after a bounded number of attempts, naming the answer', async () => {
  const { server, url } = await answering(500);
  try {
    await assert.rejects(serverAnswered(server, url, { attempts: 20, pollMs: 50 }),
      /did not answer http:\/\/127\.0\.0\.1:\d+\/timeline\/ with 200 after 20 attempts; the last answer was: HTTP 500/);
  } finally {
    server.kill();
  }
});

test('a server that never listens fails the start-up, naming the refusal', async () => {
  const port = await freePort();
  const server = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
  try {
    await assert.rejects(serverAnswered(server, `http://127.0.0.1:${port}/`, { attempts: 5, pollMs: 20 }), /after 5 attempts; the last answer was: ECONNREFUSED/);
  } finally {
    server.kill();
  }
});

test('a server that stops fails the start-up at once, saying so', async () => {
  const server = spawn(process.execPath, ['-e', 'process.exit(3)'], { stdio: 'ignore' });
  await new Promise((resolve) => server.once('exit', resolve));
  await assert.rejects(serverAnswered(server, 'http://127.0.0.1:9/', { attempts: 1000, pollMs: 50 }), /the static server stopped \(exit code 3\)/);
});

test('a missing site fails the start-up at once, saying how to build it', async () => {
  const empty = mkdtempSync(`${tmpdir()}/e2e-no-site-`);
  writeFileSync(`${empty}/README`, 'not a site');
  const child = spawn(process.execPath, ['--input-type=module', '-e', "import('./e2e/harness.mjs').then((h) => h.start()).then(() => process.exit(0), (e) => { console.error(e.message); process.exit(1); })"], {
    env: { ...process.env, E2E_SITE: empty }, stdio: ['ignore', 'ignore', 'pipe'], cwd: new URL('..', import.meta.url),
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => { stderr += chunk; });
  const code = await new Promise((resolve) => child.once('exit', resolve));
  assert.equal(code, 1);
  assert.match(stderr, /there is no built site in .*e2e-no-site-.* \(no index\.html\): build it with PUBLIC_URL=/);
});

describe('the record of problems on a page', () => {
  const site = useSite();

  /** Starts a request for `held` (which never gets an answer) from the page; resolves once it is out. */
  async function requestHeld(context, page) {
    let asked;
    const requested = new Promise((resolve) => { asked = resolve; });
    await context.route('**/held', () => asked());
    await page.evaluate(() => {
      window.heldRequest = new AbortController();
      fetch('held', { signal: window.heldRequest.signal }).catch(() => {});
    });
    await requested;
  }

  test('keeps a request the page itself gave up on', async () => {
    const { context, page, problems } = await fresh(site);
    await requestHeld(context, page);
    const failed = page.waitForEvent('requestfailed');
    await page.evaluate(() => window.heldRequest.abort());
    await failed;
    assert.deepEqual(problems, [`request failed: ${site.url('held')} net::ERR_ABORTED`]);
    await context.close();
  });

  test('leaves out a request cancelled because the test navigated away', async () => {
    const { context, page, problems } = await fresh(site);
    await requestHeld(context, page);
    await goto(page, site.url('?kind=summit'));
    assert.deepEqual(problems, []);
    await context.close();
  });
});

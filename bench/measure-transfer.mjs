// First-load transfer: every file a first visit to the home page fetches, by type, as the
// host sends it uncompressed, gzip-compressed and brotli-compressed.
//
//   node bench/measure-transfer.mjs --site SITE --name transfer [--kind app|timelinejs|limit] [--page /ko/]
//
// --page is the path of the page to open (default the home page, `/`): the Korean edition's
// home is `/ko/`.
// Chromium opens the home page with an empty cache and records what it fetches until the page
// has started (for the app: its module has run; see lib/sites.mjs for the peers) and the
// network is quiet; each of those files is then asked for once per encoding, and the body
// sizes (bytes on the wire, without headers) are added up by type. The peers are measured
// the same way as the app, so that their totals compare.

import { freshContext, launchChromium } from './lib/chromium.mjs';
import { main, writeResult } from './lib/results.mjs';
import { serve, transferSize } from './lib/server.mjs';
import { siteNamed } from './lib/sites.mjs';

const ENCODINGS = { raw: 'identity', gzip: 'gzip', brotli: 'br' };

/** The report's file types, from the Content-Type the host sends. */
function fileType(contentType, url) {
  const type = contentType.split(';')[0].trim();
  if (type === 'text/html') return 'HTML';
  if (type === 'text/css') return 'CSS';
  if (/javascript/.test(type)) return 'JS';
  if (type === 'application/wasm') return 'wasm';
  if (type.startsWith('font/') || /\.(woff2?|ttf|otf)$/.test(url)) return 'fonts';
  if (type.startsWith('image/')) return 'images';
  return 'other';
}

async function firstLoadUrls(url, hasStarted) {
  const browser = await launchChromium();
  try {
    const context = await freshContext(browser);
    const page = await context.newPage();
    const fetched = [];
    // A request that got no answer at all (such as one to a CDN, unreachable here) fails
    // without a response: it would be missing from the figures without a word.
    const unanswered = [];
    page.on('response', (response) => fetched.push({ url: response.url(), status: response.status() }));
    page.on('requestfailed', (request) => unanswered.push(`${request.failure()?.errorText ?? 'failed'} ${request.url()}`));
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.waitForFunction(hasStarted, null, { timeout: 30_000 });
    const failed = [...fetched.filter((item) => item.status >= 400).map((item) => `${item.status} ${item.url}`), ...unanswered];
    if (failed.length) throw new Error(`the first load had failed requests: ${failed.join(', ')}`);
    return [...new Set(fetched.map((item) => item.url).filter((href) => href.startsWith('http')))];
  } finally {
    await browser.close();
  }
}

main(async (args) => {
  const server = await serve(args.site);
  try {
    const files = [];
    const kind = args.kind ?? 'app';
    const page = args.page ?? '/';
    for (const url of await firstLoadUrls(server.url(page), siteNamed(kind).hasStarted)) {
      const file = { path: new URL(url).pathname };
      for (const [column, acceptEncoding] of Object.entries(ENCODINGS)) {
        const sent = await transferSize(url, acceptEncoding);
        file[column] = sent.bytes;
        file.type = fileType(sent.contentType, url);
      }
      files.push(file);
    }
    writeResult(args.name, { kind, page, files });
  } finally {
    await server.stop();
  }
});

// Serves a folder the way a real static host would for the measurements: the project's own
// static server with compression (brotli or gzip, as the browser asks) and persistent
// connections, bound to 127.0.0.1 on a free port, and stopped when the script ends. Static
// hosts speak HTTPS with HTTP/2, where a page's requests share one connection:
// `serveOverHttp2` puts that in front of the same server.

import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, get, request } from 'node:http';
import { createSecureServer } from 'node:http2';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

import { freePort } from '../../scripts/local-browsing.mjs';

const STATIC_SERVER = fileURLToPath(new URL('../../scripts/static_server.py', import.meta.url));
const running = new Set();

// Whatever way the script ends, no server is left behind.
process.on('exit', () => { for (const child of running) child.kill(); });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

const urlOn = (origin) => (path = '') => `${origin}/${path.replace(/^\//, '')}`;

/** Starts serving `root` at `/`; returns { origin, url(path), stop() }. */
export async function serve(root) {
  const port = await freePort();
  const child = spawn('python3', [STATIC_SERVER, '--root', root, '--port', String(port), '--compress', '--keep-alive'], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  running.add(child);
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null) throw new Error(`the static server for ${root} exited with ${child.exitCode}`);
    try {
      await fetch(`${origin}/robots.txt`, { method: 'HEAD' });
      break;
    } catch (error) {
      if (attempt > 100) throw new Error(`the static server for ${root} did not start: ${error.message}`);
    }
    await sleep(100);
  }
  return {
    origin,
    url: urlOn(origin),
    async stop() {
      running.delete(child);
      child.kill();
    },
  };
}

// Hop-by-hop headers of HTTP/1.1, which HTTP/2 forbids.
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'proxy-connection']);

/**
 * Starts serving `root` at `/` over HTTPS with HTTP/2 (TLS 1.3, a certificate made for
 * 127.0.0.1 for this run: the browser must be told to accept it); returns what `serve` does.
 * Each request is passed on to `serve`'s server, so both hosts send the same bytes.
 */
export async function serveOverHttp2(root) {
  const plain = await serve(root);
  const folder = mkdtempSync(join(tmpdir(), 'bench-tls-'));
  execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
    '-keyout', join(folder, 'key.pem'), '-out', join(folder, 'cert.pem'), '-days', '2',
    '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' });
  const tls = { key: readFileSync(join(folder, 'key.pem')), cert: readFileSync(join(folder, 'cert.pem')) };
  rmSync(folder, { recursive: true });
  const agent = new Agent({ keepAlive: true });
  const server = createSecureServer(tls, (incoming, outgoing) => {
    const headers = Object.fromEntries(Object.entries(incoming.headers).filter(([name]) => !name.startsWith(':')));
    const forwarded = request(plain.url(incoming.url), { method: incoming.method, headers, agent }, (response) => {
      outgoing.writeHead(response.statusCode, Object.fromEntries(Object.entries(response.headers).filter(([name]) => !HOP_BY_HOP.has(name))));
      response.pipe(outgoing);
    });
    forwarded.on('error', () => { outgoing.writeHead(502); outgoing.end(); });
    forwarded.end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `https://127.0.0.1:${server.address().port}`;
  return {
    origin,
    url: urlOn(origin),
    async stop() {
      server.close();
      agent.destroy();
      await plain.stop();
    },
  };
}

/**
 * The size of a URL's body as the host sends it with one Accept-Encoding (the bytes on the
 * wire, not decoded). Asking once per encoding also has the server compress each file before
 * anything is timed.
 */
export function transferSize(url, acceptEncoding) {
  return new Promise((resolve, reject) => {
    get(url, { headers: { 'Accept-Encoding': acceptEncoding } }, (response) => {
      let bytes = 0;
      response.on('data', (chunk) => { bytes += chunk.length; });
      response.on('end', () => resolve({
        status: response.statusCode,
        bytes,
        encoding: response.headers['content-encoding'] ?? 'identity',
        contentType: response.headers['content-type'] ?? '',
      }));
      response.on('error', reject);
    }).on('error', reject);
  });
}

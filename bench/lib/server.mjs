// Serves a folder the way a real static host would for the measurements: the project's own
// static server with compression (brotli or gzip, as the browser asks) and persistent
// connections, bound to 127.0.0.1 on a free port, and stopped when the script ends.

import { spawn } from 'node:child_process';
import { get } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

import { freePort } from '../../scripts/local-browsing.mjs';

const STATIC_SERVER = fileURLToPath(new URL('../../scripts/static_server.py', import.meta.url));
const running = new Set();

// Whatever way the script ends, no server is left behind.
process.on('exit', () => { for (const child of running) child.kill(); });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

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
    url: (path = '') => `${origin}/${path.replace(/^\//, '')}`,
    async stop() {
      running.delete(child);
      child.kill();
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

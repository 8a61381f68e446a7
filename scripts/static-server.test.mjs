// The static server that `scripts/serve.sh` and the tests use: a reader who leaves while a
// large file downloads closes the connection, and the server goes on without printing a
// traceback over the terminal.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';

import { freePort } from './local-browsing.mjs';

const script = new URL('./static_server.py', import.meta.url).pathname;
const root = mkdtempSync(join(tmpdir(), 'static-server-'));
after(() => rmSync(root, { recursive: true, force: true }));

/** Sends one GET and resolves with the first bytes of the answer, leaving the socket open. */
function firstBytes(port, path) {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`));
    socket.once('data', (chunk) => resolve({ socket, head: chunk.toString('latin1') }));
    socket.once('error', reject);
  });
}

test('a connection closed mid-download is not reported as an error, and the server keeps serving', async () => {
  // Larger than any socket buffer, so that the server is still writing when the reader leaves.
  writeFileSync(join(root, 'app_bg.wasm'), Buffer.alloc(32 * 1024 * 1024, 1));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>t</title>');
  const port = await freePort();
  const server = spawn('python3', [script, '--root', root, '--port', String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  server.stdout.on('data', (chunk) => { output += chunk; });
  server.stderr.on('data', (chunk) => { output += chunk; });
  try {
    let started = false;
    for (let attempt = 0; attempt < 100 && !started; attempt++) {
      started = await fetch(`http://127.0.0.1:${port}/`).then((response) => response.ok, () => false);
      if (!started) await sleep(100);
    }
    assert.ok(started, `the server did not start: ${output}`);

    for (let reader = 0; reader < 3; reader++) {
      const { socket, head } = await firstBytes(port, '/app_bg.wasm');
      assert.match(head, /^HTTP\/1\.[01] 200/);
      socket.resetAndDestroy();
    }
    await sleep(500);

    const page = await fetch(`http://127.0.0.1:${port}/`);
    assert.equal(page.status, 200, 'the server still answers');
    assert.doesNotMatch(output, /Traceback|Error/, 'nothing printed about the readers who left');
  } finally {
    server.kill();
  }
});

// What the end-to-end tests and the benchmark share to browse the site on this machine:
// Chromium's flags and a free loopback port for the static server.

import { createServer } from 'node:net';

/**
 * Flags for any headless Chromium run, Playwright's or Lighthouse's: without them Chromium
 * reaches for the network in the background, which fails here and would skew measurements.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** A port on 127.0.0.1 that nothing listens on now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

// Shared by run.mjs and measure.mjs: serve dist/ under a sub-path with a plain static file
// server, and launch Debian's Chromium through playwright-core (no browser download, no
// outside connections).
import { createRequire } from 'node:module';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(path.join(root, '.tools/package.json'));
const { chromium } = require('playwright-core');
// KUBEPLAY_DIST serves another build (a helper's own release build) instead of dist/.
export const dist = path.resolve(process.env.KUBEPLAY_DIST || path.join(root, 'dist'));
const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css',
  '.json': 'application/json', '.svg': 'image/svg+xml' };

/** Serves dist/ under `prefix`; returns { base, requested, close }. `rewrite(name, bytes)`,
 * if given, may replace a file's bytes (a damaged download). */
export async function serve(prefix = '/kubeplay/', { rewrite } = {}) {
  const requested = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    requested.push(url.pathname);
    if (!url.pathname.startsWith(prefix)) { res.writeHead(404); res.end('outside the sub-path'); return; }
    let file = path.join(dist, decodeURIComponent(url.pathname.slice(prefix.length)) || 'index.html');
    if (!file.startsWith(dist)) { res.writeHead(403); res.end(); return; }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) { res.writeHead(404); res.end('not found'); return; }
    res.writeHead(200, { 'content-type': types[path.extname(file)] || 'application/octet-stream' });
    if (rewrite) res.end(rewrite(path.basename(file), fs.readFileSync(file)));
    else fs.createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, base: `${origin}${prefix}`, requested, close: () => server.close() };
}

/** Headless Chromium that talks to nobody but the page's server. */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/** Milliseconds from navigation start to the app's "prompt focused" mark. */
export async function promptFocusedMark(page) {
  await page.waitForFunction(() => performance.getEntriesByName('kubeplay:prompt-focused').length > 0
    && document.activeElement && document.activeElement.classList.contains('keyboard'));
  return page.evaluate(() => performance.getEntriesByName('kubeplay:prompt-focused')[0].startTime);
}

/** Text of the drawn scrollback rows. */
export function rows(page) {
  return page.evaluate(() => [...document.querySelectorAll('.rows .row')].map((row) => row.textContent));
}

/** Pastes text into the terminal as the browser does. */
export function paste(page, text) {
  return page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData('text', text);
    document.querySelector('textarea.keyboard').dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

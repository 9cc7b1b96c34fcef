// End-to-end test of the release build: serve dist/ from a sub-path (/kubeplay/) with a
// plain static file server, drive Debian's Chromium through playwright-core like a person
// (load, type, read the screen), and print the load-to-prompt time. No browser download.
import { createRequire } from 'node:module';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(path.join(root, '.tools/package.json'));
const { chromium } = require('playwright-core');
const dist = path.join(root, 'dist');
const prefix = '/kubeplay/';
const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };

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
  fs.createReadStream(file).pipe(res);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}${prefix}`;

let failures = 0;
let passes = 0;
function check(name, condition, detail = '') {
  if (condition) { passes++; console.log(`ok   ${name}`); }
  else { failures++; console.log(`FAIL ${name}${detail ? `\n${detail}` : ''}`); }
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
         '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
try {
  const context = await browser.newContext();
  const page = await context.newPage();
  // CI machines are small and busy: allow slow steps rather than fail on them.
  page.setDefaultTimeout(90000);
  const outside = [];
  page.on('request', (request) => { if (!request.url().startsWith(`http://127.0.0.1:${server.address().port}/`)) outside.push(request.url()); });
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));

  const started = Date.now();
  await page.goto(base);
  await page.waitForSelector('.prompt-line');
  await page.waitForFunction(() => document.activeElement && document.activeElement.classList.contains('keyboard'));
  const loadMillis = Date.now() - started;
  console.log(`figure: navigation to a focused prompt took ${loadMillis} ms`);

  await page.keyboard.type('kubectl create -f kubia-manual.yaml');
  await page.keyboard.press('Enter');
  await page.keyboard.type('kubectl get pods');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('.terminal').textContent.includes('kubia-manual   '));
  const text = await page.locator('.terminal').innerText();
  check('create prints the name printer line', text.includes('pod/kubia-manual created'), text);
  check('get pods prints a kubectl table', /NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE/.test(text), text);
  check('the new pod is listed', /kubia-manual\s+\d\/1\s+\w+/.test(text), text);
  check('no request left the page origin', outside.length === 0, outside.join('\n'));
  check('every asset came from the sub-path', requested.every((p) => p.startsWith(prefix)), requested.join('\n'));
  // Reload: the session is restored from localStorage by replaying its journal.
  await page.reload();
  await page.waitForSelector('.prompt-line');
  await page.waitForFunction(() => document.querySelector('.terminal').textContent.includes('pod/kubia-manual created'));
  await page.keyboard.type('kubectl get pod kubia-manual -o name');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('.terminal').textContent.includes('pod/kubia-manual\n') || document.querySelector('.terminal').innerText.includes('\npod/kubia-manual\n'));
  const restored = await page.locator('.terminal').innerText();
  check('after a reload the session is restored', restored.includes('pod/kubia-manual created') && /\npod\/kubia-manual\n/.test(restored), restored);
  check('no page errors', pageErrors.length === 0, pageErrors.join('\n'));
} finally {
  await browser.close();
  server.close();
}
console.log(`e2e: ${passes} passed, ${failures} failed`);
process.exit(failures === 0 ? 0 : 1);

// Seeded fuzz of the release build in headless Chromium, as a hostile or clumsy learner would
// use the page: random editing and control keys, typed and mangled commands (unicode, control
// characters, open quotes and here-documents, very long lines), multi-line pastes, IME
// composition (Chrome's own through CDP, and hand-made event sequences), window sizes from
// 320 to 2560 px, the touch palette, the clock controls, theme and language, reset,
// export/import (garbage files too), reloads, damaged or huge localStorage and share links.
// After every step: no panic overlay, no page error or console error, the page answers within
// FUZZ_SLOW_MS (2000), the terminal keeps the focus after terminal actions; every 25 steps
// `echo ok-N` must come back on the screen.
//
// Not part of CI (scripts/test.sh does not run it). After a release build:
//   node tests/e2e/fuzz.mjs [seed] [steps]
//   KUBEPLAY_DIST=/tmp/other/dist FUZZ_VERBOSE=1 node tests/e2e/fuzz.mjs 7 3000
// Prints each finding once (kind, step, the last actions) and exits 1 when there were any.
// The same seed gives the same actions (timing, and so what a step finds, may differ).
import fs from 'node:fs';
import { serve, launch, paste } from './harness.mjs';

const seed = Number(process.argv[2] ?? 1) >>> 0;
const steps = Number(process.argv[3] ?? 1000);
const verbose = Boolean(process.env.FUZZ_VERBOSE);
const slowMs = Number(process.env.FUZZ_SLOW_MS || 2000);
const probeEvery = Number(process.env.FUZZ_PROBE_EVERY || 25);
// Reloads and share links wait for the wasm again: they get a longer allowance.
const slowLoadMs = Number(process.env.FUZZ_SLOW_LOAD_MS || 8000);

/** mulberry32: small, seedable. */
function prng(a) {
  return () => {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = prng(seed);
const int = (n) => Math.floor(random() * n);
const pick = (xs) => xs[int(xs.length)];
const chance = (p) => random() < p;

// ---------------------------------------------------------------------------------------
// What a learner types.

const KEYS = ['Control+a', 'Control+e', 'Control+b', 'Control+f', 'Control+u', 'Control+k', 'Control+w',
  'Control+y', 'Control+r', 'Control+l', 'Control+c', 'Control+d', 'Control+g', 'Control+t', 'Control+p',
  'Control+n', 'Control+h', 'Control+_', 'Control+[', 'Alt+b', 'Alt+f', 'Alt+d', 'Alt+Backspace', 'Alt+.',
  'Alt+u', 'Alt+l', 'Alt+c', 'Alt+t', 'Alt+Shift+Comma', 'Alt+Shift+Period', 'Tab', 'Tab', 'Shift+Tab',
  'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Control+ArrowLeft', 'Control+ArrowRight', 'Alt+ArrowLeft',
  'Home', 'End', 'PageUp', 'PageDown', 'Enter', 'Enter', 'Backspace', 'Backspace', 'Delete', 'Alt+Delete',
  'Control+Backspace', 'Escape', 'Insert', 'F1', 'F5', 'Control+Enter', 'Shift+Enter', 'Control+Shift+c',
  'Control+Shift+v', 'Control+v', 'Control+z', 'Control+s', 'Control+o', 'Control+x', 'Meta+a', 'Space',
  'q', 'y', 'n', ':', 'Control+Alt+x'];

const COMMANDS = [
  'kubectl get pods', 'kubectl get pods -A -o wide', 'kubectl get nodes --show-labels', 'kubectl get all -A',
  'kubectl create -f kubia-manual.yaml', 'kubectl create -f kubia-manual-with-labels.yaml',
  'kubectl run nginx --image=nginx', 'kubectl run bb --image=busybox -- sh -c "while true; do date; sleep 5; done"',
  'kubectl describe pod kubia-manual', 'kubectl describe node kind-worker', 'kubectl logs kubia-manual',
  'kubectl logs -f kubia-manual', 'kubectl get pods -w', 'kubectl delete pod --all', 'kubectl delete pods --all --wait=false',
  'kubectl explain pods', 'kubectl explain pods | less', 'watch kubectl get pods', 'watch -n 1 date', 'less kubia-manual.yaml',
  'vi x.yaml', 'nano notes.txt', 'vim kubia-manual.yaml', 'kubectl edit pod kubia-manual', 'kubectl create -f kubia-manual.yaml --edit',
  'kubectl exec -it kubia-manual -- sh', 'kubectl run -it --rm t --image=busybox -- sh', 'kubectl attach -it bb',
  'kubectl port-forward kubia-manual 8888:8080 &', 'curl localhost:8888', 'kubectl proxy &', 'curl localhost:8001/api/v1/pods | head',
  'jobs', 'fg', 'bg', 'kill %1', 'sleep 3', 'sleep 1000', 'sleep 1000 &', 'wait', 'history', 'history | tail -3', '!!', '!$', '!kub',
  '^get^describe^', '!-9999', 'for i in 1 2 3; do echo $i; done', 'for p in $(kubectl get pods -o name); do echo $p; done',
  'until kubectl get pod kubia-manual | grep -q Running; do sleep 1; done', 'while true; do :; done', 'while :; do echo y; done',
  'for ((;;)); do :; done', 'yes | head -3', 'seq 1 20000', 'seq 1 200000 | tail -1', 'echo {1..20000} | wc -c',
  'a=x; for i in $(seq 1 30); do a=$a$a; done; echo ${#a}', 'f() { f; }; f', ':(){ :|:& };:', 'cat', 'read x', 'read -p "name? " n',
  'kubectl scale rc kubia --replicas=300', 'kubectl create deployment d --image=nginx --replicas=100',
  'kubectl rollout status deployment d', 'kubectl wait --for=condition=Ready pod --all --timeout=60s',
  'kubectl get pods -o jsonpath="{.items[*].metadata.name}"', "kubectl get pods -o go-template='{{range .items}}{{.metadata.name}}{{\"\\n\"}}{{end}}'",
  'kubectl get --raw /api/v1/namespaces/default/pods', 'kubectl config view --raw', 'kubectl config set-context --current --namespace=x',
  'kubectl config use-context kind-kubeplay', 'kubectl auth can-i --list', 'kubectl api-resources', 'kubectl --help', 'kubectl get',
  'ls -la', 'cat kubia-manual.yaml', 'cd /tmp', 'cd', 'pwd', 'export PS1="$ "', 'alias k=kubectl', 'k get po', 'set -x', 'set +x',
  'set -e', 'set +e', 'clear', 'reset', 'exit', 'logout', 'exec bash', 'bash', 'sh', 'source /dev/null', 'bash -c "exit 3"',
  'echo $((1/0))', 'echo ${x:?unset}', 'echo "$(kubectl get pods)"', 'printf "%s\\n" 日本語', 'echo -e "\\e[31mred\\e[0m \\e[1;4mbold"',
  'echo -e "\\e[2J\\e[H"', 'echo -e "\\e]0;title\\a"', 'echo -e "\\x07\\x08\\x7f\\x00"', 'printf "\\e[?1049h"', 'tput clear',
  'kubectl label pod kubia-manual env=prod --overwrite', 'kubectl annotate pod kubia-manual a=b', 'kubectl cordon kind-worker',
  'kubectl drain kind-worker --ignore-daemonsets --force', 'kubectl uncordon kind-worker', 'kubectl taint node kind-worker2 k=v:NoExecute',
  'kubectl delete ns kube-system', 'kubectl delete node --all', 'kubectl get events -w', 'kubectl top pods', 'man kubectl', 'top',
  'kubectl apply -f -', 'kubectl create -f -', 'cat > a.txt', 'tee b.txt', 'grep x', 'sed -n p',
];

const UNICODE = ['日本語', 'ポッド', 'こんにちは世界', '😀', '👩‍💻', '🇯🇵', '🏳️‍🌈', 'e\u0301', '\u200b', '\u200d', '\u202e',
  'שלום', 'مرحبا', '\u0000', '\u0001', '\u0007', '\u0008', '\u001b', '\u001b[31m', '\u001b[2J', '\u007f', '\u0085',
  '\u2028', '\u2029', '\ufeff', '\ufffd', '\ud800', '\udfff', '𝕜𝕦𝕓𝕖', '\t', '\r', '\r\n', '\\', '"', "'", '`', '$(', '${',
  '<<', '|', '&', ';', '>', '*', '?', '[', '!', '#', '~', '%', '　', 'ｋｕｂｅｃｔｌ', 'Ω', 'ß', 'İ', 'ǅ', '\u0300\u0300\u0300'];

function mangle(text) {
  let s = text;
  const n = 1 + int(4);
  for (let i = 0; i < n; i++) {
    const at = int(s.length + 1);
    switch (int(7)) {
      case 0: s = s.slice(0, at) + pick(UNICODE) + s.slice(at); break;
      case 1: s = s.slice(0, at) + s.slice(at + 1 + int(5)); break;
      case 2: s = s.slice(0, at) + pick(['"', "'", '`', '$(', '${', '((', '[[', '{', '(']) + s.slice(at); break;
      case 3: s = s.slice(0, at) + ' ' + pick(COMMANDS) + s.slice(at); break;
      case 4: s = s + ' ' + pick(['|', '&&', '||', ';', '&', '>', '<', '2>&1', '| grep', '| less', '<<EOF', "<<'X'"]); break;
      case 5: s = s.slice(0, at) + s.slice(at).toUpperCase(); break;
      default: s = s.slice(0, at) + '\\' + s.slice(at); break;
    }
  }
  return s;
}

function longLine() {
  const unit = pick(['a', 'x ', '日本', '😀', 'kubectl get pods ', '-', '"', '$x', '{1..3}', 'é']);
  return `echo ${unit.repeat(200 + int(6000))}`;
}

function heredoc(open) {
  const tag = pick(['EOF', 'END', "'EOF'", '"EOF"', '-EOF']);
  const body = ['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: h' + int(100), 'spec:', '  containers:',
    '  - name: c', '    image: ' + pick(['nginx', 'busybox', 'luksa/kubia', '日本', ''])];
  const target = pick(['kubectl apply -f -', 'kubectl create -f -', 'cat > h.yaml', 'cat', 'wc -l']);
  const lines = [`${target} <<${tag}`, ...body.slice(0, int(body.length + 1))];
  if (!open) lines.push(tag.replace(/['"-]/g, ''));
  return lines.join('\n') + (open ? '' : '\n');
}

function pasteText() {
  switch (int(6)) {
    case 0: return heredoc(chance(0.4));
    case 1: return Array.from({ length: 1 + int(8) }, () => pick(COMMANDS)).join('\n') + (chance(0.5) ? '\n' : '');
    case 2: return mangle(pick(COMMANDS)) + '\n' + mangle(pick(COMMANDS));
    case 3: return Array.from({ length: 50 + int(500) }, (_, i) => `echo line-${i}`).join(chance(0.5) ? '\n' : '\r\n') + '\n';
    case 4: return pick(UNICODE).repeat(1 + int(300));
    default: return longLine() + (chance(0.5) ? '\n' : '');
  }
}

// ---------------------------------------------------------------------------------------
// Findings.

const findings = new Map();
const recent = [];
let step = 0;
function finding(kind, detail = '', { byKind = false } = {}) {
  // One finding per kind and first line of detail, numbers left out (ok-3 and ok-9 are alike).
  const key = byKind ? kind : `${kind}: ${String(detail).split('\n')[0].slice(0, 60).replace(/\d+/g, 'N')}`;
  if (findings.has(key)) { findings.get(key).count++; return; }
  findings.set(key, { kind, detail: String(detail).slice(0, 2000), step, count: 1, actions: recent.slice(-12) });
  console.log(`\nFINDING [step ${step}] ${kind}\n  ${String(detail).slice(0, 600).replace(/\n/g, '\n  ')}\n  last actions:\n    ${recent.slice(-12).join('\n    ')}`);
}
function describe(what) {
  const text = JSON.stringify(what);
  recent.push(`${step}: ${text.length > 300 ? `${text.slice(0, 300)}…(${text.length} chars)` : text}`);
  if (recent.length > 50) recent.shift();
  if (verbose) console.log(recent.at(-1));
}

// ---------------------------------------------------------------------------------------
// The page.

const server = await serve('/kubeplay/');
const browser = await launch();
let context;
let page;
let cdp;
let errors = [];
let exported = null;
const unclickable = new Map();
let width = 1280;
let height = 800;

async function open(url = server.base) {
  if (context) await context.close().catch(() => {});
  context = await browser.newContext({ viewport: { width, height }, acceptDownloads: true });
  page = await context.newPage();
  page.setDefaultTimeout(15000);
  errors = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.stack || error}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
  });
  page.on('crash', () => errors.push('page crashed'));
  page.on('dialog', (dialog) => dialog.dismiss().catch(() => {}));
  cdp = await context.newCDPSession(page);
  await page.goto(url);
  await ready();
}

/** Waits until Yew has drawn what the last event caused (two frames). */
function settle() {
  return page.evaluate(() => new Promise((resolve) =>
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0)))));
}

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([promise, new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
  })]).finally(() => clearTimeout(timer));
}

function state() {
  return withTimeout(page.evaluate(() => {
    const active = document.activeElement;
    return {
      panic: document.querySelector('.panic-overlay pre')?.textContent ?? null,
      alert: document.querySelector('[role=alert]:not(.tutorial-error):not(.tutorial-mistake)')?.textContent ?? null,
      active: active ? `${active.tagName.toLowerCase()}.${active.className}` : 'none',
      keyboard: active?.classList.contains('keyboard') ?? false,
      editor: Boolean(document.querySelector('.editor-pane')),
      editorFocused: active?.classList.contains('editor-text') ?? false,
      dialog: Boolean(document.querySelector('.share, .confirm')),
      busy: Boolean(document.querySelector('.status')),
      prompt: document.querySelector('.prompt-line')?.textContent ?? null,
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
    };
  }), 10000, 'reading the page state');
}

function screenText() {
  return page.evaluate(() => [...document.querySelectorAll('.rows .row')].map((row) => row.textContent));
}

async function focusTerminal() {
  // A learner clicks the terminal (or the editor pane's text over it) to type into it.
  const editor = page.locator('.editor-text');
  const target = (await editor.count()) ? editor : page.locator('.terminal .screen');
  const clicked = await target.click({ position: { x: 8, y: 8 }, timeout: 2000 }).then(() => true, () => false);
  if (!clicked) await page.evaluate(() => (document.querySelector('.editor-text') ?? document.querySelector('textarea.keyboard'))?.focus());
}

/** After a (re)load: the app marked its start and focused the terminal or, when a reload
 * reopened `vi`, the editor pane. */
async function ready() {
  await page.waitForFunction(() => performance.getEntriesByName('kubeplay:prompt-focused').length > 0
    && document.activeElement && (document.activeElement.classList.contains('keyboard')
      || document.activeElement.classList.contains('editor-text')), null, { timeout: 20000 });
}

// ---------------------------------------------------------------------------------------
// Actions: each returns { terminal } (the terminal should have the focus afterwards) or
// { load } (the page was loaded again).

async function keyAction() {
  const keys = Array.from({ length: 1 + int(6) }, () => pick(KEYS));
  describe({ keys });
  const editor = await page.locator('.editor-pane').count();
  for (const key of keys) await page.keyboard.press(key);
  // Shift+Tab leaves the terminal, and Tab leaves a read-only pager (as it should).
  return { terminal: !keys.includes('Shift+Tab') && !(editor && keys.includes('Tab')) };
}

let typeOnButton = false;
async function typeAction() {
  let text = pick(COMMANDS);
  if (chance(0.4)) text = mangle(text);
  const enter = chance(0.8);
  describe({ type: text, enter, onButton: typeOnButton });
  // Typing while a toolbar button has the focus: a letter takes the terminal's focus back.
  if (typeOnButton && !/^[a-z0-9]/i.test(text)) await focusTerminal();
  await page.keyboard.type(text);
  if (enter) await page.keyboard.press('Enter');
  return { terminal: true };
}

async function insertAction() {
  // One `input` event with a lot of text (an on-screen keyboard, a dictation, an extension).
  const text = chance(0.5) ? longLine() : mangle(pick(COMMANDS));
  describe({ insertText: text });
  await page.keyboard.insertText(text);
  if (chance(0.5)) await page.keyboard.press('Enter');
  return { terminal: true };
}

async function pasteAction() {
  const text = pasteText();
  describe({ paste: text });
  await paste(page, text);
  return { terminal: true };
}

async function imeAction() {
  const word = pick(['にほんご', 'ぽっど', 'くべくとる', 'きょう', 'ｋｕｂｅ', '한국어', '中文输入']);
  const committed = pick(['日本語', 'ポッド', 'kubectl', '今日', '', word, '😀']);
  const variant = int(5);
  describe({ ime: variant, word, committed });
  if (variant <= 1) {
    // Chrome's own IME path (DevTools protocol): composition, maybe keys in between, commit.
    for (let i = 1; i <= word.length; i++) {
      await cdp.send('Input.imeSetComposition', { text: word.slice(0, i), selectionStart: i, selectionEnd: i });
      // (Not Tab: an IME takes it for its candidates, where CDP's key would move the focus.)
      if (variant === 1 && chance(0.3)) await page.keyboard.press(pick(['Enter', 'Backspace', 'ArrowLeft', 'Control+c']));
    }
    if (chance(0.8)) await cdp.send('Input.insertText', { text: committed });
    else await cdp.send('Input.imeSetComposition', { text: '', selectionStart: 0, selectionEnd: 0 });
    if (chance(0.5)) await page.keyboard.press('Enter');
    return { terminal: true };
  }
  // Hand-made event sequences, as various browsers and IMEs send them.
  await page.evaluate(({ word, committed, variant }) => {
    const input = document.querySelector('textarea.keyboard');
    if (!input) return;
    const fire = (event) => input.dispatchEvent(event);
    const key = (key, composing, code = '') => fire(new KeyboardEvent('keydown', { key, code, isComposing: composing, bubbles: true, cancelable: true }));
    fire(new CompositionEvent('compositionstart', { data: '', bubbles: true }));
    for (let i = 1; i <= word.length; i++) {
      key('Process', true);
      fire(new CompositionEvent('compositionupdate', { data: word.slice(0, i), bubbles: true }));
      fire(new InputEvent('input', { inputType: 'insertCompositionText', data: word.slice(0, i), isComposing: true, bubbles: true }));
    }
    if (variant === 2) key('Enter', true, 'Enter'); // Enter commits (Chrome)
    if (variant !== 4) {
      fire(new InputEvent('input', { inputType: 'insertCompositionText', data: committed, isComposing: true, bubbles: true }));
      fire(new CompositionEvent('compositionend', { data: committed, bubbles: true }));
    }
    if (variant === 3) key('Enter', false, 'Enter'); // Safari: the commit's Enter comes after compositionend
  }, { word, committed, variant });
  return { terminal: true };
}

async function resizeAction() {
  width = 320 + int(2241);
  height = 240 + int(1200);
  describe({ resize: [width, height] });
  await page.setViewportSize({ width, height });
  const s = await state();
  if (s.scrollWidth > s.innerWidth + 1) finding('sideways scroll', `${width}x${height}: scrollWidth ${s.scrollWidth}`);
  return {};
}

async function clickSelector(selector, { force = false } = {}) {
  const element = page.locator(selector).first();
  if (!(await element.count())) return false;
  // A click on a disabled button does nothing (Playwright would wait for it to be enabled).
  if (await element.isDisabled().catch(() => true)) return false;
  // Nor on an inert one (the palette and the terminal under the editor pane).
  if (await element.evaluate((el) => Boolean(el.closest('[inert]'))).catch(() => true)) return false;
  if (await element.isVisible().catch(() => false)) {
    await element.click({ timeout: 1500, force }).catch((error) => {
      if (!/disabled|not enabled|intercepts pointer|outside of the viewport|Timeout/.test(String(error))) throw error;
      const why = String(error).split('\n').filter((line) => /intercepts|not stable|detached|outside|not visible|not enabled/.test(line)).pop() ?? 'timeout';
      const key = `${selector} (${why.trim().slice(0, 120)})`;
      unclickable.set(key, (unclickable.get(key) ?? 0) + 1);
    });
  } else {
    await element.evaluate((el) => el.click());
  }
  return true;
}

async function paletteAction() {
  const index = int(12);
  describe({ palette: index });
  // Under the editor pane the palette is inert: a tap does nothing, the focus stays put.
  const editor = await page.locator('.editor-pane').count();
  await clickSelector(`.palette button:nth-child(${index + 1})`);
  return { terminal: !editor };
}

async function clockAction() {
  const what = pick(['0', '1', '10', '60', 'skip', 'skip', 'skip']);
  describe({ clock: what });
  if (what === 'skip') await clickSelector('button.skip');
  else await clickSelector(`button.speed[data-speed="${what}"]`);
  return { toolbar: true };
}

async function viewAction() {
  const what = pick(['dark', 'light', 'lang', 'lang', 'A+', 'A-', 'A+', 'dismiss', 'cv', 'filter', 'pod', 'tutorial', 'hash']);
  describe({ view: what });
  switch (what) {
    case 'dark': case 'light': await page.emulateMedia({ colorScheme: what }); break;
    case 'lang': await clickSelector('button.language'); break;
    case 'A+': await clickSelector('.tools.view button:nth-child(2)'); break;
    case 'A-': await clickSelector('.tools.view button:nth-child(1)'); break;
    case 'dismiss': await clickSelector('.notice .dismiss'); break;
    case 'cv': await clickSelector('.cv-toggle'); break;
    case 'filter': {
      const filter = page.locator('.cv-filter-input');
      if (await filter.isVisible().catch(() => false)) {
        await filter.fill(pick(['app=kubia', 'env in (prod,', '!env', 'a!=b,c', '日本=語', '(((', 'x'.repeat(5000), '', 'env notin (a)']));
      }
      break;
    }
    case 'pod': await clickSelector('.cluster-view li.pod button'); break;
    case 'tutorial': await clickSelector(pick(['.tutorial-section button', '.tutorial-section a', '.tutorial-buttons button',
      '.show-hint', '.show-solution', '.tutorial-sections summary', '.tutorial-pane button'])); break;
    default: {
      const hash = pick(['#/3.4', '#/3.1', '#/9.9', '#/', '#/../../etc', `#/${'3.'.repeat(2000)}`, '#', '#/3.4?x=日本']);
      describe({ hash });
      await page.evaluate((hash) => { location.hash = hash; }, hash);
    }
  }
  return { toolbar: true };
}

async function resetAction() {
  const confirm = chance(0.6);
  describe({ reset: confirm });
  await clickSelector('.tools.session > button:nth-of-type(1)');
  await page.waitForSelector('.confirm', { timeout: 3000 }).catch(() => {});
  await clickSelector(confirm ? '.confirm button.danger' : '.confirm button:not(.danger)');
  return { terminal: true };
}

async function exportAction() {
  describe({ export: true });
  const download = page.waitForEvent('download', { timeout: 5000 });
  await clickSelector('.tools.session > button:nth-of-type(2)');
  const file = await download.catch(() => null);
  if (!file) { finding('export gave no download'); return { toolbar: true }; }
  const text = fs.readFileSync(await file.path(), 'utf8');
  try { exported = JSON.parse(text); } catch (error) { finding('export is not JSON', `${error}: ${text.slice(0, 200)}`); }
  return { toolbar: true };
}

function deep(n) { return '['.repeat(n) + ']'.repeat(n); }

function garbageDocument() {
  const base = exported ?? { app: 'kubeplay', format: 1, session: '', history: [], prefs: {}, tutorial: null };
  const variants = [
    () => '',
    () => 'not json',
    () => '\u0000\u0001\u00ff'.repeat(100),
    () => Buffer.from(Array.from({ length: 2000 }, () => int(256))).toString('latin1'),
    () => deep(100000),
    () => `{"app":"kubeplay","format":1,"session":${JSON.stringify(deep(50000))}}`,
    () => JSON.stringify({ ...base, format: 2 }),
    () => JSON.stringify({ ...base, format: 1e308 }),
    () => JSON.stringify({ ...base, session: mangle(String(base.session)) }),
    () => JSON.stringify({ ...base, session: String(base.session).slice(0, int(String(base.session).length + 1)) }),
    () => JSON.stringify({ ...base, history: Array.from({ length: 20000 }, (_, i) => `echo ${i} ${'x'.repeat(int(50))}`) }),
    () => JSON.stringify({ ...base, history: [1, null, {}, 'x'.repeat(100000)] }),
    () => JSON.stringify({ ...base, prefs: { lang: 'xx-YY', speed: 4294967295, font_px: 1e9 } }),
    () => JSON.stringify({ ...base, prefs: { lang: 7, speed: -1, font_px: 'big' } }),
    () => JSON.stringify({ ...base, prefs: { speed: 60, font_px: 0 } }),
    () => JSON.stringify({ ...base, tutorial: JSON.parse(deep(500)) }),
    () => JSON.stringify({ ...base, tutorial: { active: '9.9', steps: { '3.1': 1e9 }, x: 'y' } }),
    () => JSON.stringify({ ...base, tutorial: 'garbage' }),
    () => JSON.stringify(base).replace(/"session":"/, '"session":"' + 'x'.repeat(200000)),
    () => JSON.stringify(base) + 'trailing',
    () => JSON.stringify(base).slice(0, -1),
    () => '\ufeff' + JSON.stringify(base),
    () => JSON.stringify({ ...base, session: `1\n${'seed 1\n'.repeat(3)}` }),
    () => JSON.stringify({ ...base, session: String(base.session).replace(/\d+/, '99999999999999999999999') }),
    () => JSON.stringify({ ...base, session: String(base.session) + '\n' + 'L kubectl get pods\n'.repeat(2000) }),
  ];
  const index = int(variants.length);
  return { index, text: variants[index]() };
}

async function importAction() {
  const { index, text } = garbageDocument();
  describe({ import: index, bytes: text.length });
  await page.locator('input[type=file]').setInputFiles({ name: pick(['s.json', 'x.txt', '日本.json', '']) || 'a', mimeType: 'application/json', buffer: Buffer.from(text, 'latin1') });
  await page.waitForTimeout(200);
  return { toolbar: true };
}

async function reloadAction() {
  describe({ reload: true });
  await page.reload();
  await ready();
  return { load: true, terminal: true };
}

async function storageAction() {
  const { index, text } = garbageDocument();
  const where = pick(['kubeplay.session', 'kubeplay.session', 'kubeplay.session.aside.1', 'other', 'fill']);
  describe({ localStorage: where, variant: index, bytes: text.length });
  const result = await page.evaluate(({ where, text }) => {
    try {
      if (where === 'fill') {
        // Fill the origin's quota, so the next saves fail.
        const chunk = 'x'.repeat(1 << 20);
        for (let i = 0; i < 12; i++) localStorage.setItem(`filler.${i}`, chunk);
      } else {
        localStorage.setItem(where, text);
      }
      return 'stored';
    } catch (error) { return String(error); }
  }, { where, text });
  await page.reload();
  await ready();
  if (chance(0.5)) await page.evaluate(() => { for (let i = 0; i < 12; i++) localStorage.removeItem(`filler.${i}`); });
  return { load: true, terminal: true, result };
}

async function shareAction() {
  let fragment;
  if (chance(0.4)) {
    await clickSelector('.tools.session > button:nth-of-type(3)');
    const url = await page.locator('.share-url').inputValue({ timeout: 3000 }).catch(() => null);
    await clickSelector('.share button');
    fragment = url ? url.slice(url.indexOf('#')) : '#s=';
    if (chance(0.7)) {
      const at = 3 + int(Math.max(1, fragment.length - 3));
      fragment = pick([
        () => fragment.slice(0, at),
        () => fragment.slice(0, at) + pick(['%', '%E6', '!', '~', '=', '.', '日', ' ', '\u0000']) + fragment.slice(at + 1),
        () => fragment + fragment.slice(3),
        () => fragment.slice(0, at) + 'A'.repeat(int(5000)) + fragment.slice(at),
      ])();
    }
  } else {
    fragment = pick([
      () => '#s=', () => '#s=1.', () => '#s=1', () => '#s=0.AAAA', () => '#s=2.AAAA', () => '#s=1.%%%%', () => '#s=1.' + 'A'.repeat(1 << 20),
      () => '#s=1.' + '_-'.repeat(100000), () => '#s=' + '9'.repeat(500) + '.AAAA', () => '#s=1.日本語', () => '#s=1.😀😀',
      () => '#s=1.' + Buffer.from(Array.from({ length: 3000 }, () => int(256))).toString('base64url'), () => '#S=1.AAAA', () => '#s==1.x',
    ])();
  }
  describe({ share: fragment.length > 200 ? `${fragment.slice(0, 200)}…(${fragment.length})` : fragment });
  // The same page with another fragment is a same-document navigation (no reload), as when
  // a learner pastes a share link into the tab that shows the playground; else a fresh load.
  const sameDocument = chance(0.5);
  describe({ sameDocument });
  if (!sameDocument) await page.goto('about:blank');
  await page.goto(`${server.base}${fragment}`);
  // Only `#s=` is a share link (`#/3.4` opens a tutorial section, anything else stays).
  const isShare = fragment.startsWith('#s=');
  if (isShare) await page.waitForFunction(() => !location.hash, null, { timeout: 10000 }).catch(() => {});
  if (!sameDocument) await ready();
  const hash = await page.evaluate(() => location.hash);
  if (isShare && hash.startsWith('#s=')) finding('the share fragment stays in the address bar', hash.slice(0, 100), { byKind: true });
  return { load: true, terminal: true };
}

async function editorAction() {
  // Only meaningful while the editor or pager pane is open; else opens one.
  const s = await state();
  if (!s.editor) {
    const command = pick(['vi e.yaml', 'nano e.txt', 'kubectl edit pod kubia-manual', 'less kubia-manual.yaml', 'watch kubectl get pods']);
    describe({ openEditor: command });
    await page.keyboard.type(command);
    await page.keyboard.press('Enter');
    return { terminal: true };
  }
  const what = pick(['type', 'type', 'save', 'discard', 'keys', 'paste', 'ctrl+s', 'escape', 'q', 'ctrl+c']);
  describe({ editor: what });
  if (!s.editorFocused && chance(0.5)) await page.locator('.editor-text').focus().catch(() => {});
  switch (what) {
    case 'type': await page.keyboard.type(mangle('kind: Pod\nmetadata:\n  name: x')); break;
    case 'keys': {
      const keys = Array.from({ length: 5 }, () => pick(['Tab', 'Enter', 'Backspace', 'ArrowUp', 'Control+a', 'Delete', 'Shift+Tab']));
      for (const key of keys) await page.keyboard.press(key);
      // Shift+Tab leaves the editor, and Tab a read-only pager.
      if (keys.some((key) => key.endsWith('Tab'))) return {};
      break;
    }
    case 'paste': await page.keyboard.insertText(pasteText()); break;
    case 'save': await clickSelector('.editor-save'); break;
    case 'discard': await clickSelector('.editor-discard'); break;
    case 'ctrl+s': await page.keyboard.press('Control+s'); break;
    case 'escape': await page.keyboard.press('Escape'); break;
    case 'q': await page.keyboard.press('q'); break;
    default: await page.keyboard.press('Control+c');
  }
  return { terminal: true };
}

const ACTIONS = [
  [keyAction, 30], [typeAction, 25], [insertAction, 4], [pasteAction, 8], [imeAction, 8], [resizeAction, 4],
  [paletteAction, 4], [clockAction, 5], [viewAction, 5], [resetAction, 1.5], [exportAction, 1], [importAction, 2],
  [reloadAction, 1], [storageAction, 1.2], [shareAction, 1.2], [editorAction, 5],
];
const totalWeight = ACTIONS.reduce((sum, [, w]) => sum + w, 0);
function chooseAction() {
  let r = random() * totalWeight;
  for (const [action, weight] of ACTIONS) { r -= weight; if (r < 0) return action; }
  return ACTIONS[0][0];
}

// ---------------------------------------------------------------------------------------
// Checks.

let probes = 0;
const focusAfterToolbar = new Map();

/** Brings the terminal back to an idle prompt as a learner would, then runs `echo ok-N`. */
async function probe() {
  const n = ++probes;
  for (let attempt = 0; attempt < 6; attempt++) {
    const s = await state();
    if (s.panic !== null) return;
    if (s.dialog) { await clickSelector('.share button, .confirm button:not(.danger)'); continue; }
    if (s.editor) { await clickSelector('.editor-discard'); await settle(); continue; }
    if (!s.keyboard) await focusTerminal();
    if (s.busy || (s.prompt && s.prompt.trim() !== '$' && !/[$#]\s*$/.test(s.prompt))) {
      await page.keyboard.press('Control+c');
      await settle();
      continue;
    }
    break;
  }
  await page.keyboard.press('Control+c');
  await page.keyboard.press('Control+u');
  const started = Date.now();
  await page.keyboard.type(`echo ok-${n}`);
  await page.keyboard.press('Enter');
  const seen = await page.waitForFunction((n) => [...document.querySelectorAll('.rows .row')].some((r) => r.textContent === `ok-${n}`),
    n, { timeout: 6000 }).then(() => true, () => false);
  if (!seen) {
    const s = await state();
    const rowsNow = await screenText().catch(() => []);
    finding('echo probe not answered', `ok-${n}; state ${JSON.stringify(s)}\n${rowsNow.slice(-8).join('\n')}`);
  } else if (Date.now() - started > slowMs) {
    finding('echo probe slow', `${Date.now() - started} ms`);
  }
}

async function check(action, result, elapsed) {
  const s = await state();
  if (s.panic !== null) {
    finding('panic overlay', s.panic);
    // Start again from a clean profile: the wasm is gone after a panic.
    await page.evaluate(() => localStorage.clear());
    await open();
    return;
  }
  if (errors.length) {
    for (const error of errors) finding('page error', error);
    errors = [];
  }
  const limit = result.load ? slowLoadMs : slowMs;
  if (elapsed > limit) finding(`slow step (${action.name})`, `${elapsed} ms`);
  if (s.alert) finding('alert on the page', s.alert);
  if (result.terminal && !s.dialog && !s.keyboard && !s.editorFocused) {
    finding(`terminal lost the focus after ${action.name}`, `active: ${s.active}, editor: ${s.editor}`);
  }
  if (result.toolbar && !s.keyboard && !s.editorFocused && !s.dialog) {
    focusAfterToolbar.set(action.name, (focusAfterToolbar.get(action.name) ?? 0) + 1);
  }
}

// ---------------------------------------------------------------------------------------

console.log(`fuzz: seed ${seed}, ${steps} steps, dist ${process.env.KUBEPLAY_DIST || 'dist/'}`);
const startedAt = Date.now();
const timings = [];
try {
  await open();
  for (step = 1; step <= steps; step++) {
    let action = chooseAction();
    const s = await state().catch((error) => { finding('page unresponsive', error); return null; });
    if (!s) { await open(); continue; }
    // Terminal actions start from the terminal (a learner clicks it first).
    typeOnButton = action === typeAction && s.active.startsWith('button.') && !s.dialog && !s.editor && chance(0.7);
    if ([keyAction, typeAction, insertAction, pasteAction, imeAction, editorAction].includes(action) && !s.keyboard && !s.editorFocused
      && !typeOnButton) {
      if (s.dialog) await clickSelector('.share button, .confirm button:not(.danger)');
      await focusTerminal();
    }
    const started = Date.now();
    let result = {};
    try {
      result = await withTimeout((async () => { const r = await action(); await settle(); return r; })(), 30000, action.name);
    } catch (error) {
      finding(`action failed (${action.name})`, error.stack || String(error));
      await open();
      continue;
    }
    const elapsed = Date.now() - started;
    timings.push(elapsed);
    await check(action, result, elapsed);
    if (step % probeEvery === 0) await probe();
    if (step % 100 === 0) {
      const sorted = [...timings].sort((a, b) => a - b);
      console.log(`step ${step}: ${findings.size} findings, median step ${sorted[sorted.length >> 1]} ms, max ${sorted.at(-1)} ms, ${((Date.now() - startedAt) / 1000).toFixed(0)} s`);
    }
  }
  await probe();
} finally {
  await browser.close();
  server.close();
}

if (unclickable.size) console.log(`\nnote: clicks that did not land (covered or moving): ${[...unclickable].map(([k, v]) => `${k} ×${v}`).join(', ')}`);
if (focusAfterToolbar.size) {
  console.log(`\nnote: the focus stayed off the terminal after: ${[...focusAfterToolbar].map(([k, v]) => `${k} ×${v}`).join(', ')}`);
}
console.log(`\nfuzz: seed ${seed}, ${steps} steps, ${probes} probes, ${findings.size} distinct findings in ${((Date.now() - startedAt) / 1000).toFixed(0)} s`);
for (const [key, f] of findings) console.log(`  [first at step ${f.step}, ×${f.count}] ${key}`);
process.exit(findings.size ? 1 : 0);

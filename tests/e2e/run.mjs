// End-to-end test of the release build: serve dist/ from a sub-path (/kubeplay/), drive
// Debian's Chromium through playwright-core like a person (load, type, read the screen, reload
// and find the session restored, open a share link), and print the load-to-prompt time.
import { serve, launch, promptFocusedMark, rows } from './harness.mjs';

const server = await serve('/kubeplay/');
let failures = 0;
let passes = 0;
function check(name, condition, detail = '') {
  if (condition) { passes++; console.log(`ok   ${name}`); }
  else { failures++; console.log(`FAIL ${name}${detail ? `\n${detail}` : ''}`); }
}

const browser = await launch();
try {
  const context = await browser.newContext();
  const page = await context.newPage();
  // CI machines are small and busy: allow slow steps rather than fail on them.
  page.setDefaultTimeout(90000);
  const outside = [];
  page.on('request', (request) => { if (!request.url().startsWith(`${server.origin}/`)) outside.push(request.url()); });
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));

  const started = Date.now();
  await page.goto(server.base);
  const mark = await promptFocusedMark(page);
  console.log(`figure: navigation to a focused prompt took ${mark.toFixed(0)} ms (page mark), ${Date.now() - started} ms (wall, incl. driver)`);
  // The release wasm ships LZMA-packed (web/loader/README.md), fetched once: the preload and
  // the start script's fetch are the same request.
  const firstLoad = server.requested.slice();
  check('the wasm is fetched packed, once', firstLoad.filter((p) => p.endsWith('_bg.wasm.lzma')).length === 1 &&
    !firstLoad.some((p) => p.endsWith('.wasm')), firstLoad.join('\n'));

  await page.keyboard.type('kubectl create -f kubia-manual.yaml');
  await page.keyboard.press('Enter');
  await page.keyboard.type('kubectl get pods');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('.terminal').textContent.includes('kubia-manual   '));
  const text = (await rows(page)).join('\n');
  check('create prints the name printer line', text.includes('pod/kubia-manual created'), text);
  check('get pods prints a kubectl table', /NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE/.test(text), text);
  check('the new pod is listed', /kubia-manual\s+\d\/1\s+\w+/.test(text), text);

  // The cluster picture beside the terminal draws the new pod; a click types (not runs)
  // `kubectl describe` for it.
  const card = page.locator('.cluster-view li.pod[data-pod="kubia-manual"]');
  await card.waitFor();
  // textContent: cards off screen skip rendering (content-visibility), so innerText may be empty.
  check('the cluster picture shows the new pod', (await card.textContent()).includes('kubia-manual'), await card.textContent());
  // The card moves from "waiting for a node" into its node's box when the scheduler places
  // the pod: wait for that before clicking, or the click can land where the card was.
  const placedCard = page.locator('.cluster-view [data-node-box] li.pod[data-pod="kubia-manual"]');
  await placedCard.waitFor();
  check('the scheduler puts it on a node in the picture', (await placedCard.count()) === 1);
  const typed = () => document.querySelector('.prompt-line').textContent.includes('kubectl describe pod kubia-manual -n default');
  await placedCard.locator('button').click();
  await page.waitForFunction(typed);
  check('clicking a pod types kubectl describe at the prompt', !(await rows(page)).some((r) => r.startsWith('Name:')));
  await page.keyboard.press('Control+u');
  await page.waitForFunction(() => !document.querySelector('.prompt-line').textContent.includes('describe'));

  // Ctrl+C on a running command brings the prompt back.
  await page.keyboard.type('sleep 100');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.status');
  check('a running command shows that it runs', (await page.locator('.status').innerText()).includes('Ctrl+C'));
  await page.keyboard.press('Control+c');
  await page.waitForSelector('.status', { state: 'detached' });
  check('Ctrl+C interrupts it', (await rows(page)).at(-1) === '^C', (await rows(page)).join('\n'));

  // vi opens the editor pane over the terminal; Ctrl+S saves and gives the terminal back.
  await page.keyboard.type('vi x.txt');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.classList.contains('editor-text'));
  check('vi opens the editor pane', (await page.locator('.editor-title').innerText()) === 'vi — x.txt');
  await page.keyboard.type('hello from vi');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+s');
  await page.waitForFunction(() => !document.querySelector('.editor-pane') && document.activeElement?.classList.contains('keyboard'));
  await page.keyboard.type('cat x.txt');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => [...document.querySelectorAll('.rows .row')].some((r) => r.textContent === 'hello from vi'));
  check('Ctrl+S saves the file and the terminal has the focus again', true);

  // Reload: the session comes back from localStorage, replayed.
  const before = await rows(page);
  await page.reload();
  const reloadMark = await promptFocusedMark(page);
  console.log(`figure: reload with a saved session to a focused prompt took ${reloadMark.toFixed(0)} ms (page mark)`);
  const after = await rows(page);
  check('the scrollback is restored after a reload', JSON.stringify(after) === JSON.stringify(before),
    `before:\n${before.join('\n')}\nafter:\n${after.join('\n')}`);
  check('a notice says so', (await page.locator('.notices').innerText()).includes('restored'));
  await page.keyboard.type('kubectl get pod kubia-manual -o name');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => [...document.querySelectorAll('.rows .row')].some((r) => r.textContent === 'pod/kubia-manual'));
  check('the cluster state is restored too', true);

  // Share link: open it in a fresh browser profile.
  await page.getByRole('button', { name: 'Share link' }).click();
  const url = await page.locator('.share-url').inputValue();
  check('the share link stays under the sub-path', url.startsWith(`${server.base}#s=1.`), url);
  const shared = await (await browser.newContext()).newPage();
  await shared.goto(url);
  await promptFocusedMark(shared);
  const sharedRows = await rows(shared);
  check('a share link replays the session', sharedRows.includes('pod/kubia-manual created') && sharedRows.includes('pod/kubia-manual'),
    sharedRows.join('\n'));
  check('the fragment is consumed', !(await shared.evaluate(() => location.hash)));
  // Pasted into the address bar of a tab that shows the playground, the link is a
  // same-document navigation (no reload): it still replaces the session (found by fuzz.mjs).
  await shared.keyboard.type('echo mine');
  await shared.keyboard.press('Enter');
  await shared.waitForFunction(() => [...document.querySelectorAll('.rows .row')].some((r) => r.textContent === 'mine'));
  await shared.goto(url);
  const replaced = await shared.waitForFunction(() => !location.hash
    && ![...document.querySelectorAll('.rows .row')].some((r) => r.textContent === 'mine'), null, { timeout: 20000 }).then(() => true, () => false);
  check('a share link opened in the open page replaces its session', replaced && (await rows(shared)).includes('pod/kubia-manual created'),
    (await rows(shared)).join('\n'));

  // After a click on a toolbar button, typing goes to the terminal, not to the button.
  await page.getByRole('button', { name: 'Speed 10×' }).click();
  await page.keyboard.type('echo typed-after-a-click');
  await page.keyboard.press('Enter');
  const typedAfterClick = await page.waitForFunction(() => [...document.querySelectorAll('.rows .row')]
    .some((r) => r.textContent === 'typed-after-a-click'), null, { timeout: 20000 }).then(() => true, () => false);
  check('typing after a toolbar click reaches the terminal',
    typedAfterClick && await page.evaluate(() => document.activeElement.classList.contains('keyboard')));
  if (!typedAfterClick) await page.locator('.terminal .screen').click();
  await page.getByRole('button', { name: 'Speed 1×' }).click();

  // Text selected before (the page's Ctrl+A after the focus left the terminal) does not keep
  // a click on the terminal from giving it the focus (found by fuzz.mjs).
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Control+a');
  await page.locator('.terminal .screen').click({ position: { x: 8, y: 8 } });
  check('a click on the terminal focuses it though text was selected',
    await page.evaluate(() => document.activeElement.classList.contains('keyboard')));
  await page.locator('.terminal .screen').click({ position: { x: 8, y: 8 } });

  // Fork bombs (found by fuzz.mjs): a thousand nested background jobs, background jobs of
  // pipelines, and a pipeline fan-out. Each ends with bash's fork failure or the shell's limits;
  // the wasm stack holds them and the page keeps working.
  for (const [index, bomb] of [':(){ :& };:', ':(){ :|:& };:', ':(){ :|:; };:'].entries()) {
    await page.keyboard.type(bomb);
    await page.keyboard.press('Enter');
    await page.keyboard.type(`echo after-fork-bomb-${index}`);
    await page.keyboard.press('Enter');
    const afterBomb = await page.waitForFunction((text) => [...document.querySelectorAll('.rows .row')]
      .some((r) => r.textContent === text), `after-fork-bomb-${index}`, { timeout: 30000 }).then(() => true, () => false);
    check(`the fork bomb ${bomb} leaves the page working`, afterBomb && !(await page.locator('.panic-overlay').count()));
  }

  // Export: one click gives a JSON file of the session.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export' }).click(),
  ]);
  const exported = JSON.parse(await (await import('node:fs')).promises.readFile(await download.path(), 'utf8'));
  check('export downloads the session as JSON', exported.app === 'kubeplay' && exported.session.includes('kubia-manual.yaml'),
    JSON.stringify(exported).slice(0, 300));

  // A 360 px phone in dark mode, Japanese: no sideways scrolling, the key palette shows.
  const phone = await (await browser.newContext({ viewport: { width: 360, height: 740 }, colorScheme: 'dark',
    locale: 'ja-JP', hasTouch: true, isMobile: true })).newPage();
  phone.on('pageerror', (error) => pageErrors.push(String(error)));
  await phone.goto(server.base);
  await promptFocusedMark(phone);
  const layout = await phone.evaluate(() => ({
    width: document.documentElement.scrollWidth,
    palette: getComputedStyle(document.querySelector('.palette')).display,
    terminal: document.querySelector('.terminal').getBoundingClientRect().height,
    background: getComputedStyle(document.querySelector('.terminal')).backgroundColor,
    lang: document.documentElement.lang,
    reset: [...document.querySelectorAll('button')].some((b) => b.textContent.includes('リセット')),
  }));
  check('a 360 px phone does not scroll sideways', layout.width <= 360, JSON.stringify(layout));
  check('the touch key palette is shown on a phone', layout.palette === 'flex', JSON.stringify(layout));
  check('the terminal keeps a usable height on a phone', layout.terminal >= 250, JSON.stringify(layout));
  const [r, g, b] = layout.background.match(/\d+/g).map(Number);
  check('dark mode follows the system', r + g + b < 120, layout.background);
  check('the UI follows navigator.language (ja)', layout.lang === 'ja' && layout.reset, JSON.stringify(layout));
  // The cluster picture is folded on a phone and opens without sideways scrolling.
  check('the cluster picture starts folded on a phone', await phone.locator('.cluster-view.collapsed').count() === 1);
  await phone.locator('.cv-toggle').click();
  await phone.locator('.cluster-view.expanded .node').first().waitFor();
  const opened = await phone.evaluate(() => ({
    width: document.documentElement.scrollWidth,
    title: document.querySelector('#cv-title').textContent,
    nodes: document.querySelectorAll('.cluster-view .node').length,
  }));
  check('opened on a phone, it shows the nodes in Japanese without sideways scrolling',
    opened.width <= 360 && opened.title === 'クラスタ' && opened.nodes === 4, JSON.stringify(opened));

  // A damaged download of the packed wasm: the page says so instead of staying blank.
  const damaged = await serve('/kubeplay/', {
    rewrite: (name, bytes) => (name.endsWith('.lzma') ? bytes.subarray(0, bytes.length >> 1) : bytes),
  });
  try {
    const broken = await (await browser.newContext()).newPage();
    await broken.goto(damaged.base);
    const alert = await broken.locator('[role=alert]').innerText();
    check('a damaged wasm download is reported on the page', alert.startsWith('kubeplay could not start:'), alert);
  } finally {
    damaged.close();
  }

  check('no request left the page origin', outside.length === 0, outside.join('\n'));
  check('every asset came from the sub-path', server.requested.every((p) => p.startsWith('/kubeplay/')), server.requested.join('\n'));
  check('no page errors', pageErrors.length === 0, pageErrors.join('\n'));
} finally {
  await browser.close();
  server.close();
}
console.log(`e2e: ${passes} passed, ${failures} failed`);
process.exit(failures === 0 ? 0 : 1);

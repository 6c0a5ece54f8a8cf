// Browser end-to-end test of the widgets: a sample course page (tests/e2e/course/) with prose and
// widgets — a terminal and a map sharing one cluster, a lesson, the full playground, and an
// iframe with sandbox="allow-scripts" — served from a sub-path (/course/, the built dist/ at /course/k8s/)
// with the documented Content-Security-Policy. Typing in the shared terminal changes the map; the
// lesson widget checks its step; the sandboxed frame works and says it keeps no progress; the
// page's own CSS does not reach into the widgets; no request leaves the origin.
// Usage: node tests/e2e/widgets.mjs DIST
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { launch, check, watch, errors, run } from './harness.mjs';
import { TYPES } from './serve.mjs';

const dist = path.resolve(process.argv[2] || 'dist');
const course = path.resolve(path.dirname(new URL(import.meta.url).pathname), 'course');
export const CSP = "script-src 'self' 'wasm-unsafe-eval'";

// The README's embed snippet, as a blank HTML file next to dist/ would hold it.
const readme = fs.readFileSync(path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../README.md'), 'utf8');
const snippet = readme.split('## Widgets')[1].split('```html\n')[1].split('```')[0];

// /course/k8s/… is dist/, /course/… the sample page, /dist/… and /snippet.html the README's
// snippet beside dist/; everything with the CSP header.
const server = http.createServer((req, res) => {
  const p = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
  let file = null;
  if (p === '/snippet.html') {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': CSP });
    res.end(snippet);
    return;
  }
  if (p.startsWith('/dist/')) file = path.join(dist, path.normalize(p.slice('/dist/'.length) || 'index.html'));
  else if (p.startsWith('/course/k8s/')) file = path.join(dist, path.normalize(p.slice('/course/k8s/'.length) || 'index.html'));
  else if (p.startsWith('/course/')) file = path.join(course, path.normalize(p.slice('/course/'.length) || 'index.html'));
  if (!file || !(file.startsWith(dist) || file.startsWith(course)) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    res.end('not found');
    return;
  }
  // /course/?week=4: the author changed the shared cluster's setup.
  if (file === path.join(course, 'index.html') && new URL(req.url, 'http://localhost').searchParams.get('week') === '4') {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': CSP });
    res.end(fs.readFileSync(file, 'utf8').replace('week: "3"', 'week: "4"'));
    return;
  }
  res.writeHead(200, {
    'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream',
    'Content-Security-Policy': CSP,
    'Access-Control-Allow-Origin': '*',
  });
  fs.createReadStream(file).pipe(res);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await launch();
const foreign = [];


async function until(what, f, ms = 60000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await f();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

await run(browser, [server], async () => {
  const page = await browser.newPage({ viewport: { width: 1300, height: 1000 } });
  watch(page);
  page.on('response', (r) => { if (r.status() >= 400) errors.push(`HTTP ${r.status()}: ${r.url()}`); });
  let wasmLoads = 0;
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) foreign.push(r.url());
    if (r.url().endsWith('.wasm.lzma') && r.frame() === page.mainFrame()) wasmLoads += 1;
  });
  await page.goto(`${origin}/course/`);

  // The shared terminal: typing there changes the map of the same cluster.
  const term = page.locator('#shared-terminal #terminal-input');
  await term.waitFor({ timeout: 60000 });
  const lines = (host) => page.locator(`${host} .line`).allTextContents();
  await term.fill('kubectl get namespace week3 -o name; kubectl get configmap course-setup -o jsonpath={.data.week}');
  await term.press('Enter');
  await until('the setup ran', async () => (await lines('#shared-terminal')).some((l) => l === 'namespace/week3' || l.startsWith('namespace/week3')));
  check(!(await lines('#shared-terminal')).some((l) => l.includes('KUBEPLAY_SETUP')), 'the shared cluster ran its inline setup (YAML and a kubectl line), unseen in the terminal');
  await page.evaluate(() => {
    window.heard = [];
    document.addEventListener('kubeplay-command', (e) => window.heard.push(e.detail));
    window.addEventListener('message', (e) => window.heard.push({ from: e.origin, ...e.data }));
  });
  await term.fill('kubectl create deployment web --image=nginx --replicas=2');
  await term.press('Enter');
  await until('the terminal answered', async () => (await lines('#shared-terminal')).includes('deployment.apps/web created'));
  const heard = await until('the page heard the command', () => page.evaluate(() => window.heard.find((h) => h.command && h.command.startsWith('kubectl create'))));
  check(heard.cluster === 'demo' && heard.command === 'kubectl create deployment web --image=nginx --replicas=2', `the host page hears each command run (kubeplay-command): ${JSON.stringify(heard)}`);
  const pods = await until('the map shows the new pods', async () => {
    const names = await page.locator('#shared-map .pod-name').allTextContents();
    const web = names.filter((n) => n.startsWith('web-'));
    return web.length === 2 ? web : null;
  });
  check(true, `typing in the shared terminal changed the map widget: ${pods.join(', ')}`);

  // The host page's CSS does not reach into the widgets.
  const style = await term.evaluate((el) => {
    const s = getComputedStyle(el);
    const line = el.getRootNode().querySelector('.line');
    const ls = getComputedStyle(line);
    const root = getComputedStyle(el.getRootNode().querySelector('.kubeplay-root'));
    return { display: s.display, lineColor: ls.color, lineSize: ls.fontSize, family: ls.fontFamily, rootLineHeight: root.lineHeight };
  });
  check(style.display !== 'none' && style.lineColor !== 'rgb(0, 200, 0)' && style.lineSize !== '40px' && !style.family.includes('Georgia') && style.rootLineHeight === 'normal',
    `the page's CSS does not leak into the widget: ${JSON.stringify(style)}`);
  const prose = await page.evaluate(() => getComputedStyle(document.querySelector('p')).color);
  check(prose === 'rgb(200, 0, 0)', 'and the widget\'s CSS does not leak out (the page\'s prose keeps its colour)');

  // The lesson widget: its own cluster, the lesson's first step, checks that follow its terminal.
  await page.locator('#lesson-widget #lesson-title').waitFor({ timeout: 60000 });
  check((await page.locator('#lesson-widget #lesson-title').textContent()) === 'A ReplicationController keeps 3 replicas', 'the lesson widget shows its lesson');
  const lterm = page.locator('#lesson-widget #terminal-input');
  await lterm.fill('kubectl apply -f nginx-rc.yaml');
  await lterm.press('Enter');
  await until('the lesson widget completes step 1', async () => (await page.locator('#lesson-widget #lesson-step').textContent()) === 'step 2 of 5');
  check(true, 'typing in the lesson widget\'s terminal completes the lesson\'s first step');
  check(!(await lines('#shared-terminal')).some((l) => l.includes('nginx-rc.yaml')), 'the lesson widget has a cluster of its own');

  // Keys typed in a widget's terminal stay there: the page's own shortcuts never see them, and
  // Tab completes instead of leaving the terminal.
  await page.evaluate(() => { window.keys = []; document.addEventListener('keydown', (e) => window.keys.push(e.key)); });
  await page.locator('#shared-terminal .scrollback').click();
  await page.keyboard.type('kubectl get no');
  await page.keyboard.press('Tab');
  const focus = await page.evaluate(() => {
    const host = document.activeElement;
    const inner = host && host.shadowRoot && host.shadowRoot.activeElement;
    return { host: host && host.id, inner: inner && inner.id, value: inner && inner.value, keys: window.keys };
  });
  check(focus.host === 'shared-terminal' && focus.inner === 'terminal-input' && focus.value.startsWith('kubectl get nodes') && focus.keys.length === 0,
    `keyboard focus stays in the terminal while typing (Tab completes), and the page's key listeners hear nothing: ${JSON.stringify(focus)}`);
  await page.keyboard.press('Enter');

  // kubectl explain's schemas come from beside kubeplay-embed.js, not from the host page's folder.
  const fetched = page.waitForRequest((r) => r.url().endsWith('schemas.txt'));
  await term.fill('kubectl explain pod.spec.restartPolicy');
  await term.press('Enter');
  const schemas = (await fetched).url();
  await until('explain answered', async () => (await lines('#shared-terminal')).some((l) => l.startsWith('FIELD: restartPolicy')));
  check(schemas === `${origin}/course/k8s/schemas.txt`, `kubectl explain in a widget fetches its schemas from beside the script: ${schemas}`);

  // Widgets size to their container.
  for (const [w, h] of [[420, 300], [900, 480]]) {
    await page.evaluate(([w, h]) => Object.assign(document.getElementById('shared-map').style, { width: `${w}px`, height: `${h}px` }), [w, h]);
    const box = await page.locator('#shared-map .widget').boundingBox();
    const widest = Math.max(...(await page.locator('#shared-map .node').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width))));
    check(Math.abs(box.width - w) <= 1 && Math.abs(box.height - h) <= 1 && widest <= w, `the map widget fills a ${w}×${h} container: ${Math.round(box.width)}×${Math.round(box.height)}, node cards ${Math.round(widest)} wide`);
  }

  // The full playground, its own cluster: the top bar, the faults, the tabs. A button in the
  // page's prose (data-kubeplay-run) types into its terminal.
  await page.locator('#full #clock').waitFor({ timeout: 60000 });
  const parts = await page.evaluate(() => ['.topbar', '#pause', '.faults', '.cluster', '#tab-timeline', '#tab-inspect', '#terminal-input'].filter((s) => !document.getElementById('full').shadowRoot.querySelector(s)));
  check(parts.length === 0 && (await page.locator('#full #seed').textContent()) === 'seed 11', `the full playground widget has the top bar, the faults, the map and the tabs${parts.length ? ': missing ' + parts.join(' ') : ''}`);
  await page.locator('#run-button').click();
  await until('the button\'s command ran', async () => (await lines('#full')).some((l) => /^coredns-\S+\s+1\/1\s+Running/.test(l)));
  check((await lines('#full')).some((l) => l.endsWith('kubectl get pods -n kube-system')), 'a data-kubeplay-run button in the page types its command into the widget it names, which runs it');
  await page.locator('#full #tab-timeline').click();
  await page.locator('#full .timeline').waitFor({ timeout: 10000 });
  check(true, 'the full playground\'s tabs work (the timeline)');

  // A cluster nobody sees stops; back on screen, it runs on.
  const clock = () => page.locator('#full #clock').textContent();
  await page.evaluate(() => document.querySelector('h1').scrollIntoView());
  const away = await page.evaluate(() => { const r = document.getElementById('full').getBoundingClientRect(); return r.top >= innerHeight || r.bottom <= 0; });
  // The observer reports at the next rendering; the clock's timer may fire once more meanwhile.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.waitForTimeout(300);
  const before = await clock();
  await page.waitForTimeout(2500);
  const after = await clock();
  check(away && before === after, `the full playground off screen: its cluster's clock stops (${before}, then ${after})`);
  await page.locator('#full').scrollIntoViewIfNeeded();
  const again = await until('the clock runs on', async () => { const c = await clock(); return c !== after ? c : null; });
  check(true, `back on screen, it runs on (${again})`);

  // The sandboxed frame (sandbox="allow-scripts": an opaque origin, no storage).
  const frame = page.frameLocator('#frame');
  const fterm = frame.locator('#terminal-input');
  await fterm.waitFor({ timeout: 60000 });
  await fterm.fill('kubectl get nodes');
  await fterm.press('Enter');
  await until('the frame answered', async () => (await frame.locator('.line').allTextContents()).some((l) => /^node01\s+Ready/.test(l)));
  check(true, 'the widget in a sandboxed iframe works');
  check((await frame.locator('.widget-note').textContent()).includes('progress is not kept'), 'and says that progress is not kept');
  // Given the parent's origin in its address, the frame posts what happens to it (and only to it).
  await page.evaluate(() => { document.getElementById('frame').src = `k8s/embed.html?again#widget=terminal&seed=3&origin=${encodeURIComponent(location.origin)}`; });
  await page.waitForTimeout(500);
  await frame.locator('#terminal-input').waitFor({ timeout: 60000 });
  await frame.locator('#terminal-input').fill('kubectl get pods -A');
  await frame.locator('#terminal-input').press('Enter');
  const posted = await until('the frame posted the command', () => page.evaluate(() => window.heard.find((h) => h.type === 'kubeplay-command' && h.command === 'kubectl get pods -A')));
  check(posted.from === 'null', `the sandboxed frame posts each command to its parent's origin: ${JSON.stringify(posted)}`);
  // The parent may type into the frame, with a message.
  const ask = () => page.evaluate(() => document.getElementById('frame').contentWindow.postMessage({ type: 'kubeplay-run', command: 'kubectl get namespaces' }, '*'));
  await ask();
  await until('the frame ran the parent\'s command', async () => (await frame.locator('.line').allTextContents()).some((l) => /^kube-node-lease\s+Active/.test(l)));
  check(true, 'the parent types into the frame\'s terminal with a kubeplay-run message');
  // A frame whose address names another origin takes no orders from this page.
  await page.evaluate(() => { document.getElementById('frame').src = 'k8s/embed.html?other#widget=terminal&seed=3&origin=https%3A%2F%2Flms.example'; });
  await page.waitForTimeout(500);
  await frame.locator('#terminal-input').waitFor({ timeout: 60000 });
  await ask();
  await frame.locator('#terminal-input').fill('kubectl get nodes');
  await frame.locator('#terminal-input').press('Enter');
  await until('the frame answered', async () => (await frame.locator('.line').allTextContents()).some((l) => /^node01\s+Ready/.test(l)));
  check(!(await frame.locator('.line').allTextContents()).some((l) => l.includes('kube-node-lease')), 'a frame ignores messages from an origin its address does not name');

  check(await page.evaluate(() => localStorage.getItem('kubeplay.playground.v1')) === null && await page.evaluate(() => Object.keys(localStorage).some((k) => k.startsWith('kubeplay.embed.v1./course/'))),
    'widgets save their clusters under their own keys, never over the playground page\'s session');
  check(wasmLoads === 1, `the page's four widgets loaded the wasm once (${wasmLoads} request)`);

  // The full playground's "Open ↗" opens its session on the playground page beside the script.
  const [popup] = await Promise.all([page.waitForEvent('popup'), page.locator('#full #share').click()]);
  watch(popup, 'popup ');
  await popup.locator('#terminal-input').waitFor({ timeout: 60000 });
  await until('the session opened on the page', async () => (await popup.locator('#seed').textContent()) === 'seed 11');
  // A shared session carries the commands (replayed), not the screen: the history has them.
  await popup.locator('#terminal-input').press('ArrowUp');
  const recalled = await popup.locator('#terminal-input').inputValue();
  check(recalled === 'kubectl get pods -n kube-system' && popup.url().startsWith(`${origin}/course/k8s/index.html`),
    `"Open ↗" opens the widget's session (seed 11, and ↑ recalls ${JSON.stringify(recalled)}) on the playground page under the CSP: ${popup.url().split('#')[0]}`);
  await popup.close();

  // A reload brings the shared cluster back; a changed setup makes a new one.
  await page.locator('#shared-terminal').scrollIntoViewIfNeeded();
  await until('the shared cluster is saved', () => page.evaluate(() => (localStorage.getItem('kubeplay.embed.v1./course/.demo') || '').includes('kubectl create deployment web')));
  const answer = async (line, want) => {
    await page.locator('#shared-terminal #terminal-input').fill(line);
    await page.locator('#shared-terminal #terminal-input').press('Enter');
    return until(`${line} answered`, async () => (await lines('#shared-terminal')).find((l) => want.test(l)));
  };
  await page.reload();
  await page.locator('#shared-terminal #terminal-input').waitFor({ timeout: 60000 });
  check(await answer('kubectl get deployments -o name', /^deployment\.apps\/web$|^No resources/) === 'deployment.apps/web', 'after a reload, the shared cluster is the one the learner left');
  await page.goto(`${origin}/course/?week=4`);
  await page.locator('#shared-terminal #terminal-input').waitFor({ timeout: 60000 });
  const week = await answer('kubectl get configmap course-setup -o jsonpath={.data.week}; echo; kubectl get deployments', /^No resources|^web /);
  check(week.startsWith('No resources') && (await lines('#shared-terminal')).includes('4'), 'after the page\'s author changes a setup, the widget starts a new cluster from it');

  // The README's three-line snippet, pasted into a blank file next to dist/.
  check(snippet.trim().split('\n').length === 3, `the README's snippet has three lines:\n${snippet}`);
  const blank = await browser.newPage();
  blank.on('pageerror', (e) => errors.push(`snippet pageerror: ${e.message}`));
  await blank.goto(`${origin}/snippet.html`);
  await blank.locator('kube-playground #terminal-input').waitFor({ timeout: 60000 });
  await blank.locator('[data-kubeplay] #lesson-title').waitFor({ timeout: 60000 });
  check((await blank.locator('kube-playground .node').count()) === 3, 'the README\'s snippet works in a blank page beside dist/: a terminal and a map of 3 nodes, and a lesson');
  await blank.close();

  check(foreign.length === 0, `no request left the origin${foreign.length ? ': ' + foreign.join(' ') : ''}`);
  check(errors.length === 0, `no page errors: ${errors.join('; ')}`);
});

// Browser end-to-end test of the widgets: a sample course page (tests/e2e/course/) with prose and
// four widgets — a terminal and a map sharing one cluster, a lesson, and an iframe with
// sandbox="allow-scripts" — served from a sub-path (/course/, the built dist/ at /course/k8s/)
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
  page.on('request', (r) => { if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) foreign.push(r.url()); });
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

  check(await page.evaluate(() => localStorage.getItem('kubeplay.playground.v1')) === null && await page.evaluate(() => Object.keys(localStorage).some((k) => k.startsWith('kubeplay.embed.v1./course/'))),
    'widgets save their clusters under their own keys, never over the playground page\'s session');

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

// Page benchmark (reported, not pass/fail): frame times and input latency of the built page
// with a big cluster — by default 200 workers and 3,000 nginx pods (30 Deployments of 100).
// Usage: node tests/e2e/bench.mjs DIR [WORKERS] [PODS] [SECONDS]
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';

const [dir = 'dist', workers = '200', pods = '3000', seconds = '20'] = process.argv.slice(2);
const server = await serve(dir);
const url = `http://127.0.0.1:${server.address().port}/?seed=1&workers=${workers}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { n: s.length, p50: +q(0.5).toFixed(1), p95: +q(0.95).toFixed(1), p99: +q(0.99).toFixed(1), max: +s[s.length - 1].toFixed(1) };
};
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const t0 = Date.now();
  await page.goto(url);
  await page.waitForSelector('#terminal-input', { timeout: 300000 });
  const loadMs = Date.now() - t0;
  // The boot module's measures: decoding the LZMA-packed wasm, and decoding + compiling + starting it.
  const [unpackMs, startMs] = await page.evaluate(() => ['kubeplay:unpack', 'kubeplay:start'].map((n) => Math.round(performance.getEntriesByName(n)[0].duration)));
  // Input latency: Enter to the command's output on screen.
  const latency = [];
  const n = Math.ceil(Number(pods) / 100);
  for (let i = 0; i < n; i++) {
    const replicas = Math.min(100, Number(pods) - i * 100);
    const before = await page.$$eval('#terminal-output .line', (els) => els.length);
    const t = Date.now();
    await page.fill('#terminal-input', `kubectl create deployment web-${i} --image=nginx --replicas=${replicas}`);
    await page.press('#terminal-input', 'Enter');
    await page.waitForFunction((b) => document.querySelectorAll('#terminal-output .line').length >= b + 2, before, { timeout: 60000 });
    latency.push(Date.now() - t);
  }
  await page.selectOption('#speed', '5');
  await page.evaluate(() => {
    window.__frames = [];
    window.__long = [];
    let last = performance.now();
    const f = (t) => { window.__frames.push(t - last); last = t; requestAnimationFrame(f); };
    requestAnimationFrame(f);
    new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__long.push(e.duration))).observe({ type: 'longtask', buffered: false });
  });
  await page.waitForTimeout(Number(seconds) * 1000);
  const frames = await page.evaluate(() => window.__frames.slice(1));
  const long = await page.evaluate(() => window.__long);
  const running = await page.$$eval('#cluster-map .pod.ok', (els) => els.filter((e) => e.dataset.pod.startsWith('web-')).length);
  const clock = await page.textContent('#clock');
  console.log(JSON.stringify({ workers: Number(workers), pods: Number(pods), loadMs, unpackMs, startMs, inputLatencyMs: stats(latency), frameMs: stats(frames), longTasks: long.length, longTaskMs: long.length ? stats(long) : null, runningOnMap: running, clock, seconds: Number(seconds) }));
} finally {
  await browser.close();
  server.close();
}

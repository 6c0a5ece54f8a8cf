// What the browser tests share: Chromium as they start it (Debian's, headless, nothing fetched
// from outside), `check` (an `ok - …` line, or a throw), the page errors they collect, and the
// run: the test's body, then `not ok - …` on a failure, the browser and servers closed, and
// the exit status.
import { chromium } from 'playwright-core';

export const errors = [];

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
           '--disable-component-update', '--disable-sync'],
  });
}

export function check(cond, msg) {
  if (!cond) throw new Error(msg);
  console.log(`ok - ${msg}`);
}

// Collects a page's uncaught errors and console errors into `errors`.
export function watch(page, label = '') {
  page.on('pageerror', (e) => errors.push(`${label}pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`${label}console: ${m.text()}`); });
  return page;
}

export async function run(browser, servers, body) {
  let failed = false;
  try {
    await body();
  } catch (e) {
    failed = true;
    console.log(`not ok - ${e.message}`);
    if (errors.length) console.log(errors.join('\n'));
  } finally {
    await browser.close();
    for (const s of servers) s.close();
  }
  process.exit(failed ? 1 : 0);
}

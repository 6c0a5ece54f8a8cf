// Browser end-to-end test of the lesson panel: a first visit opens the course, starts lesson 1
// and completes it by typing into the terminal (one step through a code block's paste button,
// one with "show me"), reloads in the middle and finds the same step and the same pods, and
// sees the lesson marked complete in the course.
// Usage: node tests/e2e/lesson.mjs DIR
import { launch, check, watch, errors, run } from './harness.mjs';
import { serve } from './serve.mjs';

const dir = process.argv[2] || 'dist';
const server = await serve(dir);
const url = `http://127.0.0.1:${server.address().port}/`;
const browser = await launch();


await run(browser, [server], async () => {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  watch(page);
  await page.goto(url);
  await page.waitForSelector('#terminal-input', { timeout: 30000 });
  const lines = () => page.$$eval('#terminal-output .line', (els) => els.map((e) => e.textContent));
  const prompt = () => page.$eval('.inputline .prompt', (e) => e.textContent);
  async function type(text) {
    const before = (await lines()).length;
    await page.fill('#terminal-input', text);
    await page.press('#terminal-input', 'Enter');
    const deadline = Date.now() + 60000;
    for (;;) {
      const now = await lines();
      if ((await prompt()) !== '' && now.length > before) return now.slice(before + 1);
      if (Date.now() > deadline) throw new Error(`timed out waiting for the prompt after ${JSON.stringify(text)}`);
      await page.waitForTimeout(100);
    }
  }
  const stepText = () => page.textContent('#lesson-step');
  async function waitStep(want, what) {
    const deadline = Date.now() + 90000;
    while ((await stepText()) !== want) {
      if (Date.now() > deadline) {
        const checks = await page.$$eval('#checks li', (els) => els.map((e) => e.textContent));
        throw new Error(`${what}: still "${await stepText()}", checks ${JSON.stringify(checks)}`);
      }
      await page.waitForTimeout(200);
    }
    check(true, `${what}: the panel says "${want}"`);
  }

  // A first visit: the Lesson tab shows the course; the welcome points to it.
  const course = await page.$$eval('#course .course-title', (els) => els.map((e) => e.textContent));
  check(course.length >= 1 && course[0] === 'A tour of the architecture', `the course lists the lessons, lesson 1 first: ${course.slice(0, 3).join(' | ')}`);
  check((await page.textContent('.welcome')).includes('Lesson tab'), 'the welcome points to the lessons');

  await page.click('[data-lesson="architecture-tour"]');
  await page.waitForSelector('#lesson-title');
  check((await page.textContent('#lesson-title')) === 'A tour of the architecture', 'starting lesson 1 shows its title');
  check((await stepText()) === 'step 1 of 4', 'the lesson starts at step 1 of 4');
  const pending = await page.$$eval('#checks li', (els) => els.map((e) => [e.textContent, e.className]));
  check(pending.length === 2 && pending.every(([, c]) => !c.includes('ok')), `step 1's two checks are not done yet: ${JSON.stringify(pending)}`);
  check((await page.$$('.lesson-text table td')).length >= 8, 'the step text renders its Markdown table');

  // Step 1, typed; one check turns green, then the step completes.
  await type('kubectl get nodes -o wide');
  const half = await page.$$eval('#checks li', (els) => els.map((e) => e.className.includes('ok')));
  check(half[0] === true && half[1] === false, `after kubectl get nodes, its check holds and the other does not: ${JSON.stringify(half)}`);
  await type('kubectl get pods -n kube-system -o wide');
  await waitStep('step 2 of 4', 'step 1 complete');

  // Step 2, through the code block's paste button: the first line runs, the second waits in
  // the input line for Enter.
  await page.click('.lesson-text .md-code .paste');
  await page.waitForTimeout(300);
  check((await page.inputValue('#terminal-input')) === 'kubectl get pods -o wide', 'paste runs the block\'s first line and leaves the last in the input line');
  check((await lines()).includes('deployment.apps/hello created'), 'the pasted kubectl create ran');
  await waitStep('step 3 of 4', 'the Deployment is ready');
  await page.press('#terminal-input', 'Enter');

  // A reload in the middle of the lesson: the same step, the same pods.
  const pods = (await type('kubectl get pods -o name')).filter((l) => l.startsWith('pod/')).sort();
  check(pods.length === 2, `two hello pods: ${pods.join(' ')}`);
  await page.waitForTimeout(2500);
  await page.reload();
  await page.waitForSelector('#lesson-step', { timeout: 30000 });
  check((await stepText()) === 'step 3 of 4', 'after a reload the lesson is still at step 3 of 4');
  const again = (await type('kubectl get pods -o name')).filter((l) => l.startsWith('pod/')).sort();
  check(JSON.stringify(again) === JSON.stringify(pods), `after a reload the same pods: ${again.join(' ')}`);

  // Step 3: a hint, then "show me" types the solution.
  await page.click('#lesson-hint');
  check((await page.textContent('#hint')).includes('kubectl get events'), 'Hint shows the failing check\'s hint');
  await page.click('#lesson-show');
  await waitStep('step 4 of 4', '"show me" completes step 3');
  check((await lines()).some((l) => /Scheduled\s+pod\/hello-/.test(l)), 'the solution\'s kubectl get events ran in the terminal');

  // Step 4 typed: the lesson is complete.
  await type('ETCDCTL_API=3 etcdctl --endpoints=https://127.0.0.1:2379 --cacert=/etc/kubernetes/pki/etcd/ca.crt --cert=/etc/kubernetes/pki/etcd/server.crt --key=/etc/kubernetes/pki/etcd/server.key get /registry/deployments/default/hello --keys-only');
  await page.waitForSelector('#lesson-complete', { timeout: 30000 });
  check((await page.textContent('#lesson-complete')).includes('Lesson complete'), 'the lesson is marked complete');
  const next = await page.$('#lesson-next');
  check(next !== null, 'a button leads to the next lesson');

  // Back to the course: lesson 1 is marked done, and stays so across a reload.
  await page.click('#lesson-leave');
  await page.waitForSelector('#course');
  const mark = await page.textContent('[data-lesson="architecture-tour"] .course-mark');
  check(mark === '✓ done', `the course marks lesson 1 done: ${mark}`);
  await page.reload();
  await page.waitForSelector('#course', { timeout: 30000 });
  check((await page.textContent('[data-lesson="architecture-tour"] .course-mark')) === '✓ done', 'and still after a reload');
  check(errors.length === 0, `no page errors: ${errors.join('; ')}`);
});

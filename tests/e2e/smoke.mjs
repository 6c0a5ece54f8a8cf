// Browser end-to-end test: load the built page in headless Chromium, type into its terminal like
// a learner, and check what the terminal, the cluster map, the faults panel, the timeline and the
// time control do; reload and find the same cluster.
// Usage: node tests/e2e/smoke.mjs DIR
import { launch, check, watch, errors, run } from './harness.mjs';
import { serve } from './serve.mjs';

const dir = process.argv[2] || 'dist';
const server = await serve(dir);
const url = `http://127.0.0.1:${server.address().port}/`;
const browser = await launch();


await run(browser, [server], async () => {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  watch(page);
  // A fixed seed, so every run sees the same cluster (the address can ask for one).
  await page.goto(`${url}?seed=7`);
  await page.waitForSelector('#terminal-input', { timeout: 30000 });
  check((await page.textContent('#seed')) === 'seed 7', 'the page shows the seed the address asked for');
  const fetched = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
  check(fetched.some((f) => f.endsWith('_bg.wasm.lzma')) && !fetched.some((f) => f.endsWith('.wasm')),
    `the page boots from the LZMA-packed wasm (${fetched.filter((f) => f.includes('wasm')).join(', ')}; unpacked in ${await page.evaluate(() => Math.round(performance.getEntriesByName('kubeplay:unpack')[0].duration))} ms)`);

  const lines = () => page.$$eval('#terminal-output .line', (els) => els.map((e) => e.textContent));
  const prompt = () => page.$eval('.inputline .prompt', (e) => e.textContent);

  // Types one line and presses Enter; waits until the prompt is back; returns the new lines.
  async function type(text) {
    const before = (await lines()).length;
    await page.fill('#terminal-input', text);
    await page.press('#terminal-input', 'Enter');
    const deadline = Date.now() + 60000;
    for (;;) {
      const p = await prompt();
      const now = await lines();
      if (p !== '' && now.length > before) return now.slice(before + 1);
      if (Date.now() > deadline) throw new Error(`timed out waiting for the prompt after ${JSON.stringify(text)}`);
      await page.waitForTimeout(100);
    }
  }

  // kubectl explain's schemas are not part of the page load: fetched on the first explain.
  const fetchedNames = () => page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
  check(!(await fetchedNames()).some((f) => f.endsWith('schemas.txt')), 'the page loads without the OpenAPI schemas');
  const explained = await type('kubectl explain pod.spec.restartPolicy');
  check(explained[0] === 'KIND:       Pod' && explained.includes('FIELD: restartPolicy <string>'),
    `kubectl explain works in the page, the schemas fetched on first use: ${explained.slice(0, 4).join(' | ')}`);
  check((await fetchedNames()).some((f) => f.endsWith('/schemas.txt')), 'the first explain fetched schemas.txt');

  const nodes = await type('kubectl get nodes');
  const ready = nodes.filter((l) => /^(controlplane|node01|node02)\s+Ready\s/.test(l));
  check(nodes[0].startsWith('NAME ') && ready.length === 3, `kubectl get nodes shows 3 Ready nodes:\n${nodes.join('\n')}`);

  const rc = ['kubectl apply -f - <<EOF', 'apiVersion: v1', 'kind: ReplicationController', 'metadata:', '  name: nginx',
    'spec:', '  replicas: 3', '  selector:', '    app: nginx', '  template:', '    metadata:', '      labels:',
    '        app: nginx', '    spec:', '      containers:', '      - name: nginx', '        image: nginx', 'EOF'];
  let out = [];
  for (const l of rc) out = await type(l);
  check(out.includes('replicationcontroller/nginx created'), `the heredoc applies the RC: ${out.join(' | ')}`);

  await type('kubeplay wait 30s');
  const pods = (await type('kubectl get pods')).slice(1).map((l) => l.split(/\s+/));
  check(pods.length === 3 && pods.every((p) => p[1] === '1/1' && p[2] === 'Running'), `3 pods Running:\n${pods.map((p) => p.join(' ')).join('\n')}`);
  const old = pods.map((p) => p[0]);

  const map = await page.$$eval('#cluster-map .pod.ok', (els) => els.filter((e) => e.dataset.pod.startsWith('nginx-')).length);
  check(map === 3, `the cluster map shows the 3 running nginx pods (saw ${map})`);

  const deleted = await type('kubectl delete pods -l app=nginx');
  check(deleted.filter((l) => /^pod "nginx-\w{5}" deleted from default namespace$/.test(l)).length === 3, `delete reports 3 pods:\n${deleted.join('\n')}`);

  await type('kubeplay wait 30s');
  const healed = (await type('kubectl get pods')).slice(1).map((l) => l.split(/\s+/));
  check(healed.length === 3 && healed.every((p) => p[2] === 'Running' && !old.includes(p[0])),
    `the RC brought back 3 new Running pods:\n${healed.map((p) => p.join(' ')).join('\n')}`);

  // History: ArrowUp recalls the last command.
  await page.fill('#terminal-input', '');
  await page.press('#terminal-input', 'ArrowUp');
  check((await page.inputValue('#terminal-input')) === 'kubectl get pods', 'ArrowUp recalls the previous command');
  await page.fill('#terminal-input', '');

  // Tab completes verbs and names; Ctrl-R finds an older command.
  await page.fill('#terminal-input', 'kubectl desc');
  await page.press('#terminal-input', 'Tab');
  check((await page.inputValue('#terminal-input')) === 'kubectl describe ', 'Tab completes the verb');
  await page.fill('#terminal-input', 'kubectl describe rc ng');
  await page.press('#terminal-input', 'Tab');
  check((await page.inputValue('#terminal-input')) === 'kubectl describe rc nginx ', 'Tab completes an object name from the cluster');
  await page.fill('#terminal-input', '');
  await page.press('#terminal-input', 'Control+r');
  await page.type('#terminal-input', 'wait');
  check((await page.textContent('#search-match')).includes('kubeplay wait 30s'), 'Ctrl-R finds the last command containing "wait"');
  await page.press('#terminal-input', 'Escape');
  check((await page.inputValue('#terminal-input')) === 'kubeplay wait 30s', 'Escape takes the match into the line');
  await page.fill('#terminal-input', '');

  // The faults panel kills a pod; the timeline shows the chain of reactions to it, and the map
  // has 3 Running pods again.
  check((await type('kubectl expose rc nginx --port=80')).includes('service/nginx exposed'), 'the RC is exposed');
  await type('kubeplay wait 10s');
  const victim = healed[0][0];
  await page.selectOption('#fault-pod', `default/${victim}`);
  await page.click('#kill-pod');
  await page.waitForTimeout(300);
  const ran = await lines();
  check(ran.includes(`# kubectl delete pod ${victim} -n default --wait=false`) && ran.includes(`pod "${victim}" deleted from default namespace`),
    `the faults panel ran kubectl delete pod ${victim} and the terminal shows it: ${ran.slice(-2).join(' | ')}`);
  await type('kubeplay wait 30s');
  await page.click('#tab-timeline');
  await page.fill('#timeline-object', victim);
  await page.waitForTimeout(300);
  const chain = await page.$$eval('#timeline ol.chain', (chains, v) => {
    const c = chains.find((ol) => ol.querySelector('li.happening')?.textContent.includes(`deleted pod ${v}`));
    return c ? [...c.querySelectorAll('li.happening')].map((li) => [li.dataset.actor, li.querySelector('.what').textContent, Number(li.dataset.depth)]) : null;
  }, victim);
  check(chain !== null && chain[0][0] === 'kubectl', `the timeline has a chain starting at the delete: ${JSON.stringify(chain && chain.slice(0, 3))}`);
  // Each step of the chain after the one before: the replacement created, bound, Running with an
  // address, in the EndpointSlice, in kube-proxy's rules.
  const at = (actor, re, from) => chain.findIndex((h, i) => i > from && (actor.endsWith('/') ? h[0].startsWith(actor) : h[0] === actor) && re.test(h[1]));
  const created = at('replication-controller', /^created pod nginx-/, 0);
  const fresh = created > 0 ? chain[created][1].split(' ')[2] : '?';
  const bound = at('scheduler', new RegExp(`^bound pod ${fresh} `), created);
  const started = at('kubelet/', new RegExp(`^pod ${fresh} is Running .*IP ([0-9.]+)`), bound);
  const ip = started > 0 ? chain[started][1].match(/IP ([0-9.]+)/)[1] : '?';
  const sliced = at('endpointslice-controller', new RegExp(`ready endpoints .*${ip.replaceAll('.', '\\.')}`), started);
  const proxied = at('kube-proxy', new RegExp(`rewrote KUBE-SVC-\\w+ \\(default/nginx\\): .*\\+${ip.replaceAll('.', '\\.')}:80`), sliced);
  const order = [created, bound, started, sliced, proxied];
  check(order.every((i) => i > 0) && order.every((i, k) => k === 0 || chain[i][2] > chain[order[k - 1]][2]),
    `the chain runs RC → scheduler → kubelet → endpoints → kube-proxy, each a reaction to the one before (${order.join(', ')}):\n${chain.map((h) => '  '.repeat(h[2]) + h[0] + ': ' + h[1]).join('\n')}`);
  await page.fill('#timeline-object', '');
  const running = await page.$$eval('#cluster-map .pod.ok', (els) => els.filter((e) => e.dataset.pod.startsWith('nginx-')).map((e) => e.dataset.pod));
  check(running.length === 3 && !running.includes(victim), `the map shows 3 Running nginx pods, without the killed one: ${running.join(' ')}`);

  // Stepping reveals exactly one more happening each time.
  const count = async () => Number((await page.textContent('#timeline .count')).split(' ')[0]);
  await page.click('#step');
  let seen = await count();
  for (let i = 0; i < 6; i++) {
    await page.click('#step');
    await page.waitForTimeout(150);
    const now = await count();
    check(now === seen + 1, `step ${i + 1} adds exactly one happening to the timeline (${seen} → ${now})`);
    seen = now;
  }
  await page.click('#pause');

  // The trace pane follows a request to a NodePort hop by hop; one that lands on a pod of another
  // node crosses the overlay, and the map lights up the pod that answered.
  await type('kubectl expose rc nginx --port=80 --type=NodePort --name=nginx-np');
  await type('kubeplay wait 5s');
  const nodePort = (await type('kubectl get svc nginx-np -o jsonpath={.spec.ports[0].nodePort}'))[0];
  await page.click('#tab-trace');
  await page.fill('#trace-url', `http://node01:${nodePort}/`);
  let hops = null;
  let answered = null;
  for (let attempt = 0; attempt < 20 && !answered; attempt++) {
    const last = Number(await page.getAttribute('#trace ol.hops', 'data-id').catch(() => '0') || 0);
    await page.click('#trace-run');
    await page.waitForSelector(`#trace ol.hops.done[data-id="${last + 1}"]`, { timeout: 30000 });
    hops = await page.$$eval('#trace li.hop', (els) => els.map((e) => [e.dataset.where, e.querySelector('.did').textContent]));
    const total = Number(await page.getAttribute('#trace ol.hops', 'data-total'));
    check(hops.length === total && total > 5, `trace ${attempt + 1}: every hop is rendered (${hops.length} of ${total}): ${attempt ? "" : hops.map((h) => h.join(": ")).join(" / ")}`);
    const hop = hops.find((h) => /^pod default\/nginx-\w+ .* answers 200/.test(h[1]));
    const pod = hop && hop[1].split(' ')[1].split('/')[1];
    const on = pod && await page.$eval(`#cluster-map .pod[data-pod="${pod}"]`, (e) => e.closest('.node').dataset.node);
    if (on && on !== 'node01' && hop[0] === on) answered = { pod, on };
  }
  check(answered !== null, `a traced request reached a pod on another node than node01: ${JSON.stringify(answered)}; last hops:\n${hops && hops.map((h) => h.join(': ')).join('\n')}`);
  check(hops.some((h) => h[0] === 'node01' && /VXLAN/.test(h[1])) && hops.some((h) => /^DNAT /.test(h[1])) && hops[hops.length - 1][0] === 'reply',
    `the hops cross flannel's VXLAN overlay, DNAT and come back reverse-NATted:\n${hops.map((h) => h.join(': ')).join('\n')}`);
  check(await page.$$eval('#trace .rule.hit', (els) => els.length) >= 3, 'node01\'s nat rules show the ones the request matched');

  // Clicking the pod that answered opens it in the inspector: describe, its owner, its logs.
  await page.click(`#cluster-map .pod[data-pod="${answered.pod}"]`);
  await page.waitForSelector('#inspector #inspect-output');
  const described = await page.textContent('#inspect-output');
  check(described.includes(`Name:             ${answered.pod}`) && described.includes('Controlled By:  ReplicationController/nginx'), `the inspector describes the pod:\n${described.split('\n').slice(0, 4).join('\n')}`);
  await page.click('#inspect-owners');
  await page.waitForTimeout(200);
  const owners = await page.textContent('#inspect-output');
  check(owners.includes(`pod/${answered.pod}`) && owners.includes('↑ owned by ReplicationController/nginx'), `the owner chain: ${owners}`);
  await page.click('#inspect-logs');
  await page.waitForTimeout(200);
  const logs = await page.textContent('#inspect-output');
  check(/"GET \/ HTTP\/1.1" 200 615/.test(logs), 'the pod\'s logs show the traced request');
  await page.click('#tab-timeline');

  // The map shows the control plane's leaders.
  const cp = await page.textContent('#control-plane');
  check(/etcd leader: controlplane/.test(cp) && /scheduler: controlplane/.test(cp) && /controller-manager: controlplane/.test(cp), `the map names the control plane's leaders: ${cp}`);

  // Plots: the RC's desired and ready replicas over time, and the requests each endpoint answered.
  await page.click('#tab-plots');
  await page.waitForSelector('#plot-replicas svg');
  const replicasText = await page.textContent('#plot-replicas svg');
  check(/replicationcontroller nginx: desired and ready replicas/.test(replicasText) && /desired/.test(replicasText) && /ready/.test(replicasText), `the replicas plot is drawn for the RC: ${replicasText.slice(0, 120)}`);
  check(await page.$$eval('#plot-replicas svg polyline', (els) => els.length) >= 4, 'the replicas plot has its two lines');
  const requestsText = await page.textContent('#plot-requests svg');
  check(/service nginx: requests answered per endpoint/.test(requestsText) && requestsText.includes(answered.pod), `the requests plot has a bar for the pod the trace reached: ${requestsText.slice(0, 200)}`);
  check(/node01/.test(await page.textContent('#plot-nodes svg')), 'the allocation plot has a row per node');

  // The editor: the decoder's complaint on its line; an example applied through the terminal.
  await page.click('#tab-editor');
  await page.fill('#editor-text', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: c\n    image: nginx\n    imagePullPolice: Always\n');
  const problems = await page.textContent('#editor-problems');
  check(/^line 9: .*strict decoding error: unknown field "spec.containers\[0\].imagePullPolice"/.test(problems), `the editor shows the strict decoding error on line 9: ${problems}`);
  check(await page.$$eval('#editor .y-bad', (els) => els.length) === 1, 'the line is marked');
  await page.selectOption('#editor-example', 'Deployment');
  check((await page.textContent('#editor-problems')) === 'the decoders accept it', 'the example is accepted');
  await page.click('#editor-apply');
  await page.waitForTimeout(300);
  const applied = await lines();
  check(applied.some((l) => l.startsWith("# kubectl apply -f - <<'EOF'")) && applied.includes('deployment.apps/web created'), `the editor's Apply ran kubectl apply in the terminal: ${applied.slice(-2).join(' | ')}`);

  // kubectl edit: the editor pane is kubectl's editor; the terminal waits until it is saved.
  await page.click('#tab-timeline');
  await page.fill('#terminal-input', 'kubectl edit deployment web');
  await page.press('#terminal-input', 'Enter');
  await page.waitForSelector('#editor-save', { timeout: 10000 });
  const opened = await page.inputValue('#editor-text');
  check(opened.startsWith('# Please edit the object below.') && opened.includes('\nkind: Deployment\n') && (await page.textContent('#editor-file')).startsWith('kubectl edit · /tmp/kubectl-edit-'),
    `kubectl edit opens the deployment in the editor pane: ${opened.split('\n').slice(0, 6).join(' | ')}`);
  check((await prompt()) === '', 'the terminal waits while the editor has the file');
  await page.fill('#editor-text', opened.replace(/\n  replicas: \d+\n/, '\n  replicas: 2\n'));
  await page.click('#editor-save');
  for (let i = 0; i < 50 && (await prompt()) === ''; i++) await page.waitForTimeout(100);
  const edited = await lines();
  check(edited.includes('deployment.apps/web edited') && (await page.$('#editor-save')) === null, `Save sends the change and closes the file: ${edited.slice(-2).join(' | ')}`);
  const scaled = await type("kubectl get deployment web -o jsonpath='{.spec.replicas}'");
  check(scaled[0] === '2', `the edit changed the deployment: ${scaled.join(' | ')}`);

  // A background job: kubectl port-forward listens on the learner's machine while the prompt
  // is back, and curl through it reaches a pod of the deployment.
  const rolled = await type('kubectl rollout status deployment/web');
  check(rolled.some((l) => l.includes('successfully rolled out')), `the deployment's pods run: ${rolled.join(' | ')}`);
  const forwarding = await type('kubectl port-forward deployment/web 8080:80 &');
  check(forwarding.includes('[1] 5107') && forwarding.includes('Forwarding from 127.0.0.1:8080 -> 80') && (await prompt()) !== '', `port-forward runs as a job and the prompt comes back: ${forwarding.join(' | ')}`);
  const through = await type('curl -s localhost:8080 | grep title');
  check(through.includes('Handling connection for 8080') && through.includes('<title>Welcome to nginx!</title>'), `curl goes through the forward: ${through.join(' | ')}`);
  const killed = await type('kill %1');
  check(killed.some((l) => /^\[1\]\+ +Terminated +kubectl port-forward deployment\/web 8080:80$/.test(l)), `kill %1 ends the job: ${killed.join(' | ')}`);

  // kubectl run -it: the terminal is attached to the container's shell until it exits.
  const attached = await type('kubectl run -it --rm box --image=busybox:1.36 --restart=Never -- sh');
  check((await prompt()) === '/ # ' && attached.includes("If you don't see a command prompt, try pressing enter."), `run -it attaches to the shell (prompt ${JSON.stringify(await prompt())}): ${attached.join(' | ')}`);
  const echoed = await type('echo hello from $HOSTNAME');
  check(echoed.includes('hello from box'), `the attached shell runs what is typed: ${echoed.join(' | ')}`);
  const left = await type('exit');
  check(left.includes('pod "box" deleted from default namespace') && (await prompt()) !== '/ # ', `exit ends the session and --rm deletes the pod: ${left.join(' | ')}`);

  // kubectl -v=8 shows the REST calls behind a command: the request line and the answer's status.
  const verbose = await type('kubectl -v=8 get pods');
  const listAt = verbose.findIndex((l) => /round_trippers\.go:\d+\] "Request" verb="GET" url="https:\/\/[\d.]+:6443\/api\/v1\/namespaces\/default\/pods\?limit=500"/.test(l));
  check(listAt >= 0 && verbose.slice(listAt).some((l) => /"Response" status="200 OK"/.test(l)), `kubectl -v=8 get pods shows the GET and its 200 OK:\n${verbose.filter((l) => /"(Request|Response)"/.test(l)).join('\n')}`);

  // The shell: a pipe into head and xargs, and $? after it.
  const piped = await type('kubectl get pods -o name | grep nginx | head -1 | xargs kubectl delete');
  check(piped.length === 1 && /^pod "nginx-\w{5}" deleted from default namespace$/.test(piped[0]), `a pipe through grep, head and xargs deletes one pod: ${piped.join(' | ')}`);
  const status = await type('echo $?');
  check(status[0] === '0', `$? is the pipe's status: ${status.join(' | ')}`);

  // The learner's files: a heredoc into a file on the host, ls, then kubectl apply -f reads it.
  for (const l of ["cat > cm.yaml <<'EOF'", 'apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: from-a-file', 'data:', '  k: v', 'EOF']) await type(l);
  const listed = await type('ls');
  check(listed.includes('cm.yaml'), `ls shows the file the heredoc wrote: ${listed.join(' | ')}`);
  const fromFile = await type('kubectl apply -f cm.yaml');
  check(fromFile.includes('configmap/from-a-file created'), `kubectl apply -f reads the learner's file: ${fromFile.join(' | ')}`);

  // The kubeconfig: the current context's namespace is every command's default; kubectl wait.
  const switched = await type('kubectl config set-context --current --namespace=kube-system');
  check(switched.includes('Context "kubernetes-admin@kubernetes" modified.'), `set-context --current changes the context: ${switched.join(' | ')}`);
  const waited = await type('kubectl wait --for=condition=Ready pod -l k8s-app=kube-dns --timeout=30s');
  check(waited.length === 2 && waited.every((l) => /^pod\/coredns-\w+-\w{5} condition met$/.test(l)), `kubectl wait finds the kube-system pods without -n: ${waited.join(' | ')}`);
  await type('kubectl config set-context --current --namespace=default');

  // Cutting node02 off the network: it goes NotReady; reconnected, Ready again.
  await page.selectOption('#fault-node', 'node02');
  await page.click('#partition');
  await page.waitForTimeout(300);
  check((await lines()).includes('node node02 is cut off from the network'), 'the faults panel cut node02 off');
  await type('kubeplay wait 60s');
  check(await page.$eval('[data-node="node02"]', (e) => e.classList.contains('notready')), 'the map shows node02 NotReady');
  await page.click('#reconnect');
  await type('kubeplay wait 20s');
  check(await page.$eval('[data-node="node02"]', (e) => e.classList.contains('ready')), 'reconnected, node02 is Ready again');
  await page.click('#tab-timeline');

  // A reload brings the same cluster back: the same pods at the same addresses, the same history.
  const wide = async () => (await type('kubectl get pods -o wide')).slice(1).filter((l) => l.startsWith('nginx-')).map((l) => l.split(/\s+/).slice(0, 7).filter((_, i) => i !== 4).join(' ')).sort();
  await page.click('#pause');
  const before = await wide();
  await page.click('#pause');
  await page.waitForTimeout(2300);
  // The address without a seed opens the saved cluster.
  await page.goto(url);
  await page.waitForSelector('#terminal-input', { timeout: 60000 });
  check((await page.textContent('#seed')) === 'seed 7', 'the reloaded page has the same seed');
  await page.click('#tab-editor');
  check((await page.inputValue('#editor-text')).startsWith('apiVersion: apps/v1\nkind: Deployment'), 'the editor\'s text survives the reload');
  await page.click('#tab-timeline');
  check((await lines()).some((l) => l.endsWith('kubectl expose rc nginx --port=80')), 'the terminal shows what it showed before the reload');
  await page.click('#pause');
  const after = await wide();
  check(JSON.stringify(after) === JSON.stringify(before), `after a reload the same pods run with the same names, addresses and nodes:\n${before.join('\n')}\n--\n${after.join('\n')}`);
  await page.click('#pause');
  await page.fill('#terminal-input', '');
  await page.press('#terminal-input', 'ArrowUp');
  check((await page.inputValue('#terminal-input')) === 'kubectl get pods -o wide', 'the history survives the reload');
  await page.fill('#terminal-input', '');

  // Pause stops the clock; resume restarts it.
  await page.click('#pause');
  const c1 = await page.textContent('#clock');
  await page.waitForTimeout(2500);
  const c2 = await page.textContent('#clock');
  check(c1 === c2, `the clock stands still while paused (${c1} / ${c2})`);
  await page.click('#pause');
  await page.waitForTimeout(2500);
  const c3 = await page.textContent('#clock');
  check(c3 !== c2, `the clock runs again after resume (${c2} -> ${c3})`);

  // A new HA cluster: three control planes with their etcd members, and two workers.
  await page.selectOption('#control-planes', '3');
  await page.click('#new-cluster');
  await page.waitForURL(/control-planes=3/);
  await page.waitForSelector('#terminal-input', { timeout: 30000 });
  check((await page.inputValue('#control-planes')) === '3', 'the new page keeps the chosen topology selected');
  const ha = await type('kubectl get nodes');
  const haReady = ha.filter((l) => /^(controlplane|controlplane2|controlplane3|node01|node02)\s+Ready\s/.test(l));
  check(haReady.length === 5, `a new cluster with 3 control planes has 5 Ready nodes:\n${ha.join('\n')}`);
  const members = await type('kubectl get pods -n kube-system -l component=etcd');
  check(members.slice(1).length === 3, `three etcd members run as static pods:\n${members.join('\n')}`);

  // The store view shows the raft members and the leader; stopping the leader from the faults
  // panel elects another.
  await page.click('#tab-store');
  await page.waitForSelector('#store table.members');
  const roles = () => page.$$eval('#store table.members tr[data-member]', (rows) => rows.map((r) => [r.dataset.member, r.className]));
  const r1 = await roles();
  const leader = r1.find((r) => r[1].includes('leader'));
  check(r1.length === 3 && leader, `the store view shows 3 raft members and a leader: ${JSON.stringify(r1)}`);
  const keys = await page.$$eval('#store table.keys tr', (rows) => rows.map((r) => r.textContent));
  check(keys.some((k) => /^\/registry\/pods\/\d+$/.test(k)), `the store view counts the keys under /registry/pods/: ${keys.slice(0, 4).join(' | ')}`);
  const rev1 = Number((await page.textContent('#store-revision')).split(' ')[1]);
  await page.click('#etcd-stop');
  await type('kubeplay wait 5s');
  await page.waitForTimeout(700);
  const r2 = await roles();
  const leader2 = r2.find((r) => r[1].includes('leader'));
  check(r2.find((r) => r[0] === leader[0])[1].includes('stopped') && leader2 && leader2[0] !== leader[0], `after the leader stops another is elected: ${JSON.stringify(r2)}`);
  const rev2 = Number((await page.textContent('#store-revision')).split(' ')[1]);
  check(rev2 > rev1, `the cluster keeps writing with two members (revision ${rev1} → ${rev2})`);


  check(errors.length === 0, `no page errors${errors.length ? ':\n' + errors.join('\n') : ''}`);
  if (process.env.E2E_SCREENSHOT) await page.screenshot({ path: process.env.E2E_SCREENSHOT });
});

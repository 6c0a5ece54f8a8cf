// kubeplay's widgets for any page: <script type="module" src="…/kubeplay-embed.js"></script>, then
//   <kube-playground widgets="terminal,map" lesson="rc-heals" seed="7" height="420"></kube-playground>
//   <div data-kubeplay="terminal" data-cluster="demo"></div>
// Widgets that name the same cluster share it; a <script type="text/x-kubeplay-setup"> child holds
// YAML and kubectl lines the cluster starts with. A host page types into a widget's terminal with
// a kubeplay-run event ({detail: {command}}) or a <button data-kubeplay-run="kubectl get pods"
// data-kubeplay-for="ID">. embed.html#widget=…&lesson=…&seed=…&origin=… is the same in an iframe;
// it talks with the parent at that origin only. scripts/pack.py writes this file into dist/ as kubeplay-embed.js, with the
// names of the page's boot module and stylesheet filled in; everything is loaded from beside it
// (relative URLs), once, however many widgets the page has.
const base = new URL('.', import.meta.url);
const BOOT = '@BOOT@';
const CSS = '@CSS@';

let bindings;
function load() {
  if (!bindings) {
    // Tells main not to mount the page, and where the page is (a widget's "Open ↗").
    globalThis.kubeplayEmbed = new URL('index.html', base).href;
    bindings = import(new URL(BOOT, base).href).then(() => window.wasmBindings);
  }
  return bindings;
}

function setupOf(el) {
  const s = el.querySelector('script[type="text/x-kubeplay-setup"]');
  return s ? s.textContent : '';
}

async function mount(host, o) {
  if (host.kubeplayRoot) return;
  const shadow = host.attachShadow({ mode: 'open' });
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = new URL(CSS, base).href;
  shadow.appendChild(link);
  const root = document.createElement('div');
  root.className = 'kubeplay-root';
  shadow.appendChild(root);
  host.kubeplayRoot = root;
  const widgets = o.widgets || 'playground';
  // The full playground needs more room than one pane, unless the page says otherwise.
  const height = o.height || (widgets === 'playground' ? '640' : '');
  if (height) host.style.height = /^\d+$/.test(height) ? `${height}px` : height;
  // Keys typed in a widget stay in it: the page's shortcuts would see them as typed on the host
  // element (the shadow root hides the input they were typed in).
  for (const type of ['keydown', 'keypress', 'keyup']) shadow.addEventListener(type, (e) => e.stopPropagation());
  host.kubeplayCluster = load().then((b) => b.kubeplay_mount(host, root, widgets, o.cluster || '', o.seed || '', o.lesson || '', o.setup || ''));
  host.addEventListener('kubeplay-run', (e) => run(host, e.detail && e.detail.command));
}

// Types lines into the widget's terminal, once it is mounted.
async function run(host, command) {
  if (typeof command !== 'string' || !host.kubeplayCluster) return;
  const [b, cluster] = await Promise.all([load(), host.kubeplayCluster]);
  b.kubeplay_type(cluster, command);
}

// <button data-kubeplay-run="kubectl get pods" data-kubeplay-for="ID">: the widget with that id
// (or the page's first) types the command.
document.addEventListener('click', (e) => {
  const button = e.target instanceof Element && e.target.closest('[data-kubeplay-run]');
  if (!button) return;
  const id = button.getAttribute('data-kubeplay-for');
  const host = id ? document.getElementById(id) : document.querySelector('kube-playground, [data-kubeplay]');
  if (host) run(host, button.getAttribute('data-kubeplay-run'));
});

class KubePlayground extends HTMLElement {
  connectedCallback() {
    const a = (n) => this.getAttribute(n) || '';
    // The setup child is parsed after the element opens: wait for the document.
    const go = () => mount(this, { widgets: a('widgets'), cluster: a('cluster'), seed: a('seed'), lesson: a('lesson'), height: a('height'), setup: setupOf(this) });
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', go, { once: true });
    else go();
  }
}

function scan() {
  for (const el of document.querySelectorAll('[data-kubeplay]')) {
    const d = el.dataset;
    mount(el, { widgets: d.kubeplay, cluster: d.cluster, seed: d.seed, lesson: d.lesson, height: d.height, setup: setupOf(el) });
  }
  // embed.html: one widget filling the frame, as the address's fragment asks.
  if (document.body && document.body.hasAttribute('data-kubeplay-frame')) {
    const p = new URLSearchParams(location.hash.slice(1));
    const el = document.createElement('kube-playground');
    for (const [k, v] of [['widgets', p.get('widget') || p.get('widgets')], ['lesson', p.get('lesson')], ['seed', p.get('seed')], ['cluster', p.get('cluster')]]) {
      if (v) el.setAttribute(k, v);
    }
    el.setAttribute('height', '100vh');
    // The parent hears what happens, if the address names its origin (and nobody else does),
    // and may ask for commands, from that origin only.
    const to = p.get('origin');
    if (to) {
      for (const type of ['kubeplay-command', 'kubeplay-lesson-complete']) {
        el.addEventListener(type, (e) => parent.postMessage({ type, ...e.detail }, to));
      }
      addEventListener('message', (e) => {
        if (e.source === parent && e.origin === to && e.data && e.data.type === 'kubeplay-run') run(el, e.data.command);
      });
    }
    document.body.appendChild(el);
  }
}

customElements.define('kube-playground', KubePlayground);
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan, { once: true });
else scan();

// kubeplay's widgets for any page: <script type="module" src="…/kubeplay-embed.js"></script>, then
//   <kube-playground widgets="terminal,map" lesson="rc-heals" seed="7" height="420"></kube-playground>
//   <div data-kubeplay="terminal" data-cluster="demo"></div>
// Widgets that name the same cluster share it; a <script type="text/x-kubeplay-setup"> child holds
// YAML and kubectl lines the cluster starts with. embed.html#widget=…&lesson=…&seed=… is the
// same in an iframe. scripts/pack.py writes this file into dist/ as kubeplay-embed.js, with the
// names of the page's boot module and stylesheet filled in; everything is loaded from beside it
// (relative URLs), once, however many widgets the page has.
const base = new URL('.', import.meta.url);
const BOOT = '@BOOT@';
const CSS = '@CSS@';

let bindings;
function load() {
  if (!bindings) {
    globalThis.kubeplayEmbed = true;
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
  if (o.height) host.style.height = /^\d+$/.test(o.height) ? `${o.height}px` : o.height;
  const b = await load();
  b.kubeplay_mount(host, root, o.widgets || 'playground', o.cluster || '', o.seed || '', o.lesson || '', o.setup || '');
}

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
    // The parent hears what happens, if the address names its origin (and nobody else does).
    const to = p.get('origin');
    if (to) {
      for (const type of ['kubeplay-command', 'kubeplay-lesson-complete']) {
        el.addEventListener(type, (e) => parent.postMessage({ type, ...e.detail }, to));
      }
    }
    document.body.appendChild(el);
  }
}

customElements.define('kube-playground', KubePlayground);
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan, { once: true });
else scan();

// Hash routes (#/projects/p1) mapped to views. A view is a module exporting
// render(root, params, ctx) that fills root and may return a cleanup function; ctx.onEvent
// listeners registered through it are removed when the view changes.
import { onEvent, onStatus } from './live.js';
import { errorBlock } from './ui.js';

const routes = [];
let current = null;
let root = null;
let context = null;

export function route(pattern, view, section) {
  const names = [];
  const source = pattern.replace(/:(\w+)/g, (_, name) => { names.push(name); return '([^/?]+)'; });
  routes.push({ regex: new RegExp(`^${source}$`), names, view, section });
}

export function navigate(path) {
  if (location.hash === `#${path}`) render();
  else location.hash = path;
}

export function startRouter(viewRoot, baseContext) {
  root = viewRoot;
  context = baseContext;
  window.addEventListener('hashchange', render);
  render();
}

export function currentPath() {
  return location.hash.replace(/^#/, '') || '/projects';
}

async function render() {
  const [path, queryString] = currentPath().split('?');
  const match = routes.map(r => ({ r, m: r.regex.exec(path) })).find(x => x.m);
  current?.cleanup();
  const disposers = [];
  current = { cleanup: () => disposers.splice(0).forEach(dispose => dispose()) };
  root.replaceChildren();
  for (const link of document.querySelectorAll('#nav a')) {
    if (match && link.dataset.section === match.r.section) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  if (!match) {
    navigate('/projects');
    return;
  }
  const params = Object.fromEntries(match.r.names.map((name, i) => [name, decodeURIComponent(match.m[i + 1])]));
  const ctx = {
    ...context,
    query: new URLSearchParams(queryString ?? ''),
    onEvent: listener => disposers.push(onEvent(listener)),
    onReconnect: listener => disposers.push(onStatus((status, reconnected) => { if (reconnected) listener(); })),
    onCleanup: dispose => disposers.push(dispose),
  };
  const mine = current;
  try {
    const cleanup = await match.r.view.render(root, params, ctx);
    if (typeof cleanup === 'function') disposers.push(cleanup);
  } catch (error) {
    if (mine === current) root.replaceChildren(errorBlock(error));
  }
  if (mine !== current) return;
  const heading = root.querySelector('h1');
  if (heading) {
    document.title = `${heading.textContent} — Hiring`;
    // Focus moves to the new view's heading, so keyboard and screen-reader users start there.
    heading.tabIndex = -1;
    heading.focus({ preventScroll: true });
  }
}

// The digest of what happened while the recruiter was away: each autopilot run that ended and each
// applicant evaluated since they last dismissed it, per project. Shown when the app loads and as
// such events arrive. Dismissing moves the mark on the server (markDigestSeen), so the recruiter's
// other devices do not show it again; this browser's other tabs hide it at once.
import { digestEvents, isAfter, isDigestEvent } from './digest/collect.js';
import { digestPanel, projectOf } from './digest/panel.js';
import { lastCursor, onEvent } from './live.js';

const MARK = `mutation($through: String!) { markDigestSeen(through: $through) }`;
const TITLES = `query { projects(max: 200) { id title } }`;
const tabs = 'BroadcastChannel' in self ? new BroadcastChannel('hiring.digest') : null;

// The latest of some cursors (nulls ignored), or null.
function newest(cursors) {
  const known = cursors.filter(Boolean);
  return known.length ? known.reduce((a, b) => (BigInt(a) >= BigInt(b) ? a : b)) : null;
}

// seen: the server's mark (digestSeen), or null; latest: the events the app read at start.
export async function startDigest(api, seen, latest) {
  const root = document.getElementById('digest');
  let items = [];
  let error = '';
  const titles = new Map();
  const asked = new Set(); // projects whose title was looked up, found or not
  const arrived = [];
  let ready = false;

  const draw = async () => {
    const unknown = items.map(projectOf).filter(id => id && !asked.has(id));
    if (unknown.length) {
      unknown.forEach(id => asked.add(id));
      const { projects } = await api(TITLES).catch(() => ({ projects: [] }));
      for (const project of projects) titles.set(project.id, project.title);
    }
    const hiding = items.length === 0;
    if (hiding && root.contains(document.activeElement)) document.getElementById('view').focus();
    root.hidden = hiding;
    root.replaceChildren(...(hiding ? [] : digestPanel(items, titles, dismiss, error)));
  };
  const hide = through => {
    seen = newest([seen, through]);
    items = items.filter(event => isAfter(event, seen));
    error = '';
    draw();
  };
  const dismiss = async () => {
    const through = newest([lastCursor(), ...items.map(event => event.cursor)]);
    try {
      await api(MARK, { through });
    } catch (failure) {
      error = `Not dismissed: ${failure.message}`;
      draw();
      return;
    }
    hide(through);
    tabs?.postMessage({ through });
  };
  const add = event => {
    if (!isDigestEvent(event) || !isAfter(event, seen) || items.some(item => item.cursor === event.cursor)) return;
    items.push(event);
    draw();
  };

  // Events that arrive while the older ones are read join them afterwards.
  onEvent(event => (ready ? add(event) : arrived.push(event)));
  tabs?.addEventListener('message', message => hide(message.data.through));
  items = await digestEvents(api, seen, latest).catch(() => []);
  ready = true;
  arrived.forEach(add);
  await draw();
  // Says the digest has been read (shown or not), for whoever waits on it.
  root.dataset.read = 'true';
}
